"""AI packages of other ecosystems: Go (go.mod and imports), Rust (Cargo.toml), Java/Kotlin
(pom.xml, build.gradle[.kts]) and .NET (*.csproj, packages.config, Directory.Packages.props).

Parsed line by line with small regexes (exact lines, tolerant of odd content). A Go
``// indirect`` requirement is transitive.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from typing import ClassVar

from assura.inventory.catalog_packages import PackageCatalog, load_package_catalog
from assura.inventory.detectors.pkg_common import (
    Dep,
    clean_version,
    dedupe,
    emit_package,
    locate_name,
    path_name,
)
from assura.inventory.interface import Component, SourceFile

__all__ = [
    "OtherEcosystemDetector",
    "cargo_deps",
    "go_imports",
    "go_mod_deps",
    "gradle_deps",
    "nuget_deps",
    "pom_deps",
]

_GO_REQ = re.compile(
    r"^\s*(?:require\s+)?([a-z0-9][\w.-]*\.[a-z]{2,}(?:/[\w.~-]+)+)\s+(v[\w.+-]+)(.*)$"
)
_GO_IMPORT = re.compile(r'^\s*(?:import\s+)?(?:[\w.]+\s+)?"([a-z0-9][\w.-]*\.[a-z]{2,}/[^"\s]+)"')
_GRADLE = re.compile(r"""['"]([\w.-]+):([\w.-]+)(?::([\w.${}+-]+))?(?::[\w-]+)?['"]""")
_GRADLE_NAMED = re.compile(
    r"""group\s*[:=]\s*['"]([\w.-]+)['"]\s*,\s*name\s*[:=]\s*['"]([\w.-]+)['"]"""
)
_POM_GROUP = re.compile(r"<groupId>\s*([^<\s]+)\s*</groupId>")
_POM_ARTIFACT = re.compile(r"<artifactId>\s*([^<\s]+)\s*</artifactId>")
_POM_VERSION = re.compile(r"<version>\s*([^<\s]+)\s*</version>")
_NUGET = re.compile(
    r"""<(?:PackageReference|PackageVersion|package)\b[^>]*?\b(?:Include|id)\s*=\s*"([^"]+)"([^>]*)""",
    re.IGNORECASE,
)
_NUGET_VERSION = re.compile(r"""\bVersion\s*=\s*"([^"]*)""", re.IGNORECASE)


def go_mod_deps(text: str) -> Iterator[tuple[Dep, bool]]:
    """go.mod requirements: (dep, indirect)."""
    in_block = False
    for i, line in enumerate(text.splitlines()):
        stripped = line.strip()
        if stripped.startswith("require") and stripped.endswith("("):
            in_block = True
            continue
        if in_block and stripped.startswith(")"):
            in_block = False
            continue
        if not (in_block or stripped.startswith("require ")):
            continue
        m = _GO_REQ.match(line)
        if m:
            yield Dep(m.group(1), m.group(2), i + 1), "// indirect" in m.group(3)


def go_imports(text: str) -> Iterator[Dep]:
    """Import paths of a Go file (single imports and import blocks)."""
    in_block = False
    for i, line in enumerate(text.splitlines()):
        stripped = line.strip()
        if stripped.startswith("import ("):
            in_block = True
            continue
        if in_block and stripped.startswith(")"):
            in_block = False
            continue
        if in_block or stripped.startswith("import "):
            m = _GO_IMPORT.match(line)
            if m:
                yield Dep(m.group(1), None, i + 1)
        elif stripped.startswith(("func ", "type ", "var ", "const ")):
            break


def cargo_deps(text: str) -> Iterator[Dep]:
    try:
        doc = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, ValueError, RecursionError):
        return
    lines = text.splitlines()
    tables: list[object] = [
        doc.get(key) for key in ("dependencies", "dev-dependencies", "build-dependencies")
    ]
    workspace = doc.get("workspace")
    if isinstance(workspace, dict):
        tables.append(workspace.get("dependencies"))
    target = doc.get("target")
    if isinstance(target, dict):
        for spec in target.values():
            if isinstance(spec, dict):
                tables.extend(spec.get(k) for k in ("dependencies", "dev-dependencies"))
    for table in tables:
        if not isinstance(table, dict):
            continue
        for name, spec in table.items():
            if isinstance(spec, dict):
                name = spec.get("package", name) if isinstance(spec.get("package"), str) else name
                spec = spec.get("version")
            version = clean_version(spec) if isinstance(spec, str) else None
            yield Dep(name, version, locate_name(lines, name, quoted=True))


def pom_deps(text: str) -> Iterator[Dep]:
    """``<dependency>`` blocks of a pom.xml: ``group:artifact``, version, line of artifactId."""
    lines = text.splitlines()
    group: str | None = None
    for i, line in enumerate(lines):
        if "<dependency>" in line or "<plugin>" in line or "<parent>" in line:
            group = None
        m = _POM_GROUP.search(line)
        if m:
            group = m.group(1)
        m = _POM_ARTIFACT.search(line)
        if m and group:
            version = None
            for ahead in lines[i : i + 4]:
                v = _POM_VERSION.search(ahead)
                if v:
                    version = v.group(1)
                    break
            yield Dep(f"{group}:{m.group(1)}", version, i + 1)
            group = None


def gradle_deps(text: str) -> Iterator[Dep]:
    for i, line in enumerate(text.splitlines()):
        if line.lstrip().startswith("//"):
            continue
        for m in _GRADLE.finditer(line):
            yield Dep(f"{m.group(1)}:{m.group(2)}", m.group(3), i + 1)
        for m in _GRADLE_NAMED.finditer(line):
            yield Dep(f"{m.group(1)}:{m.group(2)}", None, i + 1)


def nuget_deps(text: str) -> Iterator[Dep]:
    for i, line in enumerate(text.splitlines()):
        for m in _NUGET.finditer(line):
            v = _NUGET_VERSION.search(m.group(2))
            yield Dep(m.group(1), v.group(1) if v and v.group(1) else None, i + 1)


class OtherEcosystemDetector:
    """AI packages declared or imported in Go, Rust, Java/Kotlin and .NET projects."""

    id: ClassVar[str] = "pkg.other-ecosystems"

    def __init__(self, catalog: PackageCatalog | None = None) -> None:
        self.catalog = catalog or load_package_catalog()

    def applies_to(self, relpath: str) -> bool:
        name = path_name(relpath)
        return name in {
            "go.mod",
            "Cargo.toml",
            "pom.xml",
            "build.gradle",
            "build.gradle.kts",
            "packages.config",
            "Directory.Packages.props",
        } or name.endswith((".go", ".csproj", ".fsproj", ".vbproj"))

    def detect(self, file: SourceFile) -> Iterator[Component]:
        if file.text:
            yield from dedupe(self._detect(file, file.text))

    def _detect(self, file: SourceFile, text: str) -> Iterator[Component]:
        name = path_name(file.relpath)
        if name == "go.mod":
            for dep, indirect in go_mod_deps(text):
                yield from self._emit(file, "go", dep, "manifest", indirect)
        elif name.endswith(".go"):
            for dep in go_imports(text):
                yield from self._emit(file, "go", dep, "import", False)
        elif name == "Cargo.toml":
            for dep in cargo_deps(text):
                yield from self._emit(file, "cargo", dep, "manifest", False)
        elif name == "pom.xml":
            for dep in pom_deps(text):
                yield from self._emit(file, "maven", dep, "manifest", False)
        elif name.startswith("build.gradle"):
            for dep in gradle_deps(text):
                yield from self._emit(file, "maven", dep, "manifest", False)
        else:
            for dep in nuget_deps(text):
                yield from self._emit(file, "nuget", dep, "manifest", False)

    def _emit(
        self, file: SourceFile, eco: str, dep: Dep, source: str, transitive: bool
    ) -> Iterator[Component]:
        info = self.catalog.lookup(eco, dep.name)
        if info is None:
            return
        yield from emit_package(
            self.catalog,
            info,
            path=file.relpath,
            line=dep.line,
            detector=self.id,
            source=source,
            ecosystem=eco,
            package=dep.name,
            version=dep.version,
            transitive=transitive,
        )
