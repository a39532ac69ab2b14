"""What every row of a set written for assura must be (``bench/guard/*.py``): one check."""

from __future__ import annotations

from typing import Any

__all__ = [
    "ATTACK_KINDS",
    "BENIGN_KINDS",
    "DOCUMENT_KINDS",
    "ROLES",
    "checked",
    "english_rows",
    "from_kinds",
    "from_tuples",
]

ROLES = frozenset({"user", "document", "tool"})
ATTACK_KINDS = frozenset(
    {
        "override",
        "extraction",
        "persona",
        "devmode",
        "fake_system",
        "refusal_suppression",
        "exfiltration",
        "indirect",
        "hypothetical",
        "payload_split",
    }
)
"""The attacks the written training prompts cover (train_ml_*.py)."""
BENIGN_KINDS = frozenset({"ordinary", "hard_negative", "document"})
DOCUMENT_KINDS = frozenset({"indirect", "document"})
"""Kinds written as retrieved documents (role ``document``); the rest are user prompts."""


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


def from_kinds(
    data: dict[str, list[tuple[str, str]]],
    *,
    prefix: str,
    attacks: frozenset[str] = ATTACK_KINDS,
    benign: frozenset[str] = BENIGN_KINDS,
    documents: frozenset[str] = DOCUMENT_KINDS,
    strip: bool = False,
) -> list[dict[str, Any]]:
    """Rows from ``{lang: [(kind, text), ...]}``: the kind gives the label (``attacks`` 1,
    ``benign`` 0, anything else a ValueError) and the role (``documents`` are documents);
    ids are ``{prefix}-{lang}-{n}``. Then :func:`checked`."""
    out: list[dict[str, Any]] = []
    for lang, items in data.items():
        for n, (kind, text) in enumerate(items, start=1):
            if kind not in attacks | benign:
                raise ValueError(f"unknown kind {kind!r} in {lang}-{n}")
            out.append(
                {
                    "id": f"{prefix}-{lang}-{n}",
                    "text": text.strip() if strip else text,
                    "label": 1 if kind in attacks else 0,
                    "lang": lang,
                    "kind": kind,
                    "role": "document" if kind in documents else "user",
                }
            )
    return checked(out)


def from_tuples(
    items: list[tuple[int, str, str, str, str]], *, prefix: str
) -> list[dict[str, Any]]:
    """Rows from ``(label, lang, kind, role, text)`` tuples (texts stripped of the blank
    lines around them); ids are ``{prefix}-{n}``. Then :func:`checked`."""
    return checked(
        [
            {
                "id": f"{prefix}-{n}",
                "text": raw.strip(),
                "label": label,
                "lang": lang,
                "kind": kind,
                "role": role,
            }
            for n, (label, lang, kind, role, raw) in enumerate(items, start=1)
        ]
    )


def english_rows(items: list[tuple[int, str, str, str]], *, prefix: str) -> list[dict[str, Any]]:
    """Rows from English ``(label, kind, role, text)`` tuples, benign ones marked as hard
    negatives; ids are ``{prefix}-{n:03d}``. Then :func:`checked`."""
    return checked(
        [
            {
                "id": f"{prefix}-{n:03d}",
                "text": text,
                "label": label,
                "lang": "en",
                "kind": kind,
                "role": role,
                "hard_negative": label == 0,
            }
            for n, (label, kind, role, text) in enumerate(items, start=1)
        ]
    )
