"""The rule-file schema (user-written YAML, so pydantic with ``extra='forbid'``) and the
reference catalogue rules are checked against (``catalogs/ara/references.json``)."""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "CWE_ID",
    "LEVELS",
    "ClassIn",
    "FileIn",
    "RuleIn",
    "ScaleIn",
    "known_references",
    "reference_titles",
]

LEVELS = ("low", "medium", "high", "critical")
Level = Literal["low", "medium", "high", "critical"]


class DriverIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    when: dict[str, Any]
    level: Level
    reason: str


class ScaleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    level: Level
    reason: str | None = None
    drivers: list[DriverIn] = []


class MitigationIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str
    guard: str | None = None
    """An assura guard policy that addresses the risk, e.g. ``prompt-injection``."""
    control: str | None = None
    """A CoSAI Risk Map control id."""
    atlas: str | None = None
    """A MITRE ATLAS mitigation id (AML.Mxxxx)."""


class RefsIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    owasp_llm: list[str] = []
    owasp_agentic: list[str] = []
    atlas: list[str] = []
    cwe: list[str] = []
    nist_ai_rmf: list[str] = []
    iso_42001: list[str] = []
    biml: list[str] = []
    cosai: list[str] = []


class RuleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$")
    version: int = Field(ge=1)
    title: str
    description: str | None = None
    scope: Literal["component", "flow", "path"]
    group_by: Literal["component", "boundary"] = "component"
    applies: dict[str, Any]
    control_missing: dict[str, Any] | None = None
    likelihood: ScaleIn
    impact: ScaleIn
    references: RefsIn = RefsIn()
    mitigations: list[MitigationIn] = []


class ClassIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    description: str
    role: Literal["source", "asset", "other"] = "other"
    label: str | None = None
    level: Level = "medium"
    """For a source: how likely an attack starts there; for an asset: the impact."""
    when: dict[str, Any]


class FileIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    rules: list[RuleIn] = []
    classes: dict[str, ClassIn] = {}


CWE_ID = re.compile(r"^CWE-[0-9]{1,5}$")


@functools.cache
def known_references() -> dict[str, frozenset[str]]:
    """Ids known per framework (from ``catalogs/ara/references.json``)."""
    return {k: frozenset(v) for k, v in reference_titles().items()}


@functools.cache
def reference_titles() -> dict[str, dict[str, str]]:
    """Id → short title per framework, for renderers (BIML names map to themselves)."""
    path = resources.files("assura") / "catalogs" / "ara" / "references.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, dict[str, str]] = {}
    for k, v in data.items():
        if k.startswith("_"):
            continue
        out[k] = {x: x for x in v} if isinstance(v, list) else dict(v)
    return out
