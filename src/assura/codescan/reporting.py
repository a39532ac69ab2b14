"""Turning taint that reaches a sink into a report (real source) or a summary entry
(a parameter of the function being summarised)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assura.codescan.taint import Report, SinkHit, Taint
from assura.findings import Location

if TYPE_CHECKING:
    from assura.codescan.walker import FunctionAnalyzer

__all__ = ["sink_labels"]

_DYNAMIC = {"exec", "eval", "compile", "builtins.exec", "builtins.eval", "builtins.compile"}


def sink_labels(
    an: FunctionAnalyzer, rule: str, t: Taint, sink: Location, call: str, via: bool = False
) -> None:
    if an.gated:
        return
    info = an.project.catalog.rules.get(rule)
    for lab in t:
        if lab.clears(rule):
            continue
        if lab.is_param:
            key = (lab.name, rule, sink)
            if key not in an.summary.sinks:
                an.summary.sinks[key] = SinkHit(lab.name, rule, sink, lab.hops, call)
            if not via and rule == "CODE-LLM-EXEC" and call in _DYNAMIC:
                an.state.report(
                    Report(
                        "CODE-EXEC-DYNAMIC",
                        sink,
                        (lab.hops[0], sink),
                        "param",
                        f"parameter {lab.name}",
                        call,
                    )
                )
        elif info is not None and lab.kind in info.accepts:
            flow = lab.hops if lab.hops and lab.hops[-1] == sink else lab.hops + (sink,)
            an.state.report(Report(rule, sink, flow, lab.kind, lab.name, call))
