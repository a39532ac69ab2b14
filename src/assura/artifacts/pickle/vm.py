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
import codecs
import struct
from typing import Any, Protocol

from assura.artifacts.pickle.values import (
    BigBytes,
    Global,
    PDict,
    PList,
    PSet,
    Unknown,
)

__all__ = ["Hooks", "PickleVM", "VMError", "looks_like_pickle", "pickle_strength"]

_BIG = 1 << 16
_MAX_STR = 16 << 20
_MAX_LINE = 1 << 20


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


def _decimal(line: bytes, at: int) -> Any:
    s = line.strip()
    if s == b"00":
        return False
    if s == b"01":
        return True
    if len(s) > 4000:
        return Unknown("huge integer")
    try:
        return int(s.rstrip(b"L") or b"x", 0 if s.startswith(b"0x") else 10)
    except ValueError:
        raise VMError(f"invalid integer literal {s[:20]!r}", at) from None


def _string_nl(line: bytes, at: int) -> bytes:
    if len(line) >= 2 and line[0] == line[-1] and line[:1] in (b"'", b'"'):
        body = line[1:-1]
    else:
        raise VMError("the STRING opcode argument must be quoted", at)
    try:
        return codecs.escape_decode(body)[0]
    except ValueError:
        raise VMError("invalid escape in STRING", at) from None


def _op_mark(vm: PickleVM, at: int) -> bool:
    vm.meta.append(vm.stack)
    vm.stack = []
    return False


def _op_stop(vm: PickleVM, at: int) -> bool:
    vm.result = vm.pop()
    return True


def _op_pop(vm: PickleVM, at: int) -> bool:
    if vm.stack:
        vm.stack.pop()
    else:
        vm.pop_mark()
    return False


def _push(fn: Any) -> Any:
    def op(vm: PickleVM, at: int) -> bool:
        value = fn(vm, at)  # may swap vm.stack (pop_mark): evaluate before appending
        vm.stack.append(value)
        return False

    return op


def _op_proto(vm: PickleVM, at: int) -> bool:
    p = vm._u("<B", 1)
    if p > 5:
        raise VMError(f"unsupported pickle protocol {p}", at)
    vm.proto = p
    return False


def _op_frame(vm: PickleVM, at: int) -> bool:
    vm._u("<Q", 8)  # frame length: advisory; opcodes are read inline either way
    return False


def _op_global(vm: PickleVM, at: int) -> bool:
    module = bytes(vm._line()).decode("utf-8", "replace")
    name = bytes(vm._line()).decode("utf-8", "replace")
    vm.stack.append(vm.global_(module, name, at))
    return False


def _op_stack_global(vm: PickleVM, at: int) -> bool:
    name = vm.pop()
    module = vm.pop()
    vm.stack.append(vm.global_(module, name, at))
    return False


def _op_inst(vm: PickleVM, at: int) -> bool:
    module = bytes(vm._line()).decode("utf-8", "replace")
    name = bytes(vm._line()).decode("utf-8", "replace")
    args = tuple(vm.pop_mark())
    cls = vm.global_(module, name, at)
    vm.stack.append(vm.hooks.on_call(cls, args, at, "INST"))
    return False


def _op_obj(vm: PickleVM, at: int) -> bool:
    items = vm.pop_mark()
    if not items:
        raise VMError("OBJ without a class", at)
    vm.stack.append(vm.hooks.on_call(items[0], tuple(items[1:]), at, "OBJ"))
    return False


def _op_reduce(vm: PickleVM, at: int) -> bool:
    args = vm.pop()
    func = vm.pop()
    vm.stack.append(vm.hooks.on_call(func, args, at, "REDUCE"))
    return False


def _op_newobj(vm: PickleVM, at: int) -> bool:
    args = vm.pop()
    cls = vm.pop()
    vm.stack.append(vm.hooks.on_newobj(cls, args, None, at, "NEWOBJ"))
    return False


def _op_newobj_ex(vm: PickleVM, at: int) -> bool:
    kwargs = vm.pop()
    args = vm.pop()
    cls = vm.pop()
    vm.stack.append(vm.hooks.on_newobj(cls, args, kwargs, at, "NEWOBJ_EX"))
    return False


def _op_build(vm: PickleVM, at: int) -> bool:
    state = vm.pop()
    vm.hooks.on_build(vm.top(), state, at, vm)
    return False


def _op_persid(vm: PickleVM, at: int) -> bool:
    pid = bytes(vm._line()).decode("ascii", "replace")
    vm.stack.append(vm.hooks.on_persid(pid, at))
    return False


def _op_binpersid(vm: PickleVM, at: int) -> bool:
    vm.stack.append(vm.hooks.on_persid(vm.pop(), at))
    return False


def _ext(fmt: str, n: int) -> Any:
    def op(vm: PickleVM, at: int) -> bool:
        vm.stack.append(vm.hooks.on_ext(vm._u(fmt, n), at))
        return False

    return op


def _get(read: Any) -> Any:
    def op(vm: PickleVM, at: int) -> bool:
        idx = read(vm, at)
        if idx not in vm.memo:
            raise VMError(f"memo key {idx} was never stored", at)
        vm.stack.append(vm.memo[idx])
        return False

    return op


def _put(read: Any) -> Any:
    def op(vm: PickleVM, at: int) -> bool:
        idx = read(vm, at)
        if not isinstance(idx, int) or idx < 0:
            raise VMError("negative PUT argument", at)
        vm.memo[idx] = vm.top()
        return False

    return op


def _op_memoize(vm: PickleVM, at: int) -> bool:
    vm.memo[len(vm.memo)] = vm.top()
    return False


def _op_append(vm: PickleVM, at: int) -> bool:
    value = vm.pop()
    target = vm.top()
    if isinstance(target, PList):
        target.append(value)
    else:
        vm.hooks.on_mutate(target, at, "APPEND")
    return False


def _op_appends(vm: PickleVM, at: int) -> bool:
    items = vm.pop_mark()
    target = vm.top()
    if isinstance(target, PList):
        target.extend(items[: max(0, 100_000 - len(target))])
    else:
        vm.hooks.on_mutate(target, at, "APPENDS")
    return False


def _op_setitem(vm: PickleVM, at: int) -> bool:
    value = vm.pop()
    key = vm.pop()
    target = vm.top()
    if isinstance(target, PDict):
        target.append((key, value))
    else:
        vm.hooks.on_mutate(target, at, "SETITEM")
    return False


def _op_setitems(vm: PickleVM, at: int) -> bool:
    items = vm.pop_mark()
    target = vm.top()
    if len(items) % 2:
        raise VMError("odd number of items for SETITEMS", at)
    if isinstance(target, PDict):
        target.extend(zip(items[::2], items[1::2], strict=True))
    else:
        vm.hooks.on_mutate(target, at, "SETITEMS")
    return False


def _op_additems(vm: PickleVM, at: int) -> bool:
    items = vm.pop_mark()
    target = vm.top()
    if isinstance(target, PSet):
        target.extend(items)
    else:
        vm.hooks.on_mutate(target, at, "ADDITEMS")
    return False


def _op_dict(vm: PickleVM, at: int) -> bool:
    items = vm.pop_mark()
    if len(items) % 2:
        raise VMError("odd number of items for DICT", at)
    vm.stack.append(PDict(zip(items[::2], items[1::2], strict=True)))
    return False


def _op_dup(vm: PickleVM, at: int) -> bool:
    vm.stack.append(vm.top())
    return False


def _op_pop_mark(vm: PickleVM, at: int) -> bool:
    vm.pop_mark()
    return False


def _tuple_n(k: int) -> Any:
    def op(vm: PickleVM, at: int) -> bool:
        if len(vm.stack) < k:
            raise VMError("stack underflow for TUPLE", at)
        items = tuple(vm.stack[len(vm.stack) - k :])
        del vm.stack[len(vm.stack) - k :]
        vm.stack.append(items)
        return False

    return op


def _ulen(fmt: str, n: int) -> Any:
    return lambda vm, at: vm._u(fmt, n)


_DISPATCH: dict[int, Any] = {
    ord("("): _op_mark,
    ord("."): _op_stop,
    ord("0"): _op_pop,
    ord("1"): _op_pop_mark,
    ord("2"): _op_dup,
    ord("F"): _push(lambda vm, at: _float(vm._line(), at)),
    ord("I"): _push(lambda vm, at: _decimal(vm._line(), at)),
    ord("J"): _push(lambda vm, at: vm._u("<i", 4)),
    ord("K"): _push(lambda vm, at: vm._u("<B", 1)),
    ord("L"): _push(lambda vm, at: _decimal(vm._line(), at)),
    ord("M"): _push(lambda vm, at: vm._u("<H", 2)),
    ord("N"): _push(lambda vm, at: None),
    ord("P"): _op_persid,
    ord("Q"): _op_binpersid,
    ord("R"): _op_reduce,
    ord("S"): _push(lambda vm, at: _string_nl(vm._line(), at).decode("latin-1")),
    ord("T"): _push(lambda vm, at: vm._latin1(vm._u("<i", 4))),
    ord("U"): _push(lambda vm, at: vm._latin1(vm._u("<B", 1))),
    ord("V"): _push(lambda vm, at: bytes(vm._line()).decode("raw-unicode-escape")),
    ord("X"): _push(lambda vm, at: vm._text(vm._u("<I", 4))),
    ord("a"): _op_append,
    ord("b"): _op_build,
    ord("c"): _op_global,
    ord("d"): _op_dict,
    ord("}"): _push(lambda vm, at: PDict()),
    ord("e"): _op_appends,
    ord("g"): _get(lambda vm, at: _decimal(vm._line(), at)),
    ord("h"): _get(lambda vm, at: vm._u("<B", 1)),
    ord("i"): _op_inst,
    ord("j"): _get(lambda vm, at: vm._u("<I", 4)),
    ord("l"): _push(lambda vm, at: PList(vm.pop_mark())),
    ord("]"): _push(lambda vm, at: PList()),
    ord("o"): _op_obj,
    ord("p"): _put(lambda vm, at: _decimal(vm._line(), at)),
    ord("q"): _put(lambda vm, at: vm._u("<B", 1)),
    ord("r"): _put(lambda vm, at: vm._u("<I", 4)),
    ord("s"): _op_setitem,
    ord("t"): _push(lambda vm, at: tuple(vm.pop_mark())),
    ord(")"): _push(lambda vm, at: ()),
    ord("u"): _op_setitems,
    ord("G"): _push(lambda vm, at: struct.unpack(">d", bytes(vm._take(8)))[0]),
    0x80: _op_proto,
    0x81: _op_newobj,
    0x82: _ext("<B", 1),
    0x83: _ext("<H", 2),
    0x84: _ext("<i", 4),
    0x85: _tuple_n(1),
    0x86: _tuple_n(2),
    0x87: _tuple_n(3),
    0x88: _push(lambda vm, at: True),
    0x89: _push(lambda vm, at: False),
    0x8A: _push(lambda vm, at: _long(vm, vm._u("<B", 1))),
    0x8B: _push(lambda vm, at: _long(vm, vm._u("<i", 4))),
    ord("B"): _push(lambda vm, at: vm._bytes(vm._u("<I", 4))),
    ord("C"): _push(lambda vm, at: vm._bytes(vm._u("<B", 1))),
    0x8C: _push(lambda vm, at: vm._text(vm._u("<B", 1))),
    0x8D: _push(lambda vm, at: vm._text(vm._u("<Q", 8))),
    0x8E: _push(lambda vm, at: vm._bytes(vm._u("<Q", 8))),
    0x8F: _push(lambda vm, at: PSet()),
    0x90: _op_additems,
    0x91: _push(lambda vm, at: tuple(vm.pop_mark())),
    0x92: _op_newobj_ex,
    0x93: _op_stack_global,
    0x94: _op_memoize,
    0x95: _op_frame,
    0x96: _push(lambda vm, at: vm._bytes(vm._u("<Q", 8))),
    0x97: _push(lambda vm, at: Unknown("out-of-band buffer")),
    0x98: lambda vm, at: False,
}


def _float(line: bytes, at: int) -> float:
    try:
        return float(line)
    except ValueError:
        raise VMError("invalid FLOAT literal", at) from None


def _long(vm: PickleVM, n: int) -> Any:
    if n < 0:
        raise VMError("negative LONG length", vm.pos)
    b = vm._take(n)
    if n > 4096:
        return Unknown("huge integer")
    return int.from_bytes(bytes(b), "little", signed=True)


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
