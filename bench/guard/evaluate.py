"""Metrics for the guard benchmark (no third-party imports but numpy); the sets are in
``sets.py``."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from sets import Row, role_of


def tpr_at_fpr(scores: np.ndarray, labels: np.ndarray, fpr: float = 0.01) -> tuple[float, float]:
    """TPR at the threshold that lets at most ``fpr`` of this set's negatives through."""
    neg = np.sort(scores[labels == 0])[::-1]
    if len(neg) == 0 or (labels == 1).sum() == 0:
        return float("nan"), float("nan")
    k = int(math.floor(fpr * len(neg)))
    thr = neg[k] if k < len(neg) else -np.inf
    return float((scores[labels == 1] > thr).mean()), float(thr)


def prf(pred: np.ndarray, labels: np.ndarray) -> dict[str, float]:
    tp = int(((pred == 1) & (labels == 1)).sum())
    fp = int(((pred == 1) & (labels == 0)).sum())
    fn = int(((pred == 0) & (labels == 1)).sum())
    tn = int(((pred == 0) & (labels == 0)).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    fpr = fp / (fp + tn) if fp + tn else 0.0
    return {"precision": p, "recall": r, "f1": f1, "fpr": fpr}


def evaluate(
    rows: Sequence[Row], score: Callable[[str, str], float], threshold: float
) -> dict[str, Any]:
    s = np.array([score(r["text"], role_of(r)) for r in rows], dtype=float)
    y = np.array([int(r["label"]) for r in rows])
    tpr, thr = tpr_at_fpr(s, y)
    out: dict[str, Any] = {"n": len(rows), "tpr@1%fpr": tpr, "thr@1%fpr": thr}
    out.update(prf((s >= threshold).astype(int), y))
    out["scores"] = s
    out["labels"] = y
    return out


def breakdown(
    rows: Sequence[Row], res: dict[str, Any], key: Callable[[Row], str], thr: float
) -> dict[str, dict[str, float]]:
    groups: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        groups.setdefault(key(r), []).append(i)
    out: dict[str, dict[str, float]] = {}
    for g, idx in sorted(groups.items()):
        y = res["labels"][idx]
        pred = (res["scores"][idx] >= thr).astype(int)
        d = prf(pred, y)
        d["n_attack"] = int((y == 1).sum())
        d["n_benign"] = int((y == 0).sum())
        out[g] = d
    return out


# --- PII span scoring on presidio-research synthetic data ------------------------------
PII_MAP = {
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "CREDIT_CARD": "CREDIT_CARD",
    "IBAN_CODE": "IBAN",
    "US_SSN": "US_SSN",
    "IP_ADDRESS": "IP_ADDRESS",
    "STREET_ADDRESS": "STREET_ADDRESS",
}


def pii_scores(
    rows: Sequence[Row], predict: Callable[[str], list[tuple[int, int, str]]]
) -> dict[str, dict[str, float]]:
    """Per-entity precision/recall: a prediction counts when it overlaps a gold span of
    the same (mapped) type. Entities assura does not detect (PERSON, ORGANIZATION, ...)
    are left out of precision and reported as not covered."""
    tp: dict[str, int] = {}
    fp: dict[str, int] = {}
    fn: dict[str, int] = {}
    for r in rows:
        gold = [
            (s["start_position"], s["end_position"], PII_MAP.get(s["entity_type"]))
            for s in r["spans"]
        ]
        pred = predict(r["text"])
        for gs, ge, gl in gold:
            if gl is None:
                continue
            hit = any(ps < ge and gs < pe and pl == gl for ps, pe, pl in pred)
            (tp if hit else fn)[gl] = (tp if hit else fn).get(gl, 0) + 1
        for ps, pe, pl in pred:
            if not any(ps < ge and gs < pe and gl == pl for gs, ge, gl in gold):
                fp[pl] = fp.get(pl, 0) + 1
    out: dict[str, dict[str, float]] = {}
    for lab in sorted(set(tp) | set(fp) | set(fn)):
        t, f, n = tp.get(lab, 0), fp.get(lab, 0), fn.get(lab, 0)
        out[lab] = {
            "gold": t + n,
            "predicted": t + f,
            "precision": t / (t + f) if t + f else float("nan"),
            "recall": t / (t + n) if t + n else float("nan"),
        }
    return out


def percentiles(samples: Sequence[float]) -> tuple[float, float]:
    a = np.array(samples) * 1000.0
    return float(np.percentile(a, 50)), float(np.percentile(a, 99))


def reference_ms(rounds: int = 7) -> float:
    """Median time of a fixed pure-Python workload (sorting 20,000 short strings), in ms.

    This VM's speed moves by half within minutes; printed beside latency figures, it says
    whether two runs saw the same machine."""
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        sorted(str(i * 7919 % 20_000) for i in range(20_000))
        times.append(time.perf_counter() - t0)
    return sorted(times)[rounds // 2] * 1000.0
