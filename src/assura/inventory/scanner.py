"""Running the detectors over a tree and merging what they saw into an inventory.

The scan is pure: a path in, an :class:`InventoryResult` out. Saving it is the job of
:mod:`assura.services.inventory`.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from assura import presence
from assura.errors import InputNotFound
from assura.findings import Evidence, Finding, Location, Severity
from assura.inventory.interface import Component, ComponentKind, Detector, SourceFile
from assura.inventory.systems import assign_system, find_system_roots
from assura.inventory.walker import Skipped, WalkOptions, iter_paths, read_file

__all__ = ["InventoryResult", "SystemInventory", "scan_path"]

MAX_EVIDENCE = 25
"""Evidence kept per merged component (the count of all sightings is kept too)."""

PARALLEL_MIN_FILES = 400
"""Below this many files a scan runs in one process: starting workers costs more."""
_CHUNK = 128
_WORKER_GC_THRESHOLDS = (20_000, 20, 20)


@dataclass(frozen=True, slots=True)
class SystemInventory:
    """The AI components of one system (a repo or a deployable service folder)."""

    name: str
    root: str
    components: tuple[Component, ...]


@dataclass(frozen=True, slots=True)
class InventoryResult:
    target: str
    systems: tuple[SystemInventory, ...]
    skipped: tuple[Skipped, ...]
    files_scanned: int
    bytes_scanned: int
    duration_s: float
    findings: tuple[Finding, ...] = field(default=())

    @property
    def components(self) -> list[tuple[str, Component]]:
        """Every component with the name of its system, in a stable order."""
        return [(s.name, c) for s in self.systems for c in s.components]

    def to_dict(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "systems": [{"name": s.name, "root": s.root} for s in self.systems],
            "components": [component_dict(c, system) for system, c in self.components],
            "findings": [f.to_dict() for f in self.findings],
            "skipped": [
                {"path": s.relpath, "reason": s.reason, "partial": s.partial} for s in self.skipped
            ],
            "stats": {
                "files": self.files_scanned,
                "bytes": self.bytes_scanned,
                "seconds": round(self.duration_s, 3),
            },
        }


def component_dict(c: Component, system: str | None = None) -> dict[str, Any]:
    d: dict[str, Any] = {
        "kind": c.kind.value,
        "name": c.name,
        "version": c.version,
        "provider": c.provider,
        "confidence": round(c.confidence, 2),
        "evidence": [{"path": loc.path, "line": loc.line} for loc in c.evidence],
    }
    if system is not None:
        d["system"] = system
    if c.properties:
        d["properties"] = dict(c.properties)
    return d


def scan_path(
    path: str | Path,
    *,
    detectors: Sequence[Detector] | None = None,
    options: WalkOptions | None = None,
    on_file: Callable[[str], None] | None = None,
    include_transitive: bool = False,
    jobs: int | None = None,
) -> InventoryResult:
    """Inventory the AI components under ``path`` (a repo, a monorepo, a folder of repos).

    Packages seen only in a lock file (installed as a dependency of a dependency, never
    declared or imported) are left out unless ``include_transitive`` is set. ``jobs`` is
    the number of processes (default: one per CPU, up to 4, for trees of some size).
    """
    root = Path(path)
    if not root.exists():
        raise InputNotFound(f"no such file or directory: {path}")
    custom = detectors
    if detectors is None:
        from assura.inventory.registry import load_detectors

        detectors = load_detectors()
    started = time.perf_counter()
    opts = options or WalkOptions()
    skipped: list[Skipped] = []
    paths: list[tuple[str, str]] = []
    # the word database every detector's pre-checks use, built while the tree is walked
    # (Hyperscan lets go of the GIL): forked workers inherit it instead of each building it
    building = threading.Thread(target=presence.prepare, daemon=True)
    building.start()
    for item in iter_paths(root, opts):
        if isinstance(item, Skipped):
            skipped.append(item)
        else:
            paths.append(item)
    building.join()
    workers = _workers(jobs, len(paths))
    if workers > 1:
        batch = _detect_parallel(paths, opts, detectors, custom, workers, on_file)
    else:
        batch = _detect_paths(paths, opts, detectors, on_file)
    sightings, more_skipped, files, nbytes = batch
    skipped.extend(more_skipped)
    # the walker joins relative paths with "/": the folder is what precedes the last one
    dirs = {rel.rpartition("/")[0] or "." for _, rel in paths}
    base = root.resolve() if root.is_dir() else root.resolve().parent
    roots = find_system_roots(base, dirs)
    systems = _group(sightings, roots, base.name or "target", include_transitive)
    # From the sightings, not the merged components: each committed key keeps its own mask.
    findings = tuple(dict.fromkeys(f for c in sightings for f in _secret_findings(c)))
    return InventoryResult(
        target=str(root.resolve()),
        systems=systems,
        skipped=tuple(skipped),
        files_scanned=files,
        bytes_scanned=nbytes,
        duration_s=time.perf_counter() - started,
        findings=findings,
    )


_Batch = tuple[list[Component], list[Skipped], int, int]


def _workers(jobs: int | None, nfiles: int) -> int:
    if jobs is not None:
        return max(1, jobs)
    if nfiles < PARALLEL_MIN_FILES:
        return 1
    return max(1, min(4, os.cpu_count() or 1))


def _detect_paths(
    paths: Sequence[tuple[str, str]],
    opts: WalkOptions,
    detectors: Sequence[Detector],
    on_file: Callable[[str], None] | None = None,
) -> _Batch:
    sightings: list[Component] = []
    skipped: list[Skipped] = []
    files = nbytes = 0
    for path, rel in paths:
        for item in read_file(path, rel, opts):
            if isinstance(item, Skipped):
                skipped.append(item)
                continue
            files += 1
            nbytes += item.size
            sightings.extend(_detect(item, detectors, skipped))
        if on_file is not None:
            on_file(rel)
    return sightings, skipped, files, nbytes


def _detect_parallel(
    paths: Sequence[tuple[str, str]],
    opts: WalkOptions,
    loaded: Sequence[Detector],
    custom: Sequence[Detector] | None,
    workers: int,
    on_file: Callable[[str], None] | None,
) -> _Batch:
    """The same as :func:`_detect_paths`, in chunks over a pool of processes, in order.

    A single-threaded caller forks its workers, which then share the detectors already
    loaded; a threaded one (a server, a test runner with threads) starts them from a
    fork server, which is safe there, and each worker loads the detectors once.
    """
    chunks = [paths[i : i + _CHUNK] for i in range(0, len(paths), _CHUNK)]
    sightings: list[Component] = []
    skipped: list[Skipped] = []
    files = nbytes = 0
    forking = threading.active_count() == 1
    ctx = multiprocessing.get_context("fork" if forking else "forkserver")
    # A forked worker inherits ``loaded`` as it is; a fork-server one gets the caller's
    # own detectors pickled, or loads the built-ins itself (None).
    initargs = (loaded if forking else custom,)
    with ProcessPoolExecutor(
        workers, mp_context=ctx, initializer=_init_worker, initargs=initargs
    ) as pool:
        results = pool.map(_worker_detect, chunks, [opts] * len(chunks))
        for chunk, (s, k, f, b) in zip(chunks, results, strict=True):
            sightings.extend(s)
            skipped.extend(k)
            files += f
            nbytes += b
            if on_file is not None:
                for _, rel in chunk:
                    on_file(rel)
    return sightings, skipped, files, nbytes


# Per worker process only: the detectors that worker loaded at start.
_worker_detectors: list[Detector] = []


def _init_worker(detectors: Sequence[Detector] | None) -> None:
    from assura.inventory.registry import load_detectors

    _worker_detectors[:] = list(detectors) if detectors is not None else load_detectors()
    # A worker's own process: what it inherited (detectors, catalogs, compiled regexes)
    # is kept for good, so the collector need not walk it again and again; and parsing a
    # module allocates nodes by the hundred thousand, which would start a collection
    # every 700 of them. Garbage collection does not change what is found.
    gc.freeze()
    gc.set_threshold(*_WORKER_GC_THRESHOLDS)


def _worker_detect(chunk: Sequence[tuple[str, str]], opts: WalkOptions) -> _Batch:
    return _detect_paths(chunk, opts, _worker_detectors)


def _detect(
    file: SourceFile, detectors: Sequence[Detector], skipped: list[Skipped]
) -> list[Component]:
    out: list[Component] = []
    for det in detectors:
        try:
            if det.applies_to(file.relpath):
                out.extend(replace(c, detector=c.detector or det.id) for c in det.detect(file))
        except Exception as exc:  # a detector bug must not stop the scan, nor hide the file
            skipped.append(
                Skipped(
                    file.relpath, f"detector {det.id} failed: {type(exc).__name__}: {exc}", True
                )
            )
    return out


def _group(
    sightings: Iterable[Component], roots: dict[str, str], default: str, include_transitive: bool
) -> tuple[SystemInventory, ...]:
    grouped: dict[str, dict[tuple[str, str], list[Component]]] = {}
    for c in sightings:
        first = c.evidence[0].path if c.evidence else ""
        system = assign_system(first, roots) if roots else default
        grouped.setdefault(system, {}).setdefault(c.key, []).append(c)
    names = {v: k for k, v in roots.items()} if roots else {default: "."}
    out = []
    for system in sorted(grouped):
        merged = [_merge_all(items) for items in grouped[system].values()]
        kept = [c for c in merged if include_transitive or not c.properties.get("transitive")]
        if not kept:
            continue
        comps = sorted(kept, key=lambda c: (_KIND_ORDER[c.kind], c.name.lower()))
        out.append(SystemInventory(system, names.get(system, "."), tuple(comps)))
    return tuple(out)


_KIND_ORDER = {k: i for i, k in enumerate(ComponentKind)}


def _merge_all(items: list[Component]) -> Component:
    """One component from all its sightings, in order: the union of their evidence (the
    first ``MAX_EVIDENCE`` by path and line), the first version and provider given, the
    highest confidence, each fact as the earliest sighting gave it, the count of
    sightings, the detectors when more than one saw it, and ``transitive`` only if every
    sighting was from a lock file alone. One pass: a file can hold a hundred thousand
    sightings of one component."""
    first = items[0]
    if len(items) == 1:
        return first
    evidence = list(first.evidence)
    seen = set(evidence)
    props: dict[str, Any] = {}
    version, provider, confidence = first.version, first.provider, first.confidence
    count = 0
    detectors = first.properties.get("detectors")
    transitive = bool(first.properties.get("transitive"))
    for i, c in enumerate(items):
        for k, v in c.properties.items():
            props.setdefault(k, v)  # the earliest sighting's fact wins
        count += int(c.properties.get("sightings", 1))
        version = version or c.version
        provider = provider or c.provider
        confidence = max(confidence, c.confidence)
        if not i:
            continue
        new = [loc for loc in c.evidence if loc not in seen]  # seen before: counted once
        evidence.extend(new)
        seen.update(new)
        if c.detector != first.detector:
            detectors = sorted(
                {*(detectors if detectors is not None else [first.detector]), c.detector}
            )
        elif detectors is None and "detectors" in c.properties:
            detectors = c.properties["detectors"]
        transitive = transitive and bool(c.properties.get("transitive"))
    props["sightings"] = count
    props.pop("detectors", None)
    if detectors is not None:
        props["detectors"] = detectors
    if not transitive:
        props.pop("transitive", None)
    evidence.sort(key=lambda loc: (loc.path, loc.line or 0))
    return replace(
        first,
        evidence=tuple(evidence[:MAX_EVIDENCE]),
        version=version,
        provider=provider,
        confidence=confidence,
        properties=props,
    )


def _secret_findings(c: Component) -> Iterable[Finding]:
    """A committed AI key is a finding as well as a component (value always masked)."""
    if c.kind is not ComponentKind.SECRET or not c.properties.get("hardcoded"):
        return
    masked = c.properties.get("masked", "****")
    for loc in c.evidence:
        yield Finding(
            rule_id="INV-SECRET-001",
            severity=Severity.HIGH,
            message=f"hard-coded {c.provider or c.name} credential committed ({masked})",
            location=Location(loc.path, loc.line),
            evidence=(Evidence(Location(loc.path, loc.line), masked),),
            references=("CWE-798", "LLM02:2025"),
            data={"provider": c.provider or c.name},
        )
