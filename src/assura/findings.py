"""The one result type shared by every analyser: :class:`Finding`.

Findings are frozen dataclasses so analysers stay pure and results are hashable. The
fingerprint leaves out line numbers so a baseline survives unrelated edits.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Evidence", "Finding", "Location", "Severity", "max_severity"]


class Severity(enum.Enum):
    """Ordered severities. Compare with ``<``/``>=``; ``rank`` is 0 (info) .. 4 (critical)."""

    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        from assura.errors import InvalidInput

        if isinstance(value, Severity):
            return value
        try:
            return cls(value.strip().lower())
        except ValueError:
            names = ", ".join(s.value for s in cls)
            raise InvalidInput(f"unknown severity {value!r} (expected one of: {names})") from None

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank >= other.rank


_RANK = {s: i for i, s in enumerate(Severity)}


@dataclass(frozen=True, slots=True)
class Location:
    """Where something is: a file path (relative to the scan root where possible).

    ``member`` names an entry inside a container (``archive.zip!data.pkl``); ``offset``
    is a byte offset for binary formats; ``line``/``column`` are 1-based for text.
    """

    path: str
    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    member: str | None = None
    offset: int | None = None

    def __str__(self) -> str:
        s = self.path if self.member is None else f"{self.path}!{self.member}"
        if self.line is not None:
            s += f":{self.line}"
        elif self.offset is not None:
            s += f"@{self.offset}"
        return s

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in _asdict(self).items() if v is not None}


@dataclass(frozen=True, slots=True)
class Evidence:
    """A piece of proof: where it was seen and (optionally) a short, safe excerpt."""

    location: Location
    snippet: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = self.location.to_dict()
        if self.snippet is not None:
            d["snippet"] = self.snippet
        return d


@dataclass(frozen=True, slots=True)
class Finding:
    """One result of any analyser.

    ``rule_id`` is stable across releases (baselines and suppressions store it);
    ``references`` are catalog ids such as ``CWE-502``, ``AML.T0010``, ``LLM05:2025``;
    ``flow`` is a source→sink path for data-flow findings; ``data`` holds
    analyser-specific, JSON-serialisable extras.
    """

    rule_id: str
    severity: Severity
    message: str
    location: Location | None = None
    evidence: tuple[Evidence, ...] = ()
    references: tuple[str, ...] = ()
    flow: tuple[Location, ...] = ()
    confidence: float = 1.0
    data: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def fingerprint(self) -> str:
        """Stable id without line numbers, so a baseline survives edits above the finding."""
        parts = [self.rule_id, self.location.path if self.location else "", self.message]
        if self.location and self.location.member:
            parts.append(self.location.member)
        import hashlib  # not at the top: loading OpenSSL is most of a small scan's start-up

        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "rule_id": self.rule_id,
            "severity": self.severity.value,
            "message": self.message,
            "fingerprint": self.fingerprint,
        }
        if self.location is not None:
            d["location"] = self.location.to_dict()
        if self.evidence:
            d["evidence"] = [e.to_dict() for e in self.evidence]
        if self.references:
            d["references"] = list(self.references)
        if self.flow:
            d["flow"] = [str(loc) for loc in self.flow]
        d["confidence"] = self.confidence
        if self.data:
            d["data"] = dict(self.data)
        return d


def max_severity(findings: Iterable[Finding]) -> Severity | None:
    """The highest severity among ``findings``, or None when there are none."""
    best: Severity | None = None
    for f in findings:
        if best is None or f.severity > best:
            best = f.severity
    return best


def _asdict(loc: Location) -> dict[str, Any]:
    return {name: getattr(loc, name) for name in loc.__slots__}
