"""Ledger entries and their canonical bytes (the Merkle leaves).

An entry is canonical JSON: keys sorted, no whitespace, UTF-8, no NaN/Infinity. The
bytes stored are the leaf; ``Entry.parse`` refuses bytes that are not exactly the
canonical form of what they decode to, so a re-serialised (edited) body is caught even
when it means the same.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from assura.errors import InvalidInput
from assura.ledger.merkle import leaf_hash

__all__ = ["ENTRY_VERSION", "Entry", "canonical_json", "normalise_evidence"]

ENTRY_VERSION = 1
_EVIDENCE = re.compile(r"^(sha256|sha384|sha512|blake2b):[0-9a-f]{32,128}$")
_KEYS = {"v", "seq", "ts", "actor", "action", "resource", "evidence", "data"}


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no whitespace, UTF-8; raises ``ValueError`` on NaN or non-JSON values."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def normalise_evidence(evidence: Iterable[str] | None) -> tuple[str, ...]:
    """Check evidence hashes (``sha256:<hex>``; a bare 64-hex digest means sha256)."""
    out: list[str] = []
    for item in evidence or ():
        h = str(item).strip().lower()
        if re.fullmatch(r"[0-9a-f]{64}", h):
            h = "sha256:" + h
        if not _EVIDENCE.match(h):
            raise InvalidInput(f"evidence hash {item!r} is not of the form sha256:<hex>")
        out.append(h)
    return tuple(out)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class Entry:
    """One event: who (actor) did what (action) to which resource, when, with what proof.

    ``seq`` is the 0-based leaf index in the log; ``ts`` an RFC 3339 UTC timestamp;
    ``evidence`` content hashes (``sha256:<hex>``) of the artefacts involved; ``data``
    any JSON object with the details.
    """

    seq: int
    ts: str
    actor: str
    action: str
    resource: str
    evidence: tuple[str, ...] = ()
    data: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def new(
        cls,
        seq: int,
        *,
        actor: str,
        action: str,
        resource: str,
        data: Mapping[str, Any] | None = None,
        evidence: Iterable[str] | None = None,
        ts: str | None = None,
    ) -> Entry:
        for name, value in (("actor", actor), ("action", action), ("resource", resource)):
            if not isinstance(value, str) or not value.strip():
                raise InvalidInput(f"ledger event needs a non-empty {name}")
        entry = cls(
            seq=seq,
            ts=ts or _now(),
            actor=actor,
            action=action,
            resource=resource,
            evidence=normalise_evidence(evidence),
            data=dict(data or {}),
        )
        try:
            entry.canonical()
        except (TypeError, ValueError) as exc:
            raise InvalidInput(f"ledger event data is not plain JSON: {exc}") from None
        return entry

    def to_json(self) -> dict[str, Any]:
        return {
            "v": ENTRY_VERSION,
            "seq": self.seq,
            "ts": self.ts,
            "actor": self.actor,
            "action": self.action,
            "resource": self.resource,
            "evidence": list(self.evidence),
            "data": dict(self.data),
        }

    def canonical(self) -> bytes:
        """The leaf bytes."""
        return canonical_json(self.to_json())

    @property
    def leaf_hash(self) -> bytes:
        return leaf_hash(self.canonical())

    @classmethod
    def parse(cls, body: bytes) -> Entry:
        """Decode leaf bytes; ``ValueError`` unless they are a canonical entry."""
        try:
            obj = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"not JSON: {exc}") from None
        if not isinstance(obj, dict) or set(obj) != _KEYS:
            raise ValueError("not a ledger entry (wrong keys)")
        if obj["v"] != ENTRY_VERSION:
            raise ValueError(f"unknown entry version {obj['v']!r}")
        ok = (
            isinstance(obj["seq"], int)
            and all(isinstance(obj[k], str) for k in ("ts", "actor", "action", "resource"))
            and isinstance(obj["evidence"], list)
            and all(isinstance(e, str) for e in obj["evidence"])
            and isinstance(obj["data"], dict)
        )
        if not ok:
            raise ValueError("not a ledger entry (wrong field types)")
        entry = cls(
            seq=obj["seq"],
            ts=obj["ts"],
            actor=obj["actor"],
            action=obj["action"],
            resource=obj["resource"],
            evidence=tuple(obj["evidence"]),
            data=obj["data"],
        )
        try:
            again = entry.canonical()
        except ValueError as exc:
            raise ValueError(f"not canonical JSON: {exc}") from None
        if again != body:
            raise ValueError("bytes are not the canonical form of the entry")
        return entry
