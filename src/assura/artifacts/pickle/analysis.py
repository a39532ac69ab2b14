"""The hooks behind the static pickle machine: judge every import, call and BUILD.

An :class:`Analysis` collects findings (deduplicated per rule and target, first offset
kept, count recorded) and facts (imports, calls, tensors, parameters, dtypes, classes).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from assura.artifacts.pickle import symbolic
from assura.artifacts.pickle.joblib_arrays import array_skip, is_array_wrapper
from assura.artifacts.pickle.policy import PicklePolicy
from assura.artifacts.pickle.values import (
    CallResult,
    Global,
    Instance,
    ModuleRef,
    PDict,
    PersId,
    PList,
    PSet,
    Unknown,
    render,
)
from assura.artifacts.pickle.vm import PickleVM, VMError
from assura.findings import Severity

__all__ = ["Analysis", "Hit"]

_DICTS = frozenset(
    {"collections.OrderedDict", "builtins.dict", "collections.defaultdict", "collections.Counter"}
)
_LISTS = frozenset({"builtins.list", "collections.deque"})
_SETS = frozenset({"builtins.set", "builtins.frozenset"})
_TENSOR_REBUILDS = frozenset(
    {
        "torch._utils._rebuild_tensor",
        "torch._utils._rebuild_tensor_v2",
        "torch._utils._rebuild_tensor_v3",
        "torch._utils._rebuild_qtensor",
    }
)
_STORAGE_DTYPES = {
    "FloatStorage": "float32",
    "DoubleStorage": "float64",
    "HalfStorage": "float16",
    "BFloat16Storage": "bfloat16",
    "LongStorage": "int64",
    "IntStorage": "int32",
    "ShortStorage": "int16",
    "CharStorage": "int8",
    "ByteStorage": "uint8",
    "BoolStorage": "bool",
    "ComplexFloatStorage": "complex64",
    "ComplexDoubleStorage": "complex128",
    "QInt8Storage": "qint8",
    "QUInt8Storage": "quint8",
    "QInt32Storage": "qint32",
}


class Hit:
    """One (deduplicated) finding of the pickle analysis."""

    __slots__ = ("count", "message", "offset", "rule", "severity", "target")

    def __init__(
        self, rule: str, severity: Severity, message: str, offset: int, target: str
    ) -> None:
        self.rule, self.severity, self.message = rule, severity, message
        self.offset, self.target, self.count = offset, target, 1


class Analysis:
    """Implements :class:`~assura.artifacts.pickle.vm.Hooks`; one per scanned pickle (stream set)."""

    def __init__(
        self, policy: PicklePolicy, *, max_ops: int, depth: int = 0, prefix: str = "", base: int = 0
    ) -> None:
        self.policy, self.max_ops, self.depth, self.prefix, self.base = (
            policy,
            max_ops,
            depth,
            prefix,
            base,
        )
        self.hits: dict[tuple[str, str], Hit] = {}
        self.imports: Counter[str] = Counter()
        self.classes: Counter[str] = Counter()
        self.calls = 0
        self.tensors = 0
        self.parameters = 0
        self.dtypes: Counter[str] = Counter()
        self.unresolved_arrays = 0
        self.on_nested: Callable[[bytes | memoryview, str], None] | None = None

    # -- reporting -------------------------------------------------------------
    def hit(self, rule: str, severity: Severity, message: str, offset: int, target: str) -> None:
        key = (rule, target)
        h = self.hits.get(key)
        if h is None:
            self.hits[key] = Hit(rule, severity, self.prefix + message, self.base + offset, target)
        else:
            h.count += 1

    def _judge(self, g: Global, how: str, args: Any, offset: int) -> Any:
        """Judge a use of ``g``; ``how`` is 'call', 'new' or 'import'. Returns the decision."""
        d = self.policy.classify(g.module, g.name)
        g.used = g.used or how != "import"
        shown = f"{g.dotted}({_args(args)})" if how != "import" else g.dotted
        verb = {"call": "calls", "new": "instantiates", "import": "imports"}[how]
        if d.kind == "deny":
            rule = "ART-PKL-006" if d.nested else "ART-PKL-001"
            target = g.dotted if how != "import" else "import:" + g.dotted
            self.hit(rule, d.severity, f"{verb} {shown} at load: {d.what}", offset, target)
            if d.nested and how == "call":
                self._nested(args, offset)
        elif d.kind == "unknown":
            if how == "new" and _capword(g.name):
                self.hit(
                    "ART-PKL-004",
                    Severity.LOW,
                    f"instantiates {g.dotted} (import of a module outside the allow-list, no __init__ call)",
                    offset,
                    g.dotted,
                )
            elif how != "import":
                self.hit(
                    "ART-PKL-002",
                    Severity.MEDIUM,
                    f"{verb} {shown} at load: callable not on the allow-list",
                    offset,
                    g.dotted,
                )
        return d

    def results(self) -> list[Hit]:
        """Hits in offset order; an import is dropped when the same callable was also used."""
        used = {t for (_, t) in self.hits if not t.startswith("import:")}
        out = [
            h for (_, t), h in self.hits.items() if not (t.startswith("import:") and t[7:] in used)
        ]
        return sorted(out, key=lambda h: h.offset)

    # -- hooks -------------------------------------------------------------------
    def on_global(self, g: Global, computed: bool) -> Any:
        self.imports[g.dotted] += 1
        if computed:
            self.hit(
                "ART-PKL-003",
                Severity.CRITICAL,
                f"imports {g.dotted} with a module/name computed at load time",
                g.offset,
                "computed:" + g.dotted,
            )
        d = self.policy.classify(g.module, g.name)
        if d.kind == "deny":
            self._judge(g, "import", (), g.offset)
        return g

    def on_call(self, func: Any, args: Any, offset: int, op: str) -> Any:
        self.calls += 1
        args_t = args if isinstance(args, tuple) else (args,)
        func = symbolic.static_value(func)
        if isinstance(func, symbolic.AttrGetter) and args_t:
            obj: Any = args_t[0]
            for name in func.names:
                for part in name.split("."):
                    obj = symbolic.attr(obj, part)
            return obj
        if isinstance(func, symbolic.MethodCaller) and args_t:
            return self.on_call(symbolic.attr(args_t[0], func.name), func.args, offset, op)
        if isinstance(func, symbolic.Partial):
            return self.on_call(func.func, func.args + args_t, offset, op)
        if not isinstance(func, Global):
            self.hit(
                "ART-PKL-003",
                Severity.HIGH,
                f"calls {render(func)}({_args(args)}), a callable computed at load time",
                offset,
                "dyn:" + render(func, 2, 60),
            )
            return CallResult(func, args, offset)
        if func.dotted in ("copyreg._reconstructor", "copy_reg._reconstructor") and args_t:
            return self.on_newobj(args_t[0], args_t[2:3], None, offset, "_reconstructor")
        if func.dotted in ("copyreg.__newobj__", "copyreg.__newobj_ex__") and args_t:
            return self.on_newobj(args_t[0], args_t[1:], None, offset, "__newobj__")
        if self._benign_indirection(func.dotted, args_t, offset):
            d = self.policy.classify(func.module, func.name)
            self.hits.pop(("ART-PKL-001", "import:" + func.dotted), None)
        else:
            d = self._judge(func, "call", args, offset)
        known, value = symbolic.evaluate(func.dotted, args_t)
        if known:
            return value
        if func.dotted in _DICTS:
            return PDict()
        if func.dotted in _LISTS:
            return PList(args_t[0]) if args_t and isinstance(args_t[0], PList) else PList()
        if func.dotted in _SETS:
            return PSet()
        if func.dotted in _TENSOR_REBUILDS:
            self._tensor(func.dotted, args_t)
        if d.kind == "class":
            self.classes[func.dotted] += 1
            return Instance(func, args, offset)
        return CallResult(func, args, offset, value)

    def on_newobj(self, cls: Any, args: Any, kwargs: Any, offset: int, op: str) -> Any:
        cls = symbolic.static_value(cls)
        if not isinstance(cls, Global):
            self.hit(
                "ART-PKL-003",
                Severity.HIGH,
                f"instantiates {render(cls)}, a class computed at load time",
                offset,
                "dyn:" + render(cls, 2, 60),
            )
            return Instance(cls, args, offset)
        self.classes[cls.dotted] += 1
        self._judge(cls, "new", args, offset)
        if cls.dotted in _DICTS:
            return PDict()
        return Instance(cls, args, offset)

    def on_build(self, inst: Any, state: Any, offset: int, vm: PickleVM) -> None:
        if isinstance(inst, Global | ModuleRef):
            self.hit(
                "ART-PKL-001",
                Severity.CRITICAL,
                f"overwrites attributes of {render(inst)} with {render(state)} at load (BUILD on a module or class)",
                offset,
                "build:" + render(inst),
            )
            return
        if isinstance(inst, Instance):
            inst.state.append(state)
            if is_array_wrapper(inst):
                self._skip_array(state, vm)

    def on_mutate(self, target: Any, offset: int, op: str) -> None:
        if isinstance(target, Global | ModuleRef):
            self.hit(
                "ART-PKL-001",
                Severity.CRITICAL,
                f"modifies {render(target)} at load ({op})",
                offset,
                "mutate:" + render(target),
            )

    def on_persid(self, pid: Any, offset: int) -> Any:
        if isinstance(pid, tuple) and len(pid) >= 2 and isinstance(pid[1], Global):
            dtype = _STORAGE_DTYPES.get(pid[1].name)
            if dtype:
                self.dtypes[dtype] += 1
        return PersId(pid)

    def on_ext(self, code: int, offset: int) -> Any:
        self.hit(
            "ART-PKL-007",
            Severity.MEDIUM,
            f"uses extension code {code} (EXT opcode): the loader calls whatever the host registered",
            offset,
            f"ext:{code}",
        )
        return Unknown(f"extension {code}")

    # -- helpers -----------------------------------------------------------------
    def _benign_indirection(self, dotted: str, args: tuple[Any, ...], offset: int) -> bool:
        """partial(allowed_fn, ...) and getattr(instance, 'public_name') are how plain objects
        pickle bound methods and partials; the later call of the result is still judged."""
        if not args:
            return False
        first = symbolic.static_value(args[0])
        if dotted in ("functools.partial", "_functools.partial") and isinstance(first, Global):
            return self.policy.classify(first.module, first.name).kind in ("allow", "class")
        if (
            dotted == "builtins.getattr"
            and len(args) == 2
            and isinstance(first, Instance | PDict | PList)
        ):
            name = symbolic.static_value(args[1])
            if isinstance(name, str) and not name.startswith("_"):
                self.hit(
                    "ART-PKL-002",
                    Severity.MEDIUM,
                    f"reaches attribute {name!r} of {render(first, 2, 60)} at load (bound method)",
                    offset,
                    "getattr:" + name,
                )
                return True
        return False

    def _tensor(self, dotted: str, args: tuple[Any, ...]) -> None:
        self.tensors += 1
        size = args[2] if len(args) > 2 else None
        if isinstance(size, tuple) and all(isinstance(x, int) for x in size):
            n = 1
            for x in size:
                n *= x
            self.parameters += n

    def _skip_array(self, state: Any, vm: PickleVM) -> None:
        nbytes, is_object, padded = array_skip(state)
        if nbytes is None:
            self.unresolved_arrays += 1
            return
        if padded and not is_object and vm.pos < len(vm.data):
            vm.pos += 1 + vm.data[vm.pos]
        if is_object:
            sub = PickleVM(vm.data, self, start=vm.pos, max_ops=self.max_ops)
            try:
                vm.pos = sub.run()
            except VMError as exc:
                raise VMError(f"in joblib object array: {exc}", exc.offset) from None
        else:
            vm.pos += nbytes

    def _nested(self, args: Any, offset: int) -> None:
        args_t = args if isinstance(args, tuple) else (args,)
        if not args_t or self.on_nested is None:
            return
        data = symbolic.static_bytes(args_t[0])
        if data is not None and len(data) > 1:
            self.on_nested(data, f"nested pickle at offset {self.base + offset}: ")


def _capword(name: str) -> bool:
    last = name.rsplit(".", 1)[-1].lstrip("_")
    return bool(last) and last[0].isupper()


def _args(args: Any) -> str:
    if isinstance(args, tuple):
        return ", ".join(render(a, 2, 80) for a in args[:6]) + (", ..." if len(args) > 6 else "")
    return "*" + render(args, 2, 80)
