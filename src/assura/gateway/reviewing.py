"""The gateway side of human review: hold a call until a person decides (with a
timeout and the policy's outcome), or answer at once and file the item for later; and
send a random sample of unflagged traffic per application for spot checks."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from assura.gateway.keys import get_key
from assura.gateway.policyctx import Ctx
from assura.guard import GuardResult, restore
from assura.review import (
    RescanResult,
    ReviewItem,
    expire,
    file_item,
    get_item,
    wait_for_decision,
)

if TYPE_CHECKING:
    from assura.gateway.proxy import Gateway

__all__ = ["Reviewer"]


def _findings(results: list[GuardResult]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for r in results:
        for f in r.findings:
            data = {k: v for k, v in f.data.items() if k in ("scanner", "label", "score", "span")}
            out.append({"rule_id": f.rule_id, "message": f.message, **data})
    return out


class Reviewer:
    def __init__(self, gw: Gateway) -> None:
        self.gw = gw

    @property
    def settings(self) -> Any:
        return self.gw.settings.review

    def _file(self, ctx: Ctx, *, source: str, mode: str, direction: str, reason: str,
              output: str | None, results: list[GuardResult]) -> ReviewItem:  # fmt: skip
        with self.gw.store.session() as s:
            return file_item(
                s, source=source, mode=mode, direction=direction, reason=reason,
                input=ctx.input_messages, output=_mask(output, ctx.input_map),
                findings=_findings(results),
                app=ctx.app, key_id=ctx.key.id if ctx.key else None, route=ctx.route,
                model=ctx.decision.model, policy=ctx.guard.policy.name,
            )  # fmt: skip

    async def _hold(self, ctx: Ctx, direction: str, reason: str, output: str | None,
                    results: list[GuardResult]) -> tuple[str, str | None]:  # fmt: skip
        """File and wait. Returns (outcome, edited): outcome approve|edit|reject|timeout-*."""
        st = self.settings
        if st.mode == "after":
            item = await asyncio.to_thread(self._file, ctx, source="flag", mode="after",
                                           direction=direction, reason=reason, output=output,
                                           results=results)  # fmt: skip
            ctx.decision.review_id = item.id
            ctx.decision.detail["review"] = "filed for after-the-fact review"
            return "after", None
        item = await asyncio.to_thread(self._file, ctx, source="flag", mode="hold",
                                       direction=direction, reason=reason, output=output,
                                       results=results)  # fmt: skip
        ctx.decision.review_id = item.id
        done = await asyncio.to_thread(wait_for_decision, self.gw.store.session, item.id,
                                       timeout_s=st.timeout_s, poll_s=st.poll_s)  # fmt: skip
        if done is None:

            def _expire() -> ReviewItem | None:
                with self.gw.store.session() as s:
                    return expire(s, item.id, outcome=st.timeout_outcome) or get_item(s, item.id)

            done = await asyncio.to_thread(_expire)
        assert done is not None
        ctx.decision.detail["review"] = f"{done.status} by {done.decided_by}"
        if done.status == "expired":
            return f"timeout-{st.timeout_outcome}", None
        if done.status == "edited":
            edited = done.edited_output or ""
            if ctx.guard.policy.restore_redactions and ctx.input_map:
                edited = restore(edited, ctx.input_map)  # placeholders the reviewer kept
            return "edit", edited
        return ("approve" if done.status == "approved" else "reject"), None

    async def on_input(self, ctx: Ctx, res: GuardResult, rule: str) -> str | None:
        """``None`` to go on to the upstream, else the error code to answer with."""
        outcome, _ = await self._hold(ctx, "input", rule, None, [res])
        return _refusal(outcome)

    async def on_output(self, ctx: Ctx, texts: list[str], results: list[GuardResult],
                        rule: str) -> list[str] | str:  # fmt: skip
        """The texts to answer with (edited if a reviewer edited), or an error code."""
        outcome, edited = await self._hold(ctx, "output", rule, "\n".join(texts), results)
        if outcome == "edit" and edited is not None:
            return [edited, *([""] * (len(texts) - 1))] if texts else [edited]
        return _refusal(outcome) or texts

    async def on_stream(self, ctx: Ctx, held: str, results: list[GuardResult],
                        rule: str) -> tuple[str, str | None]:  # fmt: skip
        return await self._hold(ctx, "output", rule, held, results)

    def file_after(self, ctx: Ctx, texts: list[str], results: list[GuardResult], rule: str) -> None:
        """File a flagged, already answered (streamed) call for after-the-fact review."""
        ctx.decision.detail["review"] = "filed for after-the-fact review"
        msgs, found = list(ctx.input_messages), _findings(results)
        out = _mask("\n".join(texts), ctx.input_map)
        key_id = ctx.key.id if ctx.key else None
        route, model, policy, app = ctx.route, ctx.decision.model, ctx.guard.policy.name, ctx.app

        def job(s: Any) -> None:
            file_item(s, source="flag", mode="after", direction="output", reason=rule,
                      input=msgs, output=out, findings=found, app=app, key_id=key_id,
                      route=route, model=model, policy=policy)  # fmt: skip

        self.gw.recorder.submit(job)

    def maybe_sample(self, ctx: Ctx, texts: list[str]) -> None:
        """File a random share of unflagged calls for a spot check (after the fact)."""
        rate = self.settings.rate_for(ctx.app)
        if rate <= 0 or self.gw.rng.random() >= rate:
            return
        ctx.decision.detail["review"] = "sampled for a spot check"
        msgs, out = list(ctx.input_messages), _mask("\n".join(texts), ctx.input_map)
        key_id = ctx.key.id if ctx.key else None
        route, model, policy, app = ctx.route, ctx.decision.model, ctx.guard.policy.name, ctx.app

        def job(s: Any) -> None:
            file_item(s, source="sample", mode="after", direction="output",
                      reason=f"spot-check sample ({rate:g} of {app or 'default'})", input=msgs,
                      output=out, app=app, key_id=key_id, route=route, model=model,
                      policy=policy)  # fmt: skip

        self.gw.recorder.submit(job)

    def rescan(self, item: ReviewItem, text: str) -> RescanResult:
        """Scan an edited output with the policy the item's call was under."""
        key = None
        if item.key_id:
            with self.gw.store.session() as s:
                key = get_key(s, item.key_id)
        guard, _ = self.gw.guard_for(key, app=item.app)
        res = guard.scan_output(text, app=item.app)
        from assura.gateway.policyctx import verdict

        return RescanResult(res.action.value, res.text, verdict(res, "output").rule)


def _refusal(outcome: str) -> str | None:
    if outcome in ("approve", "edit", "after", "timeout-allow"):
        return None
    return "review.rejected" if outcome == "reject" else "review.timeout"


def _mask(text: str | None, input_map: Mapping[str, str]) -> str | None:
    """Put the input's placeholders back in place of restored values before storing."""
    if text is None or not input_map:
        return text
    for ph, value in sorted(input_map.items(), key=lambda kv: -len(kv[1])):
        if value:
            text = text.replace(value, ph)
    return text
