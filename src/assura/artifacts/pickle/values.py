"""Symbolic values of the static pickle machine, and how to print them.

Plain data (int, float, str, small bytes, None, bool, tuples) is kept as Python values;
everything the real unpickler would have to import or call is a symbolic object, so the
analysis can say *what would be called with which arguments* without calling anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "AttrOf",
    "BigBytes",
    "CallResult",
    "Global",
    "Instance",
    "ModuleRef",
    "PDict",
    "PList",
    "PSet",
    "PersId",
    "Unknown",
    "render",
]


@dataclass(eq=False, slots=True)
class Global:
    """``module.qualname`` as imported by GLOBAL / STACK_GLOBAL / INST."""

    module: str
    name: str
    offset: int = -1
    used: bool = False

    @property
    def dotted(self) -> str:
        return f"{self.module}.{self.name}"


@dataclass(eq=False, slots=True)
class ModuleRef:
    """A module object obtained at load time (``__import__('os')``)."""

    module: str


@dataclass(eq=False, slots=True)
class AttrOf:
    """An attribute taken from an object the analysis cannot resolve statically."""

    obj: Any
    name: str


@dataclass(eq=False, slots=True)
class CallResult:
    """What ``func(*args)`` returned (the call itself is judged when it happens)."""

    func: Any
    args: Any
    offset: int
    value: Any = None
    """A statically known result for pure helpers (``str.lower``, ``b64decode``)."""


@dataclass(eq=False, slots=True)
class Instance:
    """An object made by NEWOBJ / ``copyreg._reconstructor`` / a class call, plus BUILD states."""

    cls: Any
    args: Any
    offset: int
    state: list[Any] = field(default_factory=list)


@dataclass(eq=False, slots=True)
class PersId:
    pid: Any


@dataclass(eq=False, slots=True)
class BigBytes:
    """A bytes value too large to copy: its length and a view on the original buffer."""

    data: memoryview

    def __len__(self) -> int:
        return len(self.data)


class PList(list[Any]):
    __slots__ = ()


class PSet(list[Any]):
    __slots__ = ()


class PDict(list[tuple[Any, Any]]):
    """A dict as a list of pairs: keys may be unhashable symbolic values."""

    __slots__ = ()

    def get_key(self, key: str) -> Any:
        for k, v in self:
            if k == key:
                return v
        return None


@dataclass(eq=False, slots=True)
class Unknown:
    what: str = "?"


def render(value: Any, depth: int = 3, limit: int = 160) -> str:
    """A short Python-like rendering of ``value``, bounded in depth and length."""
    s = _render(value, depth)
    return s if len(s) <= limit else s[: limit - 3] + "..."


def _render(v: Any, depth: int) -> str:  # noqa: PLR0911
    if depth < 0:
        return "..."
    d = depth - 1
    if isinstance(v, Global):
        return v.dotted
    if isinstance(v, ModuleRef):
        return f"<module {v.module}>"
    if isinstance(v, AttrOf):
        return f"{_render(v.obj, d)}.{v.name}"
    if isinstance(v, CallResult):
        if v.value is not None and isinstance(v.value, str | bytes):
            return repr(v.value[:80])
        return f"{_render(v.func, d)}({_args(v.args, d)})"
    if isinstance(v, Instance):
        return f"{_render(v.cls, d)}({_args(v.args, d)})"
    if isinstance(v, PersId):
        return f"persistent_id({_render(v.pid, d)})"
    if isinstance(v, BigBytes):
        return f"<{len(v)} bytes>"
    if isinstance(v, Unknown):
        return f"<{v.what}>"
    if isinstance(v, PDict):
        items = ", ".join(f"{_render(k, d)}: {_render(x, d)}" for k, x in v[:8])
        return "{" + items + (", ..." if len(v) > 8 else "") + "}"
    if isinstance(v, PList | PSet):
        items = ", ".join(_render(x, d) for x in v[:8])
        return "[" + items + (", ..." if len(v) > 8 else "") + "]"
    if isinstance(v, tuple):
        return "(" + _args(v, d) + ("," if len(v) == 1 else "") + ")"
    if isinstance(v, str | bytes):
        return repr(v[:120]) + ("..." if len(v) > 120 else "")
    return repr(v)[:120]


def _args(args: Any, depth: int) -> str:
    if isinstance(args, tuple | list):
        parts = [_render(a, depth) for a in args[:8]]
        if len(args) > 8:
            parts.append("...")
        return ", ".join(parts)
    return "*" + _render(args, depth)
