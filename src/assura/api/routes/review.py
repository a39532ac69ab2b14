"""The review queue over HTTP: list, show, claim, release, approve, reject, edit.

Callers authenticate with an assura API token (``Authorization: Bearer asr_...``);
reading needs ``review:read``, deciding ``review:decide``. The reviewer recorded is the
authenticated principal, never a name from the body. An edited output is scanned again
with ``app.state.review_rescan`` (the gateway sets it to its own policies) or, failing
that, the built-in default policy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from assura.review import RescanResult, ReviewItem, claim, decide, get_item, list_items, release
from assura.store import Store

__all__ = ["router"]

router = APIRouter(prefix="/v1/review", tags=["review"])


def _session(request: Request) -> Iterator[Session]:
    store: Store = request.app.state.store
    with store.session() as s:
        yield s


Db = Annotated[Session, Depends(_session)]


def _require(permission: str) -> Callable[..., Any]:
    try:
        from assura.access.api_deps import require
    except ImportError:  # pragma: no cover - access control is part of the platform

        def closed() -> Any:
            raise HTTPException(503, "access control is not installed")

        return closed
    return require(permission)


Reader = Annotated[Any, Depends(_require("review:read"))]
Decider = Annotated[Any, Depends(_require("review:decide"))]


class DecisionBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: str = Field(min_length=1, max_length=4000, description="why: kept with the decision")


class EditBody(DecisionBody):
    output: str = Field(max_length=1_000_000, description="the corrected output")


class ReleaseBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: str = ""


def _default_rescan(item: ReviewItem, text: str) -> RescanResult:
    from assura.guard import GuardSet

    res = GuardSet().guard(app=item.app).scan_output(text, app=item.app)
    rule = next((f"output.{o.scanner}" for o in res.outcomes if o.triggered), None)
    return RescanResult(res.action.value, res.text, rule)


@router.get("/items")
def items(
    session: Db,
    who: Reader,
    status: str | None = Query("pending", description="pending, claimed, approved, ... or ''"),
    app: str | None = None,
    limit: int = Query(100, ge=1, le=1000),
) -> dict[str, Any]:
    """Items in the queue, oldest first."""
    found = list_items(session, status=status or None, app=app, limit=limit)
    return {"items": [i.to_dict() for i in found]}


@router.get("/items/{item_id}")
def item(item_id: str, session: Db, who: Reader) -> dict[str, Any]:
    """One item with its history (who did what, when, why)."""
    return get_item(session, item_id).to_dict()


@router.post("/items/{item_id}/claim")
def claim_item(item_id: str, session: Db, who: Decider) -> dict[str, Any]:
    """Claim an item; 409 if another reviewer has it."""
    return claim(session, item_id, who=who.name).to_dict()


@router.post("/items/{item_id}/release")
def release_item(
    item_id: str, session: Db, who: Decider, body: ReleaseBody | None = None
) -> dict[str, Any]:
    return release(session, item_id, who=who.name, reason=body.reason if body else "").to_dict()


@router.post("/items/{item_id}/approve")
def approve_item(item_id: str, body: DecisionBody, session: Db, who: Decider) -> dict[str, Any]:
    return decide(session, item_id, who=who.name, decision="approve", reason=body.reason).to_dict()


@router.post("/items/{item_id}/reject")
def reject_item(item_id: str, body: DecisionBody, session: Db, who: Decider) -> dict[str, Any]:
    return decide(session, item_id, who=who.name, decision="reject", reason=body.reason).to_dict()


@router.post("/items/{item_id}/edit")
def edit_item(
    item_id: str, body: EditBody, session: Db, who: Decider, request: Request
) -> dict[str, Any]:
    """Replace the output; the edit is scanned again and refused (422) if the policy says so."""
    rescan = getattr(request.app.state, "review_rescan", None) or _default_rescan
    return decide(session, item_id, who=who.name, decision="edit", reason=body.reason,
                  edited_output=body.output, rescan=rescan).to_dict()  # fmt: skip
