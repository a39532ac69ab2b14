"""setup.py / setup.cfg ``install_requires`` and conda ``environment.yml`` dependencies.

Same contract as :mod:`assura.inventory.detectors.pkg_manifests`: each parser yields
:class:`~assura.inventory.detectors.pkg_common.Dep` and never raises on malformed content.
"""

from __future__ import annotations

import ast
import warnings
from collections.abc import Iterator
from typing import ClassVar

from assura.inventory.detectors.pkg_common import Dep, dedupe, parse_conda, parse_requirement
from assura.inventory.detectors.pkg_manifests import PythonManifest, basename
from assura.inventory.interface import Component, SourceFile

__all__ = [
    "CondaEnvironmentDetector",
    "SetupDetector",
    "conda_deps",
    "setup_cfg_deps",
    "setup_py_deps",
]


def setup_py_deps(text: str) -> Iterator[Dep]:
    """String literals in ``install_requires=[...]`` / ``extras_require={...}`` of setup()."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        for kw in node.keywords:
            if kw.arg not in {"install_requires", "extras_require", "requires", "tests_require"}:
                continue
            for sub in ast.walk(kw.value):
                if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
                    if isinstance(kw.value, ast.Dict) and sub in kw.value.keys:
                        continue
                    parsed = parse_requirement(sub.value)
                    if parsed:
                        yield Dep(parsed[0], parsed[1], sub.lineno, kw.arg == "tests_require")


def setup_cfg_deps(text: str) -> Iterator[Dep]:
    """``install_requires`` and ``[options.extras_require]`` of setup.cfg, line by line."""
    section = ""
    key = ""
    for i, raw in enumerate(text.splitlines()):
        line = raw.split("#", 1)[0].split(";", 1)[0] if not raw.lstrip().startswith("#") else ""
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            section, key = stripped[1:-1].strip(), ""
            continue
        if not stripped:
            continue
        indented = raw[:1].isspace()
        value = stripped
        if not indented and "=" in stripped:
            key, _, value = (p.strip() for p in stripped.partition("="))
        in_deps = (section == "options" and key == "install_requires") or (
            section == "options.extras_require"
        )
        if in_deps and value:
            parsed = parse_requirement(value)
            if parsed:
                yield Dep(parsed[0], parsed[1], i + 1)


def conda_deps(text: str) -> Iterator[tuple[Dep, bool]]:
    """environment.yml ``dependencies``: (dep, is_conda); the ``pip:`` sub-list is PyPI."""
    in_deps = False
    pip_indent: int | None = None
    for i, raw in enumerate(text.splitlines()):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        indent = len(raw) - len(raw.lstrip())
        stripped = raw.strip()
        if indent == 0:
            in_deps = stripped.startswith("dependencies:")
            pip_indent = None
            continue
        if not in_deps or not stripped.startswith("-"):
            continue
        item = stripped[1:].split("#", 1)[0].strip().strip("'\"")
        if pip_indent is not None and indent <= pip_indent:
            pip_indent = None
        if item.rstrip(":") == "pip" and item.endswith(":"):
            pip_indent = indent
            continue
        if pip_indent is not None:
            parsed = parse_requirement(item)
            if parsed:
                yield Dep(parsed[0], parsed[1], i + 1), False
            continue
        parsed = parse_conda(item)
        if parsed:
            yield Dep(parsed[0], parsed[1], i + 1), True


class SetupDetector(PythonManifest):
    id: ClassVar[str] = "pkg.setup"

    def applies_to(self, relpath: str) -> bool:
        return basename(relpath) in {"setup.py", "setup.cfg"}

    def detect(self, file: SourceFile) -> Iterator[Component]:
        if not file.text:
            return
        parse = setup_cfg_deps if file.relpath.endswith(".cfg") else setup_py_deps
        yield from dedupe(self._emit(file, parse(file.text)))


class CondaEnvironmentDetector(PythonManifest):
    id: ClassVar[str] = "pkg.conda"

    def applies_to(self, relpath: str) -> bool:
        name = basename(relpath).lower()
        return name.endswith((".yml", ".yaml")) and (
            name.startswith(("environment", "env", "conda")) or "environment" in name
        )

    def detect(self, file: SourceFile) -> Iterator[Component]:
        if not file.text or "dependencies" not in file.text:
            return
        pairs = list(conda_deps(file.text))
        conda = (d for d, is_conda in pairs if is_conda)
        pip = (d for d, is_conda in pairs if not is_conda)
        yield from dedupe(self._emit(file, conda, "conda"))
        yield from dedupe(self._emit(file, pip, "pypi"))
