"""The guard's YAML catalogs: a shipped file in ``catalogs/guard``, or a user's in its place."""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml

from assura.errors import ParseError

__all__ = ["build_catalog", "read_yaml", "source_name"]

T = TypeVar("T")

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: 5x faster when built


def source_name(path: Path | None, resource: str) -> str:
    """How errors name the file: the user's path, or the shipped resource."""
    return str(path) if path else f"catalogs/guard/{resource}"


def read_yaml(path: Path | None, resource: str, what: str) -> Any:
    """The YAML document in ``path``, or in the shipped ``resource`` when ``path`` is None;
    a :class:`ParseError` that says it could not read ``what`` otherwise."""
    try:
        if path is None:
            text = (
                resources.files("assura")
                .joinpath("catalogs", "guard", resource)
                .read_text(encoding="utf-8")
            )
        else:
            text = path.read_text(encoding="utf-8")
        return yaml.load(text, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader
    except (OSError, yaml.YAMLError) as exc:
        raise ParseError(f"cannot read {what}: {exc}", path=source_name(path, resource)) from None


def build_catalog(
    path: Path | None, resource: str, what: str, key: str, build: Callable[[dict[str, Any]], T]
) -> T:
    """``build`` of the YAML mapping in ``path`` (or the shipped ``resource``), which must
    hold a ``key`` mapping; a bad file, a bad value or a bad regex is one ParseError that
    names the file."""
    name = source_name(path, resource)
    doc = read_yaml(path, resource, what)
    if not isinstance(doc, dict) or not isinstance(doc.get(key), dict):
        raise ParseError(f"expected a mapping with a '{key}' mapping", path=name)
    try:
        return build(doc)
    except (TypeError, ValueError, re.error) as exc:
        raise ParseError(f"{what}: {exc}", path=name) from None
