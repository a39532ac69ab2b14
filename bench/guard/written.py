"""What every row of a set written for assura must be (``bench/guard/*.py``): one check."""

from __future__ import annotations

from typing import Any

__all__ = ["ROLES", "checked"]

ROLES = frozenset({"user", "document", "tool"})


def checked(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` unchanged, or a ValueError naming the first malformed row: a repeated id,
    an empty or repeated text, a label other than 0 or 1, an unknown role."""
    ids: set[str] = set()
    texts: set[str] = set()
    for r in rows:
        rid, text = r["id"], r["text"].strip()
        if rid in ids:
            raise ValueError(f"duplicate id {rid}")
        if not text:
            raise ValueError(f"{rid}: empty text")
        if text in texts:
            raise ValueError(f"{rid}: duplicate text")
        if r["label"] not in (0, 1):
            raise ValueError(f"{rid}: label must be 0 or 1, got {r['label']!r}")
        if r.get("role", "user") not in ROLES:
            raise ValueError(f"{rid}: unknown role {r.get('role')!r}")
        ids.add(rid)
        texts.add(text)
    return rows
