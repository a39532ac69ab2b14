"""The FastAPI application: routes, and one handler that maps assura errors to HTTP."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from assura import __version__
from assura.api.routes import authz, review, risks, scans
from assura.config import Settings, load_settings
from assura.errors import AssuraError
from assura.store import Store, open_store

__all__ = ["create_app"]


def create_app(settings: Settings | None = None, *, store: Store | None = None) -> FastAPI:
    """Build the app over ``store`` (default: the one the settings name)."""
    app = FastAPI(title="assura", version=__version__, docs_url="/docs", redoc_url=None)
    app.state.store = store or open_store(settings or load_settings())

    @app.exception_handler(AssuraError)
    async def _assura_error(_request: Request, exc: AssuraError) -> JSONResponse:
        return JSONResponse(
            status_code=exc.http_status,
            content={"error": {"type": type(exc).__name__, "message": exc.diagnostics()}},
        )

    @app.get("/healthz", tags=["meta"])
    def healthz() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    app.include_router(scans.router)
    app.include_router(authz.router)
    app.include_router(risks.router)
    app.include_router(review.router)
    return app
