"""The static pickle machine: one generated sample per technique (payloads harmless, never loaded)."""

from __future__ import annotations

import builtins
import collections
import datetime
import functools
import operator
import os
import pickle
import pickletools
import subprocess

import pytest
from artifact_samples import BENIGN_STATE_DICT, Reduce, evil_pickle
from hypothesis import example, given, settings
from hypothesis import strategies as st

from assura.artifacts.pickle import analyse_pickle
from assura.artifacts.pickle.vm import PickleVM, VMError, _NullHooks
from assura.findings import Severity


def _worst(data: bytes) -> Severity | None:
    hits = analyse_pickle(data).hits
    return max((h.severity for h in hits), default=None)


@pytest.mark.parametrize("protocol", [0, 1, 2, 3, 4, 5])
def test_os_system_every_protocol(protocol: int) -> None:
    res = analyse_pickle(evil_pickle(protocol))
    assert res.error is None
    (hit,) = [h for h in res.hits if h.rule == "ART-PKL-001"]
    assert hit.severity is Severity.CRITICAL
    assert "system('true')" in hit.message
    assert hit.offset > 0


@pytest.mark.parametrize(
    "obj, needle",
    [
        (Reduce(subprocess.Popen, ["true"]), "subprocess.Popen"),
        (Reduce(builtins.eval, "1"), "builtins.eval('1')"),
        (Reduce(builtins.exec, "pass"), "builtins.exec"),
        (Reduce(os.popen, "true"), "popen"),
        (Reduce(functools.partial(os.system, "true")), "system"),
        (Reduce(builtins.getattr, "x", "upper"), "getattr"),
    ],
)
def test_dangerous_callables(obj: object, needle: str) -> None:
    try:
        data = pickle.dumps(obj, protocol=4)
    except (pickle.PicklingError, TypeError):
        pytest.skip("object not picklable on this Python")
    msgs = " ".join(h.message for h in analyse_pickle(data).hits)
    assert needle in msgs
    assert _worst(data) is not None and _worst(data) >= Severity.HIGH


def test_unknown_callable_is_suspicious_not_clean() -> None:
    data = b"\x80\x04\x8c\x0bsome_pkg.io\x8c\x0bfetch_thing\x93\x8c\x01x\x85R."
    hits = analyse_pickle(data).hits
    assert [h.rule for h in hits] == ["ART-PKL-002"]
    assert hits[0].severity is Severity.MEDIUM


def test_getattr_import_chain_resolves_final_call() -> None:
    data = b"cbuiltins\ngetattr\n(cbuiltins\n__import__\n(Vos\ntRVsystem\ntR(Vtrue\ntR."
    msgs = [h.message for h in analyse_pickle(data).hits]
    assert any(m.startswith("calls os.system('true')") for m in msgs)


def test_stack_global_computed_names() -> None:
    data = b"\x80\x04\x8c\x08builtins\x8c\tstr.lower\x93\x8c\x02OS\x85R\x8c\x08builtins\x8c\tstr.lower\x93\x8c\x06SYSTEM\x85R\x93\x8c\x04true\x85R."
    res = analyse_pickle(data)
    rules = {h.rule for h in res.hits}
    assert "ART-PKL-003" in rules
    assert any("os.system('true')" in h.message for h in res.hits)


def test_memoize_vs_binput_memo_indices() -> None:
    # MEMOIZE stores at len(memo): after BINPUT 5 it stores at index 1, not 6.
    data = b"\x80\x04\x8c\x03foo\x94\x8c\x02os\x94\x8c\x03bar\x94\x8c\x06system\x94h\x01h\x03\x93\x8c\x04true\x85R."
    assert any("os.system('true')" in h.message for h in analyse_pickle(data).hits)


def test_broken_pickle_still_reports_payload() -> None:
    data = evil_pickle(2)[:-1] + b"\xff\xff"
    res = analyse_pickle(data)
    assert res.error is not None
    assert any(h.severity is Severity.CRITICAL for h in res.hits)


def test_second_stream_is_scanned() -> None:
    data = pickle.dumps({"a": 1}, protocol=2) + evil_pickle(2)
    res = analyse_pickle(data)
    assert res.streams == 2
    assert any(h.severity is Severity.CRITICAL for h in res.hits)


def test_nested_pickle_inside_loads_is_analysed() -> None:
    inner = evil_pickle(2)
    data = pickle.dumps(Reduce(pickle.loads, inner), protocol=2)
    msgs = [h.message for h in analyse_pickle(data).hits]
    assert any(m.startswith("nested pickle") and "system" in m for m in msgs)


def test_build_on_module_is_critical() -> None:
    data = b"\x80\x04\x8c\x05torch\x8c\x06_utils\x93}\x8c\x0f_rebuild_tensor\x8c\x04eval\x73b."
    assert _worst(data) is Severity.CRITICAL


def test_ext_opcode_is_reported() -> None:
    assert [h.rule for h in analyse_pickle(b"\x80\x02\x82\x07.").hits] == ["ART-PKL-007"]


@pytest.mark.parametrize(
    "obj",
    [
        {"a": [1, 2.5, "x", b"y", None, True], "b": (1, 2)},
        collections.OrderedDict(a=1),
        datetime.datetime(2024, 1, 1),
        {frozenset({1, 2}), 3},
        [operator.__name__] * 3,
    ],
)
@pytest.mark.parametrize("protocol", [0, 2, 4, 5])
def test_benign_data_is_clean(obj: object, protocol: int) -> None:
    res = analyse_pickle(pickle.dumps(obj, protocol=protocol))
    assert res.error is None
    assert res.hits == []


def test_torch_state_dict_is_clean_with_facts() -> None:
    res = analyse_pickle(BENIGN_STATE_DICT)
    assert res.hits == [] and res.error is None
    assert res.analysis.tensors == 1
    assert res.analysis.parameters == 16
    assert res.analysis.dtypes["float32"] == 1


def test_joblib_array_bytes_are_skipped() -> None:
    # NumpyArrayWrapper(shape=(4,), dtype=f8) followed by 32 raw bytes, then a payload.
    wrapper = (
        b"\x80\x04\x8c\x13joblib.numpy_pickle\x8c\x11NumpyArrayWrapper\x93)\x81}(\x8c\x05shape"
        b"K\x04\x85\x8c\x05order\x8c\x01C\x8c\x05dtype\x8c\x02f8u"
    )
    raw = b"\x00" * 32
    payload = b"\x8c\x05posix\x8c\x06system\x93\x8c\x04true\x85R."
    data = wrapper + b"b" + raw + b"0" + payload
    res = analyse_pickle(data)
    assert res.error is None, res.error
    assert any("posix.system('true')" in h.message for h in res.hits)


def test_bound_method_and_safe_partial_are_not_high() -> None:
    data = pickle.dumps(
        [collections.OrderedDict().keys, functools.partial(collections.OrderedDict, a=1)],
        protocol=4,
    )
    assert all(h.severity < Severity.HIGH for h in analyse_pickle(data).hits)


def test_py2_module_names_are_mapped_for_old_protocols() -> None:
    data = b"c__builtin__\neval\n(S'1'\ntR."
    (hit,) = analyse_pickle(data).hits
    assert hit.severity is Severity.CRITICAL and "builtins.eval" in hit.message


@example([0.5] * 40 + [7] * 30 + [70000] * 30 + [-3] * 20 + [1.0], 2, 10_000)
@example([0.25] * 100, 4, 50)
@example([9] * 64, 1, 63)
@given(
    st.lists(
        st.one_of(
            st.floats(allow_nan=False),
            st.integers(min_value=-(2**31), max_value=2**31 - 1),
            st.integers(min_value=0, max_value=300),
        ),
        max_size=200,
    ),
    st.integers(min_value=1, max_value=5),
    st.integers(min_value=1, max_value=400),
)
@settings(max_examples=150, deadline=None)
def test_runs_of_number_opcodes_rebuild_the_same_values(
    values: list[float | int], proto: int, budget: int
) -> None:
    # The VM takes long runs of BINFLOAT/BININT* in one step: same values, same opcode count,
    # and the opcode budget still cuts a run at exactly the same place.
    data = pickle.dumps(values, protocol=proto)
    vm = PickleVM(data, _NullHooks())
    vm.run()
    assert list(vm.result) == values
    assert vm.ops == sum(1 for _ in pickletools.genops(data))
    small = PickleVM(data, _NullHooks(), max_ops=budget)
    if budget >= vm.ops:
        small.run()
    else:
        with pytest.raises(VMError, match="budget"):
            small.run()
        assert small.ops == budget + 1
