"""HDF5 / Keras legacy ``.h5``: finds the ``model_config`` JSON attribute without loading data.

The JSON of a Keras model config is stored contiguously (a string attribute), so the
file is searched for its opening bytes in bounded chunks and decoded with
``json.JSONDecoder.raw_decode``; datasets (weights) are never interpreted. No HDF5 C
library is involved, so a hostile file cannot crash or hang a native parser.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, ClassVar

from assura.artifacts.interface import ScanContext
from assura.artifacts.keras_config import keras_findings, looks_like_keras
from assura.artifacts.scanners import sniff
from assura.findings import Finding

__all__ = ["Hdf5Scanner"]

_PATTERNS = (b'{"class_name"', b'{"module"')
_CHUNK = 16 << 20
_WINDOW = 64 << 20
_MAX_CONFIGS = 8


def _configs(data: bytes | memoryview) -> Iterator[tuple[int, Any]]:
    dec = json.JSONDecoder()
    n, found, pos = len(data), 0, 0
    while pos < n and found < _MAX_CONFIGS:
        chunk = bytes(data[pos : pos + _CHUNK + 16])
        hits = sorted(i for p in _PATTERNS if (i := chunk.find(p)) >= 0)
        if not hits:
            pos += _CHUNK
            continue
        start = pos + hits[0]
        window = bytes(data[start : start + _WINDOW]).decode("utf-8", "replace")
        try:
            doc, end = dec.raw_decode(window)
        except (json.JSONDecodeError, RecursionError):
            pos = start + 1
            continue
        found += 1
        yield start, doc
        pos = start + max(1, len(window[:end].encode("utf-8", "replace")))


class Hdf5Scanner:
    id: ClassVar[str] = "hdf5"

    def sniff(self, head: bytes, name: str) -> bool:
        return sniff.hdf5(head, name)

    def scan(self, ctx: ScanContext) -> Iterator[Finding]:
        ctx.format = "hdf5"
        ctx.facts["framework"] = "hdf5"
        keras = bytes(ctx.data[: 1 << 20]).find(b"keras_version") >= 0
        for offset, doc in _configs(ctx.data):
            if looks_like_keras(doc):
                ctx.format = "keras-h5"
                ctx.facts["framework"] = "keras"
                ctx.facts["config_offset"] = offset
                yield from keras_findings(ctx, doc)
                break
        else:
            if keras or ctx.target.name.endswith(".weights.h5"):
                ctx.format = "keras-h5"
                ctx.facts["framework"] = "keras"
                ctx.facts["weights_only"] = True
