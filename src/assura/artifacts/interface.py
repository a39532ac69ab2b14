"""Types the model-file scanners share: the Protocol, the scan context and the results.

A format scanner is a small class with a stable ``id``, a content-based ``sniff`` and a
``scan(ctx)`` that yields :class:`~assura.findings.Finding` objects and records facts in
``ctx.facts``. Containers hand their members back to the engine through
``ctx.recurse``; the engine picks the member's scanner from its content again.

Results are frozen dataclasses: :class:`FileResult` per scanned file and
:class:`ArtifactReport` for a whole run.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from assura.findings import Finding, Location, Severity

__all__ = [
    "ArtifactReport",
    "Buffer",
    "FileResult",
    "FormatScanner",
    "Limits",
    "ScanContext",
    "ScanTarget",
    "Verdict",
    "verdict_of",
]

Buffer = bytes | memoryview
"""The bytes a scanner reads: a ``bytes`` object or a (possibly mmap-backed) memoryview."""


class Verdict(enum.Enum):
    CLEAN = "clean"
    SUSPICIOUS = "suspicious"
    MALICIOUS = "malicious"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds that keep a hostile file from exhausting time or memory."""

    max_depth: int = 5
    """Containers nested deeper than this are reported, not opened."""
    max_member_bytes: int = 1 << 30
    """Largest member (after decompression) that is unpacked for scanning."""
    max_total_unpacked: int = 4 << 30
    """Total bytes unpacked from one top-level file."""
    max_members: int = 100_000
    max_pickle_ops: int = 20_000_000
    max_json_bytes: int = 64 << 20
    bomb_ratio: float = 200.0
    bomb_min_bytes: int = 64 << 20
    max_findings_per_file: int = 500


@dataclass(frozen=True, slots=True)
class ScanTarget:
    """One thing to scan: a top-level file or a member inside a container."""

    path: str
    """Display path of the top-level file."""
    name: str
    """Base name of this target (the member's own name inside a container)."""
    data: Buffer
    member: str | None = None
    """``inner.zip!data.pkl``-style chain inside the top-level file, None at top level."""
    depth: int = 0

    def location(self, offset: int | None = None) -> Location:
        return Location(path=self.path, member=self.member, offset=offset)


class ScanContext:
    """What a scanner gets: the target, the limits, a place for facts, and ``recurse``."""

    def __init__(
        self,
        target: ScanTarget,
        limits: Limits,
        recurse: Callable[[ScanTarget], Iterator[Finding]],
        facts: dict[str, Any] | None = None,
    ) -> None:
        self.target = target
        self.limits = limits
        self._recurse = recurse
        self.facts: dict[str, Any] = {} if facts is None else facts
        self.format: str | None = None

    @property
    def data(self) -> Buffer:
        return self.target.data

    def loc(self, offset: int | None = None, member: str | None = None) -> Location:
        """A location in this target (``member`` appends a sub-member name)."""
        m = self.target.member
        if member is not None:
            m = member if m is None else f"{m}!{member}"
        return Location(path=self.target.path, member=m, offset=offset)

    def child(self, name: str, data: Buffer) -> ScanTarget:
        m = name if self.target.member is None else f"{self.target.member}!{name}"
        return ScanTarget(
            path=self.target.path,
            name=name.rsplit("/", 1)[-1],
            data=data,
            member=m,
            depth=self.target.depth + 1,
        )

    def recurse(self, name: str, data: Buffer) -> Iterator[Finding]:
        """Scan a member: its format is sniffed again from its content."""
        return self._recurse(self.child(name, data))


@runtime_checkable
class FormatScanner(Protocol):
    """A scanner for one file format. ``id`` is stable: reports and baselines store it."""

    @property
    def id(self) -> str:
        """Stable scanner id (a class attribute in the built-in scanners)."""
        ...

    def sniff(self, head: bytes, name: str) -> bool:
        """True when ``head`` (the first bytes) looks like this format."""
        ...

    def scan(self, ctx: ScanContext) -> Iterator[Finding]:
        """Yield findings; record facts in ``ctx.facts``; never execute the content."""
        ...


def verdict_of(findings: tuple[Finding, ...] | list[Finding]) -> Verdict:
    """malicious (any high/critical) > suspicious (medium) > error (not fully scanned) > clean."""
    if any(f.severity >= Severity.HIGH for f in findings):
        return Verdict.MALICIOUS
    if any(f.severity == Severity.MEDIUM and not f.data.get("error") for f in findings):
        return Verdict.SUSPICIOUS
    if any(f.data.get("error") for f in findings):
        return Verdict.ERROR
    return Verdict.CLEAN


@dataclass(frozen=True, slots=True)
class FileResult:
    """One scanned file: its detected format, verdict, facts and findings."""

    path: str
    format: str
    verdict: Verdict
    size: int
    facts: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    findings: tuple[Finding, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "format": self.format,
            "verdict": self.verdict.value,
            "size": self.size,
            "facts": self.facts,
        }


@dataclass(frozen=True, slots=True)
class ArtifactReport:
    """The result of one ``scan_paths`` run."""

    files: tuple[FileResult, ...]
    skipped: tuple[str, ...] = ()
    """Files in scanned folders that are not model files (by content and name)."""

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(f for r in self.files for f in r.findings)

    def to_dict(self) -> dict[str, Any]:
        findings = []
        for f in self.findings:
            loc = f.location
            path = (
                ""
                if loc is None
                else (loc.path if loc.member is None else str(loc.path + "!" + loc.member))
            )
            d: dict[str, Any] = {
                "rule_id": f.rule_id,
                "severity": f.severity.value,
                "path": path,
                "offset": None if loc is None else loc.offset,
                "message": f.message,
                "references": list(f.references),
                "fingerprint": f.fingerprint,
            }
            if f.data:
                d["data"] = dict(f.data)
            findings.append(d)
        counts = {v.value: 0 for v in Verdict}
        for r in self.files:
            counts[r.verdict.value] += 1
        return {
            "tool": "assura-artifacts",
            "summary": {"files": len(self.files), "findings": len(findings), "verdicts": counts},
            "files": [r.to_dict() for r in self.files],
            "findings": findings,
            "skipped": list(self.skipped),
        }

    def to_sarif(self) -> dict[str, Any]:
        from assura.artifacts.rules import RULES
        from assura.artifacts.sarif import sarif_log

        return sarif_log(self.findings, RULES, tool_name="assura-artifacts")
