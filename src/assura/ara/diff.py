"""What changed between a saved register (JSON) and a new analysis. Pure."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from assura.ara.result import Analysis, Change

__all__ = ["compare"]

_OPEN = ("applies", "accepted")


def compare(previous: Mapping[str, Any] | None, current: Analysis) -> tuple[Change, ...]:
    """Changes from ``previous`` (a saved ``Analysis.to_dict()``) to ``current``.

    new: an open risk that was not open before; resolved: open before, not now (gone,
    mitigated or not applicable); changed: still open with another severity or state.
    """
    if previous is None:
        return ()
    before = {r["key"]: r for r in previous.get("risks", []) if r.get("state") in _OPEN}
    now = {r.key: r for r in current.risks if r.state in _OPEN}
    out: list[Change] = []
    for key, r in now.items():
        old = before.get(key)
        if old is None:
            out.append(Change("new", key, r.title, f"{r.severity}, {r.state}"))
        elif old.get("severity") != r.severity or old.get("state") != r.state:
            out.append(
                Change(
                    "changed",
                    key,
                    r.title,
                    f"{old.get('severity')}/{old.get('state')} -> {r.severity}/{r.state}",
                )
            )
    current_states = {r.key: r.state for r in current.risks}
    for key, old in before.items():
        if key not in now:
            state = current_states.get(key, "gone")
            out.append(Change("resolved", key, str(old.get("title", "")), f"now {state}"))
    out.sort(key=lambda c: ({"new": 0, "changed": 1, "resolved": 2}[c.kind], c.key))
    return tuple(out)
