"""Static analysis of pickle streams: :func:`analyse_pickle` never imports or calls anything."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assura.artifacts.pickle.analysis import Analysis, Hit
from assura.artifacts.pickle.policy import PicklePolicy, load_policy
from assura.artifacts.pickle.vm import PickleVM, VMError, looks_like_pickle

__all__ = ["PickleResult", "analyse_pickle", "load_policy", "looks_like_pickle"]

TORCH_LEGACY_MAGIC = 0x1950A86A20F9469CFC6C
_CALL_OPS = frozenset(b"cRi\x93o\x81\x92b")


@dataclass(slots=True)
class PickleResult:
    analysis: Analysis
    streams: int = 0
    protocol: int = 0
    error: tuple[str, int] | None = None
    trailing: int = 0
    legacy_torch: bool = False
    facts: dict[str, Any] = field(default_factory=dict)

    @property
    def hits(self) -> list[Hit]:
        return self.analysis.results()


def analyse_pickle(
    data: bytes | memoryview,
    *,
    policy: PicklePolicy | None = None,
    max_ops: int = 20_000_000,
    multi: bool = True,
    depth: int = 0,
    prefix: str = "",
    base: int = 0,
) -> PickleResult:
    """Run the static pickle machine over ``data`` (one stream, or several back to back).

    Keeps going after a stream ends when another one follows (a loader that calls
    ``load`` repeatedly, legacy torch files); stops at the first malformed byte and
    records where, after every call that preceded it was judged.
    """
    pol = policy or load_policy()
    analysis = Analysis(pol, max_ops=max_ops, depth=depth, prefix=prefix, base=base)

    def nested(payload: bytes | memoryview, nprefix: str) -> None:
        if depth >= 3:
            return
        sub = analyse_pickle(
            payload,
            policy=pol,
            max_ops=max_ops,
            depth=depth + 1,
            prefix=prefix + nprefix,
            base=base,
        )
        for key, h in sub.analysis.hits.items():
            analysis.hits.setdefault(("nested:" + key[0], key[1]), h)

    analysis.on_nested = nested
    res = PickleResult(analysis)
    pos, n = 0, len(data)
    while pos < n:
        vm = PickleVM(data, analysis, start=pos, max_ops=max_ops)
        try:
            pos = vm.run()
        except VMError as exc:
            if res.streams == 0 or vm.opcodes_seen & _CALL_OPS:
                res.error = (str(exc), exc.offset)
            else:
                pos = vm.start
            break
        finally:
            if res.streams == 0:
                res.protocol = vm.proto
        res.streams += 1
        if res.streams == 1 and vm.result == TORCH_LEGACY_MAGIC:
            res.legacy_torch = True
        if not multi or (res.legacy_torch and res.streams >= 5) or not _another(data, pos):
            break
    res.trailing = max(0, n - pos) if res.error is None else 0
    return res


def _another(data: bytes | memoryview, pos: int) -> bool:
    if pos + 1 >= len(data):
        return False
    if data[pos] == 0x80:
        return bool(data[pos + 1] <= 5)
    return looks_like_pickle(bytes(data[pos : pos + 256]))
