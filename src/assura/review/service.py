"""The review queue over the store: file, list, show, claim, approve, reject, edit, expire.

Every function takes a SQLAlchemy ``Session`` (one transaction). A claim and a decision
are single conditional ``UPDATE`` statements whose row count says whether this caller
won, so two reviewers never decide the same item, on SQLite and PostgreSQL alike. Every
step is kept in ``review_decisions`` (who, when, why) and appended to the ledger when
the ledger package is installed.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from assura.errors import InputNotFound, InvalidInput, UserError
from assura.store.base import new_id, utcnow
from assura.store.tables.review import ReviewDecisionRow, ReviewItemRow

__all__ = [
    "DECIDED",
    "Rescan",
    "RescanResult",
    "ReviewConflict",
    "ReviewItem",
    "claim",
    "decide",
    "expire",
    "file_item",
    "get_item",
    "history",
    "list_items",
    "release",
    "wait_for_decision",
]

DECIDED = frozenset({"approved", "rejected", "edited", "expired"})
_VERBS = {"approve": "approved", "reject": "rejected", "edit": "edited"}


class ReviewConflict(UserError):
    """Another reviewer holds or already decided the item (HTTP 409)."""

    http_status = 409


@dataclass(frozen=True)
class RescanResult:
    """What the policy says about an edited output: ``action`` and the (redacted) text."""

    action: str
    text: str
    rule: str | None = None


Rescan = Callable[["ReviewItem", str], RescanResult]


@dataclass(frozen=True)
class ReviewItem:
    id: str
    status: str
    source: str
    mode: str
    direction: str
    reason: str
    created_at: datetime
    app: str | None = None
    key_id: str | None = None
    route: str | None = None
    model: str | None = None
    policy: str | None = None
    input: Any = None
    output: str | None = None
    findings: tuple[Mapping[str, Any], ...] = ()
    claimed_by: str | None = None
    decided_by: str | None = None
    decided_at: datetime | None = None
    decision_reason: str | None = None
    edited_output: str | None = None
    history: tuple[Mapping[str, Any], ...] = field(default=())

    @property
    def decided(self) -> bool:
        return self.status in DECIDED

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "status": self.status,
            "source": self.source,
            "mode": self.mode,
            "direction": self.direction,
            "reason": self.reason,
            "created_at": self.created_at.isoformat(),
            "app": self.app,
            "key_id": self.key_id,
            "route": self.route,
            "model": self.model,
            "policy": self.policy,
            "input": self.input,
            "output": self.output,
            "findings": [dict(f) for f in self.findings],
            "claimed_by": self.claimed_by,
            "decided_by": self.decided_by,
            "decided_at": self.decided_at.isoformat() if self.decided_at else None,
            "decision_reason": self.decision_reason,
            "edited_output": self.edited_output,
            "history": [dict(h) for h in self.history],
        }


def _item(row: ReviewItemRow, hist: tuple[Mapping[str, Any], ...] = ()) -> ReviewItem:
    return ReviewItem(
        id=row.id, status=row.status, source=row.source, mode=row.mode,
        direction=row.direction, reason=row.reason, created_at=row.created_at, app=row.app,
        key_id=row.key_id, route=row.route, model=row.model, policy=row.policy,
        input=row.input, output=row.output, findings=tuple(row.findings or ()),
        claimed_by=row.claimed_by, decided_by=row.decided_by, decided_at=row.decided_at,
        decision_reason=row.decision_reason, edited_output=row.edited_output, history=hist,
    )  # fmt: skip


def _ledger(
    session: Session, actor: str, action: str, item_id: str, data: Mapping[str, Any]
) -> None:
    try:
        from assura.ledger import append_event
    except ImportError:  # pragma: no cover - the ledger is optional
        return
    append_event(session, actor=actor, action=action, resource=f"review:{item_id}", data=data)


def _log(
    session: Session, item_id: str, actor: str, action: str, reason: str,
    data: Mapping[str, Any] | None = None,
) -> None:  # fmt: skip
    session.add(ReviewDecisionRow(id=new_id(), item_id=item_id, actor=actor, action=action,
                                  reason=reason, at=utcnow(), data=dict(data or {})))  # fmt: skip
    _ledger(session, actor, f"review.{action}", item_id, {"reason": reason, **(data or {})})


def file_item(
    session: Session,
    *,
    source: str,
    mode: str,
    direction: str,
    reason: str,
    input: Any = None,
    output: str | None = None,
    findings: Sequence[Mapping[str, Any]] | None = None,
    app: str | None = None,
    key_id: str | None = None,
    route: str | None = None,
    model: str | None = None,
    policy: str | None = None,
    actor: str = "gateway",
) -> ReviewItem:
    """Put an item in the queue (``source`` flag|sample, ``mode`` hold|after)."""
    if source not in ("flag", "sample") or mode not in ("hold", "after"):
        raise InvalidInput(f"bad review item source/mode: {source}/{mode}")
    row = ReviewItemRow(
        id=new_id(), created_at=utcnow(), status="pending", source=source, mode=mode,
        direction=direction, reason=reason[:255], input=input, output=output,
        findings=[dict(f) for f in findings or ()], app=app, key_id=key_id, route=route,
        model=model, policy=policy,
    )  # fmt: skip
    session.add(row)
    session.flush()
    _log(session, row.id, actor, "filed", reason, {"source": source, "mode": mode})
    return _item(row)


def _row(session: Session, item_id: str) -> ReviewItemRow:
    row = session.get(ReviewItemRow, item_id, populate_existing=True)
    if row is None:
        raise InputNotFound(f"no review item {item_id!r}")
    return row


def history(session: Session, item_id: str) -> tuple[dict[str, Any], ...]:
    rows = session.scalars(
        select(ReviewDecisionRow)
        .where(ReviewDecisionRow.item_id == item_id)
        .order_by(ReviewDecisionRow.at, ReviewDecisionRow.id)
    )
    return tuple(
        {"actor": r.actor, "action": r.action, "reason": r.reason, "at": r.at.isoformat(),
         "data": r.data} for r in rows
    )  # fmt: skip


def get_item(session: Session, item_id: str) -> ReviewItem:
    return _item(_row(session, item_id), history(session, item_id))


def list_items(
    session: Session, *, status: str | None = "pending", app: str | None = None, limit: int = 100
) -> list[ReviewItem]:
    q = select(ReviewItemRow).order_by(ReviewItemRow.created_at, ReviewItemRow.id).limit(limit)
    if status:
        q = q.where(ReviewItemRow.status == status)
    if app:
        q = q.where(ReviewItemRow.app == app)
    return [_item(r) for r in session.scalars(q)]


def _conflict(session: Session, item_id: str, who: str) -> ReviewConflict:
    row = _row(session, item_id)
    if row.status in DECIDED:
        return ReviewConflict(f"review item {item_id} is already {row.status} by {row.decided_by}")
    return ReviewConflict(f"review item {item_id} is claimed by {row.claimed_by}, not {who}")


def claim(session: Session, item_id: str, *, who: str) -> ReviewItem:
    """Claim a pending item for ``who``; raises :class:`ReviewConflict` if someone has it."""
    _need(who, "reviewer")
    res = session.execute(
        update(ReviewItemRow)
        .where(
            ReviewItemRow.id == item_id,
            ReviewItemRow.status == "pending",
            ReviewItemRow.claimed_by.is_(None),
        )  # fmt: skip
        .values(status="claimed", claimed_by=who, claimed_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if res.rowcount != 1:  # type: ignore[attr-defined]
        raise _conflict(session, item_id, who)
    _log(session, item_id, who, "claim", "")
    return get_item(session, item_id)


def release(session: Session, item_id: str, *, who: str, reason: str = "") -> ReviewItem:
    """Give a claimed item back to the queue."""
    res = session.execute(
        update(ReviewItemRow)
        .where(
            ReviewItemRow.id == item_id,
            ReviewItemRow.status == "claimed",
            ReviewItemRow.claimed_by == who,
        )  # fmt: skip
        .values(status="pending", claimed_by=None, claimed_at=None)
        .execution_options(synchronize_session=False)
    )
    if res.rowcount != 1:  # type: ignore[attr-defined]
        raise _conflict(session, item_id, who)
    _log(session, item_id, who, "release", reason)
    return get_item(session, item_id)


def _need(value: str, what: str) -> None:
    if not value or not value.strip():
        raise InvalidInput(f"a {what} is required")


def decide(
    session: Session,
    item_id: str,
    *,
    who: str,
    decision: str,
    reason: str,
    edited_output: str | None = None,
    rescan: Rescan | None = None,
) -> ReviewItem:
    """Approve, reject or edit an item this reviewer has claimed (or a pending one, which
    is claimed in the same statement). An edit is scanned again by ``rescan``: if the
    policy blocks or flags the edited text the edit is refused; a redaction is kept."""
    _need(who, "reviewer")
    _need(reason, "reason (why)")
    if decision not in _VERBS:
        raise InvalidInput(f"unknown decision {decision!r} (approve, reject or edit)")
    data: dict[str, Any] = {"decision": decision}
    if decision == "edit":
        if edited_output is None:
            raise InvalidInput("an edit needs the edited output")
        item = get_item(session, item_id)
        if item.direction != "output":
            raise InvalidInput("only an output can be edited; approve or reject an input")
        if rescan is not None:
            res = rescan(item, edited_output)
            if res.action in ("block", "review"):
                raise InvalidInput(
                    f"the edited output is refused by the policy ({res.action}: {res.rule})"
                )
            data["rescan"] = res.action
            edited_output = res.text
    elif edited_output is not None:
        raise InvalidInput("only an edit carries an edited output")
    res2 = session.execute(
        update(ReviewItemRow)
        .where(
            ReviewItemRow.id == item_id,
            or_(
                (ReviewItemRow.status == "claimed") & (ReviewItemRow.claimed_by == who),
                (ReviewItemRow.status == "pending") & ReviewItemRow.claimed_by.is_(None),
            ),
        )
        .values(
            status=_VERBS[decision],
            claimed_by=who,
            decided_by=who,
            decided_at=utcnow(),
            decision_reason=reason,
            edited_output=edited_output,
        )  # fmt: skip
        .execution_options(synchronize_session=False)
    )
    if res2.rowcount != 1:  # type: ignore[attr-defined]
        raise _conflict(session, item_id, who)
    _log(session, item_id, who, decision, reason, data)
    return get_item(session, item_id)


def expire(session: Session, item_id: str, *, outcome: str) -> ReviewItem | None:
    """Close an undecided held item at its timeout; ``None`` if a person decided first."""
    res = session.execute(
        update(ReviewItemRow)
        .where(ReviewItemRow.id == item_id, ReviewItemRow.status.in_(("pending", "claimed")))
        .values(
            status="expired",
            decided_by="system:timeout",
            decided_at=utcnow(),
            decision_reason=f"no decision in time; policy outcome: {outcome}",
        )  # fmt: skip
        .execution_options(synchronize_session=False)
    )
    if res.rowcount != 1:  # type: ignore[attr-defined]
        return None
    _log(session, item_id, "system:timeout", "expire", f"timeout outcome {outcome}",
         {"outcome": outcome})  # fmt: skip
    return get_item(session, item_id)


def wait_for_decision(
    open_session: Callable[[], Any], item_id: str, *, timeout_s: float, poll_s: float = 0.2
) -> ReviewItem | None:
    """Poll until the item is decided (returns it) or ``timeout_s`` passes (``None``).

    ``open_session`` is ``store.session``; each poll is its own short transaction."""
    deadline = time.monotonic() + timeout_s
    while True:
        with open_session() as s:
            row = s.get(ReviewItemRow, item_id)
            if row is None:
                raise InputNotFound(f"no review item {item_id!r}")
            if row.status in DECIDED:
                return _item(row)
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        time.sleep(min(poll_s, left))
