"""The rule catalogue of the model-file scanners: stable ids, titles and references.

Rule ids are grouped by family: ``ART-PKL`` pickle, ``ART-ARC`` archives and
containers, ``ART-KER`` Keras, ``ART-TF`` TensorFlow, ``ART-ONNX``, ``ART-ST``
safetensors, ``ART-GGUF``, ``ART-TPL`` chat templates, ``ART-GEN`` generic (could
not parse / not scanned). Baselines store the ids: never renumber.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assura.findings import Finding, Location, Severity

__all__ = ["RULES", "Rule", "finding"]

CODE_EXEC = ("CWE-502", "AML.T0010.003", "AML.T0011.000", "AML.T0018.002")
MALFORMED = ("CWE-20", "AML.T0010.003")


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    name: str
    description: str
    references: tuple[str, ...]


def _r(rid: str, name: str, description: str, refs: tuple[str, ...]) -> tuple[str, Rule]:
    return rid, Rule(rid, name, description, refs)


RULES: dict[str, Rule] = dict(
    [
        _r(
            "ART-PKL-001",
            "pickle-dangerous-call",
            "A pickle calls or imports a callable known to run commands, code, or touch files and network at load time.",
            CODE_EXEC,
        ),
        _r(
            "ART-PKL-002",
            "pickle-unknown-callable",
            "A pickle calls a callable that is on neither the allow-list nor the deny-list.",
            CODE_EXEC,
        ),
        _r(
            "ART-PKL-003",
            "pickle-dynamic-callable",
            "A pickle calls an object computed at load time (getattr chains, computed imports).",
            CODE_EXEC,
        ),
        _r(
            "ART-PKL-004",
            "pickle-unknown-class",
            "A pickle instantiates a class outside the allow-list without calling it.",
            CODE_EXEC,
        ),
        _r(
            "ART-PKL-005",
            "pickle-malformed",
            "A pickle stream is malformed; the loader runs everything before the error.",
            MALFORMED,
        ),
        _r(
            "ART-PKL-006",
            "pickle-nested",
            "A pickle deserialises a second pickle or marshalled code at load time.",
            CODE_EXEC,
        ),
        _r(
            "ART-PKL-007",
            "pickle-extension-code",
            "A pickle uses the copyreg extension registry (EXT1/2/4).",
            CODE_EXEC,
        ),
        _r(
            "ART-ARC-001",
            "archive-path-traversal",
            "An archive member's name escapes the extraction folder (../ or absolute).",
            ("CWE-22", "AML.T0010.003"),
        ),
        _r(
            "ART-ARC-002",
            "archive-link",
            "An archive holds a symbolic or hard link, possibly pointing outside the folder.",
            ("CWE-59", "AML.T0010.003"),
        ),
        _r(
            "ART-ARC-003",
            "archive-bomb",
            "An archive member or file decompresses to far more than its stored size.",
            ("CWE-409",),
        ),
        _r(
            "ART-ARC-004",
            "zip-header-mismatch",
            "ZIP local and central headers disagree (name, flags, CRC): scanners and loaders see different files.",
            ("CWE-434", "AML.T0010.003"),
        ),
        _r(
            "ART-ARC-005",
            "archive-not-scanned",
            "An archive member could not be scanned (encrypted, too large, unsupported, too deep).",
            MALFORMED,
        ),
        _r(
            "ART-ARC-006",
            "archive-special-member",
            "An archive holds a device, FIFO or other special member.",
            ("CWE-22",),
        ),
        _r(
            "ART-KER-001",
            "keras-lambda",
            "A Keras model holds a Lambda layer: marshalled Python bytecode runs when the model is loaded or called.",
            CODE_EXEC,
        ),
        _r(
            "ART-KER-002",
            "keras-dangerous-module",
            "A Keras config names a module/function that runs commands or code (config injection).",
            CODE_EXEC,
        ),
        _r(
            "ART-KER-003",
            "keras-custom-object",
            "A Keras config needs a custom (non-Keras) class or function registered at load time.",
            ("CWE-502", "AML.T0010.003"),
        ),
        _r(
            "ART-TF-001",
            "tf-python-op",
            "A TensorFlow graph runs Python (PyFunc/EagerPyFunc).",
            CODE_EXEC,
        ),
        _r(
            "ART-TF-002",
            "tf-file-op",
            "A TensorFlow graph reads, writes, lists or deletes files outside checkpoint restore.",
            ("CWE-73", "AML.T0010.003", "AML.T0018.002"),
        ),
        _r(
            "ART-TF-003",
            "tf-unusual-op",
            "A TensorFlow graph uses an op that reaches the host (printing to files, network, system).",
            ("CWE-73", "AML.T0010.003"),
        ),
        _r(
            "ART-ONNX-001",
            "onnx-external-data-escape",
            "An ONNX tensor's external data path is absolute or escapes the model's folder.",
            ("CWE-22", "AML.T0010.003"),
        ),
        _r(
            "ART-ONNX-002",
            "onnx-custom-domain",
            "An ONNX node uses a custom operator domain: the runtime must load native or Python code for it.",
            ("CWE-829", "AML.T0010.003"),
        ),
        _r(
            "ART-ONNX-003",
            "onnx-python-op",
            "An ONNX node calls a Python operator (onnxruntime-extensions PyOp).",
            CODE_EXEC,
        ),
        _r(
            "ART-ST-001",
            "safetensors-invalid",
            "A safetensors header is invalid or inconsistent with the file (sizes, offsets, overlaps, dtypes).",
            MALFORMED,
        ),
        _r(
            "ART-GGUF-001",
            "gguf-invalid",
            "A GGUF header or metadata table is invalid or out of bounds.",
            MALFORMED,
        ),
        _r(
            "ART-TPL-001",
            "template-code-execution",
            "A chat template reaches Python internals (dunder attributes, globals): code execution when rendered outside a sandbox.",
            ("CWE-1336", "CWE-94", "AML.T0010.003", "AML.T0011.000"),
        ),
        _r(
            "ART-TPL-002",
            "template-suspicious",
            "A chat template uses constructs rarely needed for chat formatting (attr filter, helper objects' attributes).",
            ("CWE-1336", "AML.T0010.003"),
        ),
        _r(
            "ART-TPL-003",
            "template-unparseable",
            "A chat template does not parse as Jinja.",
            MALFORMED,
        ),
        _r(
            "ART-GEN-001",
            "unparseable",
            "A file in a model format could not be parsed: it was not fully analysed.",
            MALFORMED,
        ),
        _r(
            "ART-GEN-002",
            "not-scanned",
            "A file or member was not scanned (unknown format, limit reached, unsupported).",
            MALFORMED,
        ),
        _r(
            "ART-GEN-003",
            "scanner-error",
            "A scanner failed on this input; the file was not fully analysed.",
            MALFORMED,
        ),
    ]
)


def finding(
    rule_id: str,
    severity: Severity,
    message: str,
    location: Location,
    *,
    error: bool = False,
    **data: Any,
) -> Finding:
    """A :class:`Finding` for ``rule_id`` with the rule's catalogue references.

    ``error=True`` marks "not fully analysed": such a file's verdict is ``error``
    unless something worse was found.
    """
    extra: dict[str, Any] = {k: v for k, v in data.items() if v is not None}
    if error:
        extra["error"] = True
    return Finding(
        rule_id=rule_id,
        severity=severity,
        message=message,
        location=location,
        references=RULES[rule_id].references,
        data=extra,
    )
