"""The decision point: ``POST /v1/authz/check`` for registries, pipelines and gateways.

The caller (a service principal) authenticates with its own token and needs
``authz:check``; it asks whether a subject (a principal name, or the subject's own
token) may perform a permission on a resource in a domain. Every decision is appended
to the ledger. Sensitive actions answer ``approval_required`` with an approval id that a
second principal approves with ``POST /v1/authz/approvals/{id}/approve``.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, ConfigDict, Field

from assura.access.api_deps import authenticated, require
from assura.access.service import (
    Principal,
    approve,
    authenticate,
    check,
    raise_if_denied,
)
from assura.store import Store

__all__ = ["router"]

router = APIRouter(prefix="/v1/authz", tags=["authz"])


class CheckRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    subject: str | None = Field(None, description="Principal name to decide for.")
    subject_token: str | None = Field(None, description="Or the subject's own API token.")
    permission: str = Field(..., examples=["model:download"])
    resource: str = Field(..., max_length=512, examples=["model:fraud@3"])
    domain: str = Field("*", examples=["team:fraud"])
    approval_id: str | None = None


class CheckResponse(BaseModel):
    allowed: bool
    decision: str
    reason: str
    subject: str | None
    permission: str
    resource: str
    domain: str
    approval_id: str | None
    ledger_seq: int | None


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


@router.post("/check", response_model=CheckResponse)
def authz_check(
    body: CheckRequest,
    request: Request,
    caller: Annotated[Principal, Depends(require("authz:check"))],
) -> dict[str, Any]:
    """Decide (deny by default) and log the decision in the ledger."""
    with _store(request).session() as s:
        subject = body.subject
        if body.subject_token is not None:
            who = authenticate(s, body.subject_token)
            subject = who.name if who else None
        d = check(
            s, subject, body.permission, body.resource, body.domain, approval_id=body.approval_id
        )
    return {
        "allowed": d.allowed,
        "decision": d.decision,
        "reason": d.reason,
        "subject": d.principal,
        "permission": d.permission,
        "resource": d.resource,
        "domain": d.domain,
        "approval_id": d.approval_id,
        "ledger_seq": d.ledger_seq,
    }


@router.post("/approvals/{approval_id}/approve")
def authz_approve(
    approval_id: str,
    request: Request,
    caller: Annotated[Principal, Depends(authenticated)],
) -> dict[str, Any]:
    """The caller approves a pending sensitive request (needs ``<type>:approve``; not the requester)."""
    with _store(request).session() as s:
        d = approve(s, approval_id, approver=caller.name)
    raise_if_denied(d)
    return {"approval_id": approval_id, "status": "approved", "approver": caller.name}
