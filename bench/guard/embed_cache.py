"""Sentence embeddings of every benchmark and training text, cached for ``train_embed.py``.

Run with a Python that has assura's dependencies and the embedding extra (bench/.venv-guard
after ``run.py`` has bootstrapped it). Each text is normalised as the scanner does, cut into
the encoder's token windows, and each window embedded; the cache maps the SHA-1 of the
normalised text to its windows' embeddings, so a re-run embeds only new texts.

    bench/.venv-guard/bin/python bench/guard/embed_cache.py --jobs 2
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

import sets  # noqa: E402

from assura.guard import embedding  # noqa: E402
from assura.guard.normalize import normalize  # noqa: E402

CACHE = ROOT / "bench" / ".work" / f"embed_cache_w{embedding.WINDOW}s{embedding.STRIDE}.npz"
#: The written training modules, as in train.py's two shipped models together (but
#: train_docs_d, documents, which the tier does not read; added to the multilingual model later).
TRAIN_MODULES = ("assura_data", "train_en", "train_en_b", "train_en_c", "train_en_d",
                 "train_ml_a", "train_ml_b", "train_ml_c", "train_ml_d", "train_ml_e",
                 "train_ml_f", "train_docs", "train_docs_b", "train_docs_c")  # fmt: skip


def key(normalised: str) -> str:
    return hashlib.sha1(normalised.encode("utf-8", "surrogatepass")).hexdigest()


def train_rows(data: Path) -> list[sets.Row]:
    corpora = sets.load(data / "slabs-prompt-injection" / "slabs.jsonl")
    corpora += sets.load(data / "neuralchemy-prompt-injection" / "neuralchemy_core.jsonl")
    rows = [r for r in corpora if r["split"] == "train"]
    for name in TRAIN_MODULES:
        rows += importlib.import_module(name).rows()
    return rows


def all_rows(data: Path) -> list[sets.Row]:
    return train_rows(data) + [r for rows in sets.datasets(data).values() for r in rows]


def read() -> dict[str, np.ndarray]:
    if not CACHE.exists():
        return {}
    z = np.load(CACHE)
    keys, starts, emb = z["keys"], z["starts"], z["emb"]
    return {str(k): emb[starts[i] : starts[i + 1]] for i, k in enumerate(keys)}


def write(cache: dict[str, np.ndarray]) -> None:
    keys = sorted(cache)
    starts = np.cumsum([0] + [len(cache[k]) for k in keys])
    emb = np.concatenate([cache[k] for k in keys]) if keys else np.zeros((0, 384), np.float32)
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    tmp = CACHE.with_suffix(".tmp.npz")
    np.savez(tmp, keys=np.array(keys), starts=starts, emb=emb)
    tmp.replace(CACHE)


def _embed_chunk(texts: list[str]) -> list[np.ndarray]:
    enc = embedding.load()
    windows: list[list[int]] = []
    owner: list[int] = []
    for i, t in enumerate(texts):
        for w in embedding.token_windows(enc.token_ids(t)):
            windows.append(w)
            owner.append(i)
    order = sorted(range(len(windows)), key=lambda j: len(windows[j]))
    out = np.zeros((len(windows), embedding.WIDTH), dtype=np.float32)
    for b in range(0, len(order), 32):  # batches of similar length: little padding
        idx = order[b : b + 32]
        out[idx] = enc.embed_ids([windows[j] for j in idx])
    per: list[list[np.ndarray]] = [[] for _ in texts]
    for j, i in enumerate(owner):
        per[i].append(out[j])
    return [np.stack(p) for p in per]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "guard"))
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    cache = read()
    texts = sorted({normalize(r["text"]).text for r in all_rows(Path(args.data))})
    todo = [t for t in texts if key(t) not in cache]
    print(f"{len(texts)} distinct texts, {len(todo)} to embed", flush=True)
    t0 = time.time()
    chunks = [todo[i : i + 500] for i in range(0, len(todo), 500)]
    if args.jobs > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(args.jobs) as pool:
            results = pool.map(_embed_chunk, chunks)
            for n, (chunk, embs) in enumerate(zip(chunks, results, strict=True)):
                cache.update((key(t), e) for t, e in zip(chunk, embs, strict=True))
                if n % 10 == 9:
                    write(cache)
                print(f"{(n + 1) * 500} embedded, {time.time() - t0:.0f} s", flush=True)
    else:
        for n, chunk in enumerate(chunks):
            cache.update((key(t), e) for t, e in zip(chunk, _embed_chunk(chunk), strict=True))
            print(f"{(n + 1) * 500} embedded, {time.time() - t0:.0f} s", flush=True)
    write(cache)
    print(f"done: {len(cache)} texts in {CACHE}")


if __name__ == "__main__":
    main()
