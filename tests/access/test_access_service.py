"""Access service on SQLite and PostgreSQL: deny by default, domains, tokens, approvals, review."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from assura.access import access_review, review_grants
from assura.access import service as svc
from assura.access.roles import ROLES, role_permissions
from assura.errors import InvalidInput, PermissionDenied
from assura.ledger import service as ledger
from assura.store import Store
from assura.store.tables.access import TokenRow


def _make_org(store: Store) -> Store:
    with store.session() as s:
        for name in ("root", "alice", "carol", "dana", "admin"):
            svc.add_principal(s, name, actor="setup")
        svc.add_principal(s, "registry", kind="service", actor="setup")
        assert svc.grant(s, "root", "admin", by="root").allowed  # bootstrap
        assert svc.grant(s, "alice", "ml_engineer", "team:fraud", by="root").allowed
        assert svc.grant(s, "carol", "security_lead", by="root").allowed
        assert svc.grant(s, "registry", "service", by="root").allowed
    return store


@pytest.fixture
def org(sqlite_store: Store) -> Store:
    return _make_org(sqlite_store)


@pytest.fixture
def any_org(store: Store) -> Store:
    """SQLite and PostgreSQL."""
    return _make_org(store)


def _check(store: Store, *args: str, **kw: str) -> svc.Decision:
    with store.session() as s:
        return svc.check(s, *args, **kw)


def test_deny_by_default_and_domains(any_org: Store) -> None:
    org = any_org
    assert _check(org, "alice", "model:download", "model:fraud@1", "team:fraud").allowed
    assert not _check(org, "alice", "model:download", "model:x@1", "team:other").allowed
    assert not _check(org, "alice", "model:download", "model:x@1", "*").allowed
    assert not _check(org, "alice", "dataset:write", "dataset:d", "team:fraud").allowed
    assert not _check(org, "dana", "model:read", "model:x").allowed  # no roles at all
    assert not _check(org, "ghost", "model:read", "model:x").allowed
    assert not _check(org, None, "model:read", "model:x").allowed  # type: ignore[arg-type]
    # a principal named like a role gets nothing from the name
    assert not _check(org, "admin", "model:read", "model:x").allowed
    assert _check(org, "carol", "ledger:verify", "ledger").allowed
    with pytest.raises(InvalidInput):
        _check(org, "alice", "model:fly", "model:x")


def test_every_decision_is_in_the_ledger(org: Store) -> None:
    d = _check(org, "dana", "model:read", "model:x")
    with org.session() as s:
        e = ledger.get_entry(s, d.ledger_seq or 0)
    assert e.action == "authz.decision" and e.actor == "dana"
    assert e.data["decision"] == "deny" and e.data["permission"] == "model:read"


def test_sensitive_action_needs_a_second_approver(any_org: Store) -> None:
    org = any_org
    d = _check(org, "alice", "model:deploy", "model:fraud@3", "team:fraud")
    assert d.decision == "approval_required" and d.approval_id
    aid = d.approval_id
    with org.session() as s:
        own = svc.approve(s, aid, approver="alice")
        assert not own.allowed and "own request" in own.reason
        assert not svc.approve(s, aid, approver="dana").allowed  # holds no approve permission
    with org.session() as s:
        assert svc.approve(s, aid, approver="carol").allowed
    # a different request cannot use the approval; the right one can, once
    assert not _check(
        org, "alice", "model:deploy", "model:other@1", "team:fraud", approval_id=aid
    ).allowed
    ok = _check(org, "alice", "model:deploy", "model:fraud@3", "team:fraud", approval_id=aid)
    assert ok.allowed and ok.decision == "allow"
    again = _check(org, "alice", "model:deploy", "model:fraud@3", "team:fraud", approval_id=aid)
    assert not again.allowed and "used" in again.reason
    with org.session() as s:
        actions = [e.action for e in ledger.iter_events(s, action="access.approval.approved")]
    assert actions == ["access.approval.approved"]


def test_granting_admin_is_two_person(org: Store) -> None:
    with org.session() as s:
        d = svc.grant(s, "dana", "admin", by="root")
    assert d.decision == "approval_required"
    with pytest.raises(PermissionDenied):
        svc.raise_if_denied(d)
    with org.session() as s:
        assert svc.approve(s, d.approval_id or "", approver="carol").allowed
    with org.session() as s:
        assert svc.grant(s, "dana", "admin", by="root", approval_id=d.approval_id).allowed
        assert ("dana", "admin", "*") in svc.bindings_of(s, "dana")
    # a non-admin cannot grant at all, and the denial is kept in the ledger
    with org.session() as s:
        d2 = svc.grant(s, "alice", "auditor", by="alice")
    assert not d2.allowed
    with org.session() as s:
        assert ledger.get_entry(s, d2.ledger_seq or 0).data["decision"] == "deny"


def test_tokens(org: Store) -> None:
    with org.session() as s:
        d, tid, token = svc.create_token(s, "alice", by="alice", label="laptop", expires_in_days=1)
        assert d.allowed and token and token.startswith("asr_")
        denied, _, none = svc.create_token(s, "carol", by="alice")
        assert not denied.allowed and none is None
    with org.session() as s:
        who = svc.authenticate(s, token)
        assert who is not None and who.name == "alice"
        assert svc.authenticate(s, token[:-1] + ("A" if token[-1] != "A" else "B")) is None
        assert svc.authenticate(s, "asr_nonsense") is None and svc.authenticate(s, None) is None
        row = s.get(TokenRow, tid)
        # the secret is everything after ``asr_<16 hex>_`` (it may itself hold "_")
        secret = token.split("_", 2)[2]
        assert len(secret) == 43 and row is not None and secret.encode() not in row.hash
    with org.session() as s:
        s.execute(update(TokenRow).values(expires_at=datetime.now(UTC) - timedelta(seconds=1)))
    with org.session() as s:
        assert svc.authenticate(s, token) is None
    with org.session() as s:
        _, tid2, token2 = svc.create_token(s, "alice", by="root")
    with org.session() as s:
        assert svc.authenticate(s, token2) is not None
        assert svc.revoke_token(s, tid2 or "", by="alice").allowed
    with org.session() as s:
        assert svc.authenticate(s, token2) is None


def test_review_unused_and_toxic(org: Store) -> None:
    with org.session() as s:
        assert svc.grant(s, "alice", "data_steward", "team:fraud", by="root").allowed
    _check(org, "alice", "model:download", "model:fraud@1", "team:fraud")
    with org.session() as s:
        items = {r.principal: r for r in access_review(s, days=30)}
    alice = items["alice"]
    assert "model:download@team:fraud" in alice.used
    assert ("data_steward", "team:fraud") in alice.unused_roles
    assert ("ml_engineer", "team:fraud") not in alice.unused_roles
    assert any(t.first == "dataset:write" and t.second == "model:deploy" for t in alice.toxic)
    assert items["dana"].granted == 0 and not items["dana"].toxic
    assert not items["carol"].toxic


def test_review_grants_pure() -> None:
    out = review_grants(
        [("a", "data_steward", "team:x"), ("a", "ml_engineer", "team:y")],
        {"a": {("dataset:read", "team:x")}},
    )
    assert not out[0].toxic  # the two roles are in disjoint domains
    assert ("ml_engineer", "team:y") in out[0].unused_roles
    assert role_permissions("admin") >= role_permissions("security_lead")
    assert set(ROLES) == {
        "admin",
        "security_lead",
        "ml_engineer",
        "data_steward",
        "reviewer",
        "auditor",
        "service",
    }
    auditor = role_permissions("auditor")
    assert all(p.endswith(":read") or p in ("ledger:verify", "ledger:export") for p in auditor)
