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
from bisect import bisect_left
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
    feats = [g for n in char_ns for g in _grams(text, n)]
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
        # Per-position contribution of the n-grams starting there.
        get = self.weights.get
        # one list of weights per n, summed position by position in the order of
        # char_ns (the same floats as adding them one at a time)
        per_n = [list(map(get, _grams(text, k), repeat(0.0))) for k in self.char_ns]
        if len(per_n) == 1:  # the shipped models: 4-grams only
            contrib = [*per_n[0], 0.0]
        else:
            contrib = [*map(sum, zip_longest(*per_n, fillvalue=0.0)), 0.0]
        contrib += [0.0] * (n + 1 - len(contrib))
        # word 1- and 2-grams count at the position of their first word
        spans = list(_TOKEN.finditer(text))
        toks = [m.group(0) for m in spans]
        starts = [m.start() for m in spans]
        ones = map(get, [WORD_PREFIX + t for t in toks], repeat(0.0))
        pairs = [f"{WORD_PREFIX}{a} {b}" for a, b in zip(toks, toks[1:], strict=False)]
        twos = map(get, pairs, repeat(0.0))
        for pos, w1, w2 in zip_longest(starts, ones, twos):
            contrib[pos] += w1
            if w2 is not None:
                contrib[pos] += w2
        pc = [0.0, *accumulate(contrib[:n])]

        def count_before(x: int) -> int:
            """How many n-grams start before position ``x``."""
            words = bisect_left(starts, x)
            chars = sum(min(x, max(0, n - k + 1)) for k in self.char_ns)
            return chars + words + min(words, max(len(starts) - 1, 0))

        best = WindowScore(0, 0, -1.0)
        for a, b in _windows(n, self.window, self.stride):
            cnt = count_before(b) - count_before(a)
            if cnt <= 0:
                continue
            p = _sigmoid(self.bias + (pc[b] - pc[a]) / math.sqrt(cnt))
            if p > best.probability:
                best = WindowScore(a, b, p)
        return best if best.probability >= 0 else WindowScore(0, n, _sigmoid(self.bias))


def _grams(text: str, k: int) -> Iterator[str]:
    """The character k-grams of ``text`` in order (``text[i:i+k]``, built by C loops)."""
    return map("".join, zip(*(text[j:] for j in range(k)), strict=False))


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
