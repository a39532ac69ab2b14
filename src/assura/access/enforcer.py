"""The Casbin enforcer over the role catalogue and one principal's bindings (pure)."""

from __future__ import annotations

from collections.abc import Iterable

import casbin
from casbin import util

from assura.access.roles import CASBIN_MODEL, policy_lines

__all__ = ["build_enforcer", "domains_overlap", "is_allowed"]


def build_enforcer(bindings: Iterable[tuple[str, str, str]]) -> casbin.Enforcer:
    """An enforcer holding every role's policy and the given ``(subject, role, domain)``."""
    model = casbin.model.Model()
    model.load_model_from_text(CASBIN_MODEL)
    enforcer = casbin.Enforcer(model)
    # a binding in domain "*" (or "team:*") applies to every matching request domain
    enforcer.add_named_domain_matching_func("g", util.key_match)
    enforcer.add_policies(policy_lines())
    rules = [list(b) for b in bindings]
    if rules:
        enforcer.add_grouping_policies(rules)
    return enforcer


def is_allowed(
    bindings: Iterable[tuple[str, str, str]], subject: str, domain: str, permission: str
) -> bool:
    rtype, _, verb = permission.partition(":")
    return bool(build_enforcer(bindings).enforce(subject, domain, rtype, verb))


def domains_overlap(a: str, b: str) -> bool:
    return bool(util.key_match(a, b) or util.key_match(b, a))
