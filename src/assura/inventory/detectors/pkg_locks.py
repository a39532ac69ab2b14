"""Python lock files: poetry.lock, uv.lock and Pipfile.lock.

Locked packages are read line by line (so a truncated or odd file still yields what it
can, with exact lines). A locked package that the project declares itself (its
``pyproject.toml`` / ``Pipfile`` beside the lock, or uv.lock's own root entry) is direct;
every other one is transitive: confidence 0.6, ``properties['transitive'] = True`` and no
implied service.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import ClassVar

from assura.inventory.catalog_packages import PackageCatalog, load_package_catalog, normalise_pypi
from assura.inventory.detectors.pkg_common import (
    Dep,
    clean_version,
    dedupe,
    emit_package,
    path_name,
    read_sibling,
)
from assura.inventory.detectors.pkg_manifests import pipfile_deps, pyproject_deps
from assura.inventory.interface import Component, SourceFile

__all__ = ["PythonLockDetector", "pipfile_lock_deps", "toml_lock_deps", "uv_root_deps"]

_NAME = re.compile(r'^name\s*=\s*"([^"]{1,214})"')
_VERSION = re.compile(r'^version\s*=\s*"([^"]{1,100})"')
_UV_ROOT = re.compile(r"^source\s*=\s*\{\s*(?:editable|virtual)\s*=")
_UV_DEP = re.compile(r'\{\s*name\s*=\s*"([^"]{1,214})"')


def toml_lock_deps(text: str) -> Iterator[Dep]:
    """``[[package]]`` entries of poetry.lock / uv.lock: name, version, line of ``name``."""
    in_pkg = False
    pending: tuple[str, int] | None = None
    for i, line in enumerate(text.splitlines()):
        if line.startswith("["):
            if pending:
                yield Dep(pending[0], None, pending[1])
            pending = None
            in_pkg = line.strip() == "[[package]]"
            continue
        if not in_pkg:
            continue
        m = _NAME.match(line)
        if m and pending is None:
            pending = (m.group(1), i + 1)
            continue
        m = _VERSION.match(line)
        if m and pending:
            yield Dep(pending[0], m.group(1), pending[1])
            pending = None
            in_pkg = False
    if pending:
        yield Dep(pending[0], None, pending[1])


def uv_root_deps(text: str) -> set[str] | None:
    """Names the uv project itself depends on: the ``{ name = ... }`` entries of its
    editable/virtual root ``[[package]]`` block (dependencies, extras, dev groups)."""
    found: set[str] | None = None
    block: list[str] = []
    for line in [*text.splitlines(), "[[package]]"]:
        if line.strip() == "[[package]]":
            if any(_UV_ROOT.match(ln) for ln in block):
                found = found or set()
                for ln in block:
                    found.update(normalise_pypi(n) for n in _UV_DEP.findall(ln))
            block = []
        else:
            block.append(line)
    return found


def pipfile_lock_deps(text: str) -> Iterator[Dep]:
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError):
        return
    if not isinstance(doc, dict):
        return
    lines = text.splitlines()
    index: dict[str, int] = {}
    for i, line in enumerate(lines):
        m = re.match(r'^\s*"([^"]{1,214})"\s*:\s*\{', line)
        if m:
            index.setdefault(m.group(1).lower(), i + 1)
    for section in ("default", "develop"):
        table = doc.get(section)
        if not isinstance(table, dict):
            continue
        for name, spec in table.items():
            version = spec.get("version") if isinstance(spec, dict) else None
            yield Dep(
                name,
                clean_version(version) if isinstance(version, str) else None,
                index.get(name.lower()),
                section == "develop",
            )


class PythonLockDetector:
    """AI packages pinned in poetry.lock, uv.lock and Pipfile.lock."""

    id: ClassVar[str] = "pkg.python-lock"

    def __init__(self, catalog: PackageCatalog | None = None) -> None:
        self.catalog = catalog or load_package_catalog()

    def applies_to(self, relpath: str) -> bool:
        return path_name(relpath) in {
            "poetry.lock",
            "uv.lock",
            "Pipfile.lock",
            "pdm.lock",
        }

    def detect(self, file: SourceFile) -> Iterator[Component]:
        if file.text:
            yield from dedupe(self._detect(file, file.text))

    def _detect(self, file: SourceFile, text: str) -> Iterator[Component]:
        name = path_name(file.relpath)
        if name == "Pipfile.lock":
            deps = list(pipfile_lock_deps(text))
            manifest = read_sibling(file, "Pipfile")
            direct = {normalise_pypi(d.name) for d in pipfile_deps(manifest)} if manifest else None
        else:
            deps = list(toml_lock_deps(text))
            direct = uv_root_deps(text) if name == "uv.lock" else None
            if direct is None:
                manifest = read_sibling(file, "pyproject.toml")
                if manifest:
                    direct = {normalise_pypi(d.name) for d in pyproject_deps(manifest)}
        for dep in deps:
            info = self.catalog.pypi(dep.name)
            if info is None:
                continue
            transitive = direct is None or normalise_pypi(dep.name) not in direct
            yield from emit_package(
                self.catalog,
                info,
                path=file.relpath,
                line=dep.line,
                detector=self.id,
                source="lock",
                ecosystem="pypi",
                package=dep.name,
                version=dep.version,
                transitive=transitive,
                dev=dep.dev,
            )
