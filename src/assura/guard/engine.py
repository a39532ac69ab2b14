"""The guard: run a policy's scanners over input or output and decide.

``Guard(policy).scan_input(text_or_messages)`` and ``.scan_output(text)`` return a
:class:`~assura.guard.interface.GuardResult`; ``ascan_input``/``ascan_output`` run the
same work in a worker thread so an event loop is not blocked. Chat input is a list of
OpenAI-style messages (``role``, ``content`` as a string or a list of text parts); each
message is scanned with its role and redacted in a copy.

Decision: a scanner triggers when its score is at or above its threshold; its action is
the policy's action for the scanner, or the per-label override for the labels it found,
or else the per-role override for the message it found them in (a retrieved document
may go to review where a user's prompt is blocked).
The strongest action wins (allow < redact < review < block). Spans of triggered findings
whose action is redact become placeholders. A scanner that raises is reported in
``errors``; with ``fail_closed`` (the default) it blocks.
"""

from __future__ import annotations

import asyncio
import copy
import secrets as _secrets
from collections.abc import Mapping, Sequence
from typing import Any

from assura.findings import Finding
from assura.guard.interface import (
    Action,
    Direction,
    GuardResult,
    Role,
    ScanContext,
    ScanError,
    Scanner,
    ScannerOutcome,
)
from assura.guard.policy import Policy, PolicySet, ScannerSettings, default_policy
from assura.guard.redact import Redactor, restore
from assura.guard.registry import ScannerRegistry, default_registry

__all__ = ["Guard", "GuardSet", "Messages"]

Messages = Sequence[Mapping[str, Any]]


class Guard:
    """Scanners of one policy, built once; thread-safe to call concurrently."""

    def __init__(
        self, policy: Policy | None = None, *, registry: ScannerRegistry | None = None
    ) -> None:
        self.policy = policy or default_policy()
        self.registry = registry or default_registry()
        self._input = self._build(self.policy.input.enabled(), Direction.INPUT)
        self._output = self._build(self.policy.output.enabled(), Direction.OUTPUT)

    def _build(
        self, items: list[tuple[str, ScannerSettings]], direction: Direction
    ) -> list[tuple[ScannerSettings, Scanner]]:
        return [(s, self.registry.build(name, s)) for name, s in items]

    # -- public API -------------------------------------------------------------------
    def scan_input(
        self,
        data: str | Messages,
        *,
        role: Role | str = Role.USER,
        app: str | None = None,
        key: str | None = None,
    ) -> GuardResult:
        """Scan a prompt (``role`` says whose text it is) or a list of chat messages."""
        if isinstance(data, str):
            ctx = ScanContext(role=Role.parse(role), app=app, key=key)
            return self._run(self._input, [(data, ctx)], None)
        msgs = [dict(m) for m in data]
        items: list[tuple[str, ScanContext]] = []
        where: list[tuple[int, int | None]] = []
        for i, m in enumerate(msgs):
            r = Role.parse(str(m.get("role", "user")))
            ctx = ScanContext(role=r, app=app, key=key)
            content = m.get("content")
            if isinstance(content, str):
                items.append((content, ctx))
                where.append((i, None))
            elif isinstance(content, list):
                for j, part in enumerate(content):
                    if isinstance(part, Mapping) and isinstance(part.get("text"), str):
                        items.append((part["text"], ctx))
                        where.append((i, j))
        return self._run(self._input, items, (msgs, where))

    def scan_output(
        self,
        text: str,
        *,
        prompt: str | None = None,
        system_prompt: str | None = None,
        canaries: Sequence[str] = (),
        redactions: Mapping[str, str] | None = None,
        app: str | None = None,
        key: str | None = None,
    ) -> GuardResult:
        """Scan a model response. ``redactions`` is the input's map: with the policy's
        ``restore_redactions`` its placeholders are put back in the returned text."""
        ctx = ScanContext(role=Role.OUTPUT, prompt=prompt, system_prompt=system_prompt,
                          canaries=tuple(canaries), app=app, key=key)  # fmt: skip
        res = self._run(self._output, [(text, ctx)], None, existing=redactions)
        if self.policy.restore_redactions and redactions:
            restored = restore(res.text, redactions)
            res = GuardResult(
                action=res.action, scores=res.scores, findings=res.findings, text=restored,
                redactions=res.redactions, errors=res.errors, outcomes=res.outcomes,
                message=res.message, policy=res.policy,
            )  # fmt: skip
        return res

    async def ascan_input(
        self, data: str | Messages, *, role: Role | str = Role.USER,
        app: str | None = None, key: str | None = None,
    ) -> GuardResult:  # fmt: skip
        return await asyncio.to_thread(self.scan_input, data, role=role, app=app, key=key)

    async def ascan_output(self, text: str, **kwargs: Any) -> GuardResult:
        return await asyncio.to_thread(lambda: self.scan_output(text, **kwargs))

    @staticmethod
    def add_canary(system_prompt: str) -> tuple[str, str]:
        """Append a random canary marker to ``system_prompt``; returns (prompt, canary)."""
        canary = "asr-canary-" + _secrets.token_hex(8)
        return f"{system_prompt}\n\n[{canary}]", canary

    # -- internals --------------------------------------------------------------------
    def _run(
        self,
        scanners: list[tuple[ScannerSettings, Scanner]],
        items: list[tuple[str, ScanContext]],
        chat: tuple[list[dict[str, Any]], list[tuple[int, int | None]]] | None,
        existing: Mapping[str, str] | None = None,
    ) -> GuardResult:
        redactor = Redactor(existing)
        before = set(redactor.mapping)
        scores: dict[str, float] = {}
        findings: list[Finding] = []
        errors: list[ScanError] = []
        outcomes: list[ScannerOutcome] = []
        spans_per_item: list[list[tuple[int, int, str]]] = [[] for _ in items]
        overall = Action.ALLOW
        message: str | None = None
        for settings, scanner in scanners:
            best = 0.0
            action = Action.ALLOW
            mine: list[Finding] = []
            failed = False
            for idx, (text, ctx) in enumerate(items):
                try:
                    res = scanner.scan(text, ctx)
                except Exception as exc:  # a scanner failure is an event, not a crash
                    errors.append(
                        ScanError(scanner.id, f"{type(exc).__name__}: {exc}", settings.fail_closed)
                    )
                    failed = True
                    continue
                best = max(best, res.score)
                if res.score < settings.threshold:
                    continue
                for f in res.findings:
                    if f.confidence < settings.threshold and "span" in f.data:
                        continue
                    label = str(f.data.get("label", ""))
                    act = settings.action_for(label, ctx.role)
                    action = act if act.rank > action.rank else action
                    mine.append(_with_message(f, chat[1][idx][0] if chat else None))
                    span = f.data.get("span")
                    if act is Action.REDACT and span:
                        spans_per_item[idx].append(
                            (int(span[0]), int(span[1]), label or scanner.id)
                        )
                if not res.findings:
                    act = settings.action_for("", ctx.role)
                    action = act if act.rank > action.rank else action
            triggered = bool(mine) or (best >= settings.threshold and best > 0)
            if failed and settings.fail_closed:
                action = Action.BLOCK
                triggered = True
            scores[scanner.id] = round(best, 4)
            findings.extend(mine)
            outcomes.append(ScannerOutcome(scanner.id, best, action if triggered else Action.ALLOW,
                                           triggered, tuple(mine)))  # fmt: skip
            if triggered and action.rank > overall.rank:
                overall = action
                if action in (Action.BLOCK, Action.REVIEW):
                    message = settings.message
        texts = [redactor.redact(t, spans_per_item[i]) for i, (t, _c) in enumerate(items)]
        new_map = {k: v for k, v in redactor.mapping.items() if k not in before}
        if overall is Action.BLOCK:
            message = message or self.policy.block_message
        elif overall is Action.REVIEW:
            message = message or self.policy.review_message
        messages = None
        if chat is not None:
            msgs, where = chat
            out = copy.deepcopy(msgs)
            for (i, j), t in zip(where, texts, strict=True):
                if j is None:
                    out[i]["content"] = t
                else:
                    out[i]["content"][j]["text"] = t
            messages = tuple(out)
        return GuardResult(
            action=overall,
            scores=scores,
            findings=tuple(findings),
            text=texts[0] if chat is None and texts else "",
            messages=messages,
            redactions=new_map,
            errors=tuple(errors),
            outcomes=tuple(outcomes),
            message=message,
            policy=self.policy.name,
        )


def _with_message(f: Finding, idx: int | None) -> Finding:
    if idx is None:
        return f
    data = dict(f.data)
    data["message_index"] = idx
    return Finding(f.rule_id, f.severity, f.message, f.location, f.evidence, f.references,
                   f.flow, f.confidence, data)  # fmt: skip


class GuardSet:
    """One :class:`Guard` per policy of a :class:`PolicySet`, chosen by app or API key."""

    def __init__(
        self, policies: PolicySet | None = None, *, registry: ScannerRegistry | None = None
    ) -> None:
        self.policies = policies or PolicySet()
        self.registry = registry or default_registry()
        self._guards: dict[str, Guard] = {}

    def guard(self, *, app: str | None = None, key: str | None = None) -> Guard:
        policy = self.policies.select(app=app, key=key)
        g = self._guards.get(policy.name)
        if g is None:
            g = self._guards[policy.name] = Guard(policy, registry=self.registry)
        return g
