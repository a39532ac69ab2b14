"""Real servers on loopback: the mock upstream, and the gateway in front of it."""

from __future__ import annotations

import random
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import uvicorn

from assura.gateway import GatewaySettings, create_gateway_app, create_key, parse_gateway_policy
from assura.gateway.mock_upstream import MockUpstream
from assura.guard import PolicySet, ScannerRegistry
from assura.store import Store

PEPPER = b"test-pepper"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Served:
    def __init__(self, app: Any) -> None:
        self.port = _free_port()
        cfg = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="error",
                             lifespan="on")  # fmt: skip
        self.server = uvicorn.Server(cfg)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("server did not start")
            time.sleep(0.01)
        self.url = f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture
def upstream() -> Iterator[MockUpstream]:
    mock = MockUpstream()
    srv = Served(mock.app)
    mock.url = srv.url  # type: ignore[attr-defined]
    try:
        yield mock
    finally:
        srv.close()


@dataclass
class GatewayHandle:
    url: str
    app: Any
    store: Store
    upstream: MockUpstream
    key: str

    @property
    def gw(self) -> Any:
        return self.app.state.gateway

    def headers(self, key: str | None = None) -> dict[str, str]:
        return {"authorization": f"Bearer {key or self.key}"}

    def flush(self) -> None:
        self.gw.recorder.flush()


Factory = Callable[..., GatewayHandle]


@pytest.fixture
def gw_store(tmp_path: Any) -> Iterator[Store]:
    """The gateway's store: SQLite here; modules whose behaviour depends on the database
    (keys, review) override this fixture with the lead's ``store`` (SQLite + PostgreSQL)."""
    from assura.store import open_store

    s = open_store(f"sqlite:///{tmp_path / 'gw.db'}")
    yield s
    s.dispose()


@pytest.fixture
def make_gateway(gw_store: Store, upstream: MockUpstream) -> Iterator[Factory]:
    store = gw_store
    started: list[Served] = []

    def make(
        policy: str | None = None,
        *,
        settings: GatewaySettings | None = None,
        registry: ScannerRegistry | None = None,
        seed: int = 7,
        key_app: str | None = None,
    ) -> GatewayHandle:
        ps, gs = (
            parse_gateway_policy(policy, name="test-policy")
            if policy
            else (PolicySet(), GatewaySettings())
        )
        if settings is not None:
            gs = settings
        gs = gs.model_copy(update={"key_cache_s": 0.0})
        app = create_gateway_app(
            store, upstream_url=upstream.url + "/v1", policy_set=ps, settings=gs,  # type: ignore[attr-defined]
            pepper=PEPPER, registry=registry, rng=random.Random(seed),
        )  # fmt: skip
        with store.session() as s:
            n = len(started)
            _, secret = create_key(s, name=f"test-{n}-{id(app)}", pepper=PEPPER, app=key_app)
        srv = Served(app)
        started.append(srv)
        return GatewayHandle(srv.url, app, store, upstream, secret)

    try:
        yield make
    finally:
        for srv in started:
            srv.close()


@pytest.fixture
def serve_app() -> Iterator[Callable[[Any], Served]]:
    """Serve any ASGI app on loopback for the test: ``srv = serve_app(app); srv.url``."""
    started: list[Served] = []

    def serve(app: Any) -> Served:
        srv = Served(app)
        started.append(srv)
        return srv

    try:
        yield serve
    finally:
        for srv in started:
            srv.close()


@pytest.fixture
def pepper() -> bytes:
    return PEPPER
