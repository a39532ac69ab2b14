"""Shared helpers of the package detectors: turning a catalog hit into components.

A package sighting becomes its own component (sdk, agent_framework or vector_store) plus
the components it implies: the AI service it calls and the vector store it integrates.
Implied services are left out for transitive (lock-only) packages: being installed is not
evidence that the service is called.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from assura.findings import Location
from assura.inventory.catalog_packages import Implication, PackageCatalog, PackageInfo
from assura.inventory.interface import Component, ComponentKind, SourceFile

__all__ = [
    "CONF_IMPLIED_DECLARED",
    "CONF_IMPLIED_IMPORT",
    "CONF_TRANSITIVE",
    "Dep",
    "LineIndex",
    "clean_version",
    "dedupe",
    "emit_implication",
    "emit_package",
    "line_of_offset",
    "parse_conda",
    "locate_name",
    "narrow_service",
    "parse_requirement",
    "read_bounded",
    "read_sibling",
]

CONF_TRANSITIVE = 0.6
CONF_IMPLIED_IMPORT = 0.8
CONF_IMPLIED_DECLARED = 0.7

# PEP 508 name, optional extras, then the rest (version spec / url / markers).
_REQ = re.compile(
    r"^\s*(?P<name>[A-Za-z0-9](?:[A-Za-z0-9._-]{0,200}[A-Za-z0-9])?)\s*"
    r"(?:\[[^\]]{0,500}\])?\s*(?P<rest>.*)$"
)
_PIN = re.compile(r"^\(?\s*===?\s*(?P<v>[A-Za-z0-9][A-Za-z0-9.+!_-]*)\s*\)?$")


@dataclass(frozen=True, slots=True)
class Dep:
    """A declared or locked dependency: name as written, version (spec), 1-based line."""

    name: str
    version: str | None
    line: int | None
    dev: bool = False


def parse_requirement(text: str) -> tuple[str, str | None] | None:
    """``name[extra] (>=1,<2) ; marker`` → (name, version); ``==1.2`` gives ``1.2``."""
    text = text.strip()
    if not text:
        return None
    m = _REQ.match(text)
    if m is None:
        return None
    rest = m.group("rest").split(";", 1)[0].strip()
    if rest.startswith("@"):
        return m.group("name"), None
    return m.group("name"), clean_version(rest)


def parse_conda(item: str) -> tuple[str, str | None] | None:
    """A conda spec (``channel::name=1.2=build``, ``name>=1``) → (name, version)."""
    item = item.strip().split("::")[-1]
    if re.search(r"[<>!~]|==", item):
        return parse_requirement(item)
    name, _, version = item.partition("=")
    name = name.strip()
    if not re.fullmatch(r"[A-Za-z0-9][\w.-]{0,200}", name):
        return None
    return name, clean_version(version.split("=")[0])


def clean_version(spec: str | None) -> str | None:
    """Normalise a version spec: pinned ``==1.2``/``(==1.2)`` → ``1.2``, else the spec."""
    if spec is None:
        return None
    spec = spec.strip().strip('"').strip("'").strip()
    if spec.startswith("(") and spec.endswith(")"):
        spec = spec[1:-1].strip()
    if not spec or spec == "*":
        return None
    pin = _PIN.match(spec)
    return pin.group("v") if pin else spec[:100]


_SIBLING_MAX = 4 * 1024 * 1024


def read_sibling(file: SourceFile, name: str) -> str | None:
    """Text of the manifest ``name`` beside ``file`` (bounded), or None."""
    return read_bounded(file.abspath.parent / name)


def read_bounded(path: Path) -> str | None:
    """Text of a small regular file (no symlinks, at most 4 MiB), or None."""
    try:
        if not path.is_file() or path.is_symlink() or path.stat().st_size > _SIBLING_MAX:
            return None
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None


@functools.lru_cache(maxsize=64)
def path_name(relpath: str) -> str:
    """The file name of ``relpath`` (``\\`` read as ``/``), worked out once for every detector:
    ``PurePosixPath(...).name``, without building a path object for each file."""
    parts = _parts(relpath)
    return parts[-1] if parts else ""


@functools.lru_cache(maxsize=64)
def parent_name(relpath: str) -> str:
    """The name of the folder holding ``relpath`` (``\\`` read as ``/``):
    ``PurePosixPath(...).parent.name``."""
    parts = _parts(relpath)
    return parts[-2] if len(parts) >= 2 else ""


def _parts(relpath: str) -> list[str]:
    # what PurePosixPath keeps of a path: its components, without empty ones and "."
    return [p for p in relpath.replace("\\", "/").split("/") if p and p != "."]


class LineIndex:
    """Offset → 1-based line, by binary search over the line starts."""

    def __init__(self, text: str) -> None:
        self._starts = [m.end() for m in re.finditer("\n", text)]

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset) + 1


def line_of_offset(text: str, offset: int) -> int:
    """1-based line number of character ``offset`` in ``text``."""
    return text.count("\n", 0, offset) + 1


def locate_name(lines: list[str], name: str, start: int = 0, *, quoted: bool = False) -> int | None:
    """First 1-based line at or after ``start`` naming ``name`` as a whole token.

    With ``quoted`` the name must open a string (``"openai>=1"``) or a key
    (``openai = "^1"``); that is tried first and a plain token search is the fallback.
    """
    parts = re.split(r"[-_.]+", name)
    body = r"[-_.]+".join(re.escape(p) for p in parts if p)
    strict = re.compile(r"""(?:^\s*|["'])""" + body + r"(?![\w-])", re.IGNORECASE)
    loose = re.compile(r"(?<![\w.@/-])" + body + r"(?![\w-])", re.IGNORECASE)
    for pattern in (strict, loose) if quoted else (loose,):
        for i in range(max(start, 0), len(lines)):
            if pattern.search(lines[i]):
                return i + 1
    return None


def emit_package(
    catalog: PackageCatalog,
    info: PackageInfo,
    *,
    path: str,
    line: int | None,
    detector: str,
    source: str,
    ecosystem: str,
    package: str,
    version: str | None = None,
    transitive: bool = False,
    dev: bool = False,
) -> Iterator[Component]:
    """The component for ``info`` and the service/vector store it implies."""
    loc = Location(path=path, line=line)
    props: dict[str, object] = {"package": package, "ecosystem": ecosystem, "source": source}
    if transitive:
        props["transitive"] = True
    if dev:
        props["dev"] = True
    if info.aliases:
        props["aliases"] = list(info.aliases)
    yield Component(
        kind=info.kind,
        name=info.name,
        evidence=(loc,),
        version=version,
        provider=info.provider,
        confidence=CONF_TRANSITIVE if transitive else 1.0,
        properties=props,
        detector=detector,
    )
    if transitive:
        if info.vector_store:
            yield from emit_implication(
                catalog,
                Implication(ComponentKind.VECTOR_STORE, info.vector_store),
                loc=loc,
                detector=detector,
                confidence=CONF_TRANSITIVE,
                via=package,
                transitive=True,
            )
        return
    conf = CONF_IMPLIED_IMPORT if source == "import" else CONF_IMPLIED_DECLARED
    implied: list[Implication] = []
    if info.service:
        implied.append(Implication(ComponentKind.SERVICE, info.service))
    if info.vector_store:
        implied.append(Implication(ComponentKind.VECTOR_STORE, info.vector_store))
    for imp in implied:
        yield from emit_implication(
            catalog, imp, loc=loc, detector=detector, confidence=conf, via=package
        )


def narrow_service(
    catalog: PackageCatalog, info: PackageInfo, module: str, names: Iterable[str]
) -> PackageInfo:
    """Drop a package's default service when every imported name points elsewhere.

    ``from openai import AzureOpenAI`` calls Azure OpenAI, not OpenAI; ``import openai`` or
    ``from openai import OpenAI, AzureOpenAI`` keep the default.
    """
    names = list(names)
    if not info.service or not names:
        return info
    services: set[str] = set()
    for name in names:
        found = {
            imp.name
            for imp in catalog.implications(module, [name], resolved=True)
            if imp.kind is ComponentKind.SERVICE
        }
        if not found:
            return info
        services |= found
    return info if info.service in services else replace(info, service=None)


def emit_implication(
    catalog: PackageCatalog,
    imp: Implication,
    *,
    loc: Location,
    detector: str,
    confidence: float,
    via: str,
    transitive: bool = False,
) -> Iterator[Component]:
    """A service or vector-store component implied by a package or an imported name."""
    props: dict[str, object] = {"via": via, "implied": True}
    if transitive:
        props["transitive"] = True
    if imp.kind is ComponentKind.SERVICE:
        svc = catalog.service(imp.name)
        if svc.aliases:
            props["aliases"] = list(svc.aliases)
        provider: str | None = svc.provider
    else:
        provider = None
    yield Component(
        kind=imp.kind,
        name=imp.name,
        evidence=(loc,),
        provider=provider,
        confidence=confidence,
        properties=props,
        detector=detector,
    )


def dedupe(components: Iterable[Component]) -> Iterator[Component]:
    """Drop exact repeats (same kind, name and evidence) from one file's sightings."""
    seen: set[tuple[str, str, tuple[Location, ...]]] = set()
    for comp in components:
        key = (comp.kind.value, comp.name, comp.evidence)
        if key not in seen:
            seen.add(key)
            yield comp
