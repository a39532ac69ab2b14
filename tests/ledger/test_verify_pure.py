"""The pure verifier, signed notes, entries and bundles (no database)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from assura.errors import InvalidInput, ParseError
from assura.ledger import merkle
from assura.ledger.audit import verify_bundle
from assura.ledger.bundle import Bundle, build_bundle, read_bundle, write_bundle
from assura.ledger.entry import Entry
from assura.ledger.note import NoteSigner, NoteVerifier, parse_checkpoint, sign_checkpoint
from assura.ledger.verify import Record, verify_log

NAME = "example.com/log"


@pytest.fixture(scope="module")
def signer() -> NoteSigner:
    return NoteSigner(NAME, Ed25519PrivateKey.generate())


def _log(n: int) -> list[Record]:
    out = []
    for i in range(n):
        e = Entry.new(i, actor="a", action="x", resource=f"r{i}", ts="2026-01-01T00:00:00Z")
        out.append(Record(i, e.canonical(), e.leaf_hash))
    return out


def _cps(signer: NoteSigner, rows: list[Record], sizes: list[int]) -> list[str]:
    mt = merkle.MemoryTree()
    for r in rows:
        mt.append(r.body)
    return [sign_checkpoint(signer, NAME, s, mt.root(s)).note for s in sizes]


def test_note_format_and_vkey_round_trip(signer: NoteSigner) -> None:
    cp = sign_checkpoint(signer, NAME, 3, bytes(range(32)))
    lines = cp.note.split("\n")
    assert lines[:4] == [NAME, "3", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", ""]
    assert lines[4].startswith(f"\u2014 {NAME} ") and lines[5] == ""
    v = NoteVerifier.from_vkey(signer.verifier.vkey)
    assert parse_checkpoint(cp.note, v).size == 3
    with pytest.raises(ValueError):
        parse_checkpoint(cp.note.replace("\n3\n", "\n4\n"), v)
    with pytest.raises(ValueError):
        parse_checkpoint(cp.note, v, origin="other")
    with pytest.raises(InvalidInput):
        NoteVerifier.from_vkey(signer.verifier.vkey.replace("+", "+0", 1))


def test_witness_cosignature_keeps_note_valid(signer: NoteSigner) -> None:
    """A witness appends its own signature line; our verifier still finds ours."""
    cp = sign_checkpoint(signer, NAME, 3, bytes(32))
    witness = NoteSigner("witness.example", Ed25519PrivateKey.generate())
    text = cp.note.split("\n\n")[0] + "\n"
    cosig = witness.sign(text).split("\n\n")[1]
    both = cp.note + cosig
    assert parse_checkpoint(both, signer.verifier).size == 3
    assert witness.verifier.verify(both) == text


def test_clean_log_verifies(signer: NoteSigner) -> None:
    rows = _log(20)
    rep = verify_log(rows, _cps(signer, rows, [5, 16, 20]), signer.verifier, origin=NAME)
    assert rep.ok and rep.checkpoints_verified == 3 and rep.size == 20


@pytest.mark.parametrize(
    ("mutate", "kind", "seq"),
    [
        (
            lambda r: r.__setitem__(
                3, Record(3, r[3].body.replace(b'"r3"', b'"rX"'), r[3].stored_leaf_hash)
            ),
            "edited",
            3,
        ),
        (lambda r: r.pop(6), "deleted", 6),
        (lambda r: r.insert(4, Record(4, r[4].body, None)), "inserted", 4),
        (
            lambda r: r.__setitem__(slice(2, 4), [Record(2, r[3].body), Record(3, r[2].body)]),
            "reordered",
            2,
        ),
        (lambda r: r.__delitem__(slice(18, None)), "truncated", 18),
    ],
)
def test_every_tampering_is_named(signer: NoteSigner, mutate, kind: str, seq: int) -> None:
    rows = _log(20)
    cps = _cps(signer, rows, [10, 20])
    mutate(rows)
    rep = verify_log(rows, cps, signer.verifier, origin=NAME)
    assert (kind, seq) in {(p.kind, p.seq) for p in rep.problems}, rep.problems


def test_tail_append_after_last_checkpoint_is_reported_as_uncovered(signer: NoteSigner) -> None:
    rows = _log(20)
    cps = _cps(signer, rows, [20])
    rows.append(_log(21)[20])
    rep = verify_log(rows, cps, signer.verifier, origin=NAME)
    assert rep.notes == ("seq 20 not yet covered by a signed checkpoint",)
    rep = verify_log(rows, cps, signer.verifier, origin=NAME, head_size=20)
    assert ("inserted", 20) in {(p.kind, p.seq) for p in rep.problems}


def test_full_rewrite_with_renumbering_is_bounded_by_checkpoints(signer: NoteSigner) -> None:
    rows = _log(20)
    cps = _cps(signer, rows, [8, 20])
    # drop seq 12 and renumber everything after it consistently (no structural trace)
    bodies = [Entry.parse(r.body) for r in rows]
    del bodies[12]
    forged = [
        Record(i, Entry(i, e.ts, e.actor, e.action, e.resource).canonical())
        for i, e in enumerate(bodies)
    ]
    rep = verify_log(forged, cps, signer.verifier, origin=NAME)
    msgs = [str(p) for p in rep.problems]
    assert any("truncated" in m for m in msgs)  # 19 entries but signed at 20


def test_forged_and_forked_checkpoints(signer: NoteSigner) -> None:
    rows = _log(10)
    mallory = NoteSigner(NAME, Ed25519PrivateKey.generate())
    forged = _cps(mallory, rows, [10])
    fork = sign_checkpoint(signer, NAME, 10, bytes(32)).note
    rep = verify_log(rows, _cps(signer, rows, [10]) + forged + [fork], signer.verifier, origin=NAME)
    kinds = [p.kind for p in rep.problems]
    assert "forged-checkpoint" in kinds and "fork" in kinds


def test_resigned_bundle_fails_against_pinned_key(signer: NoteSigner) -> None:
    rows = _log(6)
    mallory = NoteSigner(NAME, Ed25519PrivateKey.generate())
    fake_rows = (
        rows[:3]
        + [Record(3, Entry.new(3, actor="m", action="x", resource="y").canonical())]
        + rows[4:]
    )
    b = Bundle(NAME, mallory.verifier.vkey, tuple(fake_rows), tuple(_cps(mallory, fake_rows, [6])))
    assert not verify_bundle(b, pinned=signer.verifier).report.ok
    unpinned = verify_bundle(b)
    assert unpinned.report.ok and not unpinned.key_pinned  # the CLI warns loudly here


def test_bundle_io(tmp_path: Path, signer: NoteSigner) -> None:
    rows = _log(4)
    p = tmp_path / "b.json"
    write_bundle(p, build_bundle(NAME, signer.verifier.vkey, rows, _cps(signer, rows, [4])))
    b = read_bundle(p)
    assert b.records == tuple(rows) and verify_bundle(b, pinned=signer.verifier).report.ok


@settings(max_examples=80, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=10),
        lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=6), c, max_size=4),
        max_leaves=12,
    )
)
def test_bundle_reader_never_crashes(tmp_path_factory: pytest.TempPathFactory, obj: object) -> None:
    p = tmp_path_factory.mktemp("b") / "x.json"
    p.write_text(
        json.dumps(
            {
                "format": "assura-ledger-bundle/1",
                "origin": "o",
                "public_key": "k",
                "entries": obj,
                "checkpoints": [],
            }
        )
    )
    try:
        read_bundle(p)
    except ParseError:
        pass


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=200))
def test_entry_parse_rejects_junk(body: bytes) -> None:
    try:
        e = Entry.parse(body)
    except ValueError:
        return
    assert e.canonical() == body


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=300))
def test_checkpoint_parser_rejects_junk(signer: NoteSigner, text: str) -> None:
    with pytest.raises(ValueError):
        parse_checkpoint(text, signer.verifier)
