"""The ledger in the store (SQLite and PostgreSQL): append, checkpoint, prove, tamper."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import delete, select, update

from assura.errors import IntegrityError
from assura.ledger import append_event, merkle, service
from assura.ledger.audit import verify_store
from assura.ledger.entry import Entry
from assura.ledger.keys import load_signer
from assura.ledger.note import NoteSigner, sign_checkpoint
from assura.store import Store
from assura.store.tables.ledger import LedgerCheckpointRow, LedgerEntryRow, LedgerNodeRow


@pytest.fixture
def signer(tmp_path: Path) -> NoteSigner:
    return load_signer(tmp_path / "keys" / "ledger.ed25519", create=True)


def _fill(store: Store, n: int, start: int = 0) -> None:
    with store.session() as s:
        for i in range(start, start + n):
            append_event(s, actor="alice", action="test.event", resource=f"res:{i}", data={"i": i})


def _cp(store: Store, signer: NoteSigner) -> None:
    with store.session() as s:
        service.checkpoint(s, signer)


def _kinds(store: Store, signer: NoteSigner, external: list[tuple[str, str]] | None = None):
    with store.session() as s:
        report = verify_store(s, signer.verifier, external or [])
    return report, {(p.kind, p.seq) for p in report.problems}


def _make_log(store: Store, signer: NoteSigner) -> Store:
    _fill(store, 10)
    _cp(store, signer)
    _fill(store, 10, 10)
    _cp(store, signer)
    _fill(store, 3, 20)
    return store


@pytest.fixture
def log(sqlite_store: Store, signer: NoteSigner) -> Store:
    """Tampering tests: the verifier's logic is the same on every engine."""
    return _make_log(sqlite_store, signer)


@pytest.fixture
def any_log(store: Store, signer: NoteSigner) -> Store:
    """SQLite and PostgreSQL."""
    return _make_log(store, signer)


def test_append_and_proofs(any_log: Store, signer: NoteSigner) -> None:
    log = any_log
    report, kinds = _kinds(log, signer)
    assert report.ok, report.problems
    assert report.size == 23 and report.checkpoints_verified == 2
    leaves = []
    with log.session() as s:
        rows = list(service.iter_entries(s))
        leaves = [bytes(r.body) for r in rows]
        assert [r.seq for r in rows] == list(range(23))
        size, root = service.head(s)
        assert size == 23 and root == merkle.root_from_leaf_hashes(map(merkle.leaf_hash, leaves))
        for seq in (0, 7, 22):
            p = service.prove_inclusion(s, seq)
            assert merkle.verify_inclusion(
                seq, 23, merkle.leaf_hash(leaves[seq]), [bytes.fromhex(x) for x in p["proof"]], root
            )
        for first in (1, 10, 16, 20):
            c = service.prove_consistency(s, first)
            mt = merkle.MemoryTree()
            for b in leaves:
                mt.append(b)
            assert bytes.fromhex(c["first_root"]) == mt.root(first)
            assert merkle.verify_consistency(
                first, 23, mt.root(first), root, [bytes.fromhex(x) for x in c["proof"]]
            )
        assert Entry.parse(leaves[5]).data == {"i": 5}


def test_append_rolls_back_with_the_change(store: Store) -> None:
    _fill(store, 2)
    with pytest.raises(RuntimeError), store.session() as s:
        append_event(s, actor="a", action="x", resource="r")
        raise RuntimeError("the change failed")
    _fill(store, 1, 2)
    with store.session() as s:
        assert [r.seq for r in service.iter_entries(s)] == [0, 1, 2]


def test_concurrent_appends_are_gapless(store: Store) -> None:
    errors: list[BaseException] = []

    def worker(k: int) -> None:
        try:
            for i in range(8):
                with store.session() as s:
                    append_event(s, actor=f"w{k}", action="c", resource=f"r{i}")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with store.session() as s:
        assert [r.seq for r in service.iter_entries(s)] == list(range(32))
        assert service.head(s)[0] == 32


def test_edit_detected_and_named(any_log: Store, signer: NoteSigner) -> None:
    log = any_log
    with log.session() as s:
        body = s.execute(select(LedgerEntryRow.body).where(LedgerEntryRow.seq == 4)).scalar_one()
        forged = bytes(body).replace(b'"i":4', b'"i":5')
        s.execute(update(LedgerEntryRow).where(LedgerEntryRow.seq == 4).values(body=forged))
    report, kinds = _kinds(log, signer)
    assert ("edited", 4) in kinds
    assert any(k == "checkpoint-mismatch" for k, _ in kinds)


def test_edit_with_rehashed_leaf_and_nodes_still_caught(log: Store, signer: NoteSigner) -> None:
    """An attacker who rewrites the entry, its leaf hash and every stored node."""
    with log.session() as s:
        rows = list(service.iter_entries(s))
        bodies = [bytes(r.body) for r in rows]
        bodies[12] = bodies[12].replace(b'"i":12', b'"i":99')
        mt = merkle.MemoryTree()
        for b in bodies:
            mt.append(b)
        s.execute(
            update(LedgerEntryRow)
            .where(LedgerEntryRow.seq == 12)
            .values(body=bodies[12], leaf_hash=merkle.leaf_hash(bodies[12]))
        )
        s.execute(delete(LedgerNodeRow))
        s.execute(
            LedgerNodeRow.__table__.insert(),
            [
                {"level": lv, "idx": i, "hash": h}
                for lv in range(1, len(mt.levels))
                for i, h in enumerate(mt.levels[lv])
            ],
        )
    report, kinds = _kinds(log, signer)
    assert not report.ok
    # the first checkpoint (size 10) still matches; the second (size 20) names 10..19
    msgs = [p.message for p in report.problems if p.kind == "checkpoint-mismatch"]
    assert msgs and "seqs 10..19" in msgs[0]
    assert report.checkpoints_verified == 1


def test_delete_detected(log: Store, signer: NoteSigner) -> None:
    with log.session() as s:
        s.execute(delete(LedgerEntryRow).where(LedgerEntryRow.seq == 7))
    _, kinds = _kinds(log, signer)
    assert ("deleted", 7) in kinds


def test_insert_detected(log: Store, signer: NoteSigner) -> None:
    with log.session() as s:
        e = Entry.new(23, actor="mallory", action="x", resource="r")
        s.add(
            LedgerEntryRow(
                seq=23,
                ts=s.execute(select(LedgerEntryRow.ts)).scalars().first(),
                actor="mallory",
                action="x",
                resource="r",
                body=e.canonical(),
                leaf_hash=e.leaf_hash,
            )
        )
    _, kinds = _kinds(log, signer)
    assert ("inserted", 23) in kinds


def test_reorder_detected(log: Store, signer: NoteSigner) -> None:
    with log.session() as s:
        b3 = s.execute(select(LedgerEntryRow.body).where(LedgerEntryRow.seq == 3)).scalar_one()
        b5 = s.execute(select(LedgerEntryRow.body).where(LedgerEntryRow.seq == 5)).scalar_one()
        s.execute(update(LedgerEntryRow).where(LedgerEntryRow.seq == 3).values(body=b5))
        s.execute(update(LedgerEntryRow).where(LedgerEntryRow.seq == 5).values(body=b3))
    _, kinds = _kinds(log, signer)
    assert ("reordered", 3) in kinds and ("reordered", 5) in kinds


def test_truncation_detected(log: Store, signer: NoteSigner) -> None:
    with log.session() as s:
        s.execute(delete(LedgerEntryRow).where(LedgerEntryRow.seq >= 15))
        s.execute(delete(LedgerNodeRow).where(LedgerNodeRow.level >= 0))
    report, kinds = _kinds(log, signer)
    assert ("truncated", 15) in kinds
    assert any("seqs 15..19 are gone" in p.message for p in report.problems)


def test_forged_checkpoint_detected(log: Store, signer: NoteSigner, tmp_path: Path) -> None:
    other = NoteSigner(signer.name, Ed25519PrivateKey.generate())
    with log.session() as s:
        size, root = service.head(s)
        forged = sign_checkpoint(other, signer.name, size, root)
        s.add(LedgerCheckpointRow(size=size, root=root, note=forged.note))
    report, kinds = _kinds(log, signer)
    assert ("forged-checkpoint", None) in kinds


def test_kept_checkpoint_detects_rewritten_history(log: Store, signer: NoteSigner) -> None:
    """An auditor's kept checkpoint catches a rewrite even if stored checkpoints are dropped."""
    with log.session() as s:
        kept = service.checkpoint(s, signer).note
    with log.session() as s:
        s.execute(delete(LedgerCheckpointRow))
        s.execute(delete(LedgerEntryRow).where(LedgerEntryRow.seq >= 21))
    _, kinds = _kinds(log, signer, [("kept", kept)])
    assert ("truncated", 21) in kinds


def test_checkpoint_refuses_a_tampered_log(log: Store, signer: NoteSigner) -> None:
    with log.session() as s:
        s.execute(update(LedgerEntryRow).where(LedgerEntryRow.seq == 1).values(body=b"{}"))
    with pytest.raises(IntegrityError), log.session() as s:
        service.checkpoint(s, signer)


def test_head_row_loss(log: Store, signer: NoteSigner) -> None:
    from assura.store.tables.ledger import LedgerHeadRow

    with log.session() as s:
        s.execute(delete(LedgerHeadRow))
    report, kinds = _kinds(log, signer)
    assert ("deleted", None) in kinds
    with pytest.raises(IntegrityError), log.session() as s:
        append_event(s, actor="a", action="x", resource="r")
    # an emptied ledger (all tables truncated) starts again from seq 0
    with log.session() as s:
        for table in (LedgerEntryRow, LedgerNodeRow, LedgerCheckpointRow):
            s.execute(delete(table))
    _fill(log, 2)
    with log.session() as s:
        assert [r.seq for r in service.iter_entries(s)] == [0, 1]
