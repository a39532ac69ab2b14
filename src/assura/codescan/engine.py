"""The inter-procedural fixpoint: summarise every function until nothing changes.

Each round analyses every function (and each module's top-level code) with the current
summaries of its callees and the taint known to flow into ``self`` fields; a round that
changes no summary ends the loop (at most :data:`MAX_ROUNDS`). The reports of the last
round are the taint findings.
"""

from __future__ import annotations

from assura.codescan.catalog import Catalog
from assura.codescan.project import Project
from assura.codescan.symbols import FunctionInfo, ModuleInfo
from assura.codescan.taint import Report, State
from assura.codescan.walker import FunctionAnalyzer
from assura.findings import Finding, Location

__all__ = ["MAX_ROUNDS", "run_taint", "to_finding"]

MAX_ROUNDS = 6


def run_taint(modules: list[ModuleInfo], catalog: Catalog) -> list[Report]:
    project = Project(modules, catalog)
    state = State()
    units: list[tuple[ModuleInfo, FunctionInfo | None]] = []
    for m in modules:
        units.append((m, None))
        units.extend((m, f) for f in m.all_functions)
    deps: dict[str, set[str]] = {}
    todo = units
    for _ in range(MAX_ROUNDS):
        state.changed_keys = set()
        for mod, fn in todo:
            an = FunctionAnalyzer(project, state, mod, fn)
            state.unit = an.key
            state.reports.pop(an.key, None)
            try:
                summary = an.run()
            except RecursionError:
                continue
            deps[an.key] = an.deps
            old = state.summaries.get(an.key)
            if old is None or old.signature() != summary.signature():
                state.changed_keys.add(an.key)
            state.summaries[an.key] = summary
        if not state.changed_keys:
            break
        changed = state.changed_keys
        todo = [
            (m, f)
            for m, f in units
            if deps.get(f.key if f else f"{m.name}:<module>", set()) & changed
        ]
        if not todo:
            break
    return sorted(state.all_reports(), key=lambda r: (r.sink.path, r.sink.line or 0, r.rule))


_KIND_TEXT = {
    "llm": "LLM output",
    "tool_arg": "an agent tool argument (chosen by the model)",
    "retrieved": "retrieved content",
    "web": "fetched web content",
    "user_input": "user input",
    "param": "a caller-supplied parameter",
}


def to_finding(r: Report, catalog: Catalog) -> Finding:
    info = catalog.rule(r.rule)
    src = r.flow[0] if r.flow else r.sink
    msg = f"{info.title}: {_KIND_TEXT.get(r.source_kind, r.source_kind)} ({r.source_label}, {src}) reaches {r.call}"
    confidence = 0.6 if r.rule == "CODE-EXEC-DYNAMIC" else 0.9
    return Finding(
        rule_id=r.rule,
        severity=info.severity,
        message=msg,
        location=Location(r.sink.path, r.sink.line),
        references=info.references,
        flow=tuple(Location(x.path, x.line) for x in r.flow),
        confidence=confidence,
        data={"source_kind": r.source_kind, "source": r.source_label, "sink": r.call},
    )
