"""Model lineage: which data (content-hashed), code and parameters made which model version."""

from assura.ledger.lineage.hashing import Drift, Manifest, diff_manifests, hash_path
from assura.ledger.lineage.model import ArtifactRef, DatasetRef, ModelLineage, parse_model_ref
from assura.ledger.lineage.service import (
    LineageCheck,
    check_lineage,
    lineage_for_model,
    lineage_graph,
    list_versions,
    record_lineage,
)

__all__ = [
    "ArtifactRef",
    "DatasetRef",
    "Drift",
    "LineageCheck",
    "Manifest",
    "ModelLineage",
    "check_lineage",
    "diff_manifests",
    "hash_path",
    "lineage_for_model",
    "lineage_graph",
    "list_versions",
    "parse_model_ref",
    "record_lineage",
]
