"""Lineage records: which data, code, parameters and parent made a model version."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from assura.errors import InvalidInput

__all__ = ["ArtifactRef", "DatasetRef", "ModelLineage", "parse_model_ref"]

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/:-]{0,254}$")
_VERSION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$")


def parse_model_ref(ref: str, *, need_version: bool = True) -> tuple[str, str | None]:
    """``NAME@VERSION`` (or ``NAME`` when ``need_version`` is false)."""
    name, sep, version = ref.rpartition("@")
    if not sep:
        name, version = ref, ""
    if not _NAME.match(name):
        raise InvalidInput(f"bad model name in {ref!r}")
    if version:
        if not _VERSION.match(version):
            raise InvalidInput(f"bad model version in {ref!r}")
        return name, version
    if need_version:
        raise InvalidInput(f"{ref!r}: expected NAME@VERSION")
    return name, None


def check_name_version(name: str, version: str) -> None:
    if not _NAME.match(name):
        raise InvalidInput(f"bad model name {name!r}")
    if not _VERSION.match(version):
        raise InvalidInput(f"bad model version {version!r}")


@dataclass(frozen=True)
class DatasetRef:
    """A dataset version as used by a training run.

    ``kind`` is ``file``/``dir`` (hashed by assura, ``digest`` is the manifest digest),
    or ``external`` (named by OpenLineage/MLflow; ``digest`` is theirs, may be empty).
    """

    name: str
    location: str
    kind: str
    digest: str
    files: int = 0
    bytes: int = 0
    source: str = "assura"

    @property
    def version(self) -> str:
        return self.digest.removeprefix("sha256:")[:12] if self.digest else "unversioned"

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "location": self.location,
            "kind": self.kind,
            "digest": self.digest,
            "version": self.version,
            "files": self.files,
            "bytes": self.bytes,
            "source": self.source,
        }

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> DatasetRef:
        return cls(
            name=str(obj["name"]),
            location=str(obj["location"]),
            kind=str(obj["kind"]),
            digest=str(obj.get("digest", "")),
            files=int(obj.get("files", 0)),
            bytes=int(obj.get("bytes", 0)),
            source=str(obj.get("source", "assura")),
        )


@dataclass(frozen=True)
class ArtifactRef:
    location: str
    kind: str
    digest: str
    files: int
    bytes: int

    def to_json(self) -> dict[str, Any]:
        return {
            "location": self.location,
            "kind": self.kind,
            "digest": self.digest,
            "files": self.files,
            "bytes": self.bytes,
        }

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> ArtifactRef:
        return cls(
            str(obj["location"]),
            str(obj["kind"]),
            str(obj["digest"]),
            int(obj.get("files", 0)),
            int(obj.get("bytes", 0)),
        )


@dataclass(frozen=True)
class ModelLineage:
    """Everything recorded about one model version (what CycloneDX data components need)."""

    model: str
    version: str
    datasets: tuple[DatasetRef, ...]
    artifact: ArtifactRef | None = None
    code: Mapping[str, str] = field(default_factory=dict)
    params: Mapping[str, str] = field(default_factory=dict)
    parent: str | None = None
    source: str = "assura"
    recorded_at: str = ""
    recorded_by: str = ""
    entry_seq: int | None = None
    children: tuple[str, ...] = ()

    @property
    def ref(self) -> str:
        return f"{self.model}@{self.version}"

    def to_json(self) -> dict[str, Any]:
        """The ledger entry's ``data`` (no per-file manifests, no seq or children)."""
        return {
            "model": self.model,
            "version": self.version,
            "datasets": [d.to_json() for d in self.datasets],
            "artifact": self.artifact.to_json() if self.artifact else None,
            "code": dict(self.code),
            "params": dict(self.params),
            "parent": self.parent,
            "source": self.source,
            "recorded_at": self.recorded_at,
        }

    @classmethod
    def from_json(
        cls,
        obj: Mapping[str, Any],
        *,
        recorded_by: str = "",
        entry_seq: int | None = None,
        children: tuple[str, ...] = (),
    ) -> ModelLineage:
        art = obj.get("artifact")
        return cls(
            model=str(obj["model"]),
            version=str(obj["version"]),
            datasets=tuple(DatasetRef.from_json(d) for d in obj.get("datasets", [])),
            artifact=ArtifactRef.from_json(art) if art else None,
            code={str(k): str(v) for k, v in dict(obj.get("code") or {}).items()},
            params={str(k): str(v) for k, v in dict(obj.get("params") or {}).items()},
            parent=obj.get("parent"),
            source=str(obj.get("source", "assura")),
            recorded_at=str(obj.get("recorded_at", "")),
            recorded_by=recorded_by,
            entry_seq=entry_seq,
            children=children,
        )
