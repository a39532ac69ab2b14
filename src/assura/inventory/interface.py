"""Types the inventory detectors share: the component they report and their Protocol.

A detector is a small class with a stable ``id`` and a ``detect(file)`` that yields
:class:`Component` sightings. The scanner merges sightings of the same component
(same kind + normalised name) into one component with all its evidence.
"""

from __future__ import annotations

import ast
import enum
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, ClassVar, Protocol, runtime_checkable

from assura.findings import Location

__all__ = [
    "Component",
    "ComponentKind",
    "Detector",
    "SourceFile",
]


class ComponentKind(enum.Enum):
    SDK = "sdk"
    AGENT_FRAMEWORK = "agent_framework"
    MODEL = "model"
    DATASET = "dataset"
    SERVICE = "service"
    MCP_SERVER = "mcp_server"
    VECTOR_STORE = "vector_store"
    MODEL_FILE = "model_file"
    SECRET = "secret"


@dataclass(frozen=True, slots=True)
class Component:
    """One sighting of an AI component.

    ``name`` is the canonical name (PyPI/npm name for SDKs, the id as written for models,
    the config key for MCP servers, the env-var name for credentials; for a committed
    literal key the provider, value masked in ``properties['masked']``).
    ``confidence`` is 0..1: 1.0 for a manifest entry or an import, lower for heuristics.
    ``properties`` are extra JSON-serialisable facts (command, url, env var names, size,
    sha256, package, hardcoded...). Never a secret value.
    """

    kind: ComponentKind
    name: str
    evidence: tuple[Location, ...]
    version: str | None = None
    provider: str | None = None
    confidence: float = 1.0
    properties: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    detector: str = ""

    @property
    def key(self) -> tuple[str, str]:
        """Identity used to merge sightings: kind and case/underscore-folded name."""
        return (self.kind.value, normalise_name(self.name))


def normalise_name(name: str) -> str:
    return name.strip().lower().replace("_", "-")


@dataclass(frozen=True)
class SourceFile:
    """A file handed to detectors: its path relative to the scan root and its text.

    ``text`` is None for binary files (model files); detectors that need bytes read
    ``abspath`` themselves, bounded. ``lines`` and ``python_ast`` are computed once per
    file and shared by every detector that asks.
    """

    relpath: str
    abspath: Path
    text: str | None
    size: int

    @cached_property
    def lines(self) -> list[str]:
        return (self.text or "").splitlines()

    @cached_property
    def python_ast(self) -> ast.Module | None:
        """The parsed module, or None when the text is not valid Python 3."""
        if self.text is None:
            return None
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # invalid escape sequences in old code
                return ast.parse(self.text, filename=self.relpath)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            return None


@runtime_checkable
class Detector(Protocol):
    """A detector plugin. ``id`` is stable (stored with results); choose it carefully."""

    id: ClassVar[str]

    def applies_to(self, relpath: str) -> bool:
        """Cheap filter on the path (name, extension) before the file is read."""
        ...

    def detect(self, file: SourceFile) -> Iterator[Component]:
        """Yield each component sighted in ``file``. Must not raise on odd content."""
        ...
