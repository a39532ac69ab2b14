"""Self-contained export bundles: entries, checkpoints and the public key, as one JSON file.

An auditor verifies a bundle offline, without the database, with
``assura ledger verify --bundle FILE``. The public key in the bundle is only a
convenience: pin the key you trust with ``--key`` (or keep a checkpoint and pass it with
``--from-checkpoint``), because whoever can rewrite a bundle can also swap its key.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assura.errors import InputNotFound, ParseError
from assura.ledger.verify import Record
from assura.outfile import write_text_atomic

__all__ = ["BUNDLE_FORMAT", "Bundle", "build_bundle", "read_bundle", "write_bundle"]

BUNDLE_FORMAT = "assura-ledger-bundle/1"


@dataclass(frozen=True)
class Bundle:
    origin: str
    public_key: str
    records: tuple[Record, ...]
    checkpoints: tuple[str, ...]


def build_bundle(
    origin: str, public_key: str, records: Sequence[Record], checkpoints: Sequence[str]
) -> dict[str, Any]:
    return {
        "format": BUNDLE_FORMAT,
        "origin": origin,
        "public_key": public_key,
        "exported_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "tree_size": len(records),
        "entries": [
            {
                "seq": r.seq,
                "entry": r.body.decode("utf-8"),
                "leaf_hash": (r.stored_leaf_hash or b"").hex(),
            }
            for r in records
        ],
        "checkpoints": list(checkpoints),
    }


def write_bundle(path: Path, bundle: dict[str, Any]) -> None:
    """Write atomically: a complete bundle or nothing."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, json.dumps(bundle, ensure_ascii=False, indent=1) + "\n")


def _bad(path: Path, msg: str) -> ParseError:
    return ParseError(f"not a ledger bundle: {msg}", path=str(path))


def read_bundle(path: Path) -> Bundle:
    if not path.is_file():
        raise InputNotFound(f"bundle {path} does not exist")
    try:
        obj = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _bad(path, str(exc)) from None
    if not isinstance(obj, dict) or obj.get("format") != BUNDLE_FORMAT:
        raise _bad(path, f"format is not {BUNDLE_FORMAT!r}")
    origin, key = obj.get("origin"), obj.get("public_key")
    entries, cps = obj.get("entries"), obj.get("checkpoints")
    if not isinstance(origin, str) or not isinstance(key, str):
        raise _bad(path, "origin and public_key must be strings")
    if not isinstance(entries, list) or not isinstance(cps, list):
        raise _bad(path, "entries and checkpoints must be lists")
    if not all(isinstance(c, str) for c in cps):
        raise _bad(path, "checkpoints must be signed-note strings")
    records: list[Record] = []
    for i, e in enumerate(entries):
        if not (
            isinstance(e, dict)
            and isinstance(e.get("seq"), int)
            and isinstance(e.get("entry"), str)
            and isinstance(e.get("leaf_hash", ""), str)
        ):
            raise _bad(path, f"entries[{i}] needs an integer seq and an entry string")
        try:
            stored = bytes.fromhex(e.get("leaf_hash", "")) or None
        except ValueError:
            raise _bad(path, f"entries[{i}].leaf_hash is not hex") from None
        records.append(Record(e["seq"], e["entry"].encode("utf-8"), stored))
    return Bundle(origin, key, tuple(records), tuple(cps))
