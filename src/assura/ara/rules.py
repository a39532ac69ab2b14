"""Risk rules as data: load, validate and compile ``catalogs/ara/rules/*.yaml``.

A rule has an ``applies`` condition and a separate ``control_missing`` condition, so the
engine can say *applies* (control missing), *mitigated* (applies, control present) or
*not applicable*. ``scope`` says what a rule is evaluated on:

component   ``applies``/``control_missing`` are component predicates
flow        ``applies``/``control_missing`` are flow predicates; matching flows are
            collapsed per receiving component, or per receiving trust boundary with
            ``group_by: boundary``
path        ``applies`` is ``{path_from, to, through?}`` (component predicates or class
            names) and ``control_missing`` is ``{none_on_path: <component predicate>}``;
            a component on the path satisfying it is a barrier that stops the attack.

Likelihood and impact start at ``level`` and are raised by ``drivers`` whose ``when``
predicate holds, each giving a reason. Severity follows from the two.
Named classes (``classes.yaml``: untrusted sources and the assets that matter) are
component predicates rules can refer to with ``class:`` or by name in ``path_from``/``to``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from assura.ara.predicate import Ctx, Pred, PredicateError, compile_predicate
from assura.ara.rulefile import (
    CWE_ID,
    LEVELS,
    FileIn,
    RuleIn,
    ScaleIn,
    known_references,
)
from assura.ara.yamlsrc import YamlDoc, load_yaml, load_yaml_text
from assura.errors import InputNotFound, ParseError

__all__ = [
    "LEVELS",
    "AssetClass",
    "Driver",
    "Rule",
    "RuleSet",
    "load_rules",
    "severity_of",
]

REFERENCE_KEYS = (
    "owasp_llm",
    "owasp_agentic",
    "atlas",
    "cwe",
    "nist_ai_rmf",
    "iso_42001",
    "biml",
    "cosai",
)


@dataclass(frozen=True, slots=True)
class Driver:
    when: Pred
    level: str
    reason: str


@dataclass(frozen=True, slots=True)
class Mitigation:
    text: str
    guard: str | None = None
    control: str | None = None
    atlas: str | None = None

    def to_dict(self) -> dict[str, str]:
        d = {"text": self.text}
        if self.guard:
            d["guard"] = self.guard
        if self.control:
            d["control"] = self.control
        if self.atlas:
            d["atlas"] = self.atlas
        return d


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    version: int
    title: str
    description: str | None
    scope: str
    applies: Pred
    control_missing: Pred | None
    path_from: Pred | None
    path_to: Pred | None
    path_through: Pred | None
    likelihood: str
    likelihood_reason: str | None
    likelihood_drivers: tuple[Driver, ...]
    impact: str
    impact_reason: str | None
    impact_drivers: tuple[Driver, ...]
    references: Mapping[str, tuple[str, ...]]
    mitigations: tuple[Mitigation, ...]
    source: str
    group_by: str = "component"

    @property
    def flat_references(self) -> tuple[str, ...]:
        return tuple(r for k in REFERENCE_KEYS for r in self.references.get(k, ()))


@dataclass(frozen=True, slots=True)
class AssetClass:
    name: str
    description: str
    role: str
    label: str
    level: str
    pred: Pred


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    classes: Mapping[str, AssetClass]
    digest: str

    @property
    def class_preds(self) -> dict[str, Pred]:
        return {n: c.pred for n, c in self.classes.items()}


def severity_of(likelihood: str, impact: str) -> str:
    """Severity from likelihood × impact (each low..critical, scored 1..4; OWASP-style)."""
    product = (LEVELS.index(likelihood) + 1) * (LEVELS.index(impact) + 1)
    if product >= 12:
        return "critical"
    if product >= 6:
        return "high"
    if product >= 3:
        return "medium"
    return "low"


def builtin_rule_files() -> list[tuple[str, str]]:
    base = resources.files("assura") / "catalogs" / "ara"
    out = [("classes.yaml", (base / "classes.yaml").read_text(encoding="utf-8"))]
    rules_dir = base / "rules"
    names = sorted(p.name for p in rules_dir.iterdir() if p.name.endswith((".yaml", ".yml")))
    out.extend((f"rules/{n}", (rules_dir / n).read_text(encoding="utf-8")) for n in names)
    return out


def load_rules(extra: Sequence[str | Path] = (), *, builtin: bool = True) -> RuleSet:
    """Built-in rules (unless ``builtin=False``) plus user rule files or folders."""
    docs: list[YamlDoc] = []
    sha = hashlib.sha256()
    if builtin:
        for name, text in builtin_rule_files():
            sha.update(name.encode() + b"\0" + text.encode())
            docs.append(load_yaml_text(text, f"<builtin>/catalogs/ara/{name}"))
    for p in _expand(extra):
        doc = load_yaml(p)
        sha.update(json.dumps(doc.data, sort_keys=True, default=str).encode())
        docs.append(doc)
    files: list[tuple[YamlDoc, FileIn]] = []
    for doc in docs:
        if not isinstance(doc.data, dict):
            raise doc.error("a rule file is a mapping with 'rules:' and/or 'classes:'")
        try:
            files.append((doc, FileIn.model_validate(doc.data)))
        except ValidationError as exc:
            err = exc.errors(include_url=False)[0]
            loc = tuple(err["loc"])
            msg = str(err["msg"]).removeprefix("Value error, ")
            if err["type"] == "extra_forbidden":
                msg = f"unknown key {loc[-1]!r}"
            raise doc.error(f"{'.'.join(map(str, loc))}: {msg}", loc) from None
    classes = _compile_classes(files)
    names = list(classes)
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for doc, f in files:
        for i, r in enumerate(f.rules):
            if r.id in seen:
                raise doc.error(
                    f"duplicate rule id {r.id!r} (also in {seen[r.id]})", ("rules", i, "id")
                )
            seen[r.id] = doc.path
            rules.append(_compile_rule(r, doc, ("rules", i), names))
    rules.sort(key=lambda r: r.id)
    return RuleSet(tuple(rules), classes, sha.hexdigest()[:16])


def _expand(paths: Iterable[str | Path]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted([*p.glob("*.yaml"), *p.glob("*.yml")]))
        elif p.is_file():
            out.append(p)
        else:
            raise InputNotFound(f"{p}: no such rule file or folder")
    return out


def _compile_classes(files: list[tuple[YamlDoc, FileIn]]) -> dict[str, AssetClass]:
    out: dict[str, AssetClass] = {}
    for doc, f in files:
        for name, c in f.classes.items():
            at = ("classes", name, "when")
            if name in out:
                raise doc.error(f"duplicate class {name!r}", ("classes", name))
            # a class may only use classes defined before it: no recursion
            pred = _pred(doc, c.when, Ctx.COMPONENT, list(out), at)
            out[name] = AssetClass(name, c.description, c.role, c.label or name, c.level, pred)
    return out


def _pred(
    doc: YamlDoc, data: Any, ctx: Ctx, classes: Sequence[str], at: tuple[str | int, ...]
) -> Pred:
    try:
        return compile_predicate(data, ctx, classes)
    except PredicateError as exc:
        where = (*at, *exc.where)
        path = ".".join(str(p) for p in where)
        raise ParseError(f"{path}: {exc}", path=doc.path, line=doc.lines.line(where)) from None


def _compile_rule(r: RuleIn, doc: YamlDoc, at: tuple[str | int, ...], names: list[str]) -> Rule:
    ctx = Ctx.COMPONENT if r.scope == "component" else Ctx.FLOW
    path_from = path_to = path_through = None
    control: Pred | None = None
    if r.scope == "path":
        extra = set(r.applies) - {"path_from", "to", "through"}
        if extra or "path_from" not in r.applies or "to" not in r.applies:
            raise doc.error(
                "a path rule's 'applies' has path_from, to and optionally through",
                (*at, "applies"),
            )
        path_from = _pred(
            doc,
            _classes(r.applies["path_from"]),
            Ctx.COMPONENT,
            names,
            (*at, "applies", "path_from"),
        )
        path_to = _pred(
            doc, _classes(r.applies["to"]), Ctx.COMPONENT, names, (*at, "applies", "to")
        )
        if "through" in r.applies:
            path_through = _pred(
                doc,
                _classes(r.applies["through"]),
                Ctx.COMPONENT,
                names,
                (*at, "applies", "through"),
            )
        applies: Pred = _always
        if r.control_missing is not None:
            if set(r.control_missing) != {"none_on_path"}:
                raise doc.error(
                    "a path rule's 'control_missing' is {none_on_path: <component predicate>}",
                    (*at, "control_missing"),
                )
            control = _pred(
                doc,
                r.control_missing["none_on_path"],
                Ctx.COMPONENT,
                names,
                (*at, "control_missing", "none_on_path"),
            )
        dctx = Ctx.PATH
    else:
        applies = _pred(doc, r.applies, ctx, names, (*at, "applies"))
        if r.control_missing is not None:
            control = _pred(doc, r.control_missing, ctx, names, (*at, "control_missing"))
        dctx = ctx

    def drivers(scale: ScaleIn, key: str) -> tuple[Driver, ...]:
        return tuple(
            Driver(
                _pred(doc, d.when, dctx, names, (*at, key, "drivers", j, "when")), d.level, d.reason
            )
            for j, d in enumerate(scale.drivers)
        )

    refs = {k: tuple(v) for k, v in r.references.model_dump().items() if v}
    known = known_references()
    for k, ids in refs.items():
        for j, ref in enumerate(ids):
            ok = bool(CWE_ID.match(ref)) if k == "cwe" else ref in known.get(k, ())
            if not ok:
                raise doc.error(f"unknown {k} reference {ref!r}", (*at, "references", k, j))
    for j, m in enumerate(r.mitigations):
        if m.control is not None and m.control not in known["cosai_controls"]:
            raise doc.error(f"unknown CoSAI control {m.control!r}", (*at, "mitigations", j))
        if m.atlas is not None and m.atlas not in known["atlas_mitigations"]:
            raise doc.error(f"unknown ATLAS mitigation {m.atlas!r}", (*at, "mitigations", j))
    return Rule(
        id=r.id,
        version=r.version,
        title=r.title,
        description=r.description,
        scope=r.scope,
        applies=applies,
        control_missing=control,
        path_from=path_from,
        path_to=path_to,
        path_through=path_through,
        likelihood=r.likelihood.level,
        likelihood_reason=r.likelihood.reason,
        likelihood_drivers=drivers(r.likelihood, "likelihood"),
        impact=r.impact.level,
        impact_reason=r.impact.reason,
        impact_drivers=drivers(r.impact, "impact"),
        references=refs,
        mitigations=tuple(Mitigation(m.text, m.guard, m.control, m.atlas) for m in r.mitigations),
        source=doc.path,
        group_by=r.group_by,
    )


def _classes(value: Any) -> Any:
    """``path_from: [untrusted]`` is shorthand for ``{class: [untrusted]}``."""
    if isinstance(value, str) or (
        isinstance(value, list) and all(isinstance(v, str) for v in value)
    ):
        return {"class": value}
    return value


def _always(env: Any, subject: Any) -> bool:
    return True
