"""Full verification of a log: recompute everything, trust nothing the log says.

Input is what a store or a bundle holds: rows (their seq, the entry bytes, the stored
leaf hash), the stored complete-subtree hashes, the head's size, and signed
checkpoints. The verifier re-hashes every entry, rebuilds the tree, checks every
checkpoint's signature with a key the caller trusts and that its root is the root of
the first ``size`` entries, and checks stored hashes against the recomputation. Every
problem is named: which seq (or seq range) and what kind.

Kinds: ``edited``, ``deleted``, ``inserted``, ``reordered``, ``truncated``,
``forged-checkpoint``, ``checkpoint-mismatch``, ``fork``, ``stored-hash``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from assura.ledger.entry import Entry
from assura.ledger.merkle import MemoryTree, consistency_proof, leaf_hash, verify_consistency
from assura.ledger.note import Checkpoint, NoteVerifier, parse_checkpoint

__all__ = ["Problem", "Record", "VerifyReport", "verify_log"]

_MAX_SAME_KIND = 50


@dataclass(frozen=True)
class Record:
    """One stored row: its seq column, the entry bytes, the leaf hash stored beside them."""

    seq: int
    body: bytes
    stored_leaf_hash: bytes | None = None


@dataclass(frozen=True)
class Problem:
    kind: str
    seq: int | None
    message: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.message}"


@dataclass(frozen=True)
class VerifyReport:
    size: int
    root: bytes
    checkpoints_verified: int
    latest_checkpoint: Checkpoint | None
    problems: tuple[Problem, ...]
    notes: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def _ranges(seqs: Iterable[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s in sorted(seqs):
        if out and out[-1][1] + 1 == s:
            out[-1] = (out[-1][0], s)
        else:
            out.append((s, s))
    return out


def _span(a: int, b: int) -> str:
    return f"seq {a}" if a == b else f"seqs {a}..{b}"


class _Problems:
    def __init__(self) -> None:
        self.items: list[Problem] = []
        self.count: Counter[str] = Counter()

    def add(self, kind: str, seq: int | None, message: str) -> None:
        self.count[kind] += 1
        if self.count[kind] <= _MAX_SAME_KIND:
            self.items.append(Problem(kind, seq, message))

    def done(self) -> tuple[Problem, ...]:
        extra = [
            Problem(k, None, f"... and {c - _MAX_SAME_KIND} more of this kind")
            for k, c in self.count.items()
            if c > _MAX_SAME_KIND
        ]
        return tuple(self.items + extra)


def _check_rows(rows: Sequence[Record], out: _Problems) -> None:
    counts = Counter(r.seq for r in rows)
    for seq, c in sorted(counts.items()):
        if c > 1:
            out.add("inserted", seq, f"seq {seq} appears {c} times")
    if rows:
        top = max(counts)
        missing = set(range(top + 1)) - set(counts)
        for a, b in _ranges(missing):
            out.add("deleted", a, f"{_span(a, b)} missing from the log")
    for r in rows:
        try:
            entry = Entry.parse(r.body)
        except ValueError as exc:
            out.add("edited", r.seq, f"seq {r.seq}: entry bytes are not a valid entry ({exc})")
            continue
        if entry.seq != r.seq:
            if entry.seq in counts:
                out.add(
                    "reordered",
                    r.seq,
                    f"seq {r.seq}: row holds the entry written as seq {entry.seq}",
                )
            else:
                out.add(
                    "edited",
                    r.seq,
                    f"seq {r.seq}: entry claims seq {entry.seq}, which is not in the log",
                )
        if r.stored_leaf_hash is not None and r.stored_leaf_hash != leaf_hash(r.body):
            out.add("edited", r.seq, f"seq {r.seq}: content does not match its stored leaf hash")


def _check_subtrees(
    tree: MemoryTree, stored: Iterable[tuple[int, int, bytes]], out: _Problems
) -> None:
    n = len(tree)
    for level, index, h in stored:
        a, b = index << level, ((index + 1) << level) - 1
        if b >= n:
            out.add(
                "truncated",
                a,
                f"stored hashes cover {_span(a, b)} but the log has only {n} entries",
            )
        elif tree.levels[level][index] != h:
            out.add(
                "stored-hash",
                a,
                f"stored hash of the subtree over {_span(a, b)} differs from the entries",
            )


def verify_log(
    rows: Sequence[Record],
    checkpoints: Sequence[str],
    verifier: NoteVerifier,
    *,
    origin: str | None = None,
    external: Sequence[tuple[str, str]] = (),
    stored_subtrees: Iterable[tuple[int, int, bytes]] = (),
    head_size: int | None = None,
) -> VerifyReport:
    """Verify ``rows`` (any order), ``checkpoints`` (signed notes) and ``external`` ones.

    ``external`` holds ``(label, note)`` pairs, e.g. a checkpoint an auditor kept.
    ``verifier`` is the trusted key; ``origin`` the log's name if known.
    """
    out = _Problems()
    notes: list[str] = []
    rows = sorted(rows, key=lambda r: r.seq)
    _check_rows(rows, out)

    tree = MemoryTree()
    for r in rows:
        tree.append(r.body)
    n = len(tree)
    _check_subtrees(tree, stored_subtrees, out)
    if head_size is not None and head_size != n:
        if head_size > n:
            out.add("truncated", n, f"the log head records {head_size} entries, {n} are present")
        else:
            out.add(
                "inserted", head_size, f"the log head records {head_size} entries, {n} are present"
            )

    labelled = [(f"stored checkpoint #{i + 1}", note) for i, note in enumerate(checkpoints)]
    labelled += list(external)
    good: list[tuple[str, Checkpoint]] = []
    for label, note in labelled:
        try:
            good.append((label, parse_checkpoint(note, verifier, origin)))
        except ValueError as exc:
            out.add("forged-checkpoint", None, f"{label}: {exc}")

    by_size: dict[int, tuple[str, Checkpoint]] = {}
    matched: list[Checkpoint] = []
    for label, cp in sorted(good, key=lambda g: g[1].size):
        seen = by_size.get(cp.size)
        if seen is not None and seen[1].root != cp.root:
            out.add(
                "fork",
                None,
                f"{label} and {seen[0]} are both signed for size {cp.size} with different roots",
            )
        by_size.setdefault(cp.size, (label, cp))
        if cp.size > n:
            out.add(
                "truncated",
                n,
                f"{label} was signed at size {cp.size} but the log has {n} entries: "
                f"{_span(n, cp.size - 1)} are gone",
            )
            continue
        if tree.root(cp.size) != cp.root:
            low = max((m.size for m in matched), default=0)
            out.add(
                "checkpoint-mismatch",
                low,
                f"{label} (size {cp.size}) does not match the entries: "
                f"{_span(low, cp.size - 1)} changed after it was signed",
            )
            continue
        if matched:
            prev = matched[-1]
            proof = consistency_proof(prev.size, cp.size, tree)
            if not verify_consistency(prev.size, cp.size, prev.root, cp.root, proof):
                out.add("fork", None, f"{label} is not consistent with size {prev.size}")
        matched.append(cp)

    latest = max((cp for _, cp in good), key=lambda c: c.size, default=None)
    if not good:
        notes.append("no signed checkpoint: entries are only self-consistent")
    elif latest is not None and latest.size < n:
        notes.append(f"{_span(latest.size, n - 1)} not yet covered by a signed checkpoint")
    return VerifyReport(
        size=n,
        root=tree.root(),
        checkpoints_verified=len(matched),
        latest_checkpoint=latest,
        problems=out.done(),
        notes=tuple(notes),
    )
