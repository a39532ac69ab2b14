"""Non-streamed calls: send the (scanned) request, scan the whole response, answer.

Also ``/v1/models``, filtered to what the caller's key may use (not scanned: a list of
model ids)."""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx
from fastapi import Request
from fastapi.responses import JSONResponse, Response

from assura.gateway.extract import apply, response_parts
from assura.gateway.policyctx import Ctx, error_body, provider_of, verdict
from assura.gateway.recorder import Decision
from assura.guard import Action, restore

if TYPE_CHECKING:
    from assura.gateway.proxy import Gateway

__all__ = ["call_json", "models"]


async def models(gw: Gateway, ctx: Ctx, t0: float) -> Response:
    d = ctx.decision
    d.input_scan, d.output_scan = "not scanned (model list)", "not scanned (model list)"
    t_up = time.perf_counter()
    up = await gw.http.send(gw.upstream_request(ctx, None, {}, "GET"))
    waited = time.perf_counter() - t_up
    try:
        data = up.json()
    except ValueError:
        d.status_code = up.status_code
        return gw.finish(d, t0, waited, Response(up.content, status_code=up.status_code))
    if up.status_code == 200 and isinstance(data, dict) and isinstance(data.get("data"), list):
        data["data"] = [m for m in data["data"] if isinstance(m, Mapping) and ctx.model_allowed(
            str(m.get("id")), provider_of(str(m.get("id")), "chat", gw.provider)) is None]  # fmt: skip
    d.status_code = up.status_code
    return gw.finish(d, t0, waited, JSONResponse(data, status_code=up.status_code))


async def call_json(
    gw: Gateway, ctx: Ctx, body: dict[str, Any], request: Request, t0: float
) -> Response:
    d = ctx.decision
    t_up = time.perf_counter()
    try:
        up = await gw.http.send(gw.upstream_request(ctx, body, request.headers))
    except httpx.HTTPError as exc:
        d.status_code, d.output_scan = 502, "not scanned (upstream failed)"
        waited = time.perf_counter() - t_up
        return gw.finish(d, t0, waited, JSONResponse(error_body(
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
            "not scanned (upstream error)" if up.status_code != 200 else "not scanned (not JSON)"
        )
        return gw.finish(d, t0, waited, Response(up.content, status_code=up.status_code,
                                                     media_type=up.headers.get("content-type")))  # fmt: skip
    _usage(d, data)
    parts, unscanned = response_parts(ctx.route, data)
    guard = ctx.guard
    if not guard.policy.output.enabled():
        d.output_scan = "not scanned (no output scanners in the policy)"
        d.output_action = "allow"
        texts = [p.text for p in parts]
        if guard.policy.restore_redactions and ctx.input_map:
            texts = [restore(t, ctx.input_map) for t in texts]
        out = apply(data, parts, texts)
        gw.reviewer.maybe_sample(ctx, texts)
        return gw.finish(d, t0, waited, JSONResponse(out))
    results = await gw._off_loop(
        sum(len(p.text) for p in parts),
        lambda: [guard.scan_output(p.text, redactions=ctx.input_map, app=ctx.app) for p in parts],
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
        return gw.finish(d, t0, waited, JSONResponse(error_body(
            ctx.route, rule or "output.policy", guard.policy.block_message), status_code=400))  # fmt: skip
    texts = [r.text for r in results]
    if worst is Action.REVIEW:
        hold_s = time.perf_counter()
        texts_or_err = await gw.reviewer.on_output(ctx, texts, results, rule or "output.review")
        t0 += time.perf_counter() - hold_s
        if isinstance(texts_or_err, str):
            d.status_code = 400
            return gw.finish(d, t0, waited, JSONResponse(error_body(
                ctx.route, texts_or_err, guard.policy.review_message), status_code=400))  # fmt: skip
        texts = texts_or_err
    else:
        gw.reviewer.maybe_sample(ctx, texts)
    return gw.finish(d, t0, waited, JSONResponse(apply(data, parts, texts)))


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
