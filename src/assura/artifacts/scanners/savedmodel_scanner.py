"""TensorFlow SavedModel (``saved_model.pb``): ops that run Python or touch the file system.

Walks every graph and function body with the bounded wire reader. Checkpoint save/restore
ops (SaveV2, RestoreV2, MergeV2Checkpoints, ShardedFilename) are normal in every
SavedModel and are listed as facts only.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from typing import ClassVar

from assura.artifacts.interface import ScanContext
from assura.artifacts.protowire import WireError, fields, text
from assura.artifacts.rules import finding
from assura.artifacts.scanners import sniff
from assura.findings import Finding, Severity

__all__ = ["SavedModelScanner"]

_PYTHON = frozenset({"PyFunc", "PyFuncStateless", "EagerPyFunc"})
_FILE = frozenset(
    "ReadFile WriteFile MatchingFiles DeleteFile FileExists ImmutableConst WholeFileReader WholeFileReaderV2 "
    "TextLineReader TextLineReaderV2 FixedLengthRecordReader FixedLengthRecordReaderV2 TFRecordReader TFRecordReaderV2 "
    "IdentityReader LMDBReader TextLineDataset TFRecordDataset FixedLengthRecordDataset CSVDataset CSVDatasetV2 "
    "ExperimentalCSVDataset ExperimentalLMDBDataset LMDBDataset SqlDataset ExperimentalSqlDataset LoadAndRemapMatrix "
    "CreateSummaryFileWriter CreateSummaryDbWriter WriteSummary WriteAudioSummary WriteImageSummary WriteScalarSummary "
    "WriteHistogramSummary WriteRawProtoSummary WriteGraphSummary ImportEvent SaveDataset SnapshotDataset DatasetToTFRecord "
    "ExperimentalDatasetToTFRecord".split()
)
_HOST = frozenset(
    {
        "PrintV2",
        "Print",
        "DebugIdentity",
        "DebugIdentityV2",
        "DebugIdentityV3",
        "DebugNanCount",
        "DebugNumericSummary",
        "DebugNumericSummaryV2",
        "RegisterDataset",
        "DataServiceDataset",
        "DataServiceDatasetV2",
    }
)


def _ops(node: memoryview, out: Counter[str], printers: list[str]) -> None:
    op = ""
    attrs: list[memoryview] = []
    for num, _wt, v in fields(node):
        if num == 2:
            op = text(v)
        elif num == 5 and isinstance(v, memoryview):
            attrs.append(v)
    out[op] += 1
    if op == "PrintV2":
        for a in attrs:
            kv = {k: x for k, _, x in fields(a)}
            if text(kv.get(1, memoryview(b""))) == "output_stream" and isinstance(
                kv.get(2), memoryview
            ):
                printers.append(text(kv[2])[-120:])


def _graph(buf: memoryview, out: Counter[str], printers: list[str]) -> None:
    for num, _wt, v in fields(buf):
        if not isinstance(v, memoryview):
            continue
        if num == 1:
            _ops(v, out, printers)
        elif num == 2:
            for fn, _, fv in fields(v):
                if fn == 1 and isinstance(fv, memoryview):
                    for n3, _, nv in fields(fv):
                        if n3 == 3 and isinstance(nv, memoryview):
                            _ops(nv, out, printers)


class SavedModelScanner:
    id: ClassVar[str] = "tf-savedmodel"

    def sniff(self, head: bytes, name: str) -> bool:
        return sniff.savedmodel(head, name)

    def scan(self, ctx: ScanContext) -> Iterator[Finding]:
        ops: Counter[str] = Counter()
        printers: list[str] = []
        try:
            for num, _wt, v in fields(ctx.data):
                if num == 2 and isinstance(v, memoryview):
                    for mn, _, mv in fields(v):
                        if mn == 2 and isinstance(mv, memoryview):
                            _graph(mv, ops, printers)
        except WireError as exc:
            yield finding(
                "ART-GEN-001",
                Severity.MEDIUM,
                f"not a valid SavedModel protobuf: {exc}",
                ctx.loc(),
                error=True,
            )
        ctx.format = "tf-savedmodel"
        ctx.facts.update(
            {
                "framework": "tensorflow",
                "op_types": dict(ops.most_common(80)),
                "op_count": sum(ops.values()),
            }
        )
        for op, n in sorted(ops.items()):
            if op in _PYTHON:
                yield finding(
                    "ART-TF-001",
                    Severity.CRITICAL,
                    f"graph runs Python through {op} ({n} node(s)): code outside the graph runs when the model is called",
                    ctx.loc(),
                )
            elif op in _FILE:
                yield finding(
                    "ART-TF-002",
                    Severity.HIGH,
                    f"graph uses file-system op {op} ({n} node(s)): reads, writes or lists files on the host",
                    ctx.loc(),
                )
        for target in printers:
            if target.startswith("file://") or os.path.isabs(target):
                yield finding(
                    "ART-TF-003", Severity.HIGH, f"PrintV2 writes to {target!r}", ctx.loc()
                )
        if not ops and ctx.target.name.lower() != "saved_model.pb":
            ctx.format = "protobuf"
            ctx.facts["framework"] = "tensorflow"
            ctx.facts.pop("op_types", None)
            return
        if not ops:
            yield finding(
                "ART-GEN-001",
                Severity.MEDIUM,
                "SavedModel with no graph nodes found",
                ctx.loc(),
                error=True,
            )
