"""Types every guard scanner shares: roles, the scan context, results and the Protocol.

A scanner is a small class with a stable ``id``, a ``direction`` (input, output or both)
and a ``scan(text, ctx)`` that returns a :class:`ScanResult`: a score in 0..1, the spans
it matched (offsets into the text it was given) and :class:`~assura.findings.Finding`
objects. The :class:`~assura.guard.engine.Guard` turns scores and findings into one
:class:`GuardResult` with an :class:`Action`, following the policy.

A scanner that fails does not raise out of the guard: the failure becomes a
:class:`ScanError` event in the result, and the policy (``fail_closed``, default true)
decides whether that blocks.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol, runtime_checkable

from assura.findings import Finding

__all__ = [
    "Action",
    "Direction",
    "GuardResult",
    "Role",
    "ScanContext",
    "ScanError",
    "ScanResult",
    "Scanner",
    "ScannerOutcome",
    "Span",
]


class Role(enum.Enum):
    """Who wrote a piece of text. Tool output and documents are untrusted channels."""

    USER = "user"
    SYSTEM = "system"
    TOOL = "tool"
    DOCUMENT = "document"
    OUTPUT = "output"

    @property
    def indirect(self) -> bool:
        """True for channels where an injection would be indirect (tool results, documents)."""
        return self in (Role.TOOL, Role.DOCUMENT)

    @classmethod
    def parse(cls, value: str | Role) -> Role:
        from assura.errors import InvalidInput

        if isinstance(value, Role):
            return value
        v = value.strip().lower()
        v = {"assistant": "output", "function": "tool", "developer": "system"}.get(v, v)
        try:
            return cls(v)
        except ValueError:
            names = ", ".join(r.value for r in cls)
            raise InvalidInput(f"unknown role {value!r} (expected one of: {names})") from None


class Direction(enum.Enum):
    INPUT = "input"
    OUTPUT = "output"
    BOTH = "both"

    def covers(self, other: Direction) -> bool:
        return self is Direction.BOTH or self is other


class Action(enum.Enum):
    """What the guard does. Ordered: a stronger action wins when scanners disagree."""

    ALLOW = "allow"
    REDACT = "redact"
    REVIEW = "review"
    BLOCK = "block"

    @property
    def rank(self) -> int:
        return _ACTION_RANK[self]


_ACTION_RANK = {Action.ALLOW: 0, Action.REDACT: 1, Action.REVIEW: 2, Action.BLOCK: 3}


@dataclass(frozen=True, slots=True)
class Span:
    """A matched region ``text[start:end]`` of the scanned text, with its entity label.

    ``redactable`` spans are offsets into the original text (PII, secrets) and can be
    replaced by a placeholder; spans found on normalised or decoded text are evidence only.
    """

    start: int
    end: int
    label: str
    redactable: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "label": self.label}


@dataclass(frozen=True, slots=True)
class ScanContext:
    """What a scanner may know besides the text: the role, and for output scans the prompt.

    ``system_prompt`` and ``canaries`` feed the leakage scanner; ``app`` and ``key`` say
    which application or API key the call belongs to (for logging, not for scanning).
    """

    role: Role = Role.USER
    prompt: str | None = None
    system_prompt: str | None = None
    canaries: tuple[str, ...] = ()
    app: str | None = None
    key: str | None = None


@dataclass(frozen=True, slots=True)
class ScanResult:
    """One scanner's answer on one text. ``score`` is 0 (clean) .. 1 (certain)."""

    score: float
    spans: tuple[Span, ...] = ()
    findings: tuple[Finding, ...] = ()

    @staticmethod
    def clean() -> ScanResult:
        return _CLEAN


_CLEAN = ScanResult(0.0)


@runtime_checkable
class Scanner(Protocol):
    """The plugin interface. ``id`` is stable: policies and stored decisions use it."""

    id: ClassVar[str]
    direction: ClassVar[Direction]

    def scan(self, text: str, ctx: ScanContext) -> ScanResult: ...


@dataclass(frozen=True, slots=True)
class ScanError:
    """A scanner that raised. ``fail_closed`` says whether the policy blocked because of it."""

    scanner: str
    error: str
    fail_closed: bool

    def to_dict(self) -> dict[str, Any]:
        return {"scanner": self.scanner, "error": self.error, "fail_closed": self.fail_closed}


@dataclass(frozen=True, slots=True)
class ScannerOutcome:
    """What one scanner contributed to a decision (max over messages for chat input)."""

    scanner: str
    score: float
    action: Action
    triggered: bool
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True, slots=True)
class GuardResult:
    """The decision on one input or output.

    ``text`` is the scanned text with redactable spans replaced by placeholders (the
    original text when nothing was redacted); ``messages`` the same for chat input.
    ``redactions`` maps each placeholder (``[EMAIL_1]``) to the original value: keep it
    private and pass it to :func:`~assura.guard.redact.restore` to put values back.
    ``message`` is the policy's text for a block or review.
    """

    action: Action
    scores: Mapping[str, float]
    findings: tuple[Finding, ...]
    text: str
    messages: tuple[Mapping[str, Any], ...] | None = None
    redactions: Mapping[str, str] = field(default_factory=dict)
    errors: tuple[ScanError, ...] = ()
    outcomes: tuple[ScannerOutcome, ...] = ()
    message: str | None = None
    policy: str = "default"

    @property
    def allowed(self) -> bool:
        """True when the text may pass on (allowed as is, or with redactions)."""
        return self.action in (Action.ALLOW, Action.REDACT)

    @property
    def triggered(self) -> tuple[str, ...]:
        return tuple(o.scanner for o in self.outcomes if o.triggered)

    def to_dict(self, *, include_redactions: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "action": self.action.value,
            "scores": {k: round(v, 4) for k, v in self.scores.items()},
            "findings": [f.to_dict() for f in self.findings],
            "policy": self.policy,
        }
        if self.action is Action.REDACT:
            d["text"] = self.text
        if self.message:
            d["message"] = self.message
        if self.errors:
            d["errors"] = [e.to_dict() for e in self.errors]
        if include_redactions and self.redactions:
            d["redactions"] = dict(self.redactions)
        return d
