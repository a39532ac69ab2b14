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
from collections.abc import Mapping
from typing import Any

import httpx
from fastapi import Request
from fastapi.responses import JSONResponse, Response

from assura.gateway.config import GatewaySettings, UsageLimits, parse_gateway_policy
from assura.gateway.extract import apply, request_parts, response_parts, strip_control
from assura.gateway.keys import KeyInfo, verify_key
from assura.gateway.policyctx import Ctx, error_body, provider_of, verdict
from assura.gateway.recorder import Decision, Recorder
from assura.gateway.reviewing import Reviewer
from assura.guard import Action, Guard, GuardResult, GuardSet, PolicySet, ScannerRegistry
from assura.store import Store

__all__ = ["Gateway"]

HEADER = "x-assura-overhead-ms"
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
            guard = self.guards.guard(app=key.app if key else app, key=key.id if key else None)
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
        key = await asyncio.to_thread(self._key, secret) if secret else None
        d = Decision(route=route, key_id=key.id if key else None, key_name=key.name if key else None,
                     app=key.app if key else None)  # fmt: skip
        if key is None and self.settings.require_key:
            d.action = d.input_action = "deny"
            d.rule, d.status_code, d.input_scan = (
                "auth.invalid_key",
                401,
                "not scanned (unauthenticated)",
            )
            return self._finish(d, t0, 0.0, JSONResponse(error_body(
                route, "invalid_api_key", "missing, unknown or revoked gateway API key",
                kind="authentication_error"), status_code=401))  # fmt: skip
        guard, limits = self.guard_for(key)
        d.policy = guard.policy.name
        ctx = Ctx(route=route, key=key, guard=guard, limits=limits, decision=d)
        if route == "models":
            return await self._models(ctx, t0)
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
            return self._finish(d, t0, 0.0, JSONResponse(error_body(
                route, "invalid_request", "the body must be a JSON object",
                kind="invalid_request_error"), status_code=400))  # fmt: skip
        body, stripped = strip_control(raw)
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
            return self._finish(d, t0, 0.0, JSONResponse(error_body(
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
            res = await asyncio.to_thread(
                guard.scan_input, msgs, app=ctx.app, key=key.id if key else None
            )
            v = verdict(res, "input")
            d.bypasses.extend(v.bypasses)
            if v.bypasses:
                d.input_scan = "partial; scanner failed open: " + ", ".join(
                    b.split(":")[0] for b in v.bypasses)  # fmt: skip
            d.input_action, d.action, d.rule = res.action.value, res.action.value, v.rule
            if res.action is Action.BLOCK:
                d.status_code = 400
                return self._finish(d, t0, 0.0, JSONResponse(error_body(
                    route, v.rule or "input.policy", res.message or guard.policy.block_message),
                    status_code=400))  # fmt: skip
            if res.action is Action.REVIEW:
                hold_s = time.perf_counter()
                outcome = await self.reviewer.on_input(ctx, res, v.rule or "input.review")
                d.detail["review_wait_ms"] = round((time.perf_counter() - hold_s) * 1000, 3)
                t0 += time.perf_counter() - hold_s
                if outcome is not None:
                    d.status_code = 400
                    return self._finish(d, t0, 0.0, JSONResponse(error_body(
                        route, outcome, guard.policy.review_message), status_code=400))  # fmt: skip
            if res.action is Action.REDACT and res.messages is not None:
                body = apply(body, parts, [str(m["content"]) for m in res.messages])
                ctx.input_map = dict(res.redactions)
                d.detail["redacted"] = sorted({p.split("_")[0].strip("[") for p in res.redactions})
        if d.stream and route != "embeddings":
            from assura.gateway.streaming import stream_response

            return await stream_response(self, ctx, body, request, t0)
        return await self._call(ctx, body, request, t0)

    # -- upstream ---------------------------------------------------------------------
    def upstream_request(
        self, ctx: Ctx, body: Any, request: Request, method: str = "POST"
    ) -> httpx.Request:
        assert self.client is not None, "gateway not started"
        anth = ctx.route == "messages"
        base = self.anthropic_upstream if anth else self.upstream
        headers = {
            "content-type": "application/json",
            "accept": request.headers.get("accept", "*/*"),
        }
        if anth:
            headers["anthropic-version"] = request.headers.get("anthropic-version", "2023-06-01")
            if self.anthropic_upstream_key:
                headers["x-api-key"] = self.anthropic_upstream_key
        elif self.upstream_key:
            headers["authorization"] = f"Bearer {self.upstream_key}"
        url = base + _UPSTREAM_PATHS[ctx.route]
        if method == "GET":
            return self.client.build_request("GET", url, headers=headers)
        return self.client.build_request(method, url, headers=headers,
                                         content=json.dumps(body).encode())  # fmt: skip

    async def _models(self, ctx: Ctx, t0: float) -> Response:
        d = ctx.decision
        d.input_scan, d.output_scan = "not scanned (model list)", "not scanned (model list)"
        t_up = time.perf_counter()
        up = await self.client.send(self.upstream_request(ctx, None, _NoRequest(), "GET"))  # type: ignore[union-attr,arg-type]
        waited = time.perf_counter() - t_up
        try:
            data = up.json()
        except ValueError:
            d.status_code = up.status_code
            return self._finish(d, t0, waited, Response(up.content, status_code=up.status_code))
        if up.status_code == 200 and isinstance(data, dict) and isinstance(data.get("data"), list):
            data["data"] = [m for m in data["data"] if isinstance(m, Mapping) and ctx.model_allowed(
                str(m.get("id")), provider_of(str(m.get("id")), "chat", self.provider)) is None]  # fmt: skip
        d.status_code = up.status_code
        return self._finish(d, t0, waited, JSONResponse(data, status_code=up.status_code))

    async def _call(self, ctx: Ctx, body: dict[str, Any], request: Request, t0: float) -> Response:
        d = ctx.decision
        t_up = time.perf_counter()
        try:
            up = await self.client.send(self.upstream_request(ctx, body, request))  # type: ignore[union-attr]
        except httpx.HTTPError as exc:
            d.status_code, d.output_scan = 502, "not scanned (upstream failed)"
            waited = time.perf_counter() - t_up
            return self._finish(d, t0, waited, JSONResponse(error_body(
                ctx.route, "upstream_error", f"upstream request failed: {type(exc).__name__}",
                kind="upstream_error"), status_code=502))  # fmt: skip
        waited = time.perf_counter() - t_up
        d.status_code = up.status_code
        try:
            data = up.json()
        except ValueError:
            data = None
        if up.status_code != 200 or not isinstance(data, dict):
            d.output_scan = (
                "not scanned (upstream error)"
                if up.status_code != 200
                else "not scanned (not JSON)"
            )
            return self._finish(d, t0, waited, Response(up.content, status_code=up.status_code,
                                                         media_type=up.headers.get("content-type")))  # fmt: skip
        _usage(d, data)
        parts, unscanned = response_parts(ctx.route, data)
        guard = ctx.guard
        if not guard.policy.output.enabled():
            d.output_scan = "not scanned (no output scanners in the policy)"
            d.output_action = "allow"
            texts = [p.text for p in parts]
            if guard.policy.restore_redactions and ctx.input_map:
                from assura.guard import restore

                texts = [restore(t, ctx.input_map) for t in texts]
            out = apply(data, parts, texts)
            self.reviewer.maybe_sample(ctx, texts)
            return self._finish(d, t0, waited, JSONResponse(out))
        results = await asyncio.to_thread(
            lambda: [
                guard.scan_output(p.text, redactions=ctx.input_map, app=ctx.app) for p in parts
            ]
        )
        d.output_scan = "scanned" if not unscanned else "not scanned: " + ", ".join(unscanned)
        worst = Action.ALLOW
        rule: str | None = None
        for r in results:
            v = verdict(r, "output")
            d.bypasses.extend(v.bypasses)
            if v.bypasses:
                d.output_scan = "partial; scanner failed open"
            if r.action.rank > worst.rank:
                worst, rule = r.action, v.rule
        d.output_action = worst.value
        if worst.rank > _rank(d.action):
            d.action, d.rule = worst.value, rule
        if worst is Action.BLOCK:
            d.status_code = 400
            return self._finish(d, t0, waited, JSONResponse(error_body(
                ctx.route, rule or "output.policy", guard.policy.block_message), status_code=400))  # fmt: skip
        texts = [r.text for r in results]
        if worst is Action.REVIEW:
            hold_s = time.perf_counter()
            texts_or_err = await self.reviewer.on_output(
                ctx, texts, results, rule or "output.review"
            )
            t0 += time.perf_counter() - hold_s
            if isinstance(texts_or_err, str):
                d.status_code = 400
                return self._finish(d, t0, waited, JSONResponse(error_body(
                    ctx.route, texts_or_err, guard.policy.review_message), status_code=400))  # fmt: skip
            texts = texts_or_err
        else:
            self.reviewer.maybe_sample(ctx, texts)
        return self._finish(d, t0, waited, JSONResponse(apply(data, parts, texts)))

    def _finish(self, d: Decision, t0: float, waited: float, resp: Response) -> Response:
        overhead = max(0.0, time.perf_counter() - t0 - waited)
        d.overhead_us = int(overhead * 1e6)
        resp.headers[HEADER] = f"{overhead * 1000:.3f}"
        self.recorder.record(d)
        return resp


def _rank(action: str) -> int:
    try:
        return Action(action).rank
    except ValueError:
        return 0


def _usage(d: Decision, data: Mapping[str, Any]) -> None:
    u = data.get("usage")
    if isinstance(u, Mapping):
        d.prompt_tokens = int(u.get("prompt_tokens") or u.get("input_tokens") or 0)
        d.completion_tokens = int(u.get("completion_tokens") or u.get("output_tokens") or 0)


def _client_secret(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip() or None
    return request.headers.get("x-api-key") or None


class _NoRequest:
    headers: dict[str, str] = {}
