"""Raw pickle streams (and legacy torch files, joblib files, pickles inside containers)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from assura.artifacts.interface import ScanContext
from assura.artifacts.pickle import PickleResult, analyse_pickle
from assura.artifacts.rules import finding
from assura.artifacts.scanners import sniff
from assura.findings import Finding, Severity

__all__ = ["PickleScanner", "pickle_findings"]


class PickleScanner:
    id: ClassVar[str] = "pickle"

    def sniff(self, head: bytes, name: str) -> bool:
        return sniff.pickle(head, name)

    def scan(self, ctx: ScanContext) -> Iterator[Finding]:
        res = analyse_pickle(ctx.data, max_ops=ctx.limits.max_pickle_ops)
        fmt = "pytorch-legacy" if res.legacy_torch else "pickle"
        if any(k.endswith("NumpyArrayWrapper") for k in res.analysis.classes):
            fmt = "joblib"
        ctx.format = fmt
        yield from pickle_findings(ctx, res)


def pickle_findings(ctx: ScanContext, res: PickleResult, base: int = 0) -> Iterator[Finding]:
    """Findings and facts of an analysed pickle (shared with .npy/.npz and joblib scanners)."""
    a = res.analysis
    facts = ctx.facts
    facts.update(
        {
            "framework": "pytorch"
            if res.legacy_torch or a.tensors
            else facts.get("framework", "python-pickle"),
            "protocol": res.protocol,
            "streams": res.streams,
            "opcodes_budget": ctx.limits.max_pickle_ops,
            "calls": a.calls,
            "imports": dict(a.imports.most_common(40)),
        }
    )
    if a.tensors:
        facts["tensor_count"] = a.tensors
        facts["parameter_count"] = a.parameters
    if a.dtypes:
        facts["dtypes"] = dict(a.dtypes)
    layers = {
        k.rsplit(".", 1)[-1]: v
        for k, v in a.classes.items()
        if ".nn." in k or k.startswith("__torch__")
    }
    if layers:
        facts["layers"] = dict(sorted(layers.items(), key=lambda kv: -kv[1])[:40])
    if a.classes:
        facts["classes"] = dict(a.classes.most_common(40))
    if res.trailing:
        facts["trailing_bytes"] = res.trailing
    for h in res.hits:
        times = f" ({h.count} times)" if h.count > 1 else ""
        yield finding(
            h.rule, h.severity, h.message + times, ctx.loc(base + h.offset), target=h.target
        )
    if a.unresolved_arrays:
        yield finding(
            "ART-PKL-005",
            Severity.MEDIUM,
            f"{a.unresolved_arrays} joblib array(s) of unknown size: the bytes after them were not analysed",
            ctx.loc(base),
            error=True,
        )
    if res.error is not None:
        msg, off = res.error
        hint = " (the loader runs every call before this point)" if res.hits else ""
        yield finding(
            "ART-PKL-005",
            Severity.MEDIUM,
            f"malformed pickle: {msg}{hint}",
            ctx.loc(base + off),
            error=True,
        )
