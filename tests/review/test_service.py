"""The review queue over the store (SQLite and PostgreSQL): atomic claims, decisions
with who/when/why, edits scanned again, expiry."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from sqlalchemy import select

from assura.errors import InputNotFound, InvalidInput
from assura.review import (
    RescanResult,
    ReviewConflict,
    claim,
    decide,
    expire,
    file_item,
    get_item,
    list_items,
    release,
    wait_for_decision,
)
from assura.store import Store
from assura.store.tables.ledger import LedgerEntryRow


def _file(store: Store, direction: str = "output", **kw: Any) -> str:
    with store.session() as s:
        return file_item(s, source="flag", mode="hold", direction=direction, reason="output.ban_topics",
                         input=[{"role": "user", "content": "hi"}], output="draft", app="shop",
                         **kw).id  # fmt: skip


def test_two_reviewers_racing_for_one_item(store: Store) -> None:
    for _round in range(5):
        item = _file(store)
        barrier = threading.Barrier(2)
        results: dict[str, str] = {}

        def grab(
            who: str,
            item: str = item,
            barrier: threading.Barrier = barrier,
            results: dict[str, str] = results,
        ) -> None:
            barrier.wait()
            try:
                with store.session() as s:
                    claim(s, item, who=who)
                results[who] = "won"
            except ReviewConflict:
                results[who] = "lost"

        ts = [threading.Thread(target=grab, args=(w,)) for w in ("ann", "ben")]
        for t in ts:
            t.start()
        for t in ts:
            t.join(30)
        assert sorted(results.values()) == ["lost", "won"]
        winner = next(w for w, r in results.items() if r == "won")
        loser = "ben" if winner == "ann" else "ann"
        with store.session() as s:
            with pytest.raises(ReviewConflict):
                decide(s, item, who=loser, decision="approve", reason="mine")
        with store.session() as s:
            assert (
                decide(s, item, who=winner, decision="approve", reason="fine").status == "approved"
            )


def test_decisions_keep_who_when_why(store: Store) -> None:
    item = _file(store)
    with store.session() as s:
        claim(s, item, who="ann")
        release(s, item, who="ann", reason="not my area")
        claim(s, item, who="ben")
        done = decide(s, item, who="ben", decision="reject", reason="policy breach")
    assert (done.status, done.decided_by, done.decision_reason) == (
        "rejected",
        "ben",
        "policy breach",
    )
    with store.session() as s:
        hist = get_item(s, item).history
        ledger = s.scalars(select(LedgerEntryRow.action)).all()
    assert [(h["actor"], h["action"]) for h in hist] == [
        ("gateway", "filed"), ("ann", "claim"), ("ann", "release"), ("ben", "claim"),
        ("ben", "reject")]  # fmt: skip
    assert all(h["at"] for h in hist) and hist[-1]["reason"] == "policy breach"
    assert "review.reject" in ledger and "review.claim" in ledger
    with store.session() as s, pytest.raises(ReviewConflict):
        decide(s, item, who="ben", decision="approve", reason="changed my mind")


def test_edit_is_scanned_again(store: Store) -> None:
    item = _file(store)

    def rescan(_item: Any, text: str) -> RescanResult:
        if "secret" in text:
            return RescanResult("block", text, "output.secrets")
        return RescanResult("redact", text.replace("bob@x.org", "[EMAIL_1]"), "output.pii")

    with store.session() as s:
        claim(s, item, who="ann")
    with store.session() as s, pytest.raises(InvalidInput, match="output.secrets"):
        decide(
            s, item, who="ann", decision="edit", reason="x", edited_output="a secret", rescan=rescan
        )
    with store.session() as s:
        done = decide(s, item, who="ann", decision="edit", reason="tidy",
                      edited_output="mail bob@x.org", rescan=rescan)  # fmt: skip
    assert done.status == "edited" and done.edited_output == "mail [EMAIL_1]"


def test_bad_requests(store: Store) -> None:
    item = _file(store, direction="input")
    with store.session() as s:
        with pytest.raises(InvalidInput):
            decide(s, item, who="ann", decision="approve", reason="")
        with pytest.raises(InvalidInput):
            decide(s, item, who="ann", decision="edit", reason="r", edited_output="x")
        with pytest.raises(InvalidInput):
            decide(s, item, who="ann", decision="maybe", reason="r")
        with pytest.raises(InputNotFound):
            claim(s, "nope", who="ann")


def test_expiry_and_waiting(store: Store) -> None:
    item = _file(store)
    assert wait_for_decision(store.session, item, timeout_s=0.1, poll_s=0.02) is None
    with store.session() as s:
        done = expire(s, item, outcome="block")
    assert done is not None and done.status == "expired"
    with store.session() as s:
        assert expire(s, item, outcome="block") is None  # already closed
        assert [i.id for i in list_items(s, status="expired")] == [item]
    got = wait_for_decision(store.session, item, timeout_s=1)
    assert got is not None and got.status == "expired"
