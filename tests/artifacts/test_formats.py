"""Non-pickle formats: safetensors, GGUF, chat templates, ONNX, SavedModel, Keras."""

from __future__ import annotations

import base64
import io
import json
import zipfile
from pathlib import Path

import pytest
from artifact_samples import gguf, keras_config, onnx_model, safetensors, saved_model

from assura.artifacts import Verdict, default_scanners, scan_paths
from assura.artifacts.jinja_check import check_template


def _scan(tmp_path: Path, name: str, data: bytes):  # type: ignore[no-untyped-def]
    p = tmp_path / name
    p.write_bytes(data)
    (res,) = scan_paths([p]).files
    return res


def test_safetensors_valid_facts(tmp_path: Path) -> None:
    res = _scan(
        tmp_path,
        "m.safetensors",
        safetensors({"w": ("F32", [2, 2], 16), "b": ("F16", [2], 4)}, meta={"format": "pt"}),
    )
    assert res.verdict is Verdict.CLEAN
    assert res.facts["tensor_count"] == 2 and res.facts["parameter_count"] == 6
    assert res.facts["metadata"] == {"format": "pt"}


@pytest.mark.parametrize(
    "tensors, body",
    [
        ({"w": ("F32", [2, 2], 12)}, None),  # size does not match shape
        ({"w": ("F32", [4], 16)}, b"\x00" * 8),  # data past the end
        ({"w": ("Q9", [1], 1)}, None),  # unknown dtype
    ],
)
def test_safetensors_invalid(tmp_path: Path, tensors, body) -> None:  # type: ignore[no-untyped-def]
    res = _scan(tmp_path, "m.safetensors", safetensors(tensors, body))
    assert any(f.rule_id == "ART-ST-001" for f in res.findings)
    assert res.verdict is not Verdict.CLEAN


SSTI = "{{ ''.__class__.__mro__[1].__subclasses__() }}"
OK_TEMPLATE = "{% set ns = namespace(found=false) %}{% for m in messages %}<|{{ m['role'] }}|>{{ m['content'] | trim }}{% endfor %}{% if add_generation_prompt %}<|assistant|>{% endif %}"


def test_gguf_template_and_facts(tmp_path: Path) -> None:
    res = _scan(
        tmp_path,
        "m.gguf",
        gguf({"general.architecture": "llama", "tokenizer.chat_template": SSTI}, tensors=1),
    )
    assert res.verdict is Verdict.MALICIOUS
    assert res.facts["architecture"] == "llama" and res.facts["parameter_count"] == 32
    ok = _scan(
        tmp_path,
        "ok.gguf",
        gguf({"general.architecture": "llama", "tokenizer.chat_template": OK_TEMPLATE}),
    )
    assert ok.verdict is Verdict.CLEAN, ok.findings


def test_gguf_truncated_is_error(tmp_path: Path) -> None:
    res = _scan(tmp_path, "m.gguf", gguf({"general.architecture": "llama"})[:30])
    assert res.verdict is Verdict.ERROR


@pytest.mark.parametrize(
    "tpl, bad",
    [
        (SSTI, True),
        ("{{ cycler.__init__.__globals__.os.popen('id').read() }}", True),
        ("{{ self._TemplateReference__context }}", True),
        ("{{ x|attr('__class__') }}", True),
        (OK_TEMPLATE, False),
        ("{{ bos_token }}{% for message in messages %}{{ message.content }}{% endfor %}", False),
    ],
)
def test_template_checks(tpl: str, bad: bool) -> None:
    assert bool([i for i in check_template(tpl) if i.severity in ("critical", "high")]) is bad


def test_tokenizer_config(tmp_path: Path) -> None:
    d = tmp_path / "t"
    d.mkdir()
    (d / "tokenizer_config.json").write_text(json.dumps({"chat_template": SSTI}))
    (res,) = scan_paths([d]).files
    assert res.format == "tokenizer-config" and res.verdict is Verdict.MALICIOUS


def test_onnx_external_data_and_custom_ops(tmp_path: Path) -> None:
    res = _scan(
        tmp_path,
        "m.onnx",
        onnx_model(
            [("Relu", ""), ("PyOp", "ai.onnx.contrib"), ("Foo", "com.example")],
            external="../../etc/passwd",
        ),
    )
    rules = {f.rule_id for f in res.findings}
    assert {"ART-ONNX-001", "ART-ONNX-002", "ART-ONNX-003"} <= rules
    assert res.facts["op_types"]["Relu"] == 1 and res.facts["parameter_count"] == 16
    ok = _scan(tmp_path, "ok.onnx", onnx_model([("Relu", "")], external="weights.bin"))
    assert ok.verdict is Verdict.CLEAN


def test_savedmodel_ops(tmp_path: Path) -> None:
    d = tmp_path / "sm"
    d.mkdir()
    (d / "saved_model.pb").write_bytes(
        saved_model(["Const", "EagerPyFunc", "WriteFile", "SaveV2", "RestoreV2"])
    )
    (res,) = scan_paths([d]).files
    rules = {f.rule_id for f in res.findings}
    assert rules == {"ART-TF-001", "ART-TF-002"}
    (d / "saved_model.pb").write_bytes(
        saved_model(["Const", "MatMul", "SaveV2", "RestoreV2", "MergeV2Checkpoints"])
    )
    (res,) = scan_paths([d]).files
    assert res.verdict is Verdict.CLEAN


LAMBDA = {
    "module": "keras.layers",
    "class_name": "Lambda",
    "config": {
        "name": "lam",
        "function": {
            "class_name": "__lambda__",
            "config": {"code": base64.b64encode(b"\xe3\x00os\x00system").decode()},
        },
    },
}
INJECT = {
    "module": "keras.layers",
    "class_name": "Dense",
    "config": {
        "name": "d",
        "activation": {
            "module": "os",
            "class_name": "function",
            "config": "system",
            "registered_name": "system",
        },
    },
}
DENSE = {
    "module": "keras.layers",
    "class_name": "Dense",
    "config": {"name": "d", "units": 2, "activation": "relu"},
}


def _keras(layer: dict) -> bytes:  # type: ignore[type-arg]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("config.json", json.dumps(keras_config(layer)))
        z.writestr("metadata.json", "{}")
        z.writestr("model.weights.h5", b"\x89HDF\r\n\x1a\n" + b"\x00" * 100)
    return buf.getvalue()


@pytest.mark.parametrize(
    "layer, rule", [(LAMBDA, "ART-KER-001"), (INJECT, "ART-KER-002"), (DENSE, None)]
)
def test_keras_v3(tmp_path: Path, layer: dict, rule: str | None) -> None:  # type: ignore[type-arg]
    res = _scan(tmp_path, "m.keras", _keras(layer))
    assert res.format == "keras-v3"
    assert {f.rule_id for f in res.findings} == ({rule} if rule else set())


def test_keras_h5_lambda(tmp_path: Path) -> None:
    cfg = json.dumps(
        {"class_name": "Sequential", "config": {"name": "m", "layers": [LAMBDA]}}
    ).encode()
    data = b"\x89HDF\r\n\x1a\n" + b"\x00" * 200 + b"keras_version\x00" + cfg + b"\x00" * 50
    res = _scan(tmp_path, "m.h5", data)
    assert res.format == "keras-h5" and res.verdict is Verdict.MALICIOUS
    assert "os" in res.findings[0].message


def test_every_built_in_scanner_loads_under_its_own_id() -> None:
    from assura.artifacts.scanners import LazyScanner

    scanners = default_scanners()
    assert [s.id for s in scanners][-1] == "pickle"  # the weakest sniff goes last
    for s in scanners:
        assert isinstance(s, LazyScanner)
        assert s.load().id == s.id
