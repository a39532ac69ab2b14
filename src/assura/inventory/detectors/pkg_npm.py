"""npm manifests and lock files: package.json, package-lock.json (and npm-shrinkwrap.json),
pnpm-lock.yaml and yarn.lock (classic and berry).

Lock files are read line by line (exact lines, tolerant of truncation). A locked package
is direct when the project's own manifest lists it (package-lock's root entry, pnpm's
importers, or the package.json beside a yarn.lock); every other one is transitive.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import ClassVar

from assura.inventory.catalog_packages import PackageCatalog, load_package_catalog
from assura.inventory.detectors.pkg_common import (
    Dep,
    clean_version,
    dedupe,
    emit_package,
    path_name,
    read_bounded,
    read_sibling,
)
from assura.inventory.interface import Component, SourceFile

__all__ = [
    "NpmLockDetector",
    "PackageJsonDetector",
    "package_json_deps",
    "package_lock_deps",
    "pnpm_lock_deps",
    "yarn_lock_deps",
]

_SECTIONS = ("dependencies", "devDependencies", "peerDependencies", "optionalDependencies")
_LOCK_KEY = re.compile(r'^\s*"((?:[^"]*/)?node_modules/(@[^/"]+/[^/"]+|[^/"]+))"\s*:\s*\{')
_V1_KEY = re.compile(r'^\s*"(@?[^"@][^"]{0,213})"\s*:\s*\{\s*$')
_JSON_VERSION = re.compile(r'^\s*"version"\s*:\s*"([^"]{1,100})"')
_PNPM_PKG = re.compile(
    r"""^ {2}['"]?/?(@[^@/\s]+/[^@/\s]+|[^@/\s'"][^@/\s]*)[@/]([0-9][^\s('":_]*)"""
)
_YARN_VERSION = re.compile(r'^\s+version:?\s+"?([^"\s]{1,100})"?')


def _name(relpath: str) -> str:
    return path_name(relpath)


def package_json_deps(text: str) -> Iterator[Dep]:
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError):
        return
    if not isinstance(doc, dict):
        return
    lines = text.splitlines()
    for section in _SECTIONS:
        table = doc.get(section)
        if not isinstance(table, dict):
            continue
        start = next((i for i, ln in enumerate(lines) if f'"{section}"' in ln), 0)
        for name, spec in table.items():
            line = next(
                (i + 1 for i in range(start, len(lines)) if f'"{name}"' in lines[i]),
                None,
            )
            version = clean_version(spec) if isinstance(spec, str) else None
            yield Dep(name, version, line, section == "devDependencies")


_MAX_WORKSPACES = 200


def _direct_from_package_json(file: SourceFile) -> set[str] | None:
    """Direct deps of the package.json beside a lock, plus those of its workspaces."""
    text = read_sibling(file, "package.json")
    if text is None:
        return None
    direct = {d.name.lower() for d in package_json_deps(text)}
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError):
        return direct
    spaces = doc.get("workspaces") if isinstance(doc, dict) else None
    if isinstance(spaces, dict):
        spaces = spaces.get("packages")
    if not isinstance(spaces, list):
        return direct
    root = file.abspath.parent
    seen = 0
    for pattern in spaces:
        if not isinstance(pattern, str) or ".." in pattern or pattern.startswith("/"):
            continue
        try:
            folders = list(root.glob(pattern.rstrip("/")))[:_MAX_WORKSPACES]
        except (OSError, ValueError, NotImplementedError):
            continue
        for folder in folders:
            seen += 1
            if seen > _MAX_WORKSPACES:
                return direct
            try:
                inside = folder.resolve().is_relative_to(root.resolve())
            except OSError:
                inside = False
            member = read_bounded(folder / "package.json") if inside else None
            if member:
                direct.update(d.name.lower() for d in package_json_deps(member))
    return direct


def package_lock_deps(text: str) -> tuple[list[Dep], set[str] | None]:
    """Locked packages (name, version, line) and the root's direct dependency names."""
    lines = text.splitlines()
    deps: list[Dep] = []
    for i, line in enumerate(lines):
        m = _LOCK_KEY.match(line)
        if m:
            deps.append(Dep(m.group(2), _version_after(lines, i), i + 1))
    if not deps:  # lockfileVersion 1: nested "dependencies" objects
        for i, line in enumerate(lines):
            m = _V1_KEY.match(line)
            if m and any('"resolved"' in ln or '"integrity"' in ln for ln in lines[i + 1 : i + 4]):
                deps.append(Dep(m.group(1), _version_after(lines, i), i + 1))
    direct: set[str] | None = None
    try:
        doc = json.loads(text)
        packages = doc.get("packages") if isinstance(doc, dict) else None
        if isinstance(packages, dict) and isinstance(packages.get(""), dict):
            # The root entry and workspace members (keys outside node_modules).
            direct = {
                n.lower()
                for key, entry in packages.items()
                if "node_modules/" not in key and isinstance(entry, dict)
                for section in _SECTIONS
                if isinstance(entry.get(section), dict)
                for n in entry[section]
            }
    except (ValueError, RecursionError, AttributeError):
        pass
    return deps, direct


def _version_after(lines: list[str], i: int) -> str | None:
    for line in lines[i + 1 : i + 4]:
        m = _JSON_VERSION.match(line)
        if m:
            return m.group(1)
    return None


def pnpm_lock_deps(text: str) -> tuple[list[Dep], set[str]]:
    """pnpm-lock.yaml (v5-v9): packages/snapshots entries and importer dependencies."""
    deps: list[Dep] = []
    direct: set[str] = set()
    seen: set[tuple[str, str]] = set()
    section = ""
    in_dep_table = False
    for i, line in enumerate(text.splitlines()):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            section = line.split(":", 1)[0].strip()
            in_dep_table = section in _SECTIONS
            continue
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if section == "importers":
            if indent == 4:
                in_dep_table = stripped.rstrip(":") in _SECTIONS
            elif indent == 6 and in_dep_table and stripped.endswith(":"):
                direct.add(stripped[:-1].strip("'\"").lower())
        elif section in _SECTIONS and indent == 2 and ":" in stripped:
            direct.add(stripped.split(":", 1)[0].strip("'\"").lower())
        elif section in {"packages", "snapshots"} and indent == 2:
            m = _PNPM_PKG.match(line)
            if m and (m.group(1), m.group(2)) not in seen:
                seen.add((m.group(1), m.group(2)))
                deps.append(Dep(m.group(1), m.group(2), i + 1))
    return deps, direct


def yarn_lock_deps(text: str) -> Iterator[Dep]:
    """yarn.lock v1 and berry: entry headers and their ``version`` lines."""
    pending: tuple[str, int] | None = None
    for i, line in enumerate(text.splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        if not line[0].isspace():
            if pending:
                yield Dep(pending[0], None, pending[1])
            first = line.rstrip(":").split(",")[0].strip().strip("'\"")
            at = first.find("@", 1)
            pending = (first[:at], i + 1) if at > 0 else None
            continue
        m = _YARN_VERSION.match(line)
        if m and pending:
            yield Dep(pending[0], m.group(1), pending[1])
            pending = None
    if pending:
        yield Dep(pending[0], None, pending[1])


class _Npm:
    id: ClassVar[str] = ""

    def __init__(self, catalog: PackageCatalog | None = None) -> None:
        self.catalog = catalog or load_package_catalog()

    def _emit(
        self, file: SourceFile, deps: list[Dep], direct: set[str] | None, source: str
    ) -> Iterator[Component]:
        for dep in deps:
            info = self.catalog.npm(dep.name)
            if info is None:
                continue
            transitive = source == "lock" and (direct is None or dep.name.lower() not in direct)
            yield from emit_package(
                self.catalog,
                info,
                path=file.relpath,
                line=dep.line,
                detector=self.id,
                source=source,
                ecosystem="npm",
                package=dep.name,
                version=dep.version,
                transitive=transitive,
                dev=dep.dev,
            )


class PackageJsonDetector(_Npm):
    """AI packages declared in package.json."""

    id: ClassVar[str] = "pkg.package-json"

    def applies_to(self, relpath: str) -> bool:
        return _name(relpath) == "package.json"

    def detect(self, file: SourceFile) -> Iterator[Component]:
        if file.text:
            yield from dedupe(
                self._emit(file, list(package_json_deps(file.text)), None, "manifest")
            )


class NpmLockDetector(_Npm):
    """AI packages pinned in package-lock.json, pnpm-lock.yaml and yarn.lock."""

    id: ClassVar[str] = "pkg.npm-lock"

    def applies_to(self, relpath: str) -> bool:
        return _name(relpath) in {
            "package-lock.json",
            "npm-shrinkwrap.json",
            "pnpm-lock.yaml",
            "yarn.lock",
        }

    def detect(self, file: SourceFile) -> Iterator[Component]:
        if file.text:
            yield from dedupe(self._detect(file, file.text))

    def _detect(self, file: SourceFile, text: str) -> Iterator[Component]:
        name = _name(file.relpath)
        direct: set[str] | None
        if name == "pnpm-lock.yaml":
            deps, direct = pnpm_lock_deps(text)
        elif name == "yarn.lock":
            deps = list(yarn_lock_deps(text))
            direct = _direct_from_package_json(file)
        else:
            deps, direct = package_lock_deps(text)
            if direct is None:
                direct = _direct_from_package_json(file)
        yield from self._emit(file, deps, direct, "lock")
