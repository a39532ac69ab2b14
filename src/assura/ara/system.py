"""A validated system model with its graph index: what the engine reads.

:func:`load_system` reads YAML (keeping lines), validates it with the pydantic schema and
then checks what a schema cannot: duplicate ids, flows naming unknown components, trust
boundaries naming unknown members, nested in two parents, nested in a cycle, or
overlapping (a component in two boundaries neither of which contains the other).
Every error is a :class:`~assura.errors.ParseError` naming file and line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from assura.ara.model import Component, ComponentType, Flow, SystemModel
from assura.ara.yamlsrc import LineMap, YamlDoc, load_yaml, load_yaml_text
from assura.errors import ParseError

__all__ = ["FlowRef", "System", "build_system", "load_system", "load_system_text"]

UNTRUSTED_BY_DEFAULT = frozenset(
    {
        ComponentType.USER,
        ComponentType.CLIENT,
        ComponentType.EXTERNAL_CONTENT,
        ComponentType.MODEL_HUB,
    }
)


@dataclass(frozen=True, slots=True)
class FlowRef:
    """A flow with its resolved id (``from->to`` by default) and derived facts."""

    id: str
    index: int
    flow: Flow
    src: str
    dst: str
    crosses_boundary: bool


@dataclass(frozen=True)
class System:
    model: SystemModel
    source: str | None
    lines: LineMap
    components: Mapping[str, Component]
    flows: tuple[FlowRef, ...]
    out_edges: Mapping[str, tuple[FlowRef, ...]]
    in_edges: Mapping[str, tuple[FlowRef, ...]]
    boundary_of: Mapping[str, str | None]
    boundary_parent: Mapping[str, str | None]
    comp_index: Mapping[str, int] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.model.system.name

    def trust(self, cid: str) -> str:
        comp = self.components[cid]
        if comp.trust is not None:
            return comp.trust
        if comp.type in UNTRUSTED_BY_DEFAULT:
            return "untrusted"
        b = self.boundary_of.get(cid)
        boundaries = {tb.id: tb for tb in self.model.trust_boundaries}
        while b is not None:
            if boundaries[b].trust is not None:
                return boundaries[b].trust or "trusted"
            b = self.boundary_parent.get(b)
        return "trusted"

    def component_line(self, cid: str) -> int | None:
        i = self.comp_index.get(cid)
        return None if i is None else self.lines.line(("components", i))

    def flow_line(self, flow: FlowRef) -> int | None:
        return self.lines.line(("flows", flow.index))


def load_system(path: str | Path) -> System:
    return _from_doc(load_yaml(path))


def load_system_text(text: str, name: str = "<string>") -> System:
    return _from_doc(load_yaml_text(text, name))


def build_system(model: SystemModel, source: str | None = None) -> System:
    """Index an already-validated model (no line numbers); still checks references."""
    return _index(model, YamlDoc(None, LineMap({}), source or model.system.name), source)


def _from_doc(doc: YamlDoc) -> System:
    if not isinstance(doc.data, dict):
        raise doc.error("a system model must be a YAML mapping with system/components/flows")
    try:
        model = SystemModel.model_validate(doc.data)
    except ValidationError as exc:
        raise _pydantic_error(exc, doc) from None
    return _index(model, doc, doc.path)


def _pydantic_error(exc: ValidationError, doc: YamlDoc) -> ParseError:
    errors = exc.errors(include_url=False)
    first = errors[0]
    loc: Sequence[str | int] = tuple(first["loc"])
    msg = str(first["msg"]).removeprefix("Value error, ")
    if first["type"] == "extra_forbidden":
        msg = f"unknown key {loc[-1]!r}"
    elif first["type"] == "missing":
        msg = f"missing required key {loc[-1]!r}"
    where = _loc_str(loc)
    more = f" (and {len(errors) - 1} more problem(s))" if len(errors) > 1 else ""
    return doc.error(f"{where}: {msg}{more}" if where else f"{msg}{more}", loc)


def _loc_str(loc: Sequence[str | int]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _index(model: SystemModel, doc: YamlDoc, source: str | None) -> System:
    comps: dict[str, Component] = {}
    comp_index: dict[str, int] = {}
    for i, c in enumerate(model.components):
        if c.id in comps:
            raise doc.error(f"duplicate component id {c.id!r}", ("components", i, "id"))
        comps[c.id] = c
        comp_index[c.id] = i
    bmap = _check_boundaries(model, comps, doc)
    boundary_of, parent = bmap
    flows: list[FlowRef] = []
    seen: dict[str, int] = {}
    out_edges: dict[str, list[FlowRef]] = {cid: [] for cid in comps}
    in_edges: dict[str, list[FlowRef]] = {cid: [] for cid in comps}
    for i, f in enumerate(model.flows):
        for end, cid in (("from", f.from_), ("to", f.to)):
            if cid not in comps:
                raise doc.error(
                    f"flows[{i}].{end}: no component with id {cid!r} (dangling flow endpoint)",
                    ("flows", i, end),
                )
        fid = f.id or f"{f.from_}->{f.to}"
        if fid in seen:
            if f.id is not None:
                raise doc.error(f"duplicate flow id {fid!r}", ("flows", i, "id"))
            n = 2
            while f"{fid}#{n}" in seen:
                n += 1
            fid = f"{fid}#{n}"
        seen[fid] = i
        ref = FlowRef(fid, i, f, f.from_, f.to, boundary_of[f.from_] != boundary_of[f.to])
        flows.append(ref)
        out_edges[f.from_].append(ref)
        in_edges[f.to].append(ref)
    return System(
        model=model,
        source=source,
        lines=doc.lines,
        components=comps,
        flows=tuple(flows),
        out_edges={k: tuple(v) for k, v in out_edges.items()},
        in_edges={k: tuple(v) for k, v in in_edges.items()},
        boundary_of=boundary_of,
        boundary_parent=parent,
        comp_index=comp_index,
    )


def _check_boundaries(
    model: SystemModel, comps: Mapping[str, Component], doc: YamlDoc
) -> tuple[dict[str, str | None], dict[str, str | None]]:
    bidx: dict[str, int] = {}
    for i, b in enumerate(model.trust_boundaries):
        if b.id in bidx:
            raise doc.error(f"duplicate trust boundary id {b.id!r}", ("trust_boundaries", i, "id"))
        bidx[b.id] = i
    parent: dict[str, str | None] = dict.fromkeys(bidx)
    for i, b in enumerate(model.trust_boundaries):
        for j, child in enumerate(b.boundaries):
            at = ("trust_boundaries", i, "boundaries", j)
            if child not in bidx:
                raise doc.error(f"trust boundary {b.id!r} nests unknown boundary {child!r}", at)
            if child == b.id:
                raise doc.error(f"trust boundary {b.id!r} contains itself (cycle)", at)
            if parent[child] is not None and parent[child] != b.id:
                raise doc.error(
                    f"trust boundary {child!r} is nested in both {parent[child]!r} and {b.id!r}",
                    at,
                )
            parent[child] = b.id
    for start in bidx:  # cycle check: walk up the parents
        seen = [start]
        cur = parent[start]
        while cur is not None:
            if cur in seen:
                cycle = " inside ".join([*seen[seen.index(cur) :], cur])
                raise doc.error(
                    f"trust boundaries nest in a cycle: {cycle}", ("trust_boundaries", bidx[cur])
                )
            seen.append(cur)
            cur = parent[cur]
    boundary_of: dict[str, str | None] = dict.fromkeys(comps)
    for i, b in enumerate(model.trust_boundaries):
        for j, cid in enumerate(b.components):
            at = ("trust_boundaries", i, "components", j)
            if cid not in comps:
                raise doc.error(f"trust boundary {b.id!r} names unknown component {cid!r}", at)
            prev = boundary_of[cid]
            if prev is None:
                boundary_of[cid] = b.id
            elif _ancestor(prev, b.id, parent):
                boundary_of[cid] = b.id
            elif not _ancestor(b.id, prev, parent):
                raise doc.error(
                    f"component {cid!r} is in overlapping trust boundaries {prev!r} and {b.id!r}"
                    " (neither contains the other)",
                    at,
                )
    return boundary_of, parent


def _ancestor(a: str, b: str, parent: Mapping[str, str | None]) -> bool:
    """True when boundary ``a`` strictly contains boundary ``b``."""
    cur = parent[b]
    while cur is not None:
        if cur == a:
            return True
        cur = parent[cur]
    return False


def as_plain(value: Any) -> Any:  # small helper for renderers
    return value.value if hasattr(value, "value") else value
