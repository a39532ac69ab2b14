"""Roles, permissions and the Casbin model (RBAC with domains). Pure data and functions.

A permission is ``<resource type>:<verb>`` (``model:deploy``). A role binding gives a
principal a role in a domain: a team or system scope such as ``team:fraud``, or ``*``
for every domain. A request asks for one permission in one domain; whatever no
binding allows is denied.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from assura.errors import InvalidInput

__all__ = [
    "CASBIN_MODEL",
    "PERMISSIONS",
    "ROLES",
    "SENSITIVE",
    "TOXIC_COMBINATIONS",
    "check_domain",
    "check_permission",
    "check_role",
    "role_permissions",
]

PERMISSIONS: Mapping[str, frozenset[str]] = {
    "access": frozenset({"read", "grant", "grant_admin", "manage_tokens", "approve"}),
    "authz": frozenset({"check"}),
    "dataset": frozenset({"read", "write", "approve"}),
    "finding": frozenset({"read", "triage"}),
    "guard": frozenset({"use"}),
    "guard_policy": frozenset({"read", "write", "disable_redaction", "approve"}),
    "ledger": frozenset({"read", "append", "verify", "checkpoint", "export"}),
    "lineage": frozenset({"read", "record"}),
    "maturity": frozenset({"read", "write"}),
    "model": frozenset({"read", "download", "register", "sign", "deploy", "approve"}),
    "pipeline": frozenset({"read", "run"}),
    "report": frozenset({"read"}),
    "review": frozenset({"read", "decide"}),
    "risk": frozenset({"read", "decide"}),
    "scan": frozenset({"read", "run"}),
    "system": frozenset({"read", "write"}),
}

SENSITIVE: frozenset[str] = frozenset(
    {"model:deploy", "guard_policy:disable_redaction", "access:grant_admin"}
)
"""Actions that need a second principal's approval (``<type>:approve``) every time."""

_ALL_READ = tuple(f"{t}:read" for t, verbs in PERMISSIONS.items() if "read" in verbs)

ROLES: Mapping[str, tuple[str, ...]] = {
    "admin": ("*:*",),
    "security_lead": (
        *_ALL_READ,
        "scan:run",
        "finding:triage",
        "system:write",
        "risk:decide",
        "review:decide",
        "guard_policy:write",
        "guard_policy:disable_redaction",
        "guard_policy:approve",
        "model:approve",
        "dataset:approve",
        "access:approve",
        "ledger:verify",
        "ledger:checkpoint",
        "ledger:export",
        "maturity:write",
    ),
    "ml_engineer": (
        "model:read",
        "model:download",
        "model:register",
        "model:deploy",
        "dataset:read",
        "lineage:read",
        "lineage:record",
        "pipeline:read",
        "pipeline:run",
        "scan:read",
        "scan:run",
        "finding:read",
        "system:read",
        "guard:use",
    ),
    "data_steward": (
        "dataset:read",
        "dataset:write",
        "dataset:approve",
        "lineage:read",
        "lineage:record",
        "model:read",
        "ledger:read",
    ),
    "reviewer": ("review:read", "review:decide", "finding:read", "guard_policy:read", "model:read"),
    "auditor": (*_ALL_READ, "ledger:verify", "ledger:export"),
    "service": (
        "authz:check",
        "ledger:append",
        "model:download",
        "dataset:read",
        "lineage:record",
        "scan:run",
        "guard:use",
    ),
}

TOXIC_COMBINATIONS: tuple[tuple[str, str, str], ...] = (
    (
        "dataset:write",
        "model:deploy",
        "can change training data and deploy the model trained on it",
    ),
    ("model:register", "model:sign", "can vouch (sign) for a model they registered themselves"),
    ("access:grant", "review:decide", "can grant access and approve the reviews it gates"),
)

CASBIN_MODEL = """
[request_definition]
r = sub, dom, obj, act

[policy_definition]
p = sub, obj, act

[role_definition]
g = _, _, _

[policy_effect]
e = some(where (p.eft == allow))

[matchers]
m = g(r.sub, p.sub, r.dom) && (p.obj == "*" || r.obj == p.obj) && (p.act == "*" || r.act == p.act)
"""

_DOMAIN = re.compile(r"^(\*|[a-z][a-z0-9_-]{0,31}:(\*|[A-Za-z0-9][A-Za-z0-9._/@-]{0,200}))$")


def check_permission(permission: str) -> tuple[str, str]:
    rtype, sep, verb = permission.partition(":")
    if not sep or verb not in PERMISSIONS.get(rtype, frozenset()):
        raise InvalidInput(
            f"unknown permission {permission!r} (expected <type>:<verb>, e.g. model:deploy)"
        )
    return rtype, verb


def check_role(role: str) -> str:
    if role not in ROLES:
        raise InvalidInput(f"unknown role {role!r} (one of: {', '.join(sorted(ROLES))})")
    return role


def check_domain(domain: str) -> str:
    if not _DOMAIN.match(domain):
        raise InvalidInput(f"bad domain {domain!r} (expected '*', 'team:NAME' or 'system:NAME')")
    return domain


def role_permissions(role: str) -> frozenset[str]:
    """Every concrete permission the role holds (``*:*`` expanded)."""
    out: set[str] = set()
    for perm in ROLES[role]:
        rtype, _, verb = perm.partition(":")
        types = PERMISSIONS if rtype == "*" else {rtype: PERMISSIONS[rtype]}
        for t, verbs in types.items():
            out.update(f"{t}:{v}" for v in (verbs if verb == "*" else {verb}))
    return frozenset(out)


def policy_lines(roles: Iterable[str] | None = None) -> list[tuple[str, str, str]]:
    """Casbin ``p`` lines (role, type, verb) for the given roles (default: all)."""
    out = []
    for role in sorted(roles if roles is not None else ROLES):
        for perm in ROLES[role]:
            rtype, _, verb = perm.partition(":")
            out.append((role, rtype, verb))
    return out
