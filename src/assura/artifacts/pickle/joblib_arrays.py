"""joblib writes raw array bytes into the pickle stream right after a NumpyArrayWrapper.

joblib's unpickler reads them when it BUILDs the wrapper; a static scanner must skip the
same number of bytes (and an alignment padding byte) to keep reading opcodes, or read a
nested pickle for object arrays. Sizes come from the wrapper's state: shape and dtype.
"""

from __future__ import annotations

import re
from typing import Any

from assura.artifacts.pickle.values import CallResult, Instance, PDict

__all__ = ["array_skip", "is_array_wrapper"]

_WRAPPERS = ("NumpyArrayWrapper",)
_KIND_SIZE = {
    "b": 1,
    "?": 1,
    "B": 1,
    "h": 2,
    "H": 2,
    "i": 4,
    "I": 4,
    "l": 8,
    "L": 8,
    "q": 8,
    "Q": 8,
    "e": 2,
    "f": 4,
    "d": 8,
    "g": 16,
    "F": 8,
    "D": 16,
    "G": 32,
}
_NAMED = {
    "bool": 1,
    "int8": 1,
    "uint8": 1,
    "int16": 2,
    "uint16": 2,
    "float16": 2,
    "int32": 4,
    "uint32": 4,
    "float32": 4,
    "int64": 8,
    "uint64": 8,
    "float64": 8,
    "complex64": 8,
    "complex128": 16,
    "float128": 16,
    "complex256": 32,
    "int": 8,
    "float": 8,
    "complex": 16,
    "bfloat16": 2,
}
_DESCR = re.compile(r"^[<>|=]?([a-zA-Z?])(\d*)")


def is_array_wrapper(inst: Any) -> bool:
    cls = getattr(inst, "cls", None)
    return isinstance(inst, Instance) and getattr(cls, "name", "").rsplit(".", 1)[-1] in _WRAPPERS


def _dtype_descr(dtype: Any) -> str | None:
    if isinstance(dtype, str):
        return dtype
    if isinstance(dtype, CallResult | Instance) and isinstance(dtype.args, tuple) and dtype.args:
        first = dtype.args[0]
        return first if isinstance(first, str) else None
    return None


def itemsize(descr: str) -> int | None:
    """Bytes per element for a numpy dtype string; 0 for object dtype; None if unknown."""
    if descr in _NAMED:
        return _NAMED[descr]
    m = _DESCR.match(descr)
    if not m:
        return None
    kind, size = m.group(1), m.group(2)
    if kind == "O":
        return 0
    if kind in ("U",):
        return 4 * int(size or 1)
    if kind in ("S", "V", "a"):
        return int(size or 1)
    if kind in ("M", "m"):
        return 8
    if size:
        return int(size)
    return _KIND_SIZE.get(kind)


def array_skip(state: Any) -> tuple[int | None, bool, bool]:
    """(bytes of array data, is_object_array, has_alignment_padding) from a wrapper's state."""
    if not isinstance(state, PDict):
        return None, False, False
    shape = state.get_key("shape")
    descr = _dtype_descr(state.get_key("dtype"))
    padded = state.get_key("numpy_array_alignment_bytes") is not None
    if (
        not isinstance(shape, tuple)
        or not all(isinstance(d, int) and d >= 0 for d in shape)
        or descr is None
    ):
        return None, False, padded
    size = itemsize(descr)
    if size is None:
        return None, False, padded
    if size == 0:
        return 0, True, padded
    count = 1
    for d in shape:
        count *= d
    return count * size, False, padded
