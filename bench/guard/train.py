"""Train the shipped prompt-injection classifier (run with bench/.venv-guard/bin/python).

Data (train splits only; validation only to pick C; test never touched here):
- ../shared/data/guard/slabs-prompt-injection/slabs.jsonl            split == train
- ../shared/data/guard/neuralchemy-prompt-injection/neuralchemy_core.jsonl  split == train
  (upstream splits are by group_id: no paraphrase group crosses splits; checked below)
- bench/guard/assura_data.py: text written for assura (multilingual, indirect, hard negatives)
- with ``--extra MODULE``: more rows written for assura (``bench/guard/train_ml_*.py``:
  prompts in 36 languages; ``train_docs*.py``: documents with and without injections),
  weighted by ``--extra-weight``
bastioncorpus is NOT used (held out for evaluation).

Writes src/assura/catalogs/guard/pi_model.json.gz (weights + provenance). Deterministic.
The shipped English model (``bench/guard/train_en*.py``: English prompts written for assura;
``train_en_b``, ``train_en_c`` and ``train_en_d`` since session 13):
    bench/.venv-guard/bin/python bench/guard/train.py --extra train_en --extra train_en_b \
        --extra train_en_c --extra train_en_d --extra-weight 3

The multilingual model the scanner reads documents and non-English prompts with:
    bench/.venv-guard/bin/python bench/guard/train.py --extra train_ml_a --extra train_ml_b \
        --extra train_ml_c --extra train_ml_d --extra train_ml_e --extra train_ml_f \
        --extra train_docs --extra train_docs_b --extra train_docs_c --extra train_docs_d:2 \
        --extra-weight 6 --out src/assura/catalogs/guard/pi_model_multi.json.gz
(``train_docs_d``, session 13, weighs 2 where the other modules weigh 6: ``MODULE:WEIGHT``.)
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib
import json
import math
import sys
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from assura_data import rows as written_rows  # noqa: E402

from assura.guard.classifier import Model, _windows, analyze  # noqa: E402
from assura.guard.normalize import normalize  # noqa: E402

OUT = ROOT / "src" / "assura" / "catalogs" / "guard" / "pi_model.json.gz"
MAX_FEATURES = 40_000
SEED = 1126
WINDOW, STRIDE = 400, 200
CHAR_NS = (4,)


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8")]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def matrix(vec: CountVectorizer, texts: list[str]) -> sparse.csr_matrix:
    x = vec.transform(texts).astype(np.float64)
    n = np.array([max(1, len(analyze(t, CHAR_NS))) for t in texts], dtype=np.float64)
    return sparse.diags(1.0 / np.sqrt(n)) @ x


def tpr_at_fpr(scores: np.ndarray, labels: np.ndarray, fpr: float = 0.01) -> tuple[float, float]:
    neg = np.sort(scores[labels == 0])[::-1]
    k = int(math.floor(fpr * len(neg)))
    thr = neg[k] if k < len(neg) else -np.inf
    return float((scores[labels == 1] > thr).mean()), float(thr)


OWN_TEXT_GLOBS = ("src/assura/**/*.py", "docs/*.md", "README.md", "DEVELOPERS.md")
OWN_TEXT_SKIP = ("src/assura/guard/", "src/assura/catalogs/guard/", "docs/guard.md")


def own_text_rows(limit: int) -> list[dict]:
    """Benign windows of this repository's own code and prose (written by us; not about
    attacking an AI): tool results and retrieved documents are often code and manuals, which
    the prompt corpora never show. Files that quote attacks (the guard's own) are left out.
    Deterministic: every k-th window, at most ``limit``."""
    texts: list[str] = []
    for pattern in OWN_TEXT_GLOBS:
        for path in sorted(ROOT.glob(pattern)):
            rel = path.relative_to(ROOT).as_posix()
            if rel.startswith(OWN_TEXT_SKIP):
                continue
            t = path.read_text(encoding="utf-8")
            texts.extend(t[a:b] for a, b in _windows(len(t), WINDOW, WINDOW) if b - a >= 100)
    step = max(1, len(texts) // max(1, limit))
    return [{"text": t, "label": 0, "source": "assura-own"} for t in texts[::step][:limit]]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "guard"))
    ap.add_argument("--char-ns", default="4", help="character n-gram orders")
    ap.add_argument("--max-features", type=int, default=MAX_FEATURES)
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument(
        "--C",
        type=float,
        action="append",
        dest="cs",
        help="the regularisation values to try (repeatable; default 1, 3, 10, 30)",
    )
    ap.add_argument(
        "--extra",
        action="append",
        default=[],
        help="a bench/guard module whose rows() are written training rows (repeatable); "
        "MODULE:WEIGHT gives its rows their own sample weight instead of --extra-weight",
    )
    ap.add_argument(
        "--own-text",
        type=int,
        default=0,
        help="add this many benign windows of the repo's own code and docs",
    )
    ap.add_argument(
        "--extra-weight",
        type=float,
        default=1.0,
        help="sample weight of the --extra rows (they are few beside the corpora)",
    )
    args = ap.parse_args()
    global CHAR_NS
    CHAR_NS = tuple(int(x) for x in args.char_ns.split(","))
    data = Path(args.data)
    slabs_p = data / "slabs-prompt-injection" / "slabs.jsonl"
    neural_p = data / "neuralchemy-prompt-injection" / "neuralchemy_core.jsonl"
    slabs, neural = load(slabs_p), load(neural_p)
    groups: dict[str, set[str]] = {}
    for r in neural:
        groups.setdefault(r["meta"]["group_id"], set()).add(r["split"])
    crossing = sum(1 for s in groups.values() if len(s) > 1)
    assert crossing == 0, f"{crossing} neuralchemy groups cross splits"
    own_weight = {n.split(":")[0]: float(n.split(":")[1]) for n in args.extra if ":" in n}
    extra = {
        name: importlib.import_module(name).rows() for name in (n.split(":")[0] for n in args.extra)
    }
    written = written_rows() + (own_text_rows(args.own_text) if args.own_text else [])
    written += [r for rows in extra.values() for r in rows]
    train = [r for r in slabs + neural if r["split"] == "train"] + written
    val = [r for r in slabs + neural if r["split"] == "validation"]
    print(f"train rows: {len(train)} (slabs {sum(r.get('source') == 'slabs' for r in train)}, "
          f"neuralchemy {sum(r.get('source') == 'neuralchemy' for r in train)}, "
          f"assura-written {len(written)}); validation rows: {len(val)}")  # fmt: skip
    extra_weight = {
        id(r): own_weight.get(name, args.extra_weight) for name, rows in extra.items() for r in rows
    }
    xt, ylist, wlist = [], [], []
    for r in train:
        t = normalize(r["text"]).text
        w = extra_weight.get(id(r), 1.0)
        xt.append(t)
        ylist.append(r["label"])
        wlist.append(w)
        # Long texts are scored in windows at run time: train on their windows too.
        if len(t) > WINDOW + STRIDE // 2:
            for a, b in _windows(len(t), WINDOW, STRIDE):
                xt.append(t[a:b])
                ylist.append(r["label"])
                wlist.append(w)
    yt = np.array(ylist)
    wt = np.array(wlist)
    print(f"training texts incl. windows of long texts: {len(xt)}")
    xv = [normalize(r["text"]).text for r in val]
    yv = np.array([r["label"] for r in val])
    vec = CountVectorizer(analyzer=lambda t: analyze(t, CHAR_NS), min_df=2, lowercase=False)
    vec.fit(xt)
    Xt, Xv = matrix(vec, xt), matrix(vec, xv)
    print(f"vocabulary: {len(vec.vocabulary_)} features (min_df=2)")
    best = None
    for c in args.cs or (1.0, 3.0, 10.0, 30.0):
        clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced", random_state=SEED)
        clf.fit(Xt, yt, sample_weight=wt)
        tpr, _ = tpr_at_fpr(clf.decision_function(Xv), yv)
        print(f"C={c:<5} validation TPR@1%FPR={tpr:.3f}")
        if best is None or tpr > best[0]:
            best = (tpr, c, clf)
    assert best is not None
    _, c, clf = best
    coef = clf.coef_[0]
    inv = {i: t for t, i in vec.vocabulary_.items()}
    order = np.argsort(-np.abs(coef))[: args.max_features]
    weights = {inv[int(i)]: round(float(coef[i]), 4) for i in order if abs(coef[i]) >= 1e-3}
    meta = {
        "window": WINDOW,
        "stride": STRIDE,
        "char_ns": list(CHAR_NS),
        "C": c,
        **({"extra_weight": args.extra_weight} if args.extra_weight != 1.0 else {}),
        **({"module_weights": own_weight} if own_weight else {}),
        "seed": SEED,
        "features": "char 3-5 grams + word 1-2 grams of normalised text, count/sqrt(N)",
        "train_rows": len(train),
        "sources": {
            "slabs-prompt-injection/slabs.jsonl": {"split": "train", "sha256": sha256(slabs_p)},
            "neuralchemy-prompt-injection/neuralchemy_core.jsonl": {
                "split": "train",
                "sha256": sha256(neural_p),
            },
            "bench/guard/assura_data.py": {
                "rows": len(written) - sum(map(len, extra.values())),
                "licence": "Apache-2.0",
            },
            **{
                f"bench/guard/{name}.py": {"rows": len(rows), "licence": "Apache-2.0"}
                for name, rows in extra.items()
            },
        },
    }
    bias = round(float(clf.intercept_[0]), 6)
    model = Model(weights, bias, meta)
    pv = np.array([model.score(t).probability for t in xv])
    tpr, thr = tpr_at_fpr(pv, yv)
    # Run-time calibration point: the classifier score maps thr -> 0.5 (1% FPR on validation).
    meta["threshold"] = round(thr, 6)
    payload = {"bias": bias, "weights": weights, "meta": meta}
    raw = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(gzip.compress(raw.encode("utf-8"), mtime=0))
    print(f"shipped model: {len(weights)} weights, {out.stat().st_size} bytes; validation "
          f"TPR@1%FPR={tpr:.3f} at p>{thr:.3f}")  # fmt: skip


if __name__ == "__main__":
    main()
