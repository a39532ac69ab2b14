"""Opcode handlers of the static pickle machine, one small function per opcode family.

Each handler takes the machine and the opcode's offset, mutates the stack/memo like
CPython's unpickler does, hands imports/calls to the hooks, and returns True on STOP.
"""

from __future__ import annotations

import codecs
import struct
from typing import TYPE_CHECKING, Any

from assura.artifacts.pickle.values import PDict, PList, PSet, Unknown
from assura.artifacts.pickle.vm import VMError

if TYPE_CHECKING:
    from assura.artifacts.pickle.vm import PickleVM

__all__ = ["DISPATCH"]


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


DISPATCH: dict[int, Any] = {
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
