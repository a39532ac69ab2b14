"""FastAPI dependencies that enforce access on every route: ``require("model:read")``.

Usage in a router::

    from assura.access.api_deps import require

    @router.get("/v1/scans", dependencies=[Depends(require("scan:read"))])
    def list_scans(...): ...

or ``who: Annotated[Principal, Depends(require("scan:read"))]`` to get the caller.
The bearer token is checked (unknown, expired, revoked or disabled → 401), then the
permission in the domain (``domain`` fixed, or read from a path parameter with
``domain_param``) → 403, or 403 with the approval id for sensitive actions. Every
decision is appended to the ledger in its own transaction, so it is kept even when the
route itself fails afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from assura.access.roles import check_permission
from assura.access.service import Principal, authenticate, check
from assura.store import Store

__all__ = ["authenticated", "bearer", "require"]

bearer = HTTPBearer(auto_error=False, description="An assura API token (asr_...).")


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def require(
    permission: str, *, domain: str = "*", domain_param: str | None = None
) -> Callable[..., Principal]:
    """A dependency that returns the authenticated caller if it holds ``permission``."""
    check_permission(permission)

    def dependency(
        request: Request,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> Principal:
        store = _store(request)
        dom = domain
        if domain_param is not None:
            dom = str(request.path_params.get(domain_param, domain))
        resource = f"route:{request.method} {request.url.path}"
        token = credentials.credentials if credentials is not None else None
        with store.session() as s:
            who = authenticate(s, token)
            decision = check(s, who.name if who else None, permission, resource, dom)
        if who is None:
            raise HTTPException(
                status_code=401,
                detail="authentication required: send 'Authorization: Bearer <token>'",
                headers={"WWW-Authenticate": "Bearer"},
            )
        if not decision.allowed:
            detail = f"{decision.decision}: {decision.reason}"
            if decision.approval_id:
                detail += f" (approval request {decision.approval_id})"
            raise HTTPException(status_code=403, detail=detail)
        return who

    dependency.__name__ = f"require_{permission.replace(':', '_')}"
    return dependency


def authenticated(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Principal:
    """Only authenticate (401 otherwise); the route checks its own permission."""
    token = credentials.credentials if credentials is not None else None
    with _store(request).session() as s:
        who = authenticate(s, token)
        if who is None:
            check(s, None, "authz:check", f"route:{request.method} {request.url.path}")
    if who is None:
        raise HTTPException(
            status_code=401,
            detail="authentication required: send 'Authorization: Bearer <token>'",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return who
