"""Streamed responses: text passes through a :class:`HoldBack` window per choice/block,
tool-call arguments are held whole until their block ends, and a block cuts the stream
with a final error event (and ``[DONE]`` on the OpenAI routes). Nothing leaves before the
output scanners passed it; what could not be scanned is recorded as "not scanned"."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import httpx
from fastapi import Request
from fastapi.responses import JSONResponse, Response, StreamingResponse

from assura.gateway.dialects import Dialect
from assura.gateway.holdback import HoldBack
from assura.gateway.policyctx import Ctx, error_body, verdict
from assura.gateway.sse import Event, parse_batches
from assura.guard import Action, GuardResult

if TYPE_CHECKING:
    from assura.gateway.proxy import Gateway

__all__ = ["stream_response"]


class _Timed:
    """Wraps the upstream byte iterator and counts the time spent waiting on it."""

    def __init__(self, it: AsyncIterator[bytes]) -> None:
        self.it = it
        self.waited = 0.0

    def __aiter__(self) -> _Timed:
        return self

    async def __anext__(self) -> bytes:
        t = time.perf_counter()
        try:
            return await self.it.__anext__()
        finally:
            self.waited += time.perf_counter() - t


async def stream_response(gw: Gateway, ctx: Ctx, body: dict[str, Any], request: Request,
                          t0: float) -> Response:  # fmt: skip
    d = ctx.decision
    if ctx.route in ("chat",) and isinstance(body.get("stream_options"), dict) is False:
        body = {**body, "stream_options": {"include_usage": True}}
    t_up = time.perf_counter()
    try:
        up = await gw.http.send(gw.upstream_request(ctx, body, request.headers), stream=True)
    except httpx.HTTPError as exc:
        d.status_code, d.output_scan = 502, "not scanned (upstream failed)"
        return gw.finish(d, t0, time.perf_counter() - t_up, JSONResponse(error_body(
            ctx.route, "upstream_error", f"upstream request failed: {type(exc).__name__}",
            kind="upstream_error"), status_code=502))  # fmt: skip
    waited = time.perf_counter() - t_up
    if up.status_code != 200:
        content = await up.aread()
        await up.aclose()
        d.status_code, d.output_scan = up.status_code, "not scanned (upstream error)"
        return gw.finish(d, t0, waited, Response(content, status_code=up.status_code,
                                                   media_type=up.headers.get("content-type")))  # fmt: skip
    pre = max(0.0, time.perf_counter() - t0 - waited)
    run = _StreamRun(gw, ctx, up, t0, waited)
    return StreamingResponse(run.events(), media_type="text/event-stream",
                             headers={"x-assura-overhead-ms": f"{pre * 1000:.3f}",
                                      "cache-control": "no-cache"})  # fmt: skip


class _StreamRun:
    def __init__(self, gw: Gateway, ctx: Ctx, up: httpx.Response, t0: float, waited: float) -> None:
        self.gw, self.ctx, self.up, self.t0, self.waited = gw, ctx, up, t0, waited
        self.dialect = Dialect(ctx.route)
        self.guard = ctx.guard
        st = gw.settings.stream
        self.window, self.step = st.window_chars, st.step_chars
        self.scanning = bool(self.guard.policy.output.enabled())
        self.texts: dict[Any, HoldBack] = {}
        self.args: dict[Any, tuple[str, dict[str, Any]]] = {}
        self.results: list[GuardResult] = []
        self.held_s = 0.0
        self.cut: str | None = None
        self.after = gw.settings.review.mode == "after"
        self.flagged: list[GuardResult] = []

    def _hb(self, key: Any) -> HoldBack:
        hb = self.texts.get(key)
        if hb is None:
            window = self.window if self.scanning else 0
            hb = self.texts[key] = HoldBack(
                self._scan, window=window, step=self.step if self.scanning else 1,
                input_map=self.ctx.input_map, restore_input=self.guard.policy.restore_redactions,
                review_passes=self.after,
            )  # fmt: skip
        return hb

    def _stops(self, action: Action) -> bool:
        """Block always stops the stream; review stops it only when reviews hold calls."""
        return action is Action.BLOCK or (action is Action.REVIEW and not self.after)

    def _scan(self, text: str, existing: Any) -> GuardResult:
        if not self.scanning:
            from assura.guard import GuardResult as GR

            return GR(Action.ALLOW, {}, (), text)
        res = self.guard.scan_output(text, redactions=existing, app=self.ctx.app)
        self.results.append(res)
        return res

    def _stop(self, res: GuardResult) -> bytes:
        v = verdict(res, "output")
        self.cut = v.rule or "output.policy"
        err = error_body(self.ctx.route, self.cut, self.guard.policy.block_message)
        return self.dialect.error_event(err["error"])

    async def _review(self, key: Any, res: GuardResult) -> list[bytes]:
        """A review action mid-stream: hold the rest, let a person decide."""
        v = verdict(res, "output")
        rule = v.rule or "output.review"
        # read the rest of the stream into the held text (not released, not scanned)
        tail: list[Event] = []
        async for ev in self._source:
            if ev is None:
                continue
            sp = self.dialect.split(ev)
            for k, t in sp.texts:
                self._hb(k).text += t
            for k, t, meta in sp.args:
                prev = self.args.get(k, ("", {}))
                self.args[k] = (prev[0] + t, {**meta, **prev[1]})
            if sp.rest is not None:
                tail.append(sp.rest)
            if ev.done:
                break
        hb = self._hb(key)
        t_hold = time.perf_counter()
        outcome, edited = await self.gw.reviewer.on_stream(self.ctx, hb.pending, [res], rule)
        self.held_s += time.perf_counter() - t_hold
        d = self.ctx.decision
        if outcome in ("reject", "timeout-block"):
            d.action, d.output_action, d.rule = "review", "review", rule
            self.cut = "review.rejected" if outcome == "reject" else "review.timeout"
            err = error_body(self.ctx.route, self.cut, self.guard.policy.review_message)
            return [self.dialect.error_event(err["error"])]
        d.output_scan = (
            "partial; held text released by a reviewer" if outcome != "after" else d.output_scan
        )
        out: list[bytes] = []
        for k, h in self.texts.items():
            if k == key and outcome == "edit" and edited is not None:
                h.released = len(h.text)
                h.emitted += edited
                h.stopped = None
                out.append(self.dialect.text_event(k, edited))
            else:
                piece = h.release_all()
                if piece:
                    out.append(self.dialect.text_event(k, piece))
        for k, (txt, meta) in list(self.args.items()):
            out.append(self.dialect.args_event(k, txt, meta))
            del self.args[k]
        for ev in tail:
            if ev.done:
                out.append(self.dialect.passthrough(ev, {}))
            else:
                out.append(self.dialect.passthrough(ev, self._replacements()))
        return out

    def _replacements(self) -> dict[str, str]:
        return {
            hb.text: hb.emitted for hb in self.texts.values() if hb.text and hb.text != hb.emitted
        }

    async def _flush(self) -> tuple[list[bytes], GuardResult | None, Any]:
        out: list[bytes] = []
        for k, hb in self.texts.items():
            st = hb.finish()
            if self._stops(st.action):
                return out, st.result, k
            if st.emit:
                out.append(self.dialect.text_event(k, st.emit))
        for k, (txt, meta) in list(self.args.items()):
            if self.scanning and txt:
                res = self._scan(txt, self.ctx.input_map)
                if self._stops(res.action):
                    return out, res, None
                if res.action is Action.REVIEW:
                    self.flagged.append(res)
                txt = res.text
            out.append(self.dialect.args_event(k, txt, meta))
            del self.args[k]
        return out, None, None

    async def events(self) -> AsyncIterator[bytes]:
        """The client's stream. Output is written once per upstream network chunk."""
        timed = _Timed(self.up.aiter_bytes())
        self._source = _marked(parse_batches(timed))
        d = self.ctx.decision
        d.output_scan = "scanned (streamed, hold-back window)" if self.scanning else (
            "not scanned (no output scanners in the policy)")  # fmt: skip
        buf: list[bytes] = []
        try:
            async for ev in self._source:
                if ev is None:  # the end of one upstream chunk: write what is ready
                    if buf:
                        yield b"".join(buf)
                        buf.clear()
                    continue
                if await self._one(ev, buf):
                    break
            else:
                out, stopped, stop_key = await self._flush()
                buf.extend(out)
                if stopped is not None:
                    if stopped.action is Action.REVIEW:
                        buf.extend(await self._review(stop_key, stopped))
                    else:
                        buf.append(self._stop(stopped))
        finally:
            await self.up.aclose()
            self._record(timed.waited)
        total = self._overhead(timed.waited)
        buf.append(f": x-assura-overhead-ms={total * 1000:.3f}\n\n".encode())
        yield b"".join(buf)

    async def _one(self, ev: Event, buf: list[bytes]) -> bool:
        """Handle one upstream event, appending output to ``buf``; True to end the stream."""
        d = self.ctx.decision
        try:
            sp = self.dialect.split(ev)
        except (AttributeError, TypeError, ValueError, KeyError):
            self.cut = "output.unparseable_stream"  # fail closed on odd upstream events
            buf.append(self.dialect.error_event(error_body(
                self.ctx.route, self.cut, "the upstream sent an event the gateway could not scan"
            )["error"]))  # fmt: skip
            return True
        if sp.usage:
            d.prompt_tokens = max(d.prompt_tokens, sp.usage[0])
            d.completion_tokens = max(d.completion_tokens, sp.usage[1])
        stopped: GuardResult | None = None
        stop_key: Any = None
        for k, t in sp.texts:
            st = self._hb(k).feed(t)
            if self._stops(st.action):
                stopped, stop_key = st.result, k
                break
            if st.emit:
                buf.append(self.dialect.text_event(k, st.emit))
        if stopped is None:
            for k, t, meta in sp.args:
                prev = self.args.get(k, ("", {}))
                self.args[k] = (prev[0] + t, {**meta, **prev[1]})
            if sp.flush or ev.done:
                out, stopped, stop_key = await self._flush()
                buf.extend(out)
            if stopped is None and sp.rest is not None:
                buf.append(self.dialect.passthrough(sp.rest, self._replacements()))
        if stopped is None:
            return False
        if stopped.action is Action.REVIEW:
            buf.extend(await self._review(stop_key, stopped))
            return True  # _review drained the upstream and wrote the rest
        buf.append(self._stop(stopped))
        return True

    def _overhead(self, waited: float) -> float:
        return max(0.0, time.perf_counter() - self.t0 - self.waited - waited - self.held_s)

    def _record(self, waited: float) -> None:
        d = self.ctx.decision
        worst = Action.ALLOW
        rule = None
        for r in self.results:
            v = verdict(r, "output")
            for b in v.bypasses:
                if b not in d.bypasses:
                    d.bypasses.append(b)
            if r.action.rank > worst.rank:
                worst, rule = r.action, v.rule
        if d.bypasses and self.scanning:
            d.output_scan = "partial; scanner failed open"
        d.output_action = worst.value if self.scanning else "allow"
        if self.cut:
            d.action, d.rule = (
                ("block", self.cut) if worst is Action.BLOCK else ("review", self.cut)
            )
            d.detail["stream_cut"] = True
            if worst is Action.BLOCK:
                d.status_code = 200
        elif worst.rank > _rank(d.action):
            d.action, d.rule = worst.value, rule
        unreleased = sum(len(h.pending) for h in self.texts.values())
        if unreleased and not self.cut:
            d.output_scan += f"; {unreleased} chars not released (stream ended early)"
        if self.cut:
            d.detail["withheld_chars"] = unreleased
        d.overhead_us = int(self._overhead(waited) * 1e6)
        emitted = [h.emitted for h in self.texts.values()]
        flagged = self.flagged + [h.flagged for h in self.texts.values() if h.flagged]
        if flagged and not self.cut:
            v = verdict(flagged[0], "output")
            self.gw.reviewer.file_after(self.ctx, emitted, flagged, v.rule or "output.review")
        elif not self.cut and worst in (Action.ALLOW, Action.REDACT):
            self.gw.reviewer.maybe_sample(self.ctx, emitted)
        self.gw.recorder.record(d)


def _rank(action: str) -> int:
    try:
        return Action(action).rank
    except ValueError:
        return 0


async def _marked(batches: AsyncIterator[list[Event]]) -> AsyncIterator[Event | None]:
    """Events, with ``None`` after the last event of each upstream network chunk."""
    async for batch in batches:
        for ev in batch:
            yield ev
        yield None
