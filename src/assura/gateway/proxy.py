"""The gateway's request path: authenticate, enforce usage limits, scan the input,
call the upstream, scan the output, record the decision.

Everything a client sends that could steer a guard is stripped first; the policy comes
only from the server (the key's own policy, else the key's application, else the
default). A blocked input never reaches the upstream.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import random
import time
from collections import deque
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx
from fastapi import Request
from fastapi.responses import JSONResponse, Response

from assura.gateway.config import GatewaySettings, UsageLimits, parse_gateway_policy
from assura.gateway.extract import apply, request_parts, strip_control, strip_token_echo
from assura.gateway.keys import KeyInfo, verify_key
from assura.gateway.nonstream import call_json, models
from assura.gateway.policyctx import Ctx, error_body, provider_of, verdict
from assura.gateway.recorder import Decision, Recorder
from assura.gateway.reviewing import Reviewer
from assura.guard import Action, Guard, GuardResult, GuardSet, PolicySet, ScannerRegistry
from assura.store import Store

__all__ = ["Gateway"]

HEADER = "x-assura-overhead-ms"
_T = TypeVar("_T")
_MISS = object()
_UPSTREAM_PATHS = {"chat": "/chat/completions", "completions": "/completions",
                   "responses": "/responses", "embeddings": "/embeddings",
                   "messages": "/messages", "models": "/models"}  # fmt: skip


class Gateway:
    def __init__(
        self,
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
    ) -> None:
        self.store = store
        self.settings = settings or GatewaySettings()
        self.registry = registry
        self.guards = GuardSet(policy_set or PolicySet(), registry=registry)
        self._guard_cache: dict[tuple[str | None, str | None], Guard] = {}
        self.upstream = upstream_url.rstrip("/")
        self.anthropic_upstream = (anthropic_upstream_url or upstream_url).rstrip("/")
        self.upstream_key = upstream_key
        self.anthropic_upstream_key = anthropic_upstream_key or upstream_key
        self.pepper = pepper
        self.provider = provider
        self.rng = rng or random.SystemRandom()
        self.recorder = Recorder(store)
        self.reviewer = Reviewer(self)
        self.client: httpx.AsyncClient | None = None
        self._keys: dict[str, tuple[KeyInfo | None, float]] = {}
        self._key_guards: dict[str, tuple[str, Guard, GatewaySettings]] = {}
        self._hits: dict[str, deque[float]] = {}

    # -- lifecycle --------------------------------------------------------------------
    @property
    def http(self) -> httpx.AsyncClient:
        if self.client is None:
            raise RuntimeError("the gateway is not started (serve it through its app)")
        return self.client

    async def start(self, transport: httpx.AsyncBaseTransport | None = None) -> None:
        limits = httpx.Limits(max_connections=512, max_keepalive_connections=256)
        self.client = httpx.AsyncClient(timeout=httpx.Timeout(600, connect=10), limits=limits,
                                        transport=transport)  # fmt: skip
        self.recorder.start()
        await asyncio.to_thread(self._warm)

    def _warm(self) -> None:
        """Build the default guard and load its models now, not on the first request."""
        g = self.guards.guard()
        g.scan_input([{"role": "user", "content": "hello"}])
        g.scan_output("hello")

    async def stop(self) -> None:
        if self.client is not None:
            await self.client.aclose()
        await asyncio.to_thread(self.recorder.stop)

    # -- who and which policy ---------------------------------------------------------
    def _cached_key(self, secret: str | None) -> KeyInfo | None | object:
        """The cached verification of ``secret``, ``None`` for no secret, else ``_MISS``."""
        if not secret:
            return None
        hit = self._keys.get(hashlib.sha256(secret.encode()).hexdigest())
        if hit is not None and hit[1] > time.monotonic():
            return hit[0]
        return _MISS

    def _key(self, secret: str | None) -> KeyInfo | None:
        if not secret:
            return None
        h = hashlib.sha256(secret.encode()).hexdigest()
        now = time.monotonic()
        hit = self._keys.get(h)
        if hit is not None and hit[1] > now:
            return hit[0]
        with self.store.session() as s:
            info = verify_key(s, secret, pepper=self.pepper)
        if self.settings.key_cache_s > 0:
            if len(self._keys) >= 10_000:  # unknown keys sprayed at us must not grow it forever
                self._keys.clear()
            self._keys[h] = (info, now + self.settings.key_cache_s)
        return info

    def guard_for(self, key: KeyInfo | None, app: str | None = None) -> tuple[Guard, UsageLimits]:
        """The key's own policy if it has one, else the policy set's choice."""
        base = self.settings.usage
        if key is not None and key.policy_text:
            cached = self._key_guards.get(key.id)
            if cached is None or cached[0] != key.policy_text:
                ps, gws = parse_gateway_policy(key.policy_text, name=f"policy of key {key.name}")
                g = Guard(ps.get(ps.default), registry=self.guards.registry)
                cached = self._key_guards[key.id] = (key.policy_text, g, gws)
            base = cached[2].usage
            guard = cached[1]
        else:
            sel = (key.app if key else app, key.id if key else None)
            hit = self._guard_cache.get(sel)
            if hit is None:
                hit = self._guard_cache[sel] = self.guards.guard(app=sel[0], key=sel[1])
            guard = hit
        if key is not None:
            own = key.limits.model_dump(exclude_none=True)
            base = UsageLimits(**{**base.model_dump(exclude_none=True), **own})
        return guard, base

    def _rate_limited(self, key: KeyInfo, limits: UsageLimits) -> str | None:
        if limits.max_requests_per_minute is not None:
            now = time.monotonic()
            q = self._hits.setdefault(key.id, deque())
            while q and q[0] <= now - 60:
                q.popleft()
            if len(q) >= limits.max_requests_per_minute:
                return "rate_limit_exceeded"
            q.append(now)
        if limits.max_tokens is not None and self.recorder.tokens_used(key.id) >= limits.max_tokens:
            return "token_budget_exceeded"
        return None

    # -- the request path -------------------------------------------------------------
    async def handle(self, route: str, request: Request) -> Response:
        t0 = time.perf_counter()
        secret = _client_secret(request)
        cached = self._cached_key(secret)
        key: KeyInfo | None
        if cached is _MISS:
            key = await asyncio.to_thread(self._key, secret)
        else:
            key = cached if isinstance(cached, KeyInfo) else None
        d = Decision(route=route, key_id=key.id if key else None, key_name=key.name if key else None,
                     app=key.app if key else None)  # fmt: skip
        if key is None and self.settings.require_key:
            d.action = d.input_action = "deny"
            d.rule, d.status_code, d.input_scan = (
                "auth.invalid_key",
                401,
                "not scanned (unauthenticated)",
            )
            return self.finish(d, t0, 0.0, JSONResponse(error_body(
                route, "invalid_api_key", "missing, unknown or revoked gateway API key",
                kind="authentication_error"), status_code=401))  # fmt: skip
        guard, limits = self.guard_for(key)
        d.policy = guard.policy.name
        ctx = Ctx(route=route, key=key, guard=guard, limits=limits, decision=d)
        if route == "models":
            return await models(self, ctx, t0)
        try:
            raw = await request.json()
        except (ValueError, UnicodeDecodeError):
            raw = None
        if not isinstance(raw, dict):
            d.action = d.input_action = "deny"
            d.rule, d.status_code, d.input_scan = (
                "request.invalid_json",
                400,
                "not scanned (invalid body)",
            )
            return self.finish(d, t0, 0.0, JSONResponse(error_body(
                route, "invalid_request", "the body must be a JSON object",
                kind="invalid_request_error"), status_code=400))  # fmt: skip
        body, stripped = strip_control(raw)
        if guard.policy.output.enabled():
            body, more = strip_token_echo(body)
            stripped += more
        if stripped:
            d.detail["stripped_fields"] = stripped
        model = body.get("model") if isinstance(body.get("model"), str) else None
        d.model, d.provider = model, provider_of(model, route, self.provider)
        d.stream = bool(body.get("stream"))
        why = ctx.model_allowed(model, d.provider)
        limited = self._rate_limited(key, limits) if key is not None and why is None else None
        if why or limited:
            d.action = d.input_action = "deny"
            d.input_scan = "not scanned (usage policy)"
            code = "model_not_allowed" if why else str(limited)
            status = 403 if why else 429
            d.rule, d.status_code = f"usage.{code}", status
            return self.finish(d, t0, 0.0, JSONResponse(error_body(
                route, f"usage.{code}", why or f"usage limit reached ({limited})",
                kind="permission_error" if why else "rate_limit_error"), status_code=status))  # fmt: skip
        # input
        parts, unscanned = request_parts(route, body)
        msgs = [{"role": p.role, "content": p.text} for p in parts]
        ctx.input_messages = msgs
        d.input_scan = (
            "scanned" if not unscanned else "partial; not scanned: " + ", ".join(unscanned)
        )
        res: GuardResult | None = None
        if parts:
            res = await self._off_loop(
                sum(len(p.text) for p in parts),
                lambda: guard.scan_input(msgs, app=ctx.app, key=key.id if key else None),
            )
            if res.messages is not None:  # the review queue keeps placeholders, not values
                ctx.input_messages = [dict(m) for m in res.messages]
            v = verdict(res, "input")
            d.bypasses.extend(v.bypasses)
            if v.bypasses:
                d.input_scan = "partial; scanner failed open: " + ", ".join(
                    b.split(":")[0] for b in v.bypasses)  # fmt: skip
            d.input_action, d.action, d.rule = res.action.value, res.action.value, v.rule
            if res.action is Action.BLOCK:
                d.status_code = 400
                return self.finish(d, t0, 0.0, JSONResponse(error_body(
                    route, v.rule or "input.policy", res.message or guard.policy.block_message),
                    status_code=400))  # fmt: skip
            if res.action is Action.REVIEW:
                hold_s = time.perf_counter()
                outcome = await self.reviewer.on_input(ctx, res, v.rule or "input.review")
                d.detail["review_wait_ms"] = round((time.perf_counter() - hold_s) * 1000, 3)
                t0 += time.perf_counter() - hold_s
                if outcome is not None:
                    d.status_code = 400
                    return self.finish(d, t0, 0.0, JSONResponse(error_body(
                        route, outcome, guard.policy.review_message), status_code=400))  # fmt: skip
            if res.redactions and res.messages is not None:  # also after an approved review
                body = apply(body, parts, [str(m["content"]) for m in res.messages])
                ctx.input_map = dict(res.redactions)
                d.detail["redacted"] = sorted({p.split("_")[0].strip("[") for p in res.redactions})
        if d.stream and route != "embeddings":
            from assura.gateway.streaming import stream_response

            return await stream_response(self, ctx, body, request, t0)
        return await call_json(self, ctx, body, request, t0)

    async def _off_loop(self, size: int, fn: Callable[[], _T]) -> _T:
        """Short scans run inline (a thread hop costs more than they do); long ones in a
        worker thread so the event loop keeps serving other calls."""
        if size <= self.settings.inline_scan_chars:
            return fn()
        return await asyncio.to_thread(fn)

    # -- upstream ---------------------------------------------------------------------
    def upstream_request(
        self, ctx: Ctx, body: Any, client_headers: Mapping[str, str], method: str = "POST"
    ) -> httpx.Request:
        """The upstream call: the server's provider key, never the client's headers
        (only ``accept`` and ``anthropic-version`` are passed on)."""
        anth = ctx.route == "messages"
        base = self.anthropic_upstream if anth else self.upstream
        headers = {
            "content-type": "application/json",
            "accept": client_headers.get("accept", "*/*"),
        }
        if anth:
            headers["anthropic-version"] = client_headers.get("anthropic-version", "2023-06-01")
            if self.anthropic_upstream_key:
                headers["x-api-key"] = self.anthropic_upstream_key
        elif self.upstream_key:
            headers["authorization"] = f"Bearer {self.upstream_key}"
        url = base + _UPSTREAM_PATHS[ctx.route]
        if method == "GET":
            return self.http.build_request("GET", url, headers=headers)
        return self.http.build_request(method, url, headers=headers,
                                         content=json.dumps(body).encode())  # fmt: skip

    def finish(self, d: Decision, t0: float, waited: float, resp: Response) -> Response:
        overhead = max(0.0, time.perf_counter() - t0 - waited)
        d.overhead_us = int(overhead * 1e6)
        resp.headers[HEADER] = f"{overhead * 1000:.3f}"
        self.recorder.record(d)
        return resp


def _client_secret(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip() or None
    return request.headers.get("x-api-key") or None
