"""RFC 6962 / RFC 9162 Merkle tree: hashes, proofs and their verification.

Pure code: no database, no I/O. Trees of any size ``n`` follow RFC 6962 §2.1: the
root of ``D[0:n]`` splits at ``k``, the largest power of two smaller than ``n``.

Every node of such a tree covers a range ``[a, b)`` whose left edge is a multiple of
the smallest power of two >= ``b - a``; a node of power-of-two size is therefore a
*complete aligned subtree* named by ``(level, index)`` = ``(log2(size), a >> level)``.
Any other node is the right-folded hash of the complete subtrees of its binary
decomposition. Proof generation therefore only ever needs complete-subtree hashes,
which a :class:`SubtreeSource` serves in one batch (the store keeps them as entries are
appended, see :class:`MemoryTree` for the in-memory twin). A proof for a tree of size
``n`` needs O(log n) such reads.

Verification follows the algorithms of RFC 9162 §2.1.3.2 (inclusion) and §2.1.4.2
(consistency) step by step, and rejects wrong sizes, short and over-long proofs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

__all__ = [
    "EMPTY_ROOT",
    "MemoryTree",
    "SubtreeSource",
    "consistency_proof",
    "consistency_proof_with_roots",
    "inclusion_proof",
    "inclusion_proof_with_root",
    "leaf_hash",
    "node_hash",
    "range_subtrees",
    "root_from_leaf_hashes",
    "tree_root",
    "verify_consistency",
    "verify_inclusion",
]

Key = tuple[int, int]
"""A complete aligned subtree: ``(level, index)`` covers leaves ``[index<<level, (index+1)<<level)``."""

EMPTY_ROOT = hashlib.sha256(b"").digest()
"""MTH({}) = SHA-256 of the empty string (RFC 6962 §2.1)."""


def leaf_hash(data: bytes) -> bytes:
    """MTH({d}) = SHA-256(0x00 || d)."""
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """SHA-256(0x01 || left || right)."""
    return hashlib.sha256(b"\x01" + left + right).digest()


def _split(n: int) -> int:
    """The largest power of two strictly smaller than ``n`` (``n >= 2``)."""
    return 1 << ((n - 1).bit_length() - 1)


def range_subtrees(start: int, end: int) -> list[Key]:
    """The complete subtrees whose right fold is the hash of tree node ``[start, end)``.

    ``[start, end)`` must be a node of an RFC 6962 tree (every range a proof asks for
    is); the keys come left to right, largest first.
    """
    keys: list[Key] = []
    size = end - start
    pos = start
    for level in range(size.bit_length() - 1, -1, -1):
        if size >> level & 1:
            if pos % (1 << level):
                raise ValueError(f"[{start}, {end}) is not a node of a Merkle tree")
            keys.append((level, pos >> level))
            pos += 1 << level
    return keys


def _fold(hashes: Sequence[bytes]) -> bytes:
    acc = hashes[-1]
    for h in reversed(hashes[:-1]):
        acc = node_hash(h, acc)
    return acc


class SubtreeSource(Protocol):
    """Serves hashes of complete aligned subtrees of a log, in one batch."""

    def subtrees(self, keys: Iterable[Key]) -> Mapping[Key, bytes]:
        """Return the hash of every requested ``(level, index)``; raise if one is unknown."""
        ...


def _resolve(ranges: Sequence[tuple[int, int]], source: SubtreeSource) -> list[bytes]:
    per_range = [range_subtrees(a, b) for a, b in ranges]
    wanted = {k for keys in per_range for k in keys}
    got = source.subtrees(wanted) if wanted else {}
    return [_fold([got[k] for k in keys]) for keys in per_range]


def tree_root(size: int, source: SubtreeSource) -> bytes:
    """MTH(D[0:size]) from complete-subtree hashes (O(log size) reads)."""
    if size == 0:
        return EMPTY_ROOT
    return _resolve([(0, size)], source)[0]


def _path_ranges(m: int, n: int) -> list[tuple[int, int]]:
    """Ranges of PATH(m, D[0:n]) (RFC 6962 §2.1.1), leaf to root."""
    out: list[tuple[int, int]] = []
    lo, hi = 0, n
    while hi - lo > 1:
        k = _split(hi - lo)
        if m - lo < k:
            out.append((lo + k, hi))
            hi = lo + k
        else:
            out.append((lo, lo + k))
            lo = lo + k
    out.reverse()
    return out


def _subproof_ranges(m: int, n: int) -> list[tuple[int, int]]:
    """Ranges of PROOF(m, D[0:n]) = SUBPROOF(m, D[0:n], true) (RFC 6962 §2.1.2)."""
    out: list[tuple[int, int]] = []
    lo, hi, complete = 0, n, True
    while True:
        if m == hi - lo:
            if not complete:
                out.append((lo, hi))
            break
        k = _split(hi - lo)
        if m <= k:
            out.append((lo + k, hi))
            hi = lo + k
        else:
            out.append((lo, lo + k))
            m -= k
            lo += k
            complete = False
    out.reverse()
    return out


def inclusion_proof(index: int, size: int, source: SubtreeSource) -> list[bytes]:
    """The audit path for leaf ``index`` in the tree of ``size`` leaves."""
    if not 0 <= index < size:
        raise ValueError(f"leaf index {index} is outside a tree of size {size}")
    return _resolve(_path_ranges(index, size), source)


def consistency_proof(first: int, second: int, source: SubtreeSource) -> list[bytes]:
    """The proof that the tree of size ``first`` is a prefix of the one of size ``second``."""
    if not 0 <= first <= second:
        raise ValueError(f"no consistency proof from size {first} to size {second}")
    if first == 0 or first == second:
        return []
    return _resolve(_subproof_ranges(first, second), source)


def inclusion_proof_with_root(
    index: int, size: int, source: SubtreeSource
) -> tuple[list[bytes], bytes]:
    """The audit path and MTH(D[0:size]) in one batch of subtree reads."""
    if not 0 <= index < size:
        raise ValueError(f"leaf index {index} is outside a tree of size {size}")
    got = _resolve([*_path_ranges(index, size), (0, size)], source)
    return got[:-1], got[-1]


def consistency_proof_with_roots(
    first: int, second: int, source: SubtreeSource
) -> tuple[list[bytes], bytes, bytes]:
    """The consistency proof and both roots in one batch of subtree reads."""
    if not 0 <= first <= second:
        raise ValueError(f"no consistency proof from size {first} to size {second}")
    ranges = [] if first == 0 or first == second else _subproof_ranges(first, second)
    extra = [(0, first)] if first else []
    got = _resolve([*ranges, *extra, (0, second)], source) if second else [EMPTY_ROOT]
    first_root = got[len(ranges)] if first else EMPTY_ROOT
    return got[: len(ranges)], first_root, got[-1]


def verify_inclusion(
    index: int, size: int, leaf: bytes, proof: Sequence[bytes], root: bytes
) -> bool:
    """RFC 9162 §2.1.3.2: does ``proof`` show ``leaf`` at ``index`` under ``root``?"""
    if not 0 <= index < size or any(len(p) != 32 for p in proof):
        return False
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            return False  # proof longer than the path
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def verify_consistency(
    first: int, second: int, first_root: bytes, second_root: bytes, proof: Sequence[bytes]
) -> bool:
    """RFC 9162 §2.1.4.2: does ``proof`` show tree ``first`` is a prefix of tree ``second``?"""
    if not 0 <= first <= second or any(len(p) != 32 for p in proof):
        return False
    if first == second:
        return not proof and first_root == second_root
    if first == 0:
        return not proof and first_root == EMPTY_ROOT
    path = list(proof)
    if first & (first - 1) == 0:  # exact power of two: the old root is the first node
        path.insert(0, first_root)
    if not path:
        return False
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False  # proof longer than needed
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == first_root and sr == second_root and sn == 0


class MemoryTree:
    """An append-only in-memory log keeping every complete-subtree hash per level.

    Appending is amortised O(1) hashes; proofs read O(log n) stored hashes. About
    2 × 32 bytes per leaf. Used by the verifier, the bundle checker and the benchmark.
    """

    def __init__(self) -> None:
        self.levels: list[list[bytes]] = [[]]

    def __len__(self) -> int:
        return len(self.levels[0])

    def append_hash(self, h: bytes) -> list[Key]:
        """Add a leaf hash; return the keys of the subtrees it completed (leaf first)."""
        done: list[Key] = []
        level = 0
        while True:
            row = self.levels[level]
            row.append(h)
            done.append((level, len(row) - 1))
            if len(row) % 2:
                return done
            h = node_hash(row[-2], row[-1])
            level += 1
            if level == len(self.levels):
                self.levels.append([])

    def append(self, data: bytes) -> bytes:
        h = leaf_hash(data)
        self.append_hash(h)
        return h

    def subtrees(self, keys: Iterable[Key]) -> dict[Key, bytes]:
        out: dict[Key, bytes] = {}
        for level, index in keys:
            try:
                out[(level, index)] = self.levels[level][index]
            except IndexError:
                raise KeyError(f"no complete subtree ({level}, {index})") from None
        return out

    def root(self, size: int | None = None) -> bytes:
        return tree_root(len(self) if size is None else size, self)


def root_from_leaf_hashes(hashes: Iterable[bytes]) -> bytes:
    """MTH of a whole list of leaf hashes, in O(n) time and O(log n) memory."""
    stack: list[tuple[int, bytes]] = []  # (level, hash), strictly decreasing levels
    for h in hashes:
        level = 0
        while stack and stack[-1][0] == level:
            h = node_hash(stack.pop()[1], h)
            level += 1
        stack.append((level, h))
    if not stack:
        return EMPTY_ROOT
    return _fold([h for _, h in stack])
