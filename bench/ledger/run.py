"""Ledger benchmark: assura's RFC 6962 log vs pymerkle (the anchor), side by side.

    .venv/bin/python bench/ledger/run.py            # full: 10^3, 10^5, 10^6
    .venv/bin/python bench/ledger/run.py --quick    # 10^3, 10^4 (a minute)

Measures (1) appends/s into the store on SQLite and PostgreSQL (one transaction per
event, and 1000 events per transaction) next to pymerkle's SqliteTree; (2) inclusion and
consistency proof size, generation and verification time at each size, in memory, next
to pymerkle's InmemoryTree, checking both give the same root; (3) proof generation from
the store's stored subtree hashes at ``--db-size`` entries; (4) full verification time
per million entries (pure in-memory recompute: parse + canonical check + hash + tree +
checkpoint signature). pymerkle is installed into bench/.venv-ledger/ on first run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
VENV = REPO / "bench" / ".venv-ledger"
PG_ADMIN = os.environ.get("ASSURA_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


def _anchor_python() -> Path | None:
    py = VENV / "bin" / "python"
    if not py.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    ok = subprocess.run([str(py), "-c", "import pymerkle"], capture_output=True).returncode == 0
    if not ok:
        r = subprocess.run(
            [str(py), "-m", "pip", "install", "-q", "pymerkle==7.0.0"],
            capture_output=True,
            text=True,
        )
        if r.returncode != 0:
            print(
                "could not install pymerkle; anchor columns left empty:",
                r.stderr[-300:],
                file=sys.stderr,
            )
            return None
    return py


def _leaf(i: int) -> bytes:
    return f"entry-{i}".encode()


def _best(fn: object, items: list[object], repeat: int = 5) -> float:
    """Seconds per item: the best of ``repeat`` passes (a shared machine only adds noise)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for it in items:
            fn(*it)  # type: ignore[operator]
        best = min(best, (time.perf_counter() - start) / len(items))
    return best


def bench_memory(sizes: list[int]) -> dict[int, dict[str, float]]:
    from assura.ledger import merkle

    rng = random.Random(7)
    out: dict[int, dict[str, float]] = {}
    for n in sizes:
        t = merkle.MemoryTree()
        start = time.perf_counter()
        for i in range(n):
            t.append(_leaf(i))
        build = time.perf_counter() - start
        root = t.root()
        idx = [rng.randrange(n) for _ in range(200)]
        gen = _best(merkle.inclusion_proof, [(i, n, t) for i in idx])
        proofs = [merkle.inclusion_proof(i, n, t) for i in idx]
        items = [(i, n, t.levels[0][i], p, root) for i, p in zip(idx, proofs, strict=True)]
        assert all(merkle.verify_inclusion(*it) for it in items)
        ver = _best(merkle.verify_inclusion, items)  # type: ignore[arg-type]
        firsts = [rng.randrange(1, n) for _ in range(100)]
        citems = [(m, n, t.root(m), root, merkle.consistency_proof(m, n, t)) for m in firsts]
        assert all(merkle.verify_consistency(*it) for it in citems)
        cver = _best(merkle.verify_consistency, citems)  # type: ignore[arg-type]
        cps = citems
        out[n] = {
            "root": root.hex(),  # type: ignore[dict-item]
            "append_per_s": n / build,
            "inclusion_len": max(len(p) for p in proofs),
            "inclusion_gen_s": gen,
            "inclusion_verify_s": ver,
            "consistency_len": max(len(it[4]) for it in cps),
            "consistency_verify_s": cver,
        }
    return out


def _pg_url() -> str | None:
    try:
        import psycopg

        name = f"assura_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=3) as c:
            c.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://{PG_ADMIN.split('://', 1)[1].rsplit('/', 1)[0]}/{name}"
    except Exception as exc:  # noqa: BLE001 - a benchmark reports and goes on
        print(f"PostgreSQL not reachable ({exc}); skipping", file=sys.stderr)
        return None


def _drop_pg(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(PG_ADMIN, autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def bench_store(url: str, single: int, batched: int, db_size: int) -> dict[str, float]:
    from assura.ledger import append_event, merkle, service
    from assura.store import open_store

    store = open_store(url)
    res: dict[str, float] = {}
    start = time.perf_counter()
    for i in range(single):
        with store.session() as s:
            append_event(s, actor="bench", action="bench.event", resource=f"r:{i}", data={"i": i})
    res["single_per_s"] = single / (time.perf_counter() - start)
    start = time.perf_counter()
    done = single
    while done < single + batched:
        with store.session() as s:
            for _ in range(min(1000, single + batched - done)):
                append_event(
                    s, actor="bench", action="bench.event", resource=f"r:{done}", data={"i": done}
                )
                done += 1
    res["batched_per_s"] = batched / (time.perf_counter() - start)
    while done < db_size:  # grow to db_size for the stored-proof measurement
        with store.session() as s:
            for _ in range(min(5000, db_size - done)):
                append_event(
                    s, actor="bench", action="bench.event", resource=f"r:{done}", data={"i": done}
                )
                done += 1
    rng = random.Random(3)
    with store.session() as s:
        n, root = service.head(s)
        idx = [rng.randrange(n) for _ in range(100)]
        start = time.perf_counter()
        proofs = [service.prove_inclusion(s, i) for i in idx]
        res["db_inclusion_gen_s"] = (time.perf_counter() - start) / len(idx)
        for p in proofs:
            assert merkle.verify_inclusion(
                p["seq"],
                n,
                bytes.fromhex(p["leaf_hash"]),
                [bytes.fromhex(h) for h in p["proof"]],
                root,
            )
        start = time.perf_counter()
        cps = [service.prove_consistency(s, rng.randrange(1, n)) for _ in range(50)]
        res["db_consistency_gen_s"] = (time.perf_counter() - start) / len(cps)
        res["db_size"] = n
        res["db_inclusion_len"] = max(len(p["proof"]) for p in proofs)
    store.dispose()
    return res


def bench_bulk_store(url: str, n: int) -> dict[str, float]:
    """Load ``n`` entries straight into the tables (as if appended), then time proofs and
    a full verification read back from the database."""
    from datetime import UTC, datetime

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from sqlalchemy import insert, update

    from assura.ledger import merkle, service
    from assura.ledger.audit import verify_store
    from assura.ledger.entry import Entry
    from assura.ledger.note import NoteSigner
    from assura.store import open_store
    from assura.store.tables.ledger import LedgerEntryRow, LedgerHeadRow, LedgerNodeRow

    store = open_store(url)
    tree = merkle.MemoryTree()
    ts = datetime(2026, 1, 1, tzinfo=UTC)
    start = time.perf_counter()
    batch: list[dict[str, object]] = []
    nodes: list[dict[str, object]] = []
    with store.session() as s:
        for i in range(n):
            body = Entry.new(
                i,
                actor="bench",
                action="bench.event",
                resource=f"r:{i}",
                data={"i": i},
                ts="2026-01-01T00:00:00.000000Z",
            ).canonical()
            h = merkle.leaf_hash(body)
            done = tree.append_hash(h)
            nodes.extend(
                {"level": lv, "idx": ix, "hash": tree.levels[lv][ix]} for lv, ix in done[1:]
            )
            batch.append(
                {
                    "seq": i,
                    "ts": ts,
                    "actor": "bench",
                    "action": "bench.event",
                    "resource": f"r:{i}",
                    "body": body,
                    "leaf_hash": h,
                }
            )
            if len(batch) >= 20_000:
                s.execute(insert(LedgerEntryRow), batch)
                s.execute(insert(LedgerNodeRow), nodes)
                batch, nodes = [], []
        if batch:
            s.execute(insert(LedgerEntryRow), batch)
        if nodes:
            s.execute(insert(LedgerNodeRow), nodes)
        # the frontier: the complete subtrees of n's binary decomposition
        frontier = [tree.levels[lv][ix].hex() for lv, ix in merkle.range_subtrees(0, n)]
        s.execute(
            update(LedgerHeadRow)
            .where(LedgerHeadRow.id == 1)
            .values(size=n, root=tree.root(), frontier=frontier)
        )
    load = time.perf_counter() - start
    rng = random.Random(5)
    res: dict[str, float] = {"entries": n, "load_s": load}
    with store.session() as s:
        start = time.perf_counter()
        proofs = [service.prove_inclusion(s, rng.randrange(n)) for _ in range(100)]
        res["inclusion_gen_s"] = (time.perf_counter() - start) / 100
        res["inclusion_len"] = max(len(p["proof"]) for p in proofs)
        root = tree.root()
        start = time.perf_counter()
        for p in proofs:
            assert merkle.verify_inclusion(
                p["seq"],
                n,
                bytes.fromhex(p["leaf_hash"]),
                [bytes.fromhex(h) for h in p["proof"]],
                root,
            )
        res["inclusion_verify_s"] = (time.perf_counter() - start) / 100
        start = time.perf_counter()
        cps = [service.prove_consistency(s, rng.randrange(1, n)) for _ in range(50)]
        res["consistency_gen_s"] = (time.perf_counter() - start) / 50
        res["consistency_len"] = max(len(c["proof"]) for c in cps)
    with store.session() as s:
        signer = NoteSigner("bench/log", Ed25519PrivateKey.generate())
        service.checkpoint(s, signer)
    with store.session() as s:
        start = time.perf_counter()
        rep = verify_store(s, signer.verifier)
        res["verify_s"] = time.perf_counter() - start
        assert rep.ok, rep.problems[:3]
    store.dispose()
    return res


def bench_full_verify(n: int) -> dict[str, float]:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from assura.ledger import merkle
    from assura.ledger.entry import Entry
    from assura.ledger.note import NoteSigner, sign_checkpoint
    from assura.ledger.verify import Record, verify_log

    rows = []
    for i in range(n):
        e = Entry.new(
            i,
            actor="bench",
            action="bench.event",
            resource=f"r:{i}",
            data={"i": i},
            ts="2026-01-01T00:00:00.000000Z",
        )
        rows.append(Record(i, e.canonical()))
    signer = NoteSigner("bench/log", Ed25519PrivateKey.generate())
    root = merkle.root_from_leaf_hashes(merkle.leaf_hash(r.body) for r in rows)
    cp = sign_checkpoint(signer, "bench/log", n, root).note
    start = time.perf_counter()
    rep = verify_log(rows, [cp], signer.verifier, origin="bench/log")
    took = time.perf_counter() - start
    assert rep.ok and rep.checkpoints_verified == 1
    return {"entries": n, "seconds": took, "seconds_per_million": took * 1_000_000 / n}


def _fmt(x: float | None, unit: str = "") -> str:
    if x is None:
        return "-"
    if unit == "us":
        return f"{x * 1e6:.1f} µs"
    if unit == "ms":
        return f"{x * 1e3:.2f} ms"
    return f"{x:,.0f}"


def _ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.2f}x" if a and b else "-"


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--db-size", type=int, default=None)
    ap.add_argument("--no-anchor", action="store_true")
    ap.add_argument("--memory-only", action="store_true", help="only the in-memory proof table")
    ap.add_argument(
        "--db-bulk",
        type=int,
        default=None,
        help="entries bulk-loaded into SQLite for stored-proof timing",
    )
    ap.add_argument("--json", type=Path, help="also write raw results here")
    args = ap.parse_args()
    sizes = [1_000, 10_000] if args.quick else [1_000, 100_000, 1_000_000]
    single, batched = (200, 2_000) if args.quick else (1_000, 20_000)
    db_size = args.db_size or (5_000 if args.quick else 100_000)
    verify_n = 20_000 if args.quick else 1_000_000

    results: dict[str, object] = {"sizes": sizes}
    ours = bench_memory(sizes)
    results["assura_memory"] = ours
    anchor: dict[str, dict[str, float]] = {}
    anchor_sqlite = None
    tmp = Path(tempfile.mkdtemp(prefix="ledger-bench-"))
    if not args.no_anchor:
        py = _anchor_python()
        if py is not None:
            r = subprocess.run(
                [
                    str(py),
                    str(HERE / "anchor_pymerkle.py"),
                    ",".join(map(str, sizes)),
                    str(single),
                    str(tmp),
                ],
                capture_output=True,
                text=True,
                timeout=3600,
            )
            if r.returncode == 0:
                data = json.loads(r.stdout)
                anchor = {int(k): v for k, v in data["sizes"].items()}  # type: ignore[misc]
                anchor_sqlite = data["sqlite_appends_per_s"]
            else:
                print("anchor failed:", r.stderr[-500:], file=sys.stderr)
    results["pymerkle"] = {"memory": anchor, "sqlite_appends_per_s": anchor_sqlite}

    stores = {} if args.memory_only else {"sqlite": f"sqlite:///{tmp / 'bench.db'}"}
    pg = None if args.memory_only else _pg_url()
    if pg:
        stores["postgresql"] = pg
    store_res = {}
    for name, url in stores.items():
        try:
            # growing to db_size one append at a time is only affordable on SQLite here
            store_res[name] = bench_store(url, single, batched, db_size if name == "sqlite" else 0)
        finally:
            if name == "postgresql":
                _drop_pg(url)
    results["store"] = store_res
    results["full_verify"] = None if args.memory_only else bench_full_verify(verify_n)
    bulk_n = args.db_bulk if args.db_bulk is not None else (20_000 if args.quick else 1_000_000)
    bulk_n = 0 if args.memory_only else bulk_n
    bulk = bench_bulk_store(f"sqlite:///{tmp / 'bulk.db'}", bulk_n) if bulk_n else None
    results["bulk_sqlite"] = bulk

    print("\n## Appends per second (store)\n")
    print(
        "| backend | assura, 1 event/txn | assura, 1000 events/txn | pymerkle SqliteTree (1/commit) | ratio (1/txn) |"
    )
    print("|---|---|---|---|---|")
    for name, r in store_res.items():
        anc = anchor_sqlite if name == "sqlite" else None
        print(
            f"| {name} | {_fmt(r['single_per_s'])} | {_fmt(r['batched_per_s'])} | {_fmt(anc)} | {_ratio(r['single_per_s'], anc)} |"
        )

    print("\n## Proofs in memory (assura MemoryTree vs pymerkle InmemoryTree)\n")
    print(
        "| entries | roots equal | incl. len (hashes) | incl. bytes | incl. gen | incl. verify (pymerkle) | cons. len | cons. verify (pymerkle) | build leaves/s (pymerkle) |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for n in sizes:
        o, a = ours[n], anchor.get(n, {})
        same = "yes" if a and a.get("root") == o["root"] else ("-" if not a else "NO")
        print(
            f"| {n:,} | {same} | {o['inclusion_len']:.0f} | {o['inclusion_len'] * 32:.0f} | {_fmt(o['inclusion_gen_s'], 'us')} | "
            f"{_fmt(o['inclusion_verify_s'], 'us')} ({_fmt(a.get('inclusion_verify_s'), 'us')}, "
            f"{_ratio(a.get('inclusion_verify_s'), o['inclusion_verify_s'])} faster) | {o['consistency_len']:.0f} | "
            f"{_fmt(o['consistency_verify_s'], 'us')} ({_fmt(a.get('consistency_verify_s'), 'us')}, "
            f"{_ratio(a.get('consistency_verify_s'), o['consistency_verify_s'])} faster) | "
            f"{_fmt(o['append_per_s'])} ({_fmt(a.get('append_per_s'))}) |"
        )

    print("\n## Proofs served from the store (stored subtree hashes)\n")
    print("| backend | entries | inclusion len | inclusion gen | consistency gen |")
    print("|---|---|---|---|---|")
    for name, r in store_res.items():
        print(
            f"| {name} | {r['db_size']:,.0f} | {r['db_inclusion_len']:.0f} | {_fmt(r['db_inclusion_gen_s'], 'ms')} | {_fmt(r['db_consistency_gen_s'], 'ms')} |"
        )

    fv = results["full_verify"]
    if isinstance(fv, dict):
        print(
            f"\n## Full verification (in-memory recompute)\n\n{fv['entries']:,} entries in "
            f"{fv['seconds']:.1f} s → {fv['seconds_per_million']:.1f} s per million entries\n"
        )
    if bulk:
        print("## Store at scale (SQLite, bulk-loaded, read back from the database)\n")
        print(
            f"{bulk['entries']:,.0f} entries (load {bulk['load_s']:.0f} s): inclusion proof {bulk['inclusion_len']:.0f} hashes, "
            f"generated in {_fmt(bulk['inclusion_gen_s'], 'ms')}, verified in {_fmt(bulk['inclusion_verify_s'], 'us')}; "
            f"consistency proof {bulk['consistency_len']:.0f} hashes in {_fmt(bulk['consistency_gen_s'], 'ms')}; "
            f"full `verify` from the database {bulk['verify_s']:.1f} s "
            f"({bulk['verify_s'] * 1_000_000 / bulk['entries']:.1f} s per million)\n"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
