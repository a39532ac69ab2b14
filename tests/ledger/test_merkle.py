"""The Merkle core against RFC 6962's recursive definitions, written here independently."""

from __future__ import annotations

import hashlib
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assura.ledger import merkle

MAX = 64


def _h(b: bytes) -> bytes:
    return hashlib.sha256(b).digest()


def _k(n: int) -> int:
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def mth(d: list[bytes]) -> bytes:
    """RFC 6962 §2.1: MTH(D[n])."""
    if not d:
        return _h(b"")
    if len(d) == 1:
        return _h(b"\x00" + d[0])
    k = _k(len(d))
    return _h(b"\x01" + mth(d[:k]) + mth(d[k:]))


def path(m: int, d: list[bytes]) -> list[bytes]:
    """RFC 6962 §2.1.1: PATH(m, D[n])."""
    if len(d) == 1:
        return []
    k = _k(len(d))
    if m < k:
        return path(m, d[:k]) + [mth(d[k:])]
    return path(m - k, d[k:]) + [mth(d[:k])]


def subproof(m: int, d: list[bytes], b: bool) -> list[bytes]:
    """RFC 6962 §2.1.2: SUBPROOF(m, D[n], b)."""
    n = len(d)
    if m == n:
        return [] if b else [mth(d)]
    k = _k(n)
    if m <= k:
        return subproof(m, d[:k], b) + [mth(d[k:])]
    return subproof(m - k, d[k:], False) + [mth(d[:k])]


def proof(m: int, d: list[bytes]) -> list[bytes]:
    return subproof(m, d, True)


DATA = [f"leaf-{i}".encode() for i in range(MAX)]


@pytest.fixture(scope="module")
def tree() -> merkle.MemoryTree:
    t = merkle.MemoryTree()
    for d in DATA:
        t.append(d)
    return t


@pytest.fixture(scope="module")
def roots() -> list[bytes]:
    return [mth(DATA[:n]) for n in range(MAX + 1)]


def test_roots_match_rfc(tree: merkle.MemoryTree, roots: list[bytes]) -> None:
    for n in range(MAX + 1):
        assert tree.root(n) == roots[n]
        assert merkle.root_from_leaf_hashes(merkle.leaf_hash(x) for x in DATA[:n]) == roots[n]
    assert roots[0] == merkle.EMPTY_ROOT


def test_inclusion_every_pair(tree: merkle.MemoryTree, roots: list[bytes]) -> None:
    for n in range(1, MAX + 1):
        for m in range(n):
            got = merkle.inclusion_proof(m, n, tree)
            assert got == path(m, DATA[:n]), (m, n)
            leaf = merkle.leaf_hash(DATA[m])
            assert merkle.verify_inclusion(m, n, leaf, got, roots[n])
            # the RFC's own proof verifies too (independent generation)
            assert merkle.verify_inclusion(m, n, leaf, path(m, DATA[:n]), roots[n])


def test_consistency_every_pair(tree: merkle.MemoryTree, roots: list[bytes]) -> None:
    for n in range(1, MAX + 1):
        for m in range(1, n + 1):
            got = merkle.consistency_proof(m, n, tree)
            assert got == proof(m, DATA[:n]), (m, n)
            assert merkle.verify_consistency(m, n, roots[m], roots[n], got), (m, n)


def test_inclusion_rejections(tree: merkle.MemoryTree, roots: list[bytes]) -> None:
    for n in range(1, MAX + 1):
        for m in range(n):
            p = merkle.inclusion_proof(m, n, tree)
            leaf = merkle.leaf_hash(DATA[m])
            root = roots[n]
            # tampered leaf
            assert not merkle.verify_inclusion(m, n, merkle.leaf_hash(b"x" + DATA[m]), p, root)
            # over-long and short proofs
            assert not merkle.verify_inclusion(m, n, leaf, [*p, root], root)
            if p:
                assert not merkle.verify_inclusion(m, n, leaf, p[:-1], root)
                bad = [bytes(32), *p[1:]]
                assert not merkle.verify_inclusion(m, n, leaf, bad, root)
            # wrong index / size
            assert not merkle.verify_inclusion(n, n, leaf, p, root)
            if n > 1:
                assert not merkle.verify_inclusion((m + 1) % n, n, leaf, p, root)
            for wrong in (n - 1, n + 1, 2 * n):
                # a size whose path has another length cannot be passed off
                if wrong > m and len(path(m, DATA[:wrong])) != len(p):
                    assert not merkle.verify_inclusion(m, wrong, leaf, p, root)
            # wrong root
            assert not merkle.verify_inclusion(m, n, leaf, p, roots[n - 1])


def test_consistency_rejections(tree: merkle.MemoryTree, roots: list[bytes]) -> None:
    for n in range(1, MAX + 1):
        for m in range(1, n):
            p = merkle.consistency_proof(m, n, tree)
            args = (roots[m], roots[n])
            assert not merkle.verify_consistency(m, n, *args, [*p, bytes(32)])
            assert not merkle.verify_consistency(m, n, *args, p[:-1])
            assert not merkle.verify_consistency(m, n, roots[m - 1], roots[n], p)
            assert not merkle.verify_consistency(m, n, roots[m], roots[n - 1], p)
            assert not merkle.verify_consistency(n, m, roots[n], roots[m], p)
            # sizes whose proof has another shape cannot be passed off
            if m + 1 < n and len(proof(m + 1, DATA[:n])) != len(p):
                assert not merkle.verify_consistency(m + 1, n, *args, p)
            if len(proof(m, DATA[: n + 1])) != len(p):
                assert not merkle.verify_consistency(m, n + 1, *args, p)
            for i in range(len(p)):
                bad = list(p)
                bad[i] = merkle.node_hash(bad[i], bad[i])
                assert not merkle.verify_consistency(m, n, *args, bad)
    # equal sizes need an empty proof and equal roots
    assert merkle.verify_consistency(5, 5, roots[5], roots[5], [])
    assert not merkle.verify_consistency(5, 5, roots[5], roots[5], [roots[5]])
    assert not merkle.verify_consistency(5, 5, roots[5], roots[4], [])
    assert merkle.verify_consistency(0, 7, merkle.EMPTY_ROOT, roots[7], [])
    assert not merkle.verify_consistency(0, 7, merkle.EMPTY_ROOT, roots[7], [roots[1]])


def test_generation_rejects_bad_sizes(tree: merkle.MemoryTree) -> None:
    with pytest.raises(ValueError):
        merkle.inclusion_proof(5, 5, tree)
    with pytest.raises(ValueError):
        merkle.inclusion_proof(-1, 5, tree)
    with pytest.raises(ValueError):
        merkle.consistency_proof(6, 5, tree)
    with pytest.raises(KeyError):
        merkle.inclusion_proof(3, MAX + 5, tree)
    with pytest.raises(ValueError):
        merkle.range_subtrees(1, 3)


def test_proofs_grow_logarithmically() -> None:
    t = merkle.MemoryTree()
    for i in range(5000):
        t.append(str(i).encode())
    for n in (10, 100, 1000, 5000):
        assert len(merkle.inclusion_proof(n // 3, n, t)) <= n.bit_length()
        assert len(merkle.consistency_proof(n // 3, n, t)) <= 2 * n.bit_length()


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.binary(max_size=8), min_size=1, max_size=40),
    st.integers(min_value=0, max_value=39),
    st.lists(st.binary(min_size=32, max_size=32), max_size=8),
)
def test_random_proofs_never_verify_falsely(leaves: list[bytes], m: int, junk: list[bytes]) -> None:
    n = len(leaves)
    m %= n
    root = mth(leaves)
    honest = path(m, leaves)
    leaf = merkle.leaf_hash(leaves[m])
    if junk != honest:
        assert not merkle.verify_inclusion(m, n, leaf, junk, root)
    if m >= 1 and junk != proof(m, leaves):
        assert not merkle.verify_consistency(m, n, mth(leaves[:m]), root, junk)


def test_pairs_cover_all(roots: list[bytes]) -> None:
    assert len(list(itertools.combinations(range(1, MAX + 1), 2))) == MAX * (MAX - 1) // 2


def test_batched_variants_match(tree: merkle.MemoryTree, roots: list[bytes]) -> None:
    for n in range(1, 40):
        for m in range(n):
            p, r = merkle.inclusion_proof_with_root(m, n, tree)
            assert (p, r) == (path(m, DATA[:n]), roots[n])
        for m in range(n + 1):
            c, r1, r2 = merkle.consistency_proof_with_roots(m, n, tree)
            assert (c, r1, r2) == (merkle.consistency_proof(m, n, tree), roots[m], roots[n])
    assert merkle.consistency_proof_with_roots(0, 0, tree) == ([], roots[0], roots[0])
