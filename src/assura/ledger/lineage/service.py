"""Lineage in the store and the ledger: record, look up, graph, check for drift.

A record is written twice in one transaction: as a ``lineage_records`` row (with the
per-file manifests, for drift checks) and as a ``lineage.recorded`` ledger entry whose
``evidence`` holds every dataset and artifact digest. ``check`` trusts the row only as
far as its manifests hash to the digests in that (verifiable) ledger entry.
"""

from __future__ import annotations

import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from assura.errors import InputNotFound, IntegrityError, InvalidInput
from assura.ledger.lineage.hashing import (
    Drift,
    Manifest,
    diff_manifests,
    hash_path,
    manifest_digest,
)
from assura.ledger.lineage.model import (
    ArtifactRef,
    DatasetRef,
    ModelLineage,
    check_name_version,
    parse_model_ref,
)
from assura.ledger.service import append_event, get_entry
from assura.store.tables.ledger import LineageRow

__all__ = [
    "DatasetCheck",
    "LineageCheck",
    "check_lineage",
    "git_commit",
    "lineage_exists",
    "lineage_for_model",
    "lineage_graph",
    "list_versions",
    "record_lineage",
]


def git_commit(ref: str, cwd: Path | None = None) -> str | None:
    """Resolve ``ref`` to a commit id in the git repository at ``cwd``, if there is one."""
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    sha = out.stdout.strip()
    return sha if out.returncode == 0 and len(sha) in (40, 64) else None


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _dataset_ref(m: Manifest, name: str | None) -> DatasetRef:
    return DatasetRef(
        name=name or Path(m.root).name,
        location=m.root,
        kind=m.kind,
        digest="sha256:" + m.digest,
        files=len(m.files),
        bytes=m.total_bytes,
    )


def record_lineage(
    session: Session,
    *,
    actor: str,
    model: str,
    version: str,
    datasets: Sequence[Manifest] = (),
    dataset_names: Sequence[str | None] = (),
    external_datasets: Sequence[DatasetRef] = (),
    artifact: Manifest | None = None,
    code: Mapping[str, str] | None = None,
    params: Mapping[str, str] | None = None,
    parent: str | None = None,
    source: str = "assura",
) -> ModelLineage:
    """Store and log one model version's lineage; a recorded version is never overwritten."""
    check_name_version(model, version)
    if _row(session, model, version) is not None:
        raise InvalidInput(
            f"lineage of {model}@{version} is already recorded (versions are immutable)"
        )
    if parent is not None:
        pname, pver = parse_model_ref(parent)
        if _row(session, pname, str(pver)) is None:
            raise InputNotFound(f"parent model {parent} has no recorded lineage")
    names = list(dataset_names) + [None] * (len(datasets) - len(dataset_names))
    refs = [_dataset_ref(m, n) for m, n in zip(datasets, names, strict=True)]
    refs += list(external_datasets)
    art = (
        ArtifactRef(
            artifact.root,
            artifact.kind,
            "sha256:" + artifact.digest,
            len(artifact.files),
            artifact.total_bytes,
        )
        if artifact
        else None
    )
    lineage = ModelLineage(
        model=model,
        version=version,
        datasets=tuple(refs),
        artifact=art,
        code=dict(code or {}),
        params=dict(params or {}),
        parent=parent,
        source=source,
        recorded_at=_now(),
        recorded_by=actor,
    )
    evidence = [d.digest for d in refs if d.digest.startswith("sha256:")]
    if art:
        evidence.append(art.digest)
    entry = append_event(
        session,
        actor=actor,
        action="lineage.recorded",
        resource=f"model:{model}@{version}",
        data=lineage.to_json(),
        evidence=evidence,
    )
    manifests = {
        "datasets": [m.to_json() for m in datasets],
        "artifact": artifact.to_json() if artifact else None,
    }
    session.add(
        LineageRow(
            model=model,
            version=version,
            parent=parent,
            entry_seq=entry.seq,
            record={"lineage": lineage.to_json(), "actor": actor, "manifests": manifests},
        )
    )
    session.flush()
    return ModelLineage.from_json(lineage.to_json(), recorded_by=actor, entry_seq=entry.seq)


def lineage_exists(session: Session, model: str, version: str) -> bool:
    return _row(session, model, version) is not None


def _row(session: Session, model: str, version: str) -> LineageRow | None:
    return session.execute(
        select(LineageRow).where(LineageRow.model == model, LineageRow.version == version)
    ).scalar_one_or_none()


def _children(session: Session, ref: str) -> tuple[str, ...]:
    rows = session.execute(
        select(LineageRow.model, LineageRow.version).where(LineageRow.parent == ref)
    )
    return tuple(sorted(f"{m}@{v}" for m, v in rows))


def lineage_for_model(session: Session, name: str, version: str) -> ModelLineage:
    """The recorded lineage of ``name@version`` (datasets, artifact, code, params, parent, children)."""
    row = _row(session, name, version)
    if row is None:
        raise InputNotFound(f"no lineage recorded for {name}@{version}")
    return ModelLineage.from_json(
        row.record["lineage"],
        recorded_by=str(row.record.get("actor", "")),
        entry_seq=int(row.entry_seq),
        children=_children(session, f"{name}@{version}"),
    )


def list_versions(session: Session, name: str) -> list[ModelLineage]:
    rows = session.execute(
        select(LineageRow).where(LineageRow.model == name).order_by(LineageRow.recorded_at)
    ).scalars()
    return [lineage_for_model(session, r.model, r.version) for r in rows]


def lineage_graph(session: Session, name: str, version: str | None = None) -> dict[str, Any]:
    """Nodes and edges: dataset versions → model versions → derived models (both directions)."""
    start = [lineage_for_model(session, name, version)] if version else list_versions(session, name)
    if not start:
        raise InputNotFound(f"no lineage recorded for model {name}")
    seen: dict[str, ModelLineage] = {}
    todo = list(start)
    while todo:
        m = todo.pop()
        if m.ref in seen:
            continue
        seen[m.ref] = m
        refs = list(m.children) + ([m.parent] if m.parent else [])
        for ref in refs:
            pn, pv = parse_model_ref(ref)
            todo.append(lineage_for_model(session, pn, str(pv)))
    nodes: dict[str, dict[str, Any]] = {}
    edges: list[dict[str, str]] = []
    for ref, m in sorted(seen.items()):
        nodes[ref] = {"id": ref, "type": "model", "entry_seq": m.entry_seq}
        for d in m.datasets:
            did = f"dataset:{d.name}@{d.version}"
            nodes[did] = {"id": did, "type": "dataset", "digest": d.digest, "location": d.location}
            edges.append({"from": did, "to": ref, "kind": "trained"})
        if m.parent:
            edges.append({"from": m.parent, "to": ref, "kind": "derived"})
    return {"nodes": sorted(nodes.values(), key=lambda n: n["id"]), "edges": edges}


@dataclass(frozen=True)
class DatasetCheck:
    name: str
    location: str
    status: str  # ok | drift | missing | not-hashed
    drift: Drift | None = None


@dataclass(frozen=True)
class LineageCheck:
    ref: str
    datasets: tuple[DatasetCheck, ...]
    artifact: DatasetCheck | None

    @property
    def clean(self) -> bool:
        items = [*self.datasets, *([self.artifact] if self.artifact else [])]
        return all(i.status in ("ok", "not-hashed") for i in items)


def _check_one(name: str, recorded: Manifest) -> DatasetCheck:
    path = Path(recorded.root)
    if not path.exists():
        return DatasetCheck(name, recorded.root, "missing")
    now = hash_path(path)
    drift = diff_manifests(recorded, now)
    if now.digest == recorded.digest and drift.clean:
        return DatasetCheck(name, recorded.root, "ok")
    return DatasetCheck(name, recorded.root, "drift", drift)


def _trusted_manifests(session: Session, row: LineageRow) -> tuple[list[Manifest], Manifest | None]:
    """The row's manifests, after checking each hashes to a digest in the ledger entry."""
    entry = get_entry(session, int(row.entry_seq))
    if entry.action != "lineage.recorded" or entry.resource != f"model:{row.model}@{row.version}":
        raise IntegrityError(
            f"ledger entry {row.entry_seq} is not the lineage record of {row.model}@{row.version}"
        )
    logged = set(entry.evidence)
    mans = [Manifest.from_json(m) for m in row.record["manifests"]["datasets"]]
    art_json = row.record["manifests"].get("artifact")
    art = Manifest.from_json(art_json) if art_json else None
    for m in [*mans, *([art] if art else [])]:
        if "sha256:" + m.digest not in logged or manifest_digest(m.files) != m.digest:
            raise IntegrityError(
                f"stored manifest of {m.root} does not match ledger entry {row.entry_seq}"
            )
    return mans, art


def check_lineage(session: Session, name: str, version: str, *, actor: str) -> LineageCheck:
    """Re-hash what is on disk and report drift per file; the result goes to the ledger."""
    row = _row(session, name, version)
    if row is None:
        raise InputNotFound(f"no lineage recorded for {name}@{version}")
    lineage = lineage_for_model(session, name, version)
    mans, art = _trusted_manifests(session, row)
    by_root = {m.root: m for m in mans}
    checks = []
    for d in lineage.datasets:
        m = by_root.get(d.location)
        checks.append(
            _check_one(d.name, m)
            if m and d.kind != "external"
            else DatasetCheck(d.name, d.location, "not-hashed")
        )
    art_check = _check_one("artifact", art) if art else None
    result = LineageCheck(f"{name}@{version}", tuple(checks), art_check)
    summary = {
        c.location: {
            "status": c.status,
            "changed": list(c.drift.changed) if c.drift else [],
            "added": list(c.drift.added) if c.drift else [],
            "removed": list(c.drift.removed) if c.drift else [],
        }
        for c in [*checks, *([art_check] if art_check else [])]
    }
    append_event(
        session,
        actor=actor,
        action="lineage.checked",
        resource=f"model:{name}@{version}",
        data={"clean": result.clean, "results": summary},
    )
    return result
