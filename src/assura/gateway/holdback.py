"""The hold-back window: release streamed text only after the output scanners pass it.

A :class:`HoldBack` accumulates one stream of model text. Whenever at least
``window + step`` characters are unreleased it scans the unreleased text plus ``window``
characters of already released context, and releases all but the last ``window``
characters. So any match no longer than ``window`` that starts in released text was
wholly inside an earlier scan; set ``window`` to at least the longest thing an output
scanner must see whole (the default, 256, covers keys, tokens, cards, e-mails, links).

Redaction keeps its placeholders consistent across scans; a value that straddles the
release point holds the release back to its start. Input placeholders the model repeats
are restored on release when the policy says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from assura.guard import Action, GuardResult, restore

__all__ = ["HoldBack", "Step"]

_OPEN_PLACEHOLDER = re.compile(r"\[[A-Z0-9_]*\Z")

Scan = Callable[[str, Mapping[str, str]], GuardResult]


@dataclass(frozen=True)
class Step:
    """What to do after feeding: ``emit`` released text, or stop on a block/review."""

    emit: str = ""
    action: Action = Action.ALLOW
    result: GuardResult | None = None


class HoldBack:
    def __init__(
        self,
        scan: Scan,
        *,
        window: int = 256,
        step: int = 64,
        input_map: Mapping[str, str] | None = None,
        restore_input: bool = True,
        review_passes: bool = False,
    ) -> None:
        self._scan = scan
        self.window = window
        self.step = step
        self.input_map = dict(input_map or {})
        self.restore_input = restore_input
        self.text = ""
        """The raw model text so far."""
        self.released = 0
        """How many characters of ``text`` are released."""
        self.emitted = ""
        """What was sent to the client (redacted, input placeholders restored)."""
        self.output_map: dict[str, str] = {}
        self.action = Action.ALLOW
        self.scans = 0
        self.errors: list[str] = []
        self.stopped: GuardResult | None = None
        self.review_passes = review_passes
        """Treat a review action as allow (after-the-fact review); ``flagged`` keeps it."""
        self.flagged: GuardResult | None = None

    @property
    def pending(self) -> str:
        return self.text[self.released :]

    def feed(self, delta: str) -> Step:
        if self.stopped is not None:
            return Step(action=self.stopped.action, result=self.stopped)
        self.text += delta
        if len(self.text) - self.released < self.window + self.step:
            return Step()
        return self._advance(final=False)

    def finish(self) -> Step:
        if self.stopped is not None:
            return Step(action=self.stopped.action, result=self.stopped)
        if self.released >= len(self.text) and self.scans:
            return Step()
        return self._advance(final=True)

    def release_all(self) -> str:
        """Release what is held without scanning it again (after a reviewer approved it)."""
        piece = self._render(self.text[self.released :])
        self.released = len(self.text)
        self.emitted += piece
        self.stopped = None
        return piece

    def _advance(self, *, final: bool) -> Step:
        start = max(0, self.released - self.window)
        if start > 0:  # begin the context at a word boundary, not inside a value
            ws = max(self.text.rfind(c, max(0, start - 128), start) for c in " \n\t")
            start = ws + 1 if ws >= 0 else start
        res = self._scan(self.text[start:], {**self.input_map, **self.output_map})
        self.scans += 1
        self.errors.extend(f"{e.scanner}: {e.error}" for e in res.errors)
        if res.action is Action.BLOCK or (res.action is Action.REVIEW and not self.review_passes):
            self.stopped = res
            self.action = res.action
            return Step(action=res.action, result=res)
        if res.action is Action.REVIEW:  # reviewed after the fact: flag it and go on
            self.flagged = self.flagged or res
            self.action = Action.REVIEW
        elif res.action is Action.REDACT and self.action is not Action.REVIEW:
            self.action = Action.REDACT
        self.output_map.update(res.redactions)
        target = len(self.text) if final else len(self.text) - self.window
        target = self._safe_cut(target)
        if target <= self.released:
            return Step()
        piece = self._render(self.text[self.released : target])
        self.released = target
        self.emitted += piece
        return Step(emit=piece, action=res.action, result=res)

    def _safe_cut(self, target: int) -> int:
        """Move ``target`` back so no redacted value is split by the release point."""
        values = [v for v in self.output_map.values() if v]
        changed = True
        while changed and values:
            changed = False
            for v in values:
                lo = max(self.released, target - len(v) + 1)
                for m in re.finditer(re.escape(v), self.text[lo : target + len(v)]):
                    s = lo + m.start()
                    if s < target < s + len(v):
                        target = s
                        changed = True
        # never split a placeholder such as [EMAIL_1] (it could not be restored)
        op = _OPEN_PLACEHOLDER.search(self.text, max(self.released, target - 48), target)
        if op is not None:
            target = op.start()
        return target

    def _render(self, piece: str) -> str:
        for ph, v in sorted(self.output_map.items(), key=lambda kv: -len(kv[1])):
            if v:
                piece = piece.replace(v, ph)
        if self.restore_input and self.input_map:
            piece = restore(piece, self.input_map)
        return piece
