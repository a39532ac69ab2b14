"""Python dependency manifests: requirements files, pyproject.toml, Pipfile, setup.py,
setup.cfg and conda environment files.

Each parser yields :class:`~assura.inventory.detectors.pkg_common.Dep` (name, version spec,
1-based line) and never raises on malformed content: a file that does not parse yields
nothing (or what a line scan can still read). ``-r`` includes are not followed: every
requirements file in the tree is scanned on its own.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from typing import Any, ClassVar

from assura.inventory.catalog_packages import PackageCatalog, load_package_catalog
from assura.inventory.detectors.pkg_common import (
    Dep,
    clean_version,
    dedupe,
    emit_package,
    locate_name,
    parent_name,
    parse_requirement,
    path_name,
)
from assura.inventory.interface import Component, SourceFile

__all__ = [
    "PythonManifest",
    "basename",
    "PipfileDetector",
    "PyprojectDetector",
    "RequirementsDetector",
    "pipfile_deps",
    "pyproject_deps",
    "requirements_deps",
]

_REQ_FILE = re.compile(r"(^|[-_.])requirements?([-_.][\w.-]*)?\.(txt|in)$|^requirements\.(txt|in)$")
_EGG = re.compile(r"#egg=([A-Za-z0-9][\w.-]*)")


def basename(relpath: str) -> str:
    return path_name(relpath)


def _url_name(line: str) -> str | None:
    """Distribution name of a URL requirement: ``#egg=name``, else the repo/file name."""
    egg = _EGG.search(line)
    if egg:
        return egg.group(1)
    m = re.search(r"://[^\s#]*/([A-Za-z0-9][\w.-]*?)(?:\.git)?(?:@[^/\s#]*)?/?(?:[#\s]|$)", line)
    if m is None or "." in m.group(1).rstrip("."):
        return None
    return m.group(1)


def requirements_deps(text: str) -> Iterator[Dep]:
    """pip requirements: one requirement a line, ``\\`` continuations, options skipped."""
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        start = i
        line = lines[i]
        while line.rstrip().endswith("\\") and i + 1 < len(lines):
            i += 1
            line = line.rstrip()[:-1] + " " + lines[i]
        i += 1
        if line.lstrip().startswith("#"):
            continue
        line = re.sub(r"(^|\s)#.*$", "", line).strip()
        if not line:
            continue
        if line.startswith("-"):
            name = _url_name(line) if line.startswith(("-e", "--editable")) else None
            if name:
                yield Dep(name, None, start + 1)
            continue
        if "://" in line and " @ " not in line:
            name = _url_name(line)
            if name:
                yield Dep(name, None, start + 1)
            continue
        parsed = parse_requirement(line.split(" --", 1)[0])
        if parsed:
            yield Dep(parsed[0], parsed[1], start + 1)


def _req_list(values: Any, lines: list[str], dev: bool, start: int = 0) -> Iterator[Dep]:
    if not isinstance(values, list):
        return
    for value in values:
        if isinstance(value, str):
            parsed = parse_requirement(value)
            if parsed:
                yield Dep(
                    parsed[0], parsed[1], locate_name(lines, parsed[0], start, quoted=True), dev
                )


def _poetry_table(table: Any, lines: list[str], dev: bool, start: int = 0) -> Iterator[Dep]:
    if not isinstance(table, dict):
        return
    for name, spec in table.items():
        if name.lower() == "python":
            continue
        version = None
        if isinstance(spec, str):
            version = clean_version(spec)
        elif isinstance(spec, dict) and isinstance(spec.get("version"), str):
            version = clean_version(spec["version"])
        yield Dep(name, version, locate_name(lines, name, start, quoted=True), dev)


def _header_line(lines: list[str], header: str) -> int:
    """0-based index of a TOML table header, or 0 (search from the top)."""
    for i, line in enumerate(lines):
        if line.strip().replace(" ", "") == header:
            return i
    return 0


def pyproject_deps(text: str) -> Iterator[Dep]:
    """PEP 621 (+ optional deps), PEP 735 groups, Poetry tables and uv dev-dependencies."""
    try:
        doc = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, ValueError, RecursionError):
        return
    lines = text.splitlines()
    project = doc.get("project") if isinstance(doc.get("project"), dict) else {}
    assert isinstance(project, dict)
    yield from _req_list(
        project.get("dependencies"), lines, False, _header_line(lines, "[project]")
    )
    optional = project.get("optional-dependencies")
    if isinstance(optional, dict):
        for extra, values in optional.items():
            start = _header_line(lines, "[project.optional-dependencies]")
            yield from _req_list(values, lines, extra in {"dev", "test", "tests", "lint"}, start)
    groups = doc.get("dependency-groups")
    if isinstance(groups, dict):
        start = _header_line(lines, "[dependency-groups]")
        for values in groups.values():
            yield from _req_list(values, lines, True, start)
    tool = doc.get("tool") if isinstance(doc.get("tool"), dict) else {}
    assert isinstance(tool, dict)
    poetry = tool.get("poetry")
    if isinstance(poetry, dict):
        yield from _poetry_table(
            poetry.get("dependencies"),
            lines,
            False,
            _header_line(lines, "[tool.poetry.dependencies]"),
        )
        yield from _poetry_table(
            poetry.get("dev-dependencies"),
            lines,
            True,
            _header_line(lines, "[tool.poetry.dev-dependencies]"),
        )
        group = poetry.get("group")
        if isinstance(group, dict):
            for gname, spec in group.items():
                if isinstance(spec, dict):
                    header = f"[tool.poetry.group.{gname}.dependencies]"
                    yield from _poetry_table(
                        spec.get("dependencies"), lines, True, _header_line(lines, header)
                    )
    uv = tool.get("uv")
    if isinstance(uv, dict):
        yield from _req_list(
            uv.get("dev-dependencies"), lines, True, _header_line(lines, "[tool.uv]")
        )
    hatch = tool.get("hatch")
    envs = hatch.get("envs") if isinstance(hatch, dict) else None
    if isinstance(envs, dict):
        for env in envs.values():
            if isinstance(env, dict):
                yield from _req_list(env.get("dependencies"), lines, True)
                yield from _req_list(env.get("extra-dependencies"), lines, True)
    pdm = tool.get("pdm")
    if isinstance(pdm, dict) and isinstance(pdm.get("dev-dependencies"), dict):
        for values in pdm["dev-dependencies"].values():
            yield from _req_list(values, lines, True)


def pipfile_deps(text: str) -> Iterator[Dep]:
    try:
        doc = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, ValueError, RecursionError):
        return
    lines = text.splitlines()
    yield from _poetry_table(doc.get("packages"), lines, False, _header_line(lines, "[packages]"))
    yield from _poetry_table(
        doc.get("dev-packages"), lines, True, _header_line(lines, "[dev-packages]")
    )


class PythonManifest:
    id: ClassVar[str] = ""
    catalog: PackageCatalog

    def __init__(self, catalog: PackageCatalog | None = None) -> None:
        self.catalog = catalog or load_package_catalog()

    def _emit(
        self, file: SourceFile, deps: Iterator[Dep], eco: str = "pypi"
    ) -> Iterator[Component]:
        for dep in deps:
            info = self.catalog.conda(dep.name) if eco == "conda" else self.catalog.pypi(dep.name)
            if info is None:
                continue
            yield from emit_package(
                self.catalog,
                info,
                path=file.relpath,
                line=dep.line,
                detector=self.id,
                source="manifest",
                ecosystem=eco,
                package=dep.name,
                version=dep.version,
                dev=dep.dev,
            )


class RequirementsDetector(PythonManifest):
    id: ClassVar[str] = "pkg.requirements"

    def applies_to(self, relpath: str) -> bool:
        name = basename(relpath).lower()
        parent = parent_name(relpath).lower()
        return bool(_REQ_FILE.search(name)) or (
            parent == "requirements" and name.endswith((".txt", ".in"))
        )

    def detect(self, file: SourceFile) -> Iterator[Component]:
        if file.text:
            yield from dedupe(self._emit(file, requirements_deps(file.text)))


class PyprojectDetector(PythonManifest):
    id: ClassVar[str] = "pkg.pyproject"

    def applies_to(self, relpath: str) -> bool:
        return basename(relpath) == "pyproject.toml"

    def detect(self, file: SourceFile) -> Iterator[Component]:
        if file.text:
            yield from dedupe(self._emit(file, pyproject_deps(file.text)))


class PipfileDetector(PythonManifest):
    id: ClassVar[str] = "pkg.pipfile"

    def applies_to(self, relpath: str) -> bool:
        return basename(relpath) == "Pipfile"

    def detect(self, file: SourceFile) -> Iterator[Component]:
        if file.text:
            yield from dedupe(self._emit(file, pipfile_deps(file.text)))
