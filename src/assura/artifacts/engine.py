"""Walk paths, pick each file's scanner from its content, recurse into containers.

Files are memory-mapped (large) or read (small); scanners read only what they need, so a
multi-GB checkpoint costs the size of its pickle, not of its tensors.
"""

from __future__ import annotations

import mmap
import os
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from assura.artifacts.interface import (
    ArtifactReport,
    FileResult,
    FormatScanner,
    Limits,
    ScanContext,
    ScanTarget,
    verdict_of,
)
from assura.artifacts.rules import finding
from assura.errors import InputNotFound
from assura.findings import Finding, Severity

__all__ = ["MODEL_SUFFIXES", "Engine", "scan_paths"]

_READ_WHOLE = 64 << 20
MODEL_SUFFIXES = frozenset(
    ".pt .pth .pkl .pickle .bin .ckpt .joblib .jbl .h5 .hdf5 .keras .onnx .pb .gguf .ggml .safetensors "
    ".npy .npz .model .weights .pdparams .pdmodel .mar .sav .dill .tar .zip .7z .gz .bz2 .xz .lzma .tgz "
    ".ptl .torchscript .msgpack .tflite .mlmodel .nemo".split()
)


class _FileState:
    def __init__(self) -> None:
        self.members: list[dict[str, Any]] = []
        self.unpacked = 0


class Engine:
    """Scans files with an ordered list of scanners (first whose ``sniff`` matches wins)."""

    def __init__(self, scanners: Sequence[FormatScanner], limits: Limits | None = None) -> None:
        self.scanners = list(scanners)
        self.limits = limits or Limits()

    def pick(self, head: bytes, name: str) -> FormatScanner | None:
        for s in self.scanners:
            if s.sniff(head, name):
                return s
        return None

    def scan_bytes(
        self, data: bytes | memoryview, display: str, *, explicit: bool = True
    ) -> FileResult | None:
        target = ScanTarget(path=display, name=display.rsplit("/", 1)[-1], data=data)
        state = _FileState()
        facts: dict[str, Any] = {}
        findings: list[Finding] = []
        fmt = "unknown"
        scanner = self.pick(bytes(data[:4096]), target.name) if len(data) else None
        if scanner is None:
            suffix = os.path.splitext(target.name)[1].lower()
            if not explicit and suffix not in MODEL_SUFFIXES:
                return None
            what = "empty file" if not len(data) else "content matches no supported model format"
            findings.append(
                finding(
                    "ART-GEN-002",
                    Severity.MEDIUM,
                    f"not scanned: {what}",
                    target.location(),
                    error=True,
                )
            )
        else:
            ctx = ScanContext(target, self.limits, lambda t: self._recurse(t, state), facts)
            findings.extend(self._run(scanner, ctx))
            fmt = ctx.format or scanner.id
        if state.members:
            facts["members"] = state.members
        cap = self.limits.max_findings_per_file
        if len(findings) > cap:
            facts["findings_truncated"] = len(findings) - cap
            findings = sorted(findings, key=lambda f: -f.severity.rank)[:cap]
        return FileResult(display, fmt, verdict_of(findings), len(data), facts, tuple(findings))

    def scan_file(
        self, path: str | os.PathLike[str], display: str, *, explicit: bool = True
    ) -> FileResult | None:
        size = os.stat(path).st_size
        with open(path, "rb") as fh:
            if size <= _READ_WHOLE:
                return self.scan_bytes(fh.read(), display, explicit=explicit)
            mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
            view = memoryview(mm)
            try:
                return self.scan_bytes(view, display, explicit=explicit)
            finally:
                view.release()
                try:
                    mm.close()
                except BufferError:  # a sub-view still alive; the mapping closes when collected
                    pass

    def _run(self, scanner: FormatScanner, ctx: ScanContext) -> Iterator[Finding]:
        try:
            yield from scanner.scan(ctx)
        except (RecursionError, MemoryError, Exception) as exc:  # noqa: BLE001 - hostile input must not crash a scan
            yield finding(
                "ART-GEN-003",
                Severity.MEDIUM,
                f"{scanner.id} scanner failed ({type(exc).__name__}: {str(exc)[:160]}); not fully analysed",
                ctx.loc(),
                error=True,
            )

    def _recurse(self, target: ScanTarget, state: _FileState) -> Iterator[Finding]:
        if target.depth > self.limits.max_depth:
            yield finding(
                "ART-ARC-005",
                Severity.MEDIUM,
                f"not scanned: nested deeper than {self.limits.max_depth} containers",
                target.location(),
                error=True,
            )
            return
        scanner = self.pick(bytes(target.data[:4096]), target.name) if len(target.data) else None
        if scanner is None:
            return
        facts: dict[str, Any] = {}
        ctx = ScanContext(target, self.limits, lambda t: self._recurse(t, state), facts)
        yield from self._run(scanner, ctx)
        if len(state.members) < 200:
            state.members.append(
                {"member": target.member, "format": ctx.format or scanner.id, **facts}
            )


def _walk(paths: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[str, str, bool]]:
    # os.walk, not pathlib: this is the start-up path of one-process-per-file runs, and
    # pathlib costs more to import than the scan of a small pickle. Same order and
    # rules as ``sorted(Path(p).rglob("*"))``: symlinked files and folders are not followed.
    for raw in paths:
        p = _clean(os.fspath(raw))
        if not os.path.lexists(p):
            raise InputNotFound(f"no such file or folder: {raw}")
        if os.path.isdir(p):
            found: list[str] = []
            for root, dirs, names in os.walk(p):
                dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(root, d))]
                found.extend(os.path.join(root, n) for n in names)
            for sub in sorted(found, key=lambda s: s.split(os.sep)):
                if os.path.isfile(sub) and not os.path.islink(sub):
                    yield sub, sub, False
        elif os.path.isfile(p):
            yield p, p, True
        else:
            raise InputNotFound(f"not a regular file or folder: {raw}")


def _clean(p: str) -> str:
    """Drop empty and ``.`` parts the way pathlib displays a path (``..`` is kept)."""
    parts = [x for x in p.split(os.sep) if x not in ("", ".")]
    lead = os.sep if p.startswith(os.sep) else ""
    return (lead + os.sep.join(parts)) or "."


def scan_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    limits: Limits | None = None,
    scanners: Sequence[FormatScanner] | None = None,
) -> ArtifactReport:
    """Scan files and folders (recursively); folders skip files that are not model files."""
    from assura.artifacts.scanners import default_scanners

    engine = Engine(scanners if scanners is not None else default_scanners(), limits)
    files: list[FileResult] = []
    skipped: list[str] = []
    for path, display, explicit in _walk(list(paths)):
        try:
            res = engine.scan_file(path, display, explicit=explicit)
        except OSError as exc:
            res = FileResult(display, "unreadable", verdict_of([]), 0)
            f = finding(
                "ART-GEN-002",
                Severity.MEDIUM,
                f"not scanned: {exc.strerror or exc}",
                res_loc(display),
                error=True,
            )
            res = FileResult(display, "unreadable", verdict_of([f]), 0, {}, (f,))
        if res is None:
            skipped.append(display)
        else:
            files.append(res)
    return ArtifactReport(tuple(files), tuple(skipped))


def res_loc(display: str) -> Any:
    from assura.findings import Location

    return Location(path=display)
