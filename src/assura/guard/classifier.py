"""The shipped prompt-injection classifier: n-gram features → logistic regression, pure Python.

Features of a normalised text (see :mod:`assura.guard.normalize`): character n-grams
(``char_ns`` in the model's metadata; 4-grams in the shipped models), and word 1- and
2-grams (keys prefixed with ``\\x01``). Each feature's value is its
count divided by ``sqrt(N)``, N the number of n-grams emitted, so the logit of a text is
``bias + sum(weight[g] for every n-gram g) / sqrt(N)``. Because that is a sum over
positions, the score of every window of a long text comes from one pass and prefix sums:
long inputs are scored in overlapping windows and the highest window wins.

The weights are trained by ``bench/guard/train.py`` (scikit-learn, train splits only) and
shipped as ``catalogs/guard/pi_model.json.gz``; scikit-learn is not needed at run time.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from itertools import accumulate, repeat, zip_longest
from typing import Any

__all__ = ["MODEL_RESOURCE", "MULTI_RESOURCE", "Model", "WindowScore", "analyze", "load_model"]

MODEL_RESOURCE = "pi_model.json.gz"
MULTI_RESOURCE = "pi_model_multi.json.gz"
"""The same recipe trained with rows written in 36 more languages (for non-English text)."""
CHAR_NS = (3, 4, 5)
WORD_PREFIX = "\x01"
_TOKEN = re.compile(r"\w+", re.UNICODE)


def analyze(text: str, char_ns: tuple[int, ...] = CHAR_NS) -> list[str]:
    """All n-grams of a normalised text, in order (training uses exactly this)."""
    feats = [text[i : i + n] for n in char_ns for i in range(len(text) - n + 1)]
    toks = _TOKEN.findall(text)
    feats.extend(WORD_PREFIX + t for t in toks)
    feats.extend(f"{WORD_PREFIX}{a} {b}" for a, b in zip(toks, toks[1:], strict=False))
    return feats


@dataclass(frozen=True, slots=True)
class WindowScore:
    start: int
    end: int
    probability: float


class Model:
    """Logistic-regression weights over n-gram features; ``score`` returns the best window."""

    def __init__(self, weights: Mapping[str, float], bias: float, meta: Mapping[str, Any]) -> None:
        self.weights = dict(weights)
        self.bias = float(bias)
        self.meta = dict(meta)
        self.window = int(self.meta.get("window", 400))
        self.stride = int(self.meta.get("stride", 200))
        self.char_ns = tuple(int(n) for n in self.meta.get("char_ns", CHAR_NS))

    def probability(self, text: str) -> float:
        """P(injection) of ``text`` as one window."""
        feats = analyze(text, self.char_ns)
        if not feats:
            return _sigmoid(self.bias)
        s = sum(map(self.weights.get, feats, repeat(0.0)))
        return _sigmoid(self.bias + s / math.sqrt(len(feats)))

    def score(self, text: str) -> WindowScore:
        """The highest-scoring window of ``text`` (the whole text when it is short)."""
        n = len(text)
        if n <= self.window + self.stride // 2:
            return WindowScore(0, n, self.probability(text))
        # Per-position contribution and count of the n-grams starting there.
        get = self.weights.get
        # one list of weights per n, summed position by position in the order of
        # char_ns (the same floats as adding them one at a time)
        per_n = [
            list(map(get, [text[i : i + k] for i in range(n - k + 1)], repeat(0.0)))
            for k in self.char_ns
        ]
        if len(per_n) == 1:  # the shipped models: 4-grams only
            contrib = [*per_n[0], 0.0]
        else:
            contrib = [*map(sum, zip_longest(*per_n, fillvalue=0.0)), 0.0]
        contrib += [0.0] * (n + 1 - len(contrib))
        count = [len(self.char_ns)] * (n + 1)
        for i in range(max(0, n - max(self.char_ns) + 1), n + 1):
            count[i] = sum(1 for k in self.char_ns if i + k <= n)
        # word 1- and 2-grams count at the position of their first word
        spans = list(_TOKEN.finditer(text))
        toks = [m.group(0) for m in spans]
        ones = map(get, [WORD_PREFIX + t for t in toks], repeat(0.0))
        pairs = [f"{WORD_PREFIX}{a} {b}" for a, b in zip(toks, toks[1:], strict=False)]
        twos = map(get, pairs, repeat(0.0))
        for m, w1, w2 in zip_longest(spans, ones, twos):
            pos = m.start()
            contrib[pos] += w1
            count[pos] += 1
            if w2 is not None:
                contrib[pos] += w2
                count[pos] += 1
        pc = [0.0, *accumulate(contrib[:n])]
        pn = [0, *accumulate(count[:n])]
        best = WindowScore(0, 0, -1.0)
        for a, b in _windows(n, self.window, self.stride):
            cnt = pn[b] - pn[a]
            if cnt <= 0:
                continue
            p = _sigmoid(self.bias + (pc[b] - pc[a]) / math.sqrt(cnt))
            if p > best.probability:
                best = WindowScore(a, b, p)
        return best if best.probability >= 0 else WindowScore(0, n, _sigmoid(self.bias))


def _windows(n: int, size: int, stride: int) -> Iterator[tuple[int, int]]:
    a = 0
    while True:
        b = min(n, a + size)
        yield a, b
        if b >= n:
            return
        a += stride


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def load_model(data: bytes | None = None, *, resource: str = MODEL_RESOURCE) -> Model:
    """Load a shipped model (or one given as gzipped JSON bytes)."""
    if data is None:
        data = resources.files("assura").joinpath("catalogs", "guard", resource).read_bytes()
    obj = json.loads(gzip.decompress(data).decode("utf-8"))
    return Model(obj["weights"], obj["bias"], obj.get("meta", {}))
