"""What changed between two risk registers (saved JSON, or a new analysis). Pure."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from assura.ara.result import Analysis, Change

__all__ = ["compare", "compare_registers"]

_OPEN = ("applies", "accepted")


def compare(previous: Mapping[str, Any] | None, current: Analysis) -> tuple[Change, ...]:
    """Changes from ``previous`` (a saved ``Analysis.to_dict()``) to ``current``."""
    if previous is None:
        return ()
    return compare_registers(previous, current.to_dict())


def compare_registers(
    previous: Mapping[str, Any], current: Mapping[str, Any]
) -> tuple[Change, ...]:
    """Changes between two registers (``Analysis.to_dict()``, e.g. of two commits).

    new: an open risk that was not open before; resolved: open before, not now (gone,
    mitigated or not applicable); changed: still open with another severity or state.
    Risks are matched by key (rule@version:element).
    """
    before = {r["key"]: r for r in _risks(previous) if r.get("state") in _OPEN}
    now = {r["key"]: r for r in _risks(current) if r.get("state") in _OPEN}
    states = {r["key"]: r.get("state") for r in _risks(current)}
    out: list[Change] = []
    for key, r in now.items():
        old = before.get(key)
        if old is None:
            out.append(
                Change(
                    "new", key, str(r.get("title", "")), f"{r.get('severity')}, {r.get('state')}"
                )
            )
        elif old.get("severity") != r.get("severity") or old.get("state") != r.get("state"):
            out.append(
                Change(
                    "changed",
                    key,
                    str(r.get("title", "")),
                    f"{old.get('severity')}/{old.get('state')} -> {r.get('severity')}/{r.get('state')}",
                )
            )
    for key, old in before.items():
        if key not in now:
            out.append(
                Change(
                    "resolved", key, str(old.get("title", "")), f"now {states.get(key) or 'gone'}"
                )
            )
    out.sort(key=lambda c: ({"new": 0, "changed": 1, "resolved": 2}[c.kind], c.key))
    return tuple(out)


def _risks(register: Mapping[str, Any]) -> list[dict[str, Any]]:
    risks = register.get("risks", [])
    return (
        [r for r in risks if isinstance(r, dict) and isinstance(r.get("key"), str)]
        if isinstance(risks, list)
        else []
    )
