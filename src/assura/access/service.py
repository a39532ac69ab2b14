"""Principals, role bindings, tokens, decisions and two-person approvals, in the store.

Every decision (allow, deny, approval required) and every change of who may do what is
appended to the ledger in the same transaction. Deny by default: an unknown, disabled
or unauthenticated principal, an unknown permission, or no matching binding all deny.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from assura.access.enforcer import is_allowed
from assura.access.roles import SENSITIVE, check_domain, check_permission, check_role
from assura.access.tokens import new_token, parse_token, verify_secret
from assura.errors import InputNotFound, InvalidInput, PermissionDenied
from assura.ledger import append_event
from assura.store.tables.access import ApprovalRow, PrincipalRow, RoleBindingRow, TokenRow

__all__ = [
    "Decision",
    "Principal",
    "add_principal",
    "approve",
    "authenticate",
    "bindings_of",
    "check",
    "create_token",
    "get_principal",
    "grant",
    "list_principals",
    "raise_if_denied",
    "revoke",
    "revoke_token",
    "set_disabled",
]

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,254}$")


@dataclass(frozen=True)
class Principal:
    id: str
    name: str
    kind: str
    disabled: bool


@dataclass(frozen=True)
class Decision:
    allowed: bool
    decision: str  # allow | deny | approval_required
    reason: str
    principal: str | None
    permission: str
    resource: str
    domain: str
    approval_id: str | None = None
    ledger_seq: int | None = None


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(d: datetime | None) -> datetime | None:
    return d.replace(tzinfo=UTC) if d is not None and d.tzinfo is None else d


def _p(row: PrincipalRow) -> Principal:
    return Principal(row.id, row.name, row.kind, bool(row.disabled))


def _row(session: Session, name: str) -> PrincipalRow:
    row = session.execute(
        select(PrincipalRow).where(PrincipalRow.name == name)
    ).scalar_one_or_none()
    if row is None:
        raise InputNotFound(f"no principal named {name!r}")
    return row


def get_principal(session: Session, name: str) -> Principal:
    return _p(_row(session, name))


def add_principal(session: Session, name: str, *, kind: str = "person", actor: str) -> Principal:
    if not _NAME.match(name):
        raise InvalidInput(f"bad principal name {name!r}")
    if kind not in ("person", "service"):
        raise InvalidInput("principal kind must be 'person' or 'service'")
    if session.execute(select(PrincipalRow.id).where(PrincipalRow.name == name)).first():
        raise InvalidInput(f"principal {name!r} already exists")
    row = PrincipalRow(name=name, kind=kind, disabled=False)
    session.add(row)
    session.flush()
    append_event(
        session,
        actor=actor,
        action="access.principal.created",
        resource=f"principal:{name}",
        data={"kind": kind},
    )
    return _p(row)


def set_disabled(session: Session, name: str, disabled: bool, *, by: str) -> Decision:
    """Disable (or re-enable) a principal: every decision for it is then a deny."""
    row = _row(session, name)
    d = check(session, by, "access:grant", f"principal:{name}")
    if not d.allowed:
        return d
    row.disabled = disabled
    append_event(
        session,
        actor=by,
        action="access.principal.disabled" if disabled else "access.principal.enabled",
        resource=f"principal:{name}",
    )
    return d


def bindings_of(session: Session, name: str | None = None) -> list[tuple[str, str, str]]:
    """``(principal name, role, domain)`` for one principal or all."""
    q = select(PrincipalRow.name, RoleBindingRow.role, RoleBindingRow.domain).join(
        RoleBindingRow, RoleBindingRow.principal_id == PrincipalRow.id
    )
    if name is not None:
        q = q.where(PrincipalRow.name == name)
    return [
        (n, r, d) for n, r, d in session.execute(q.order_by(PrincipalRow.name, RoleBindingRow.role))
    ]


def list_principals(session: Session) -> list[Principal]:
    return [
        _p(r) for r in session.execute(select(PrincipalRow).order_by(PrincipalRow.name)).scalars()
    ]


def _log(session: Session, d: Decision) -> Decision:
    entry = append_event(
        session,
        actor=d.principal or "anonymous",
        action="authz.decision",
        resource=d.resource,
        data={
            "permission": d.permission,
            "domain": d.domain,
            "decision": d.decision,
            "reason": d.reason,
            "approval_id": d.approval_id,
        },
    )
    return replace(d, ledger_seq=entry.seq)


def _rbac(session: Session, name: str, domain: str, permission: str) -> bool:
    rules = [(f"principal:{n}", r, d) for n, r, d in bindings_of(session, name)]
    return is_allowed(rules, f"principal:{name}", domain, permission)


def _use_approval(
    session: Session, approval_id: str, name: str, permission: str, resource: str, domain: str
) -> str | None:
    """Consume a matching approved request; return why not otherwise."""
    row = session.get(ApprovalRow, approval_id, with_for_update=True)
    if row is None:
        return f"no approval {approval_id}"
    if (row.requester, row.permission, row.resource, row.domain) != (
        name,
        permission,
        resource,
        domain,
    ):
        return f"approval {approval_id} is for another request"
    if row.status != "approved":
        return f"approval {approval_id} is {row.status}"
    if row.approver == name:  # also refused at approve time; checked again here
        return "the requester cannot approve their own request"
    row.status, row.used_at = "used", _now()
    return None


def check(
    session: Session,
    principal: str | None,
    permission: str,
    resource: str,
    domain: str = "*",
    *,
    approval_id: str | None = None,
) -> Decision:
    """Decide, record the decision in the ledger, return it. Never raises for a 'no'."""
    check_permission(permission)
    check_domain(domain)

    def out(allowed: bool, decision: str, reason: str, approval: str | None = None) -> Decision:
        d = Decision(allowed, decision, reason, principal, permission, resource, domain, approval)
        return _log(session, d)

    if principal is None:
        return out(False, "deny", "not authenticated")
    row = session.execute(
        select(PrincipalRow).where(PrincipalRow.name == principal)
    ).scalar_one_or_none()
    if row is None or row.disabled:
        return out(False, "deny", "unknown principal" if row is None else "principal is disabled")
    if not _rbac(session, principal, domain, permission):
        return out(False, "deny", f"no role grants {permission} in {domain}")
    if permission not in SENSITIVE:
        return out(True, "allow", "granted by role")
    if approval_id:
        why = _use_approval(session, approval_id, principal, permission, resource, domain)
        if why is None:
            return out(True, "allow", "granted by role, second approver recorded", approval_id)
        return out(False, "deny", why, approval_id)
    pending = (
        session.execute(
            select(ApprovalRow).where(
                ApprovalRow.requester == principal,
                ApprovalRow.permission == permission,
                ApprovalRow.resource == resource,
                ApprovalRow.domain == domain,
                ApprovalRow.status.in_(("pending", "approved")),
            )
        )
        .scalars()
        .first()
    )
    if pending is None:
        pending = ApprovalRow(
            requester=principal,
            permission=permission,
            resource=resource,
            domain=domain,
            status="pending",
        )
        session.add(pending)
        session.flush()
    return out(False, "approval_required", f"{permission} needs a second approver", pending.id)


def _denied(d: Decision) -> str:
    extra = f" (approval request {d.approval_id})" if d.decision == "approval_required" else ""
    return f"{d.principal or 'anonymous'} may not {d.permission} on {d.resource} in {d.domain}: {d.reason}{extra}"


def raise_if_denied(d: Decision) -> Decision:
    """Call after the session committed, so the logged denial is kept."""
    if not d.allowed:
        raise PermissionDenied(_denied(d))
    return d


def approve(session: Session, approval_id: str, *, approver: str) -> Decision:
    """A second principal, holding ``<type>:approve`` in the domain, approves a request.

    Returns the (logged) decision; nothing is approved unless it allows.
    """
    row = session.get(ApprovalRow, approval_id, with_for_update=True)
    if row is None:  # a denial, not a 404: do not tell strangers which ids exist
        d = Decision(
            False,
            "deny",
            "no such approval request",
            approver,
            "access:approve",
            f"approval:{approval_id}",
            "*",
            approval_id,
        )
        return _log(session, d)
    if row.status != "pending":
        raise InvalidInput(f"approval {approval_id} is already {row.status}")
    rtype = row.permission.split(":", 1)[0]
    resource = f"approval:{approval_id}"
    if approver == row.requester:
        d = Decision(
            False,
            "deny",
            "the requester cannot approve their own request",
            approver,
            f"{rtype}:approve",
            resource,
            row.domain,
            approval_id,
        )
        return _log(session, d)
    d = check(session, approver, f"{rtype}:approve", resource, row.domain)
    if not d.allowed:
        return d
    row.status, row.approver, row.decided_at = "approved", approver, _now()
    append_event(
        session,
        actor=approver,
        action="access.approval.approved",
        resource=resource,
        data={
            "requester": row.requester,
            "permission": row.permission,
            "resource": row.resource,
            "domain": row.domain,
        },
    )
    return replace(d, approval_id=approval_id)


def _any_admin(session: Session) -> bool:
    q = select(RoleBindingRow.id).where(RoleBindingRow.role == "admin")
    return session.execute(q).first() is not None


def grant(
    session: Session,
    name: str,
    role: str,
    domain: str = "*",
    *,
    by: str,
    approval_id: str | None = None,
) -> Decision:
    """Bind ``role`` in ``domain`` to ``name`` if ``by`` may. The first admin is bootstrapped.

    Granting admin is sensitive: the first call answers ``approval_required``; once a
    second principal approved, call again with ``approval_id``.
    """
    check_role(role)
    check_domain(domain)
    target = _row(session, name)
    resource = f"principal:{name}"
    perm = "access:grant_admin" if role == "admin" else "access:grant"
    if role == "admin" and not _any_admin(session):
        d = _log(
            session, Decision(True, "allow", "bootstrap: first admin", by, perm, resource, domain)
        )
    else:
        d = check(session, by, perm, resource, domain, approval_id=approval_id)
        if not d.allowed:
            return d
    exists = session.execute(
        select(RoleBindingRow.id).where(
            RoleBindingRow.principal_id == target.id,
            RoleBindingRow.role == role,
            RoleBindingRow.domain == domain,
        )
    ).first()
    if not exists:
        session.add(RoleBindingRow(principal_id=target.id, role=role, domain=domain, granted_by=by))
        append_event(
            session,
            actor=by,
            action="access.granted",
            resource=resource,
            data={"role": role, "domain": domain, "reason": d.reason, "approval_id": approval_id},
        )
    return d


def revoke(session: Session, name: str, role: str, domain: str = "*", *, by: str) -> Decision:
    target = _row(session, name)
    d = check(session, by, "access:grant", f"principal:{name}", domain)
    if not d.allowed:
        return d
    row = session.execute(
        select(RoleBindingRow).where(
            RoleBindingRow.principal_id == target.id,
            RoleBindingRow.role == role,
            RoleBindingRow.domain == domain,
        )
    ).scalar_one_or_none()
    if row is None:
        raise InputNotFound(f"{name} does not hold {role} in {domain}")
    session.delete(row)
    append_event(
        session,
        actor=by,
        action="access.revoked",
        resource=f"principal:{name}",
        data={"role": role, "domain": domain},
    )
    return d


def create_token(
    session: Session, name: str, *, by: str, label: str = "", expires_in_days: int | None = 90
) -> tuple[Decision, str | None, str | None]:
    """Issue a token for ``name`` (by itself or a holder of access:manage_tokens).

    Returns (decision, token id, token); the token is shown once and stored hashed.
    """
    target = _row(session, name)
    if expires_in_days is not None and not 0 < expires_in_days <= 3650:
        raise InvalidInput("token lifetime must be 1..3650 days")
    resource = f"principal:{name}"
    if by == name:
        d = _log(
            session, Decision(True, "allow", "own token", by, "access:manage_tokens", resource, "*")
        )
    else:
        d = check(session, by, "access:manage_tokens", resource)
        if not d.allowed:
            return d, None, None
    t = new_token()
    expires = _now() + timedelta(days=expires_in_days) if expires_in_days else None
    session.add(
        TokenRow(
            id=t.token_id,
            principal_id=target.id,
            label=label,
            salt=t.salt,
            hash=t.digest,
            expires_at=expires,
        )
    )
    append_event(
        session,
        actor=by,
        action="access.token.created",
        resource=resource,
        data={
            "token_id": t.token_id,
            "label": label,
            "expires_at": expires.isoformat() if expires else None,
        },
    )
    return d, t.token_id, t.token


def revoke_token(session: Session, token_id: str, *, by: str) -> Decision:
    row = session.get(TokenRow, token_id)
    if row is None:
        raise InputNotFound(f"no token {token_id}")
    owner = session.get(PrincipalRow, row.principal_id)
    owner_name = owner.name if owner else "?"
    resource = f"principal:{owner_name}"
    if by == owner_name:
        d = _log(
            session, Decision(True, "allow", "own token", by, "access:manage_tokens", resource, "*")
        )
    else:
        d = check(session, by, "access:manage_tokens", resource)
        if not d.allowed:
            return d
    row.revoked_at = _now()
    append_event(
        session,
        actor=by,
        action="access.token.revoked",
        resource=resource,
        data={"token_id": token_id},
    )
    return d


def authenticate(session: Session, token: str | None) -> Principal | None:
    """The principal a bearer token belongs to, or None (bad, unknown, expired, revoked, disabled)."""
    parsed = parse_token(token or "")
    if parsed is None:
        return None
    token_id, secret = parsed
    row = session.get(TokenRow, token_id)
    if row is None or not verify_secret(secret, row.salt, row.hash):
        return None
    now = _now()
    expires = _aware(row.expires_at)
    if row.revoked_at is not None or (expires is not None and expires <= now):
        return None
    owner = session.get(PrincipalRow, row.principal_id)
    if owner is None or owner.disabled:
        return None
    row.last_used_at = now
    return _p(owner)
