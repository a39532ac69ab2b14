"""The gateway as a FastAPI app: ``create_gateway_app(store, upstream_url=...)``.

Routes: ``/v1/chat/completions``, ``/v1/completions``, ``/v1/responses``,
``/v1/embeddings``, ``/v1/models`` (OpenAI-compatible upstream) and ``/v1/messages``
(Anthropic-compatible upstream); the review queue under ``/v1/review``; ``/healthz``.
Serve it with uvicorn (``assura gateway serve``).
"""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from assura import __version__
from assura.errors import AssuraError
from assura.gateway.config import GatewaySettings
from assura.gateway.proxy import Gateway
from assura.guard import PolicySet, ScannerRegistry
from assura.store import Store

__all__ = ["create_gateway_app"]


def create_gateway_app(
    store: Store,
    *,
    upstream_url: str,
    policy_set: PolicySet | None = None,
    settings: GatewaySettings | None = None,
    anthropic_upstream_url: str | None = None,
    upstream_key: str | None = None,
    anthropic_upstream_key: str | None = None,
    pepper: bytes = b"",
    registry: ScannerRegistry | None = None,
    rng: random.Random | None = None,
    provider: str | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    review_api: bool = True,
) -> FastAPI:
    """Build the gateway app. ``pepper`` must be the one keys were created with."""
    gw = Gateway(
        store, upstream_url=upstream_url, policy_set=policy_set, settings=settings,
        anthropic_upstream_url=anthropic_upstream_url, upstream_key=upstream_key,
        anthropic_upstream_key=anthropic_upstream_key, pepper=pepper, registry=registry,
        rng=rng, provider=provider,
    )  # fmt: skip

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        await gw.start(transport)
        try:
            yield
        finally:
            await gw.stop()

    app = FastAPI(title="assura gateway", version=__version__, lifespan=lifespan,
                  docs_url=None, redoc_url=None)  # fmt: skip
    app.state.store = store
    app.state.gateway = gw
    app.state.review_rescan = gw.reviewer.rescan

    @app.exception_handler(AssuraError)
    async def _assura_error(_request: Request, exc: AssuraError) -> JSONResponse:
        return JSONResponse(
            status_code=exc.http_status,
            content={"error": {"type": type(exc).__name__, "message": exc.diagnostics()}},
        )

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    def route(name: str, path: str, method: str = "POST") -> None:
        async def endpoint(request: Request) -> Response:
            return await gw.handle(name, request)

        endpoint.__name__ = f"proxy_{name}"
        app.add_api_route(path, endpoint, methods=[method], include_in_schema=True)

    route("chat", "/v1/chat/completions")
    route("completions", "/v1/completions")
    route("responses", "/v1/responses")
    route("embeddings", "/v1/embeddings")
    route("messages", "/v1/messages")
    route("models", "/v1/models", "GET")
    if review_api:
        from assura.api.routes.review import router

        app.include_router(router)
    return app
