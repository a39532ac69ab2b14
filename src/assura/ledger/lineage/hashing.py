"""Streaming content hashes of files and folders, with a manifest (pure, no database).

A folder's manifest is every regular file under it, sorted by POSIX relative path, with
its SHA-256 and size. The folder's digest is SHA-256 over the manifest lines
``<sha256> <size> <relpath>\\n`` — so two folders with the same digest hold the same
bytes under the same names. Symbolic links are not followed; they are listed with the
hash of their target text and size -1, so a swapped link shows as drift.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assura.errors import InputNotFound, InvalidInput

__all__ = [
    "Drift",
    "FileHash",
    "Manifest",
    "diff_manifests",
    "hash_file",
    "hash_path",
    "manifest_digest",
]

_CHUNK = 1 << 20


@dataclass(frozen=True)
class FileHash:
    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    """What was at ``root`` when hashed: ``kind`` is ``file`` or ``dir``."""

    root: str
    kind: str
    digest: str
    files: tuple[FileHash, ...]

    @property
    def total_bytes(self) -> int:
        return sum(f.size for f in self.files if f.size > 0)

    @property
    def version(self) -> str:
        return self.digest[:12]

    def to_json(self) -> dict[str, Any]:
        return {
            "root": self.root,
            "kind": self.kind,
            "digest": "sha256:" + self.digest,
            "files": {f.path: [f.sha256, f.size] for f in self.files},
        }

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> Manifest:
        try:
            files = tuple(
                FileHash(str(p), str(v[0]), int(v[1])) for p, v in sorted(obj["files"].items())
            )
            digest = str(obj["digest"]).removeprefix("sha256:")
            return cls(str(obj["root"]), str(obj["kind"]), digest, files)
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise InvalidInput(f"malformed dataset manifest: {exc}") from None


def hash_file(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def _walk(root: Path) -> Iterator[tuple[str, Path]]:
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        base = Path(dirpath)
        for name in sorted(filenames + [d for d in dirnames if (base / d).is_symlink()]):
            p = base / name
            yield p.relative_to(root).as_posix(), p


def manifest_digest(files: Sequence[FileHash]) -> str:
    h = hashlib.sha256()
    for f in files:
        h.update(f"{f.sha256} {f.size} {f.path}\n".encode())
    return h.hexdigest()


def hash_path(path: Path) -> Manifest:
    """Hash a file or a whole folder, streaming (1 MiB chunks)."""
    if not path.exists() and not path.is_symlink():
        raise InputNotFound(f"no such file or directory: {path}")
    entries: list[FileHash] = []
    try:
        if path.is_file():
            digest, size = hash_file(path)
            entries.append(FileHash(path.name, digest, size))
            kind = "file"
        elif path.is_dir():
            kind = "dir"
            for rel, p in _walk(path):
                if p.is_symlink():
                    target = os.readlink(p).encode()
                    entries.append(FileHash(rel, hashlib.sha256(target).hexdigest(), -1))
                elif p.is_file():
                    digest, size = hash_file(p)
                    entries.append(FileHash(rel, digest, size))
        else:
            raise InvalidInput(f"{path} is neither a file nor a folder")
    except PermissionError as exc:
        raise InvalidInput(f"cannot read {exc.filename}: permission denied") from None
    entries.sort(key=lambda f: f.path)
    return Manifest(str(path.resolve()), kind, manifest_digest(entries), tuple(entries))


@dataclass(frozen=True)
class Drift:
    """Per-file differences between a recorded manifest and what is on disk now."""

    changed: tuple[str, ...]
    added: tuple[str, ...]
    removed: tuple[str, ...]

    @property
    def clean(self) -> bool:
        return not (self.changed or self.added or self.removed)


def diff_manifests(recorded: Manifest, now: Manifest) -> Drift:
    old = {f.path: (f.sha256, f.size) for f in recorded.files}
    new = {f.path: (f.sha256, f.size) for f in now.files}
    return Drift(
        changed=tuple(sorted(p for p in old.keys() & new.keys() if old[p] != new[p])),
        added=tuple(sorted(new.keys() - old.keys())),
        removed=tuple(sorted(old.keys() - new.keys())),
    )
