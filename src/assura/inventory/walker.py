"""Walking a real tree safely: skip vendored folders, honour .gitignore, stay inside.

The walker yields :class:`SourceFile` objects with their text already decoded and
size-capped, so detectors never touch an unbounded read. Files it cannot read become
:class:`Skipped` values (warned about, never silently treated as clean).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from assura.inventory.interface import SourceFile

if TYPE_CHECKING:  # imported where a .gitignore is read: most trees of packages have none
    import pathspec

__all__ = ["SKIP_DIRS", "Skipped", "WalkOptions", "iter_paths", "read_file", "walk"]

SKIP_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        "node_modules",
        ".venv",
        "venv",
        "site-packages",
        "dist-packages",
        "__pycache__",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        ".tox",
        ".nox",
        "dist",
        "build",
        ".next",
        ".nuxt",
        ".turbo",
        ".cache",
        "bower_components",
        "vendor",
        "third_party",
        ".terraform",
        ".gradle",
        "target",
        ".ipynb_checkpoints",
        ".eggs",
        ".idea",
        "coverage",
        "htmlcov",
    }
)

# Binary model formats are handed over by path (text=None): detectors sniff magic bytes.
BINARY_SUFFIXES = frozenset(
    {
        ".pt",
        ".pth",
        ".bin",
        ".ckpt",
        ".pkl",
        ".pickle",
        ".joblib",
        ".safetensors",
        ".gguf",
        ".ggml",
        ".onnx",
        ".h5",
        ".hdf5",
        ".keras",
        ".pb",
        ".tflite",
        ".npy",
        ".npz",
        ".mlmodel",
        ".pte",
        ".mar",
        ".dill",
        ".model",
        ".msgpack",
        ".ot",
        ".llamafile",
    }
)
_NEVER_TEXT = frozenset(
    {
        ".png",
        ".jpg",
        ".jpeg",
        ".gif",
        ".webp",
        ".ico",
        ".pdf",
        ".zip",
        ".gz",
        ".tgz",
        ".bz2",
        ".xz",
        ".7z",
        ".tar",
        ".whl",
        ".so",
        ".dll",
        ".dylib",
        ".exe",
        ".class",
        ".jar",
        ".woff",
        ".woff2",
        ".ttf",
        ".otf",
        ".mp3",
        ".mp4",
        ".wav",
        ".mov",
        ".avi",
        ".pyc",
        ".sqlite",
        ".db",
        ".parquet",
        ".arrow",
        ".feather",
        ".svg",
        ".lock.bin",
    }
)
# Data files that are referenced by name but whose content detectors do not read.
_NAME_ONLY = frozenset({".csv", ".tsv", ".parquet", ".jsonl", ".arrow"})


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file the walk could not read (or read only in part), with the reason.

    Reported to the user, never silently counted as clean. ``partial`` is True when the
    file was still scanned, but only up to the size cap.
    """

    relpath: str
    reason: str
    partial: bool = False


@dataclass(frozen=True, slots=True)
class WalkOptions:
    max_text_bytes: int = 2 * 1024 * 1024
    """Text files larger than this are read only up to this many bytes (and flagged)."""
    honour_gitignore: bool = True
    skip_dirs: frozenset[str] = SKIP_DIRS


def walk(root: Path, options: WalkOptions | None = None) -> Iterator[SourceFile | Skipped]:
    """Yield every file under ``root`` worth looking at, depth-first, in sorted order."""
    opts = options or WalkOptions()
    for item in iter_paths(root, opts):
        if isinstance(item, Skipped):
            yield item
        else:
            yield from read_file(item[0], item[1], opts)


def iter_paths(
    root: Path, options: WalkOptions | None = None
) -> Iterator[tuple[str, str] | Skipped]:
    """The files to read under ``root`` as (absolute path, posix path relative to root).

    A folder that cannot be listed is yielded as a :class:`Skipped` entry. Paths are plain
    strings: a parallel scan sends them to its workers, where :func:`read_file` reads them.
    """
    opts = options or WalkOptions()
    root = root.resolve()
    if root.is_file():
        yield str(root), root.name
        return
    ignores: list[tuple[str, pathspec.GitIgnoreSpec]] = []
    yield from _walk_dir(str(root), "", ignores, opts)


def _walk_dir(
    directory: str,
    rel: str,
    ignores: list[tuple[str, pathspec.GitIgnoreSpec]],
    opts: WalkOptions,
) -> Iterator[tuple[str, str] | Skipped]:
    pushed = False
    if opts.honour_gitignore:
        gi = os.path.join(directory, ".gitignore")
        if os.path.isfile(gi) and not os.path.islink(gi):
            try:
                with open(gi, encoding="utf-8", errors="replace") as fh:
                    lines = fh.read().splitlines()[:5000]
                import pathspec

                # the pure-Python matcher, whatever engines are installed: the same
                # answers everywhere, and no engine compile per .gitignore
                spec = pathspec.GitIgnoreSpec.from_lines(lines, backend="simple")
                ignores.append((rel, spec))
                pushed = True
            except OSError:
                pass
    try:
        with os.scandir(directory) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield Skipped(rel or ".", f"cannot list folder: {exc.strerror or exc}")
        entries = []
    for entry in entries:
        child_rel = f"{rel}/{entry.name}" if rel else entry.name
        try:
            if entry.is_symlink():
                # Never follow links: a link may point outside the target.
                continue
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            continue
        if ignores and _ignored(child_rel, is_dir, ignores):
            continue
        if is_dir:
            if entry.name in opts.skip_dirs or entry.name.endswith(".egg-info"):
                continue
            if os.path.exists(os.path.join(entry.path, "pyvenv.cfg")):
                continue  # a virtualenv under any name
            yield from _walk_dir(entry.path, child_rel, ignores, opts)
        elif entry.is_file(follow_symlinks=False):
            yield entry.path, child_rel
    if pushed:
        ignores.pop()


def _ignored(rel: str, is_dir: bool, ignores: list[tuple[str, pathspec.GitIgnoreSpec]]) -> bool:
    for base, spec in ignores:
        sub = rel[len(base) + 1 :] if base else rel
        if spec.match_file(sub + "/" if is_dir else sub):
            return True
    return False


def read_file(
    file: str | os.PathLike[str], rel: str, opts: WalkOptions
) -> Iterator[SourceFile | Skipped]:
    """Read one file for the detectors: a SourceFile, preceded by a Skipped note if need be."""
    name = os.fspath(file)  # plain strings and os calls: pathlib cost more than the read
    path = Path(name)
    try:
        size = os.stat(name).st_size
    except OSError as exc:
        yield Skipped(rel, f"cannot stat: {exc.strerror or exc}")
        return
    suffix = os.path.splitext(name)[1].lower()
    if suffix == ".":  # Path.suffix: a name ending in a dot has none
        suffix = ""
    if suffix in BINARY_SUFFIXES or suffix in _NAME_ONLY:
        yield SourceFile(rel, path, None, size)
        return
    if suffix in _NEVER_TEXT:
        return
    try:
        with open(name, "rb") as fh:
            raw = fh.read(opts.max_text_bytes)
    except OSError as exc:
        yield Skipped(rel, f"cannot read: {exc.strerror or exc}")
        return
    if b"\x00" in raw[:8192]:
        yield SourceFile(rel, path, None, size)  # binary of unknown kind: name/magic only
        return
    truncated = size > len(raw)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        if not (truncated and exc.start >= len(raw) - 4):
            yield Skipped(rel, "not UTF-8 text")
            return
        text = raw[: exc.start].decode("utf-8")  # cut inside a character at the cap
    if truncated:
        yield Skipped(
            rel, f"larger than {opts.max_text_bytes} bytes: only the start was read", True
        )
    yield SourceFile(rel, path, text, size)
