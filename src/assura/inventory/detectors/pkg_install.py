"""Install commands: ``pip install``, ``uv add``, ``conda install``, ``npm install`` ...

Read in Dockerfiles, shell scripts and Makefiles (continuation lines joined, evidence on the
command's first line), and by the notebook detector for ``!pip install`` cells. A package
installed explicitly is declared, like a manifest entry.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator
from typing import ClassVar

from assura.inventory.catalog_packages import PackageCatalog, load_package_catalog
from assura.inventory.detectors.pkg_common import (
    dedupe,
    emit_package,
    parse_conda,
    parse_requirement,
    path_name,
)
from assura.inventory.interface import Component, SourceFile

__all__ = ["InstallCommandDetector", "install_commands"]

_COMMAND = re.compile(
    r"(?:^|[\s;&|(!%])(?P<tool>"
    r"(?P<pypi>pip3?|python3?(?:\.\d+)?\s+-m\s+pip|uv\s+pip|uv|poetry|pipenv|pdm)\s+(?:install|add)"
    r"|(?P<conda>conda|mamba|micromamba)\s+install"
    r"|(?P<npm>npm\s+(?:install|i|add)|yarn(?:\s+global)?\s+add|pnpm\s+(?:add|install|i)|bun\s+add)"
    r")\s+(?P<args>[^;&|#\n]{1,2000})"
)
# Options whose value is the next word (so the value is not a package).
_TAKES_VALUE = frozenset(
    {
        "-r", "-c", "-e", "-i", "-f", "-t", "-n", "-p", "--index-url", "--extra-index-url",
        "--find-links", "--target", "--name", "--prefix", "--channel", "--group", "-G",
        "--requirement", "--constraint", "--editable", "--python", "--registry",
    }
)  # fmt: skip
_NPM_SPEC = re.compile(r"^(@[^@/\s]+/[^@/\s]+|[^@/\s][^@\s]*)(?:@(.+))?$")


def install_commands(line: str) -> Iterator[tuple[str, str, str | None]]:
    """(ecosystem, package, version) for each package an install command on ``line`` names."""
    for m in _COMMAND.finditer(line):
        eco = "pypi" if m.group("pypi") else "conda" if m.group("conda") else "npm"
        try:
            words = shlex.split(m.group("args"))
        except ValueError:
            words = m.group("args").split()
        skip = False
        for word in words:
            if skip:
                skip = False
                continue
            if word.startswith("-"):
                skip = word in _TAKES_VALUE
                continue
            if word.startswith(("$", ".", "/", "git+", "http")) or word in {"install", "add"}:
                continue
            parsed = _parse(eco, word)
            if parsed is not None:
                yield eco, parsed[0], parsed[1]


def _parse(eco: str, word: str) -> tuple[str, str | None] | None:
    if eco == "conda":
        return parse_conda(word)
    if eco == "pypi":
        return parse_requirement(word)
    m = _NPM_SPEC.match(word.removeprefix("npm:"))
    return (m.group(1), m.group(2)) if m else None


def emit_installs(
    catalog: PackageCatalog, file: SourceFile, line: str, number: int, detector: str
) -> Iterator[Component]:
    for eco, name, version in install_commands(line):
        if eco == "npm":
            info = catalog.npm(name)
        elif eco == "conda":
            info = catalog.conda(name)
        else:
            info = catalog.pypi(name)
        if info is None:
            continue
        yield from emit_package(
            catalog,
            info,
            path=file.relpath,
            line=number,
            detector=detector,
            source="manifest",
            ecosystem=eco,
            package=name,
            version=version,
        )


class InstallCommandDetector:
    """AI packages installed by Dockerfiles, shell scripts and Makefiles."""

    id: ClassVar[str] = "pkg.install-commands"

    def __init__(self, catalog: PackageCatalog | None = None) -> None:
        self.catalog = catalog or load_package_catalog()

    def applies_to(self, relpath: str) -> bool:
        name = path_name(relpath)
        lower = name.lower()
        return (
            lower.startswith(("dockerfile", "containerfile"))
            or lower.endswith((".dockerfile", ".sh", ".bash", ".zsh"))
            or name in {"Makefile", "makefile", "GNUmakefile", "justfile", "Justfile"}
        )

    def detect(self, file: SourceFile) -> Iterator[Component]:
        text = file.text
        if not text or ("install" not in text and " add " not in text):
            return
        yield from dedupe(self._detect(file, text))

    def _detect(self, file: SourceFile, text: str) -> Iterator[Component]:
        lines = text.splitlines()
        i = 0
        while i < len(lines):
            start, line = i, lines[i]
            while line.rstrip().endswith("\\") and i + 1 < len(lines) and i - start < 200:
                i += 1
                line = line.rstrip()[:-1] + " " + lines[i]
            i += 1
            if line.lstrip().startswith("#"):
                continue
            if "install" in line or "add" in line:
                yield from emit_installs(self.catalog, file, line, start + 1, self.id)
