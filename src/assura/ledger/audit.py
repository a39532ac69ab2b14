"""Whole-log operations the CLI and API share: verify the store or a bundle, export.

The trusted key for a store is the operator's own signing key; for a bundle it is the
key the caller pins (``trusted``), else the local key when it signs that log, else —
with a warning in the report — the key the bundle carries.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from assura.errors import InputNotFound, InvalidInput
from assura.ledger import service
from assura.ledger.bundle import Bundle, build_bundle
from assura.ledger.keys import KEY_ENV, default_key_path, load_signer
from assura.ledger.note import NoteSigner, NoteVerifier
from assura.ledger.verify import Problem, VerifyReport, verify_log
from assura.store.tables.ledger import LedgerHeadRow

__all__ = [
    "AuditResult",
    "export_bundle",
    "key_path",
    "read_checkpoint_files",
    "signer",
    "trusted_verifier",
    "verify_bundle",
    "verify_store",
]


@dataclass(frozen=True)
class AuditResult:
    report: VerifyReport
    key: str
    key_pinned: bool


def key_path(home: Path, env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    given = env.get(KEY_ENV)
    return Path(given).expanduser() if given else default_key_path(home)


def signer(home: Path, *, create: bool = True, env: Mapping[str, str] | None = None) -> NoteSigner:
    """The operator's key: ``$ASSURA_LEDGER_KEY`` or ``$ASSURA_HOME/keys/ledger.ed25519``."""
    env = os.environ if env is None else env
    path = key_path(home, env)
    # an operator-given key is never generated behind their back
    return load_signer(path, create=create and KEY_ENV not in env)


def trusted_verifier(value: str) -> NoteVerifier:
    """A pinned key: a verifier-key string or a file holding one."""
    text = value.strip()
    p = Path(text).expanduser()
    if p.is_file():
        text = p.read_text(encoding="utf-8").strip()
    elif text.count("+") < 2:
        raise InputNotFound(f"key {value!r} is neither a file nor a <name>+<id>+<key> string")
    return NoteVerifier.from_vkey(text)


def read_checkpoint_files(paths: Sequence[Path]) -> list[tuple[str, str]]:
    out = []
    for p in paths:
        if not p.is_file():
            raise InputNotFound(f"checkpoint file {p} does not exist")
        try:
            out.append((f"checkpoint {p}", p.read_text(encoding="utf-8")))
        except UnicodeDecodeError:
            raise InvalidInput(f"checkpoint file {p} is not UTF-8 text") from None
    return out


def verify_store(
    session: Session,
    verifier: NoteVerifier,
    external: Sequence[tuple[str, str]] = (),
) -> VerifyReport:
    records = service.load_records(session)
    has_head = session.get(LedgerHeadRow, 1) is not None
    report = verify_log(
        records,
        service.load_checkpoints(session),
        verifier,
        origin=verifier.name,
        external=external,
        stored_subtrees=service.load_subtrees(session),
        head_size=service.head(session)[0] if has_head else None,
    )
    if not has_head and records:
        missing = Problem("deleted", None, "the ledger head row is missing while entries exist")
        report = replace(report, problems=(*report.problems, missing))
    return report


def verify_bundle(
    bundle: Bundle,
    *,
    pinned: NoteVerifier | None = None,
    local: NoteVerifier | None = None,
    external: Sequence[tuple[str, str]] = (),
) -> AuditResult:
    if pinned is not None:
        verifier, is_pinned = pinned, True
    elif local is not None and local.name == bundle.origin:
        verifier, is_pinned = local, True
    else:
        verifier, is_pinned = NoteVerifier.from_vkey(bundle.public_key), False
    report = verify_log(
        bundle.records,
        bundle.checkpoints,
        verifier,
        origin=bundle.origin,
        external=external,
    )
    return AuditResult(report, verifier.vkey, is_pinned)


def export_bundle(session: Session, verifier: NoteVerifier) -> dict[str, Any]:
    return build_bundle(
        verifier.name,
        verifier.vkey,
        service.load_records(session),
        service.load_checkpoints(session),
    )
