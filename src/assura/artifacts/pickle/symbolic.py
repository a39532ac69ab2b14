"""Pure, bounded re-implementations of the helpers attackers use to hide a callable.

``getattr(__import__('os'), 'system')``, ``pkgutil.resolve_name('os:system')``,
``operator.attrgetter``, ``functools.partial``, ``dict.get(numpy.__builtins__, 'eval')``,
``str.lower`` for computed names, and decoders (base64, hex, ``_codecs.encode``, zlib)
for nested payloads. Nothing here imports or calls the named objects.
"""

from __future__ import annotations

import base64
import binascii
import zlib
from dataclasses import dataclass
from typing import Any

from assura.artifacts.pickle.values import AttrOf, BigBytes, CallResult, Global, ModuleRef

__all__ = [
    "AttrGetter",
    "MethodCaller",
    "Partial",
    "attr",
    "evaluate",
    "static_bytes",
    "static_value",
]

_MAX = 16 << 20


@dataclass(eq=False, slots=True)
class AttrGetter:
    names: tuple[str, ...]


@dataclass(eq=False, slots=True)
class MethodCaller:
    name: str
    args: tuple[Any, ...]


@dataclass(eq=False, slots=True)
class Partial:
    func: Any
    args: tuple[Any, ...]


def static_value(v: Any) -> Any:
    """The statically known value of ``v`` (a literal, or a helper's computed result)."""
    if isinstance(v, CallResult) and v.value is not None:
        return v.value
    return v


def static_bytes(v: Any) -> bytes | memoryview | None:
    v = static_value(v)
    if isinstance(v, bytes):
        return v
    if isinstance(v, BigBytes):
        return v.data
    if isinstance(v, str) and len(v) <= _MAX:
        return v.encode("latin-1", "replace")
    return None


def attr(obj: Any, name: str) -> Any:
    """``getattr(obj, name)`` symbolically: modules and globals resolve to a Global."""
    obj = static_value(obj)
    if isinstance(obj, ModuleRef):
        return Global(obj.module, name)
    if isinstance(obj, Global):
        if obj.name in ("__builtins__", "__dict__") or obj.dotted in ("builtins.__dict__",):
            return Global("builtins", name)
        return Global(obj.module, f"{obj.name}.{name}")
    if isinstance(obj, str):
        return Global("builtins", f"str.{name}")
    return AttrOf(obj, name)


def _module_name(v: Any) -> str | None:
    v = static_value(v)
    return v if isinstance(v, str) and v else None


def evaluate(dotted: str, args: tuple[Any, ...]) -> tuple[bool, Any]:
    """(True, result) when ``dotted(*args)`` has a symbolic meaning, else (False, None)."""
    a = [static_value(x) for x in args]
    try:
        if (
            dotted in ("builtins.getattr", "builtins.object.__getattribute__")
            and len(a) >= 2
            and isinstance(a[1], str)
        ):
            return True, attr(args[0], a[1])
        if (
            dotted in ("builtins.__import__", "importlib.import_module", "importlib.__import__")
            and a
        ):
            name = _module_name(a[0])
            return (True, ModuleRef(name)) if name else (False, None)
        if dotted in ("pkgutil.resolve_name",) and a and isinstance(a[0], str):
            mod, _, rest = a[0].partition(":")
            if not rest:
                mod, _, rest = a[0].rpartition(".")
            return True, Global(mod, rest)
        if (
            dotted
            in (
                "builtins.dict.get",
                "builtins.dict.__getitem__",
                "operator.getitem",
                "_operator.getitem",
            )
            and len(a) >= 2
        ):
            if isinstance(a[1], str) and isinstance(a[0], Global | ModuleRef):
                return True, attr(a[0], a[1])
        if (
            dotted in ("operator.attrgetter", "_operator.attrgetter")
            and a
            and all(isinstance(x, str) for x in a)
        ):
            return True, AttrGetter(tuple(a))
        if (
            dotted in ("operator.methodcaller", "_operator.methodcaller")
            and a
            and isinstance(a[0], str)
        ):
            return True, MethodCaller(a[0], tuple(args[1:]))
        if dotted in ("functools.partial", "_functools.partial") and a:
            return True, Partial(args[0], tuple(args[1:]))
        return False, _pure(dotted, a)
    except (ValueError, TypeError, binascii.Error, zlib.error, UnicodeError):
        return False, None


def _pure(dotted: str, a: list[Any]) -> Any:
    """Results of data helpers whose value matters for nested payloads or computed names."""
    if dotted.startswith("builtins.str.") and a and isinstance(a[0], str):
        meth = dotted.rsplit(".", 1)[1]
        if meth in ("lower", "upper", "strip", "lstrip", "rstrip", "title", "casefold", "swapcase"):
            return str(getattr(a[0], meth)())
        if meth == "replace" and len(a) == 3 and all(isinstance(x, str) for x in a):
            return a[0].replace(a[1], a[2])[:_MAX]
        if meth == "join" and len(a) == 2 and isinstance(a[1], list | tuple):
            return a[0].join(x for x in a[1] if isinstance(x, str))[:_MAX]
    if dotted in ("_codecs.encode", "codecs.encode") and a and isinstance(a[0], str):
        enc = a[1] if len(a) > 1 and isinstance(a[1], str) else "utf-8"
        if enc.replace("-", "").lower() in ("latin1", "iso88591", "utf8", "ascii"):
            return a[0].encode(enc, "replace")
    data = a[0] if a and isinstance(a[0], str | bytes) else None
    if data is None or len(data) > _MAX:
        return None
    if dotted in (
        "base64.b64decode",
        "base64.decodebytes",
        "base64.standard_b64decode",
        "binascii.a2b_base64",
    ):
        return base64.b64decode(data)
    if dotted in ("base64.urlsafe_b64decode",):
        return base64.urlsafe_b64decode(data)
    if dotted in ("base64.b32decode",):
        return base64.b32decode(data)
    if dotted in ("base64.b85decode",):
        return base64.b85decode(data)
    if dotted in ("binascii.unhexlify", "binascii.a2b_hex", "builtins.bytes.fromhex"):
        return binascii.unhexlify(data)
    if dotted in ("zlib.decompress",) and isinstance(data, bytes):
        return zlib.decompressobj().decompress(data, _MAX)
    if dotted in ("builtins.bytes.decode",) and isinstance(data, bytes):
        return data.decode("utf-8", "replace")
    return None
