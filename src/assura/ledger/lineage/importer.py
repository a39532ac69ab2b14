"""Record runs parsed from OpenLineage / MLflow into the store and the ledger.

Local inputs (``file`` namespace, or MLflow ``local`` sources) that exist are content-
hashed now, at import; the record says so (``hashed_at: import``), because a file may
have changed since the run started. Other inputs are kept as the producer named them
(``kind: external``, with the producer's version or digest).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from assura.ledger.lineage.hashing import Manifest, hash_path
from assura.ledger.lineage.ingest import ExternalRun
from assura.ledger.lineage.model import DatasetRef, check_name_version
from assura.ledger.lineage.service import lineage_exists, record_lineage

__all__ = ["ImportResult", "import_runs"]


@dataclass(frozen=True)
class ImportResult:
    recorded: tuple[str, ...]
    skipped: tuple[str, ...]


def _safe_name(name: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9._/:-]", "_", name).strip("/._-:")
    return cleaned[:255] or "unnamed"


def _safe_version(v: str) -> str:
    return (re.sub(r"[^A-Za-z0-9._+-]", "_", v).strip("._+-") or "0")[:128]


def import_runs(
    session: Session, runs: Sequence[ExternalRun], *, actor: str, model: str | None = None
) -> ImportResult:
    recorded: list[str] = []
    skipped: list[str] = []
    for run in runs:
        name = _safe_name(model or run.model)
        version = _safe_version(run.version)
        check_name_version(name, version)
        if lineage_exists(session, name, version):
            skipped.append(f"{name}@{version}")
            continue
        manifests: list[Manifest] = []
        names: list[str | None] = []
        external: list[DatasetRef] = []
        for ds in run.inputs:
            local = ds.local_path
            if local is not None and local.exists():
                manifests.append(hash_path(local))
                names.append(Path(ds.name).name or ds.name)
            else:
                external.append(
                    DatasetRef(
                        name=ds.name,
                        location=f"{ds.namespace}:{ds.name}" if ds.namespace else ds.name,
                        kind="external",
                        digest=ds.version,
                        source=run.source,
                    )
                )
        code = dict(run.code)
        code["run_id"] = run.run_id
        if run.started_at:
            code["run_started_at"] = run.started_at
        if manifests:
            code["hashed_at"] = "import"
        record_lineage(
            session,
            actor=actor,
            model=name,
            version=version,
            datasets=manifests,
            dataset_names=names,
            external_datasets=external,
            code=code,
            params=run.params,
            source=run.source,
        )
        recorded.append(f"{name}@{version}")
    return ImportResult(tuple(recorded), tuple(skipped))
