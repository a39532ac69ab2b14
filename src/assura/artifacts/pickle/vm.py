"""A static interpreter of the pickle machine (protocols 0-5).

It follows CPython's unpickler opcode by opcode (stack, metastack of MARKs, memo,
frames) but never imports or calls anything: imports, calls, instantiations, BUILDs and
persistent ids go to :class:`Hooks`, which decide what the symbolic result is and
whether it is dangerous. Bounded by the input (every opcode consumes bytes) and by an
opcode budget; errors stop the run with the offset, after the hooks saw everything
that came before — exactly what a real loader would have executed.
"""

from __future__ import annotations

import _compat_pickle
import struct
from typing import Any, Protocol

from assura.artifacts.pickle.values import (
    BigBytes,
    Global,
    Unknown,
)

__all__ = ["Hooks", "PickleVM", "VMError", "looks_like_pickle", "pickle_strength"]

_BIG = 1 << 16
_MAX_STR = 16 << 20
_MAX_LINE = 1 << 20
# Fixed-size "push a number" opcodes: BINFLOAT, BININT, BININT1, BININT2 -> (struct, size).
# Arrays pickled element by element are long runs of one of these; ``run`` takes a run in
# one ``iter_unpack`` instead of one dispatch per 2-9 bytes.
_NUMBER_RUNS = {
    0x47: struct.Struct(">xd"),
    0x4A: struct.Struct("<xi"),
    0x4B: struct.Struct("<xB"),
    0x4D: struct.Struct("<xH"),
}


class VMError(Exception):
    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


class Hooks(Protocol):
    def on_global(self, g: Global, computed: bool) -> Any: ...
    def on_call(self, func: Any, args: Any, offset: int, op: str) -> Any: ...
    def on_newobj(self, cls: Any, args: Any, kwargs: Any, offset: int, op: str) -> Any: ...
    def on_build(self, inst: Any, state: Any, offset: int, vm: PickleVM) -> None: ...
    def on_mutate(self, target: Any, offset: int, op: str) -> None: ...
    def on_persid(self, pid: Any, offset: int) -> Any: ...
    def on_ext(self, code: int, offset: int) -> Any: ...


_MARK = object()


class PickleVM:
    """Run one pickle stream starting at ``start``; ``run()`` returns the end offset."""

    def __init__(
        self, data: bytes | memoryview, hooks: Hooks, start: int = 0, max_ops: int = 20_000_000
    ) -> None:
        self.data = data
        self.raw = data if isinstance(data, bytes) else None
        self.hooks = hooks
        self.pos = start
        self.start = start
        self.max_ops = max_ops
        self.ops = 0
        self.proto = 0
        self.stack: list[Any] = []
        self.meta: list[list[Any]] = []
        self.memo: dict[int, Any] = {}
        self.result: Any = None
        self.opcodes_seen: set[int] = set()

    # -- reading ---------------------------------------------------------------
    def _take(self, n: int) -> memoryview | bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise VMError(f"truncated: needs {n} bytes", self.pos)
        b = self.data[self.pos : self.pos + n]
        self.pos += n
        return b

    def _u(self, fmt: str, n: int) -> int:
        (v,) = (
            struct.unpack_from(fmt, self.data, self.pos)
            if self.pos + n <= len(self.data)
            else (None,)
        )
        if v is None:
            raise VMError("truncated integer argument", self.pos)
        self.pos += n
        return int(v)

    def _line(self) -> bytes:
        end = -1
        if self.raw is not None:
            end = self.raw.find(b"\n", self.pos, self.pos + _MAX_LINE)
            chunk = self.raw[self.pos : end] if end >= 0 else b""
        else:
            window = bytes(self.data[self.pos : self.pos + _MAX_LINE])
            end_rel = window.find(b"\n")
            chunk = window[:end_rel] if end_rel >= 0 else b""
            end = self.pos + end_rel if end_rel >= 0 else -1
        if end < 0:
            raise VMError("line argument without newline", self.pos)
        self.pos = end + 1
        return chunk

    def _bytes(self, n: int) -> Any:
        b = self._take(n)
        if n > _BIG:
            return BigBytes(memoryview(b))
        return bytes(b)

    def _text(self, n: int) -> Any:
        b = self._take(n)
        if n > _MAX_STR:
            return Unknown(f"{n}-byte string")
        return bytes(b).decode("utf-8", "surrogatepass")

    def _latin1(self, n: int) -> Any:
        b = self._take(n)
        if n > _MAX_STR:
            return Unknown(f"{n}-byte string")
        return bytes(b).decode("latin-1")

    # -- stack -----------------------------------------------------------------
    def pop(self) -> Any:
        if not self.stack:
            raise VMError("pop from empty stack", self.pos)
        return self.stack.pop()

    def pop_mark(self) -> list[Any]:
        if not self.meta:
            raise VMError("MARK expected", self.pos)
        items = self.stack
        self.stack = self.meta.pop()
        return items

    def top(self) -> Any:
        if not self.stack:
            raise VMError("empty stack", self.pos)
        return self.stack[-1]

    # -- main loop -------------------------------------------------------------
    def run(self) -> int:
        data = self.data
        n = len(data)
        while True:
            if self.pos >= n:
                raise VMError("pickle data ended without STOP", self.pos)
            self.ops += 1
            if self.ops > self.max_ops:
                raise VMError("opcode budget exhausted", self.pos)
            at = self.pos
            op = data[at]
            run = _NUMBER_RUNS.get(op)
            if run is not None and self._number_run(op, run, at):
                continue
            self.pos += 1
            self.opcodes_seen.add(op)
            handler = _DISPATCH.get(op)
            if handler is None:
                raise VMError(f"invalid opcode {op:#04x}", at)
            try:
                if handler(self, at):
                    return self.pos
            except VMError:
                raise
            except (ValueError, TypeError, IndexError, OverflowError, struct.error) as exc:
                raise VMError(
                    f"{type(exc).__name__} in opcode {op:#04x}: {str(exc)[:80]}", at
                ) from None

    def _number_run(self, op: int, fmt: struct.Struct, at: int) -> bool:
        """Push a run of the same fixed-size number opcode at once (False: run too short)."""
        data, size = self.data, fmt.size
        # Start offsets of complete elements within the opcode budget; the run ends at the
        # first of them that holds another opcode.
        last = min(len(data) - size + 1, at + size * (self.max_ops - self.ops + 1))
        starts = bytes(data[at:last:size])
        count = len(starts) - len(starts.lstrip(bytes((op,))))
        end = at + count * size
        if count < 8:
            return False
        self.ops += count - 1  # the loop already counted this opcode
        self.opcodes_seen.add(op)
        self.stack.extend(v for (v,) in fmt.iter_unpack(data[at:end]))
        self.pos = end
        return True

    def global_(self, module: Any, name: Any, at: int, computed: bool = False) -> Any:
        m, n = _static_str(module), _static_str(name)
        computed = computed or not (isinstance(module, str) and isinstance(name, str))
        if m is None or n is None:
            return self.hooks.on_global(Global(_dyn(module), _dyn(name), at), computed)
        if self.proto < 3:
            m, n = _fix_names(m, n)
        return self.hooks.on_global(Global(m, n, at), computed)


def _static_str(v: Any) -> str | None:
    if isinstance(v, str):
        return v
    value = getattr(v, "value", None)
    return value if isinstance(value, str) else None


def _dyn(v: Any) -> str:
    from assura.artifacts.pickle.values import render

    return v if isinstance(v, str) else f"<computed {render(v, 2, 60)}>"


def _fix_names(module: str, name: str) -> tuple[str, str]:
    if (module, name) in _compat_pickle.NAME_MAPPING:
        return _compat_pickle.NAME_MAPPING[(module, name)]
    return _compat_pickle.IMPORT_MAPPING.get(module, module), name


_STARTS = frozenset(b"(}]).cdilNSVIJKLFGXUTBCPg\x8c\x95")


def looks_like_pickle(head: bytes) -> bool:
    """Content sniff: a protocol header, or a protocol-0/1 stream whose first opcodes parse."""
    return pickle_strength(head) > 0


def pickle_strength(head: bytes) -> int:
    """2: certainly a pickle (protocol header, or a whole stream parsed); 1: plausible; 0: no."""
    if len(head) < 2:
        return 0
    if head[0] == 0x80:
        return 2 if head[1] <= 5 else 0
    if head[0] not in _STARTS:
        return 0
    probe = PickleVM(head, _NullHooks(), max_ops=256)
    try:
        probe.run()
    except VMError as exc:
        msg = str(exc)
        ran_out = (
            "truncated" in msg
            or "ended without STOP" in msg
            or "without newline" in msg
            or "budget" in msg
        )
        return 1 if ran_out and probe.ops >= 3 else 0
    except Exception:  # noqa: BLE001 - any failure means "not a pickle"
        return 0
    return 2 if probe.ops >= 2 else 0


class _NullHooks:
    def on_global(self, g: Global, computed: bool) -> Any:
        return g

    def on_call(self, func: Any, args: Any, offset: int, op: str) -> Any:
        return Unknown()

    def on_newobj(self, cls: Any, args: Any, kwargs: Any, offset: int, op: str) -> Any:
        return Unknown()

    def on_build(self, inst: Any, state: Any, offset: int, vm: PickleVM) -> None:
        return None

    def on_mutate(self, target: Any, offset: int, op: str) -> None:
        return None

    def on_persid(self, pid: Any, offset: int) -> Any:
        return Unknown()

    def on_ext(self, code: int, offset: int) -> Any:
        return Unknown()


from assura.artifacts.pickle.opcodes import DISPATCH as _DISPATCH  # noqa: E402 - opcodes needs PickleVM
