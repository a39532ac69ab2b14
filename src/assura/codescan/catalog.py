"""The rule, source, sink and sanitiser catalogue, read from YAML data files.

The built-in catalogue lives in ``assura/catalogs/codescan/*.yaml``; users extend it by
passing more YAML files with the same shape (entries are appended). Pydantic validates
the files at this edge; the analysis uses the compiled, frozen :class:`Catalog`.
"""

from __future__ import annotations

import fnmatch
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assura.errors import ConfigError, InputNotFound
from assura.findings import Severity

__all__ = ["Catalog", "EntryPoint", "Matcher", "RuleInfo", "SinkSpec", "load_catalog"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _RuleModel(_Strict):
    severity: str
    title: str
    references: list[str] = Field(default_factory=list)
    accepts: list[str] = Field(default_factory=list)


class _MatchModel(_Strict):
    calls: list[str] = Field(default_factory=list)
    methods: list[str] = Field(default_factory=list)
    receiver: str | None = None


class _SourceModel(_MatchModel):
    kind: str
    label: str = "untrusted data"


class _SinkModel(_MatchModel):
    rule: str
    args: list[int] = Field(default_factory=list)
    kwargs: list[str] = Field(default_factory=list)
    when_kw: dict[str, Any] = Field(default_factory=dict)
    unless_kw: list[str] = Field(default_factory=list)
    fixed_program_ok: bool = False
    propagates: bool = True


class _SanitizerModel(_MatchModel):
    rules: list[str]


class _AttrModel(_Strict):
    kind: str
    label: str = "untrusted data"
    names: list[str]


class _RegisterModel(_Strict):
    calls: list[str]
    args: list[str] = Field(default_factory=list)
    positional: list[int] = Field(default_factory=list)
    when_imported: list[str] = Field(default_factory=list)


class _EntryModel(_Strict):
    kind: str
    label: str
    decorators: list[str] = Field(default_factory=list)
    registration: _RegisterModel | None = Field(default=None, alias="register")
    base_classes: list[str] = Field(default_factory=list)
    base_methods: list[str] = Field(default_factory=list)


class _FileModel(_Strict):
    rules: dict[str, _RuleModel] = Field(default_factory=dict)
    sources: list[_SourceModel] = Field(default_factory=list)
    attributes: list[_AttrModel] = Field(default_factory=list)
    entry_points: list[_EntryModel] = Field(default_factory=list)
    sinks: list[_SinkModel] = Field(default_factory=list)
    sanitizers: list[_SanitizerModel] = Field(default_factory=list)


def _globs(patterns: Iterable[str]) -> re.Pattern[str] | None:
    pats = list(patterns)
    if not pats:
        return None
    return re.compile("|".join(f"(?:{fnmatch.translate(p)})" for p in pats))


@dataclass(frozen=True, slots=True)
class Matcher:
    """Matches a call by resolved dotted name (globs) or by method name + receiver regex."""

    names: re.Pattern[str] | None
    methods: frozenset[str]
    receiver: re.Pattern[str] | None

    def matches(self, names: Sequence[str], method: str | None, receivers: Sequence[str]) -> bool:
        if self.names is not None and any(self.names.match(n) for n in names):
            return True
        if method is not None and (
            method in self.methods or ("*" in self.methods and not method.startswith("_"))
        ):
            if self.receiver is None:
                return True
            return any(self.receiver.search(r) for r in receivers)
        return False

    @classmethod
    def build(cls, m: _MatchModel) -> Matcher:
        rx = re.compile(m.receiver) if m.receiver else None
        return cls(_globs(m.calls), frozenset(m.methods), rx)


@dataclass(frozen=True, slots=True)
class RuleInfo:
    id: str
    severity: Severity
    title: str
    references: tuple[str, ...]
    accepts: frozenset[str]


@dataclass(frozen=True, slots=True)
class SourceSpec:
    kind: str
    label: str
    match: Matcher


@dataclass(frozen=True, slots=True)
class SinkSpec:
    rule: str
    match: Matcher
    args: tuple[int, ...]
    kwargs: frozenset[str]
    when_kw: tuple[tuple[str, Any], ...]
    unless_kw: frozenset[str]
    fixed_program_ok: bool = False
    propagates: bool = True


@dataclass(frozen=True, slots=True)
class EntryPoint:
    kind: str
    label: str
    decorators: re.Pattern[str] | None
    register_calls: re.Pattern[str] | None
    register_args: frozenset[str]
    register_positional: tuple[int, ...]
    register_when_imported: tuple[str, ...]
    base_classes: re.Pattern[str] | None
    base_methods: frozenset[str]


@dataclass(frozen=True, slots=True)
class Catalog:
    rules: dict[str, RuleInfo]
    sources: tuple[SourceSpec, ...]
    attributes: tuple[tuple[str, str, re.Pattern[str]], ...]
    entry_points: tuple[EntryPoint, ...]
    sinks: tuple[SinkSpec, ...]
    sanitizers: tuple[tuple[frozenset[str], Matcher], ...]

    def rule(self, rule_id: str) -> RuleInfo:
        return self.rules[rule_id]


def _read(text: str, where: str) -> _FileModel:
    try:
        raw = yaml.safe_load(text) or {}
        return _FileModel.model_validate(raw)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{where}: not valid YAML: {exc}") from None
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"{where}: invalid codescan catalog at {loc}: {first['msg']}") from None


@functools.lru_cache(maxsize=1)
def _builtin_parts() -> tuple[_FileModel, ...]:
    base = resources.files("assura.catalogs").joinpath("codescan")
    return tuple(
        _read(base.joinpath(name).read_text(encoding="utf-8"), name)
        for name in ("rules.yaml", "sources.yaml", "sinks.yaml", "sanitizers.yaml")
    )


def load_catalog(extra: Sequence[Path] = ()) -> Catalog:
    """The built-in catalogue, extended by the YAML files in ``extra`` (appended)."""
    parts = list(_builtin_parts())
    for path in extra:
        if not path.is_file():
            raise InputNotFound(f"catalog file not found: {path}")
        parts.append(_read(path.read_text(encoding="utf-8"), str(path)))
    rules: dict[str, RuleInfo] = {}
    for p in parts:
        for rid, r in p.rules.items():
            try:
                sev = Severity.parse(r.severity)
            except Exception:
                raise ConfigError(f"rule {rid}: unknown severity {r.severity!r}") from None
            rules[rid] = RuleInfo(rid, sev, r.title, tuple(r.references), frozenset(r.accepts))
    sinks: list[SinkSpec] = []
    for p in parts:
        for s in p.sinks:
            if s.rule not in rules:
                raise ConfigError(f"sink refers to unknown rule {s.rule!r}")
            sinks.append(
                SinkSpec(
                    s.rule,
                    Matcher.build(s),
                    tuple(s.args),
                    frozenset(s.kwargs),
                    tuple(s.when_kw.items()),
                    frozenset(s.unless_kw),
                    s.fixed_program_ok,
                    s.propagates,
                )
            )
    entries = [
        EntryPoint(
            e.kind,
            e.label,
            _globs(e.decorators),
            _globs(e.registration.calls) if e.registration else None,
            frozenset(e.registration.args) if e.registration else frozenset(),
            tuple(e.registration.positional) if e.registration else (),
            tuple(e.registration.when_imported) if e.registration else (),
            _globs(e.base_classes),
            frozenset(e.base_methods),
        )
        for p in parts
        for e in p.entry_points
    ]
    attrs = [(a.kind, a.label, _globs(a.names)) for p in parts for a in p.attributes]
    return Catalog(
        rules=rules,
        sources=tuple(
            SourceSpec(s.kind, s.label, Matcher.build(s)) for p in parts for s in p.sources
        ),
        attributes=tuple((k, lab, rx) for k, lab, rx in attrs if rx is not None),
        entry_points=tuple(entries),
        sinks=tuple(sinks),
        sanitizers=tuple(
            (frozenset(z.rules), Matcher.build(z)) for p in parts for z in p.sanitizers
        ),
    )
