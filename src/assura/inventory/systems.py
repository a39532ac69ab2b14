"""Grouping components into AI systems: one per repo or deployable service folder.

A folder is a system root when it is a git repository or holds what a deployable unit
holds (a Dockerfile or its own package manifest). A file belongs to the deepest root
that contains it; the scan target itself is always a root. A target that is none of
these itself (a folder of repos, say an unpacked archive of several) makes each of its
top-level folders a root.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["MARKERS", "assign_system", "find_system_roots"]

MARKERS = (
    ".git",
    "Dockerfile",
    "pyproject.toml",
    "setup.py",
    "package.json",
    "requirements.txt",
    "go.mod",
    "Cargo.toml",
    "pom.xml",
    "Chart.yaml",
)


def find_system_roots(base: Path, dirs: set[str]) -> dict[str, str]:
    """Map each system root (posix path relative to ``base``, "." for base) to its name."""
    roots = {".": base.name or "target"}
    candidates: set[str] = set()
    for d in dirs:
        # every ancestor of a folder holding files may be a root too
        parts = [] if d in ("", ".") else d.split("/")
        for i in range(1, len(parts) + 1):
            candidates.add("/".join(parts[:i]))
    folder_of_repos = not any(os.path.lexists(base / m) for m in MARKERS)
    for rel in sorted(candidates):
        folder = base / rel
        if (folder_of_repos and "/" not in rel) or any(
            os.path.lexists(folder / m) for m in MARKERS
        ):
            roots[rel] = rel
    return roots


def assign_system(path: str, roots: dict[str, str]) -> str:
    """The name of the deepest system root containing ``path`` (posix, relative)."""
    best = "."
    for rel in roots:
        if rel != "." and (path == rel or path.startswith(rel + "/")) and len(rel) > len(best):
            best = rel
    return roots[best]
