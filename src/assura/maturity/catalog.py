"""Load and validate the activity catalog and the framework id lists it maps to.

The bundled catalog lives in ``assura/catalogs/maturity/``; a user may pass their own
catalog file (same format) to extend it without forking. Validation happens at load:
unknown framework ids, duplicate activity ids, answer sets that do not exist, profile
entries naming unknown activities are errors that name ``file:line``.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from assura.errors import InputNotFound, ParseError
from assura.maturity._yaml import LineDict, LineList, load_yaml
from assura.maturity.interface import (
    FRAMEWORKS,
    Activity,
    AnswerOption,
    Catalog,
    Domain,
    FrameworkItem,
    OrgSize,
    Practice,
    Profile,
)

__all__ = ["ACTIVITY_ID", "load_catalog", "load_frameworks"]

ACTIVITY_ID = re.compile(r"^[A-Z][A-Z0-9]*-[A-Z][A-Z0-9]*-[1-3]\.[0-9]+$")
_CHECK_ID = re.compile(r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$")
_FRAMEWORK_FILES = {
    "nist-ai-rmf": "nist-ai-rmf.yaml",
    "nist-ai-600-1": "nist-ai-600-1.yaml",
    "iso-42001": "iso-42001.yaml",
    "samm": "samm.yaml",
    "bsimm": "bsimm16.yaml",
}


def _bundled() -> Path:
    return Path(str(resources.files("assura") / "catalogs" / "maturity"))


@functools.cache
def load_frameworks() -> dict[str, tuple[FrameworkItem, ...]]:
    """The id lists of every framework the catalog maps to, from the bundled files."""
    out: dict[str, tuple[FrameworkItem, ...]] = {}
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for key, name in _FRAMEWORK_FILES.items():
        path = _bundled() / "frameworks" / name
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        items = []
        for raw in data["items"]:
            group = raw.get("subcategory") or raw.get("topic") or raw.get("practice") or ""
            items.append(FrameworkItem(key, str(raw["id"]), str(raw.get("title", "")), str(group)))
        out[key] = tuple(items)
    return out


def load_catalog(path: str | Path | None = None) -> Catalog:
    """Load the bundled catalog, or the catalog file at ``path``; validate it fully."""
    if path is None:
        return _bundled_catalog()
    return _load(path)


@functools.cache
def _bundled_catalog() -> Catalog:
    return _load(None)


def _load(path: str | Path | None) -> Catalog:
    if path is None:
        file = _bundled() / "activities.yaml"
    else:
        file = Path(path)
        if not file.is_file():
            raise InputNotFound(f"catalog file not found: {file}")
    name = str(file)
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ParseError(f"cannot read: {exc}", path=name) from None
    data = load_yaml(text, name)
    frameworks = load_frameworks()
    return _build(data, name, frameworks)


def _need(d: Any, key: str, path: str, kind: type | tuple[type, ...] = str) -> Any:
    if not isinstance(d, LineDict):
        raise ParseError("expected a mapping", path=path, line=getattr(d, "line", None))
    if key not in d:
        raise ParseError(f"missing key {key!r}", path=path, line=d.line)
    value = d[key]
    if not isinstance(value, kind):
        raise ParseError(f"{key!r} has the wrong type", path=path, line=d.line_of(key))
    return value


def _build(data: Any, path: str, frameworks: dict[str, tuple[FrameworkItem, ...]]) -> Catalog:
    known = {k: {i.id for i in v} for k, v in frameworks.items()}
    answer_sets: dict[str, tuple[AnswerOption, ...]] = {}
    sets = _need(data, "answer_sets", path, LineDict)
    for set_name, options in sets.items():
        if not isinstance(options, LineList) or not options:
            raise ParseError(
                f"answer set {set_name!r} must be a list", path=path, line=sets.line_of(set_name)
            )
        opts = []
        for opt in options:
            key = _need(opt, "key", path, (str, bool))
            key = "no" if key is False else "yes" if key is True else key
            value = _need(opt, "value", path, (int, float))
            if not 0 <= value <= 1:
                raise ParseError("answer value must be between 0 and 1", path=path, line=opt.line)
            opts.append(AnswerOption(str(key), str(_need(opt, "text", path)), float(value)))
        answer_sets[set_name] = tuple(opts)

    domains: list[Domain] = []
    seen: dict[str, int] = {}
    for dom in _need(data, "domains", path, LineList):
        dom_id = _need(dom, "id", path)
        practices = []
        for prac in _need(dom, "practices", path, LineList):
            prac_id = _need(prac, "id", path)
            acts = [
                _activity(raw, path, dom_id, prac_id, answer_sets, known, seen)
                for raw in _need(prac, "activities", path, LineList)
            ]
            practices.append(
                Practice(
                    prac_id,
                    _need(prac, "name", path),
                    str(prac.get("area", "")),
                    dom_id,
                    tuple(acts),
                )
            )
        domains.append(Domain(dom_id, _need(dom, "name", path), tuple(practices)))

    profiles: dict[OrgSize, Profile] = {}
    raw_profiles = _need(data, "profiles", path, LineDict)
    for size in OrgSize:
        prof = _need(raw_profiles, size.value, path, LineDict)
        first = _need(prof, "first", path, LineList)
        for i, act_id in enumerate(first):
            if act_id not in seen:
                raise ParseError(
                    f"profile {size.value!r} names unknown activity {act_id!r}",
                    path=path,
                    line=first.lines[i],
                )
        profiles[size] = Profile(
            size, _need(prof, "title", path), _need(prof, "focus", path), tuple(first)
        )

    not_covered: dict[str, dict[str, str]] = {}
    raw_nc = data.get("not_covered") or LineDict()
    for fw, entries in raw_nc.items():
        if fw not in known:
            raise ParseError(f"unknown framework {fw!r}", path=path, line=raw_nc.line_of(fw))
        for entry in entries:
            item_id = str(_need(entry, "id", path))
            if item_id not in known[fw]:
                raise ParseError(f"unknown {fw} id {item_id!r}", path=path, line=entry.line)
            not_covered.setdefault(fw, {})[item_id] = str(_need(entry, "reason", path))

    threshold = data.get("observed_threshold", 0.5)
    return Catalog(
        version=int(_need(data, "version", path, int)),
        name=str(data.get("name", "catalog")),
        observed_threshold=float(threshold),
        answer_sets=answer_sets,
        domains=tuple(domains),
        profiles=profiles,
        frameworks=frameworks,
        not_covered=not_covered,
    )


def _activity(
    raw: Any,
    path: str,
    dom_id: str,
    prac_id: str,
    answer_sets: dict[str, tuple[AnswerOption, ...]],
    known: dict[str, set[str]],
    seen: dict[str, int],
) -> Activity:
    act_id = _need(raw, "id", path)
    line = raw.line_of("id")
    if not ACTIVITY_ID.match(act_id):
        raise ParseError(f"activity id {act_id!r} is not like AIM-INV-1.1", path=path, line=line)
    if act_id in seen:
        raise ParseError(
            f"duplicate activity id {act_id!r} (first at line {seen[act_id]})", path=path, line=line
        )
    seen[act_id] = line
    level = _need(raw, "level", path, int)
    if level not in (1, 2, 3) or not act_id.split("-")[-1].startswith(f"{level}."):
        raise ParseError(
            f"{act_id}: level must be 1..3 and match the id", path=path, line=raw.line_of("level")
        )
    answer_set = _need(raw, "answer_set", path)
    if answer_set not in answer_sets:
        raise ParseError(
            f"{act_id}: unknown answer set {answer_set!r}",
            path=path,
            line=raw.line_of("answer_set"),
        )
    sizes = []
    for s in raw.get("sizes") or []:
        try:
            sizes.append(OrgSize(s))
        except ValueError:
            raise ParseError(
                f"{act_id}: unknown size {s!r}", path=path, line=raw.line_of("sizes")
            ) from None
    checks = tuple(str(c) for c in raw.get("evidence") or [])
    for c in checks:
        if not _CHECK_ID.match(c):
            raise ParseError(
                f"{act_id}: evidence check {c!r} is not like module.check",
                path=path,
                line=raw.line_of("evidence"),
            )
    fws: dict[str, tuple[str, ...]] = {}
    raw_fw = _need(raw, "frameworks", path, LineDict)
    for fw, ids in raw_fw.items():
        if fw not in FRAMEWORKS:
            raise ParseError(
                f"{act_id}: unknown framework {fw!r}", path=path, line=raw_fw.line_of(fw)
            )
        ids = [str(i) for i in ids or []]
        for i in ids:
            if i not in known[fw]:
                raise ParseError(
                    f"{act_id}: unknown {fw} id {i!r}", path=path, line=raw_fw.line_of(fw)
                )
        fws[fw] = tuple(ids)
    return Activity(
        id=act_id,
        level=level,
        title=_need(raw, "title", path),
        description=" ".join(str(_need(raw, "description", path)).split()),
        question=_need(raw, "question", path),
        answer_set=answer_set,
        practice=prac_id,
        domain=dom_id,
        sizes=tuple(sizes),
        quality=tuple(str(q) for q in raw.get("quality") or []),
        evidence=checks,
        frameworks=fws,
        addresses=tuple(str(a) for a in raw.get("addresses") or []),
    )
