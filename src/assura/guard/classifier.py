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

The 4-gram lookups of a long text, half the scanner's time in pure Python, go through
numpy: each 4-gram of Basic-Multilingual-Plane characters is one 64-bit key (16 bits per
character) looked up by bisection in the sorted keys of the model's 4-grams. The same
floats are added in the same order as the dictionary path, which texts with other
characters (emoji) and models with other n-gram sizes take, so both give the same score.
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

import numpy as np
import numpy.typing as npt

__all__ = [
    "MODEL_RESOURCE",
    "MULTI_RESOURCE",
    "Model",
    "WindowScore",
    "analyze",
    "calibrate",
    "load_model",
]

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
        self._keys: npt.NDArray[np.uint64] | None = None
        self._values: npt.NDArray[np.float64] | None = None
        if self.char_ns == (4,):
            self._keys, self._values = _gram_index(self.weights)

    def probability(self, text: str) -> float:
        """P(injection) of ``text`` as one window."""
        fast = self._gram_weights(text) if len(text) > _FAST_FROM else None
        if fast is None:
            feats = analyze(text, self.char_ns)
            if not feats:
                return _sigmoid(self.bias)
            s = sum(map(self.weights.get, feats, repeat(0.0)))
            return _sigmoid(self.bias + s / math.sqrt(len(feats)))
        toks = _TOKEN.findall(text)
        words = [WORD_PREFIX + t for t in toks]
        words.extend(f"{WORD_PREFIX}{a} {b}" for a, b in zip(toks, toks[1:], strict=False))
        total = float(np.cumsum(fast)[-1])  # the same left-to-right sum as sum() above
        for w in map(self.weights.get, words, repeat(0.0)):
            total += w
        return _sigmoid(self.bias + total / math.sqrt(len(fast) + len(words)))

    def _gram_weights(self, text: str) -> npt.NDArray[np.float64] | None:
        """The weight of each 4-gram of ``text`` in order, or None where the numpy path
        does not apply (other n-gram sizes, characters beyond U+FFFF, under 4 characters)."""
        if self._keys is None or self._values is None or len(text) < 4:
            return None
        cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
        if int(cps.max()) > 0xFFFF:
            return None
        c = cps.astype(np.uint64)
        q = (c[:-3] << _S48) | (c[1:-2] << _S32) | (c[2:-1] << _S16) | c[3:]
        idx = np.searchsorted(self._keys, q)  # never past the sentinel, the largest key
        hit: npt.NDArray[np.float64] = np.where(self._keys[idx] == q, self._values[idx], 0.0)
        return hit

    def score(self, text: str) -> WindowScore:
        """The highest-scoring window of ``text`` (the whole text when it is short)."""
        n = len(text)
        if n <= self.window + self.stride // 2:
            return WindowScore(0, n, self.probability(text))
        # Per-position contribution of the n-grams starting there: word 1- and 2-grams
        # count at the position of their first word.
        get = self.weights.get
        spans = list(_TOKEN.finditer(text))
        toks = [m.group(0) for m in spans]
        starts = [m.start() for m in spans]
        ones = list(map(get, [WORD_PREFIX + t for t in toks], repeat(0.0)))
        pairs = [f"{WORD_PREFIX}{a} {b}" for a, b in zip(toks, toks[1:], strict=False)]
        twos = list(map(get, pairs, repeat(0.0)))
        fast = self._gram_weights(text)
        if fast is not None:
            arr = np.zeros(n + 1)
            arr[: len(fast)] = fast
            at = np.array(starts, dtype=np.intp)
            arr[at] += ones  # distinct positions: one addition each, as in the loop below
            arr[at[:-1]] += twos
            pc: Any = np.concatenate(([0.0], np.cumsum(arr[:n])))  # sequential sums
        else:  # one list of weights per n, summed position by position in the order of
            # char_ns (the same floats as adding them one at a time)
            per_n = [list(map(get, _grams(text, k), repeat(0.0))) for k in self.char_ns]
            if len(per_n) == 1:
                contrib = [*per_n[0], 0.0]
            else:
                contrib = [*map(sum, zip_longest(*per_n, fillvalue=0.0)), 0.0]
            contrib += [0.0] * (n + 1 - len(contrib))
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
            p = _sigmoid(self.bias + float(pc[b] - pc[a]) / math.sqrt(cnt))
            if p > best.probability:
                best = WindowScore(a, b, p)
        return best if best.probability >= 0 else WindowScore(0, n, _sigmoid(self.bias))


_FAST_FROM = 300
"""Shorter texts take the dictionary path: numpy's per-call overhead outweighs it there."""
_S48, _S32, _S16 = np.uint64(48), np.uint64(32), np.uint64(16)


def _gram_index(
    weights: Mapping[str, float],
) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.float64]]:
    """Every 4-character key of BMP characters as sorted 64-bit keys, and their weights (a
    sentinel key last, so that a bisection index is always valid)."""
    items = sorted(
        ((ord(g[0]) << 48) | (ord(g[1]) << 32) | (ord(g[2]) << 16) | ord(g[3]), w)
        for g, w in weights.items()
        if len(g) == 4 and max(map(ord, g)) <= 0xFFFF  # any key the dictionary path could hit
    )
    keys = np.array([k for k, _ in items] + [2**64 - 1], dtype=np.uint64)
    values = np.array([w for _, w in items] + [0.0], dtype=np.float64)
    return keys, values


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


def calibrate(p: float, threshold: float) -> float:
    """Map a model's 1%-FPR point on validation (``threshold``) to 0.5, piecewise
    linearly, so that every model's score reads the same at the policy's 0.5."""
    t = min(max(threshold, 1e-3), 1 - 1e-3)
    return 0.5 * p / t if p <= t else 0.5 + 0.5 * (p - t) / (1 - t)


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
