"""The ledger in the store: append in the caller's transaction, checkpoint, prove, load.

``append_event`` locks the single head row (``SELECT ... FOR UPDATE`` on PostgreSQL; on
SQLite a no-op ``UPDATE`` first takes the database write lock) so seq numbers are
gapless under concurrency, then writes the entry, the subtree hashes it completes and
the new head (size, root, right-edge frontier) in the same transaction as the change
the event records. Nothing is committed here: the caller's session commits or rolls
back the change and its record together.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Row, Table, and_, bindparam, func, insert, or_, select, update
from sqlalchemy.orm import Session

from assura.errors import InputNotFound, IntegrityError, InvalidInput
from assura.ledger.entry import Entry
from assura.ledger.merkle import (
    EMPTY_ROOT,
    Key,
    consistency_proof_with_roots,
    inclusion_proof_with_root,
    leaf_hash,
    node_hash,
    root_from_leaf_hashes,
)
from assura.ledger.note import Checkpoint, NoteSigner, sign_checkpoint
from assura.ledger.verify import Record
from assura.store.tables.ledger import (
    LedgerCheckpointRow,
    LedgerEntryRow,
    LedgerHeadRow,
    LedgerNodeRow,
)

__all__ = [
    "DbSubtrees",
    "append_event",
    "checkpoint",
    "get_entry",
    "head",
    "iter_entries",
    "iter_events",
    "load_checkpoints",
    "load_records",
    "load_subtrees",
    "prove_consistency",
    "prove_inclusion",
]


def _fold(frontier: list[bytes]) -> bytes:
    if not frontier:
        return EMPTY_ROOT
    acc = frontier[-1]
    for h in reversed(frontier[:-1]):
        acc = node_hash(h, acc)
    return acc


_HEAD = cast(Table, LedgerHeadRow.__table__)
_ENTRIES = cast(Table, LedgerEntryRow.__table__)
_NODES = cast(Table, LedgerNodeRow.__table__)
# statements built once, so SQLAlchemy's compiled cache serves every append
_TOUCH_HEAD = update(_HEAD).where(_HEAD.c.id == 1).values(id=1)
_READ_HEAD = select(_HEAD.c.size, _HEAD.c.root, _HEAD.c.frontier).where(_HEAD.c.id == 1)
_INSERT_ENTRY = insert(_ENTRIES)
_INSERT_NODES = insert(_NODES)
_WRITE_HEAD = (
    update(_HEAD)
    .where(_HEAD.c.id == 1)
    .values(
        size=bindparam("new_size"),
        root=bindparam("new_root"),
        frontier=bindparam("new_frontier"),
        updated_at=func.now(),
    )
)


def _lock_head(session: Session) -> tuple[int, bytes, list[str]]:
    """Lock the head row for this transaction and read (size, root, frontier)."""
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        # take SQLite's write lock before reading, so no two appends read the same head
        conn.execute(_TOUCH_HEAD)
        row = conn.execute(_READ_HEAD).first()
    else:
        row = conn.execute(_READ_HEAD.with_for_update()).first()
    if row is None:
        if conn.execute(select(_ENTRIES.c.seq).limit(1)).first() is not None:
            raise IntegrityError("the ledger head row was deleted while entries exist")
        # an emptied database (tables truncated): start the log again, as the migration does
        conn.execute(
            insert(_HEAD).values(id=1, size=0, root=EMPTY_ROOT, frontier=[], updated_at=func.now())
        )
        return 0, EMPTY_ROOT, []
    return int(row.size), bytes(row.root), list(row.frontier)


def append_event(
    session: Session,
    *,
    actor: str,
    action: str,
    resource: str,
    data: Mapping[str, Any] | None = None,
    evidence: Iterable[str] | None = None,
) -> Entry:
    """Append one event in ``session``'s transaction and return it (with its seq)."""
    entry = Entry.new(
        0, actor=actor, action=action, resource=resource, data=data, evidence=evidence
    )
    seq, _, frontier_hex = _lock_head(session)
    entry = replace(entry, seq=seq)
    body = entry.canonical()
    h = leaf_hash(body)
    conn = session.connection()
    conn.execute(
        _INSERT_ENTRY,
        {
            "seq": seq,
            "ts": datetime.fromisoformat(entry.ts.replace("Z", "+00:00")),
            "actor": actor[:255],
            "action": action[:128],
            "resource": resource[:512],
            "body": body,
            "leaf_hash": h,
        },
    )
    frontier = [bytes.fromhex(x) for x in frontier_hex]
    nodes: list[dict[str, Any]] = []
    level, index = 0, seq
    while index & 1:
        h = node_hash(frontier.pop(), h)
        level += 1
        index >>= 1
        nodes.append({"level": level, "idx": index, "hash": h})
    frontier.append(h)
    if nodes:
        conn.execute(_INSERT_NODES, nodes)
    conn.execute(
        _WRITE_HEAD,
        {
            "new_size": seq + 1,
            "new_root": _fold(frontier),
            "new_frontier": [x.hex() for x in frontier],
        },
    )
    return entry


def head(session: Session) -> tuple[int, bytes]:
    """(size, root) as the head row says — a cache, not evidence."""
    row = session.execute(
        select(LedgerHeadRow.size, LedgerHeadRow.root).where(LedgerHeadRow.id == 1)
    ).first()
    if row is None:
        return 0, EMPTY_ROOT  # appends recreate the head (or refuse, if entries exist)
    return int(row.size), bytes(row.root)


class DbSubtrees:
    """Serves complete-subtree hashes from the store: leaves from entries, the rest from
    nodes, each in one query whatever the number of levels asked for."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def subtrees(self, keys: Iterable[Key]) -> dict[Key, bytes]:
        wanted = set(keys)
        leaves = sorted(i for lv, i in wanted if lv == 0)
        by_level: dict[int, list[int]] = {}
        for level, index in wanted:
            if level:
                by_level.setdefault(level, []).append(index)
        out: dict[Key, bytes] = {}
        if leaves:
            q = select(_ENTRIES.c.seq, _ENTRIES.c.leaf_hash).where(_ENTRIES.c.seq.in_(leaves))
            for idx, h in self.session.execute(q):
                out[(0, int(idx))] = bytes(h)
        if by_level:
            cond = or_(
                *(
                    and_(_NODES.c.level == lv, _NODES.c.idx.in_(ids))
                    for lv, ids in sorted(by_level.items())
                )
            )
            q2 = select(_NODES.c.level, _NODES.c.idx, _NODES.c.hash).where(cond)
            for lv, idx, h in self.session.execute(q2):
                out[(int(lv), int(idx))] = bytes(h)
        missing = sorted(wanted - out.keys())
        if missing:
            raise IntegrityError(f"ledger subtree hashes missing from the store: {missing[:5]}")
        return out


def _check_size(session: Session, size: int | None) -> int:
    n, _ = head(session)
    if size is None:
        return n
    if not 0 <= size <= n:
        raise InvalidInput(f"tree size {size} is outside the log (0..{n})")
    return size


def prove_inclusion(session: Session, seq: int, size: int | None = None) -> dict[str, Any]:
    """Inclusion proof of entry ``seq`` in the tree of ``size`` (default: now) as JSON."""
    n = _check_size(session, size)
    if not 0 <= seq < n:
        raise InputNotFound(f"no ledger entry {seq} in a tree of size {n}")
    row = next(iter_entries(session, start=seq, limit=1), None)
    if row is None or row.seq != seq:
        raise IntegrityError(f"ledger entry {seq} is missing from the store")
    proof, root = inclusion_proof_with_root(seq, n, DbSubtrees(session))
    return {
        "seq": seq,
        "tree_size": n,
        "root": root.hex(),
        "leaf_hash": bytes(row.leaf_hash).hex(),
        "entry": bytes(row.body).decode("utf-8"),
        "proof": [p.hex() for p in proof],
        "checkpoint": _checkpoint_at(session, n),
    }


def _checkpoint_at(session: Session, size: int) -> str | None:
    """A stored signed checkpoint of exactly ``size``, so a proof can be tied to a signature."""
    q = (
        select(LedgerCheckpointRow.note)
        .where(LedgerCheckpointRow.size == size)
        .order_by(LedgerCheckpointRow.id.desc())
        .limit(1)
    )
    note = session.execute(q).scalar_one_or_none()
    return str(note) if note is not None else None


def prove_consistency(session: Session, first: int, second: int | None = None) -> dict[str, Any]:
    n = _check_size(session, second)
    if not 0 <= first <= n:
        raise InvalidInput(f"first size {first} must be between 0 and {n}")
    proof, first_root, second_root = consistency_proof_with_roots(first, n, DbSubtrees(session))
    return {
        "first": first,
        "second": n,
        "first_root": first_root.hex(),
        "second_root": second_root.hex(),
        "proof": [p.hex() for p in proof],
    }


def iter_entries(
    session: Session, *, start: int = 0, limit: int | None = None, batch: int = 5000
) -> Iterator[Row[Any]]:
    """Entry rows (plain rows, not ORM objects) in seq order from ``start``, in batches."""
    table = LedgerEntryRow.__table__
    seq, left = start, limit
    while left is None or left > 0:
        take = batch if left is None else min(batch, left)
        rows = list(
            session.execute(
                select(table).where(table.c.seq >= seq).order_by(table.c.seq).limit(take)
            )
        )
        if not rows:
            return
        yield from rows
        seq = int(rows[-1].seq) + 1
        if left is not None:
            left -= len(rows)


def iter_events(
    session: Session, *, action: str | None = None, since: datetime | None = None
) -> Iterator[Entry]:
    """Parsed entries with this ``action`` recorded at or after ``since`` (index lookups).

    A convenience for reports; entries that fail to parse are skipped here and are
    reported by ``verify``.
    """
    table = LedgerEntryRow.__table__
    q = select(table.c.body).order_by(table.c.seq)
    if action is not None:
        q = q.where(table.c.action == action)
    if since is not None:
        q = q.where(table.c.ts >= since)
    for (body,) in session.execute(q):
        try:
            yield Entry.parse(bytes(body))
        except ValueError:
            continue


def get_entry(session: Session, seq: int) -> Entry:
    row = next(iter_entries(session, start=seq, limit=1), None)
    if row is None or row.seq != seq:
        raise InputNotFound(f"no ledger entry {seq}")
    try:
        return Entry.parse(bytes(row.body))
    except ValueError as exc:
        raise IntegrityError(f"ledger entry {seq} is not a valid entry: {exc}") from None


def load_records(session: Session) -> list[Record]:
    return [Record(int(r.seq), bytes(r.body), bytes(r.leaf_hash)) for r in iter_entries(session)]


def load_subtrees(session: Session) -> list[tuple[int, int, bytes]]:
    q = select(LedgerNodeRow.level, LedgerNodeRow.idx, LedgerNodeRow.hash)
    return [(int(lv), int(i), bytes(h)) for lv, i, h in session.execute(q)]


def load_checkpoints(session: Session) -> list[str]:
    q = select(LedgerCheckpointRow.note).order_by(LedgerCheckpointRow.id)
    return [str(n) for n in session.execute(q).scalars()]


def checkpoint(session: Session, signer: NoteSigner) -> Checkpoint:
    """Sign the current tree after re-hashing every entry; refuse if the head disagrees."""
    size, root, _ = _lock_head(session)
    hashes = (leaf_hash(r.body) for r in iter_entries(session, limit=size))
    recomputed = root_from_leaf_hashes(hashes)
    if recomputed != root:
        raise IntegrityError(
            "the entries do not hash to the ledger head's root: refusing to sign; "
            "run `assura ledger verify` to see what changed"
        )
    cp = sign_checkpoint(signer, signer.name, size, root)
    session.add(LedgerCheckpointRow(size=size, root=root, note=cp.note))
    return cp
