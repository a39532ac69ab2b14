"""The anchor side of the ledger benchmark: pymerkle (RFC 9162 Merkle trees), run in its own venv.

Prints one JSON object on stdout. Invoked by run.py as
``bench/.venv-ledger/bin/python bench/ledger/anchor_pymerkle.py SIZES APPENDS DBDIR``.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from pymerkle import InmemoryTree, SqliteTree, verify_consistency, verify_inclusion


def _leaf(i: int) -> bytes:
    return f"entry-{i}".encode()


def _best(fn, items, repeat=5):  # type: ignore[no-untyped-def]
    """Seconds per item: the best of ``repeat`` passes (as run.py measures assura)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for it in items:
            fn(*it)
        best = min(best, (time.perf_counter() - start) / len(items))
    return best


def main() -> None:
    sizes = [int(x) for x in sys.argv[1].split(",")]
    appends = int(sys.argv[2])
    dbdir = Path(sys.argv[3])
    out: dict[str, object] = {"sizes": {}}
    rng = random.Random(7)

    db = dbdir / "pymerkle.db"
    db.unlink(missing_ok=True)
    with SqliteTree(str(db), algorithm="sha256") as t:
        start = time.perf_counter()
        for i in range(appends):
            t.append_entry(_leaf(i))  # pymerkle commits each append
        out["sqlite_appends_per_s"] = appends / (time.perf_counter() - start)

    for n in sizes:
        t = InmemoryTree(algorithm="sha256")
        start = time.perf_counter()
        for i in range(n):
            t.append_entry(_leaf(i))
        build = time.perf_counter() - start
        root = t.get_root(n)
        idx = [rng.randrange(1, n + 1) for _ in range(100)]
        gen = _best(t.prove_inclusion, [(i, n) for i in idx])
        proofs = [t.prove_inclusion(i, n) for i in idx]
        items = [(t.get_leaf(i), root, p) for i, p in zip(idx, proofs, strict=True)]
        ver = _best(verify_inclusion, items)
        firsts = [rng.randrange(1, n) for _ in range(50)] if n > 1 else []
        cproofs = [(m, t.prove_consistency(m, n)) for m in firsts]
        citems = [(t.get_root(m), root, p) for m, p in cproofs]
        cver = _best(verify_consistency, citems) if citems else 0.0
        out["sizes"][str(n)] = {  # type: ignore[index]
            "root": root.hex(),
            "append_per_s": n / build,
            "inclusion_len": max(len(p.path) for p in proofs),
            "inclusion_gen_s": gen,
            "inclusion_verify_s": ver,
            "consistency_len": max((len(p.path) for _, p in cproofs), default=0),
            "consistency_verify_s": cver,
        }
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
