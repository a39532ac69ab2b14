"""Taint values, function summaries and the shared state of the inter-procedural fixpoint.

A :class:`Label` says where a value came from: a real source (``kind`` ``llm``,
``tool_arg``, ``retrieved``, ``web``, ``user_input``) or, while summarising a function, one
of its parameters (``kind == "param"``). ``hops`` is the path so far, source first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from assura.findings import Location

__all__ = ["EMPTY", "Label", "Report", "SinkHit", "State", "Summary", "Taint", "extend", "union"]

MAX_LABELS = 6
MAX_HOPS = 16


@dataclass(frozen=True, slots=True)
class Label:
    kind: str
    name: str
    hops: tuple[Location, ...]
    cleared: frozenset[str] = frozenset()

    @property
    def is_param(self) -> bool:
        return self.kind == "param"

    def clears(self, rule: str) -> bool:
        return "*" in self.cleared or rule in self.cleared


Taint = frozenset[Label]
EMPTY: Taint = frozenset()


def _hops(a: tuple[Location, ...], more: Iterable[Location]) -> tuple[Location, ...]:
    out = list(a)
    for loc in more:
        if not out or out[-1] != loc:
            out.append(loc)
    if len(out) > MAX_HOPS:
        out = out[:2] + out[-(MAX_HOPS - 2) :]
    return tuple(out)


def _trim(labels: set[Label]) -> Taint:
    if len(labels) <= MAX_LABELS:
        return frozenset(labels)
    ranked = sorted(labels, key=lambda lab: (lab.is_param, len(lab.hops), lab.kind, lab.name))
    return frozenset(ranked[:MAX_LABELS])


def union(*taints: Taint) -> Taint:
    out: set[Label] = set()
    for t in taints:
        out |= t
    return _trim(out) if out else EMPTY


def extend(t: Taint, *locs: Location) -> Taint:
    if not t:
        return t
    return frozenset(Label(lab.kind, lab.name, _hops(lab.hops, locs), lab.cleared) for lab in t)


def clear(t: Taint, rules: frozenset[str]) -> Taint:
    return frozenset(Label(lab.kind, lab.name, lab.hops, lab.cleared | rules) for lab in t)


@dataclass(frozen=True, slots=True)
class SinkHit:
    """Inside a function, parameter ``param`` reaches a sink: ``hops`` end at the sink."""

    param: str
    rule: str
    sink: Location
    hops: tuple[Location, ...]
    call: str
    cleared: frozenset[str] = frozenset()


@dataclass
class Summary:
    ret_params: dict[str, tuple[Location, ...]] = field(default_factory=dict)
    ret_labels: Taint = EMPTY
    sinks: dict[tuple[str, str, Location], SinkHit] = field(default_factory=dict)

    def signature(
        self,
    ) -> tuple[frozenset[str], frozenset[tuple[str, str]], frozenset[tuple[str, str, Location]]]:
        return (
            frozenset(self.ret_params),
            frozenset((lab.kind, lab.name) for lab in self.ret_labels),
            frozenset(self.sinks),
        )


@dataclass(frozen=True, slots=True)
class Report:
    """A taint finding before it becomes a :class:`~assura.findings.Finding`."""

    rule: str
    sink: Location
    flow: tuple[Location, ...]
    source_kind: str
    source_label: str
    call: str


@dataclass
class State:
    """Everything the analysis of one function may read or update about the others."""

    summaries: dict[str, Summary] = field(default_factory=dict)
    fields: dict[str, dict[str, Taint]] = field(default_factory=dict)
    reports: dict[str, dict[tuple[str, str, int | None], Report]] = field(default_factory=dict)
    changed_keys: set[str] = field(default_factory=set)
    unit: str = ""

    def report(self, r: Report) -> None:
        bucket = self.reports.setdefault(self.unit, {})
        key = (r.rule, r.sink.path, r.sink.line)
        old = bucket.get(key)
        if old is None or len(r.flow) < len(old.flow):
            bucket[key] = r

    def all_reports(self) -> list[Report]:
        best: dict[tuple[str, str, int | None], Report] = {}
        for bucket in self.reports.values():
            for key, r in bucket.items():
                old = best.get(key)
                if old is None or len(r.flow) < len(old.flow):
                    best[key] = r
        return list(best.values())

    def store_field(self, cls_key: str, attr: str, t: Taint) -> None:
        real = frozenset(lab for lab in t if not lab.is_param)
        if not real:
            return
        fields = self.fields.setdefault(cls_key, {})
        old = fields.get(attr, EMPTY)
        kinds_old = {(lab.kind, lab.name) for lab in old}
        new = union(old, real)
        if {(lab.kind, lab.name) for lab in new} != kinds_old:
            self.changed_keys.add(f"field:{cls_key}")
        fields[attr] = new
