"""Datasets used by training/eval code, and model files that code loads or saves.

Datasets: ``load_dataset("org/name")`` anywhere; in code that imports an ML library also
data files read by pandas/numpy/``open`` (``pd.read_csv("hiring.csv")``), dataset-named
keywords, argparse/click defaults and function defaults (``data_path="yahma/alpaca"``),
torchvision/keras/sklearn/tfds built-in datasets; in configs and scripts, dataset keys and
``--data_path`` flags. Name = the hub id, or the file's base name.

Model files referenced by code (``pickle.load(open("model.pkl"))``, ``joblib.dump``,
``torch.save``, ``load_model("m.h5")``) are reported as ``model_file`` when the file is in
the scanned tree, and a loaded one also as an in-house ``model`` (lower confidence).
"""

from __future__ import annotations

import ast
import os
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import ClassVar

from assura.findings import Location
from assura.inventory.detectors.asset_common import (
    CONFIG_EXTS,
    PY_EXTS,
    Segment,
    call_name,
    ext_of,
    is_placeholder,
    looks_ml_context,
    norm_key,
    py_nodes,
    py_str,
    segments,
)
from assura.inventory.interface import Component, ComponentKind, SourceFile

__all__ = ["DATASET_BLOCK", "DatasetDetector", "dataset_context_constants", "is_dataset_key"]

_DATASET_KEY = re.compile(
    r"^(?:[a-z0-9]+_)*(?:dataset|datasets|dataset_name|dataset_id|dataset_path|dataset_repo|"
    r"data_path|data_file|data_files|train_file|train_path|train_data|train_data_path|"
    r"training_data|training_file|eval_file|eval_data|eval_path|eval_dataset|validation_file|"
    r"valid_file|val_file|val_path|val_data|test_file|test_data|test_path|hf_dataset|corpus_path)$"
)
DATA_EXTS = frozenset(
    {
        ".csv",
        ".tsv",
        ".json",
        ".jsonl",
        ".ndjson",
        ".parquet",
        ".arrow",
        ".feather",
        ".xlsx",
        ".xls",
    }
)
MODEL_EXTS = frozenset(
    {".pkl", ".pickle", ".joblib", ".pt", ".pth", ".ckpt", ".bin", ".h5", ".hdf5", ".keras",
     ".onnx", ".gguf", ".ggml", ".safetensors", ".sav", ".tflite", ".pb", ".mlmodel", ".model",
     ".cbm", ".msgpack", ".pte", ".ptl", ".mar", ".nemo", ".llamafile"}
)  # fmt: skip
_BUILDERS = frozenset(
    {"json", "csv", "parquet", "text", "arrow", "pandas", "imagefolder", "audiofolder",
     "webdataset", "xml", "sql", "generator"}
)  # fmt: skip
_READ_FUNCS = frozenset(
    {"read_csv", "read_json", "read_parquet", "read_excel", "read_table", "read_feather",
     "read_fwf", "read_orc", "loadtxt", "genfromtxt", "from_csv", "from_json", "from_parquet",
     "load_from_disk", "read_jsonl"}
)  # fmt: skip
_LOAD_MODEL = frozenset(
    {"load", "load_model", "load_weights", "InferenceSession", "Booster", "load_file",
     "safe_open", "Llama", "load_learner", "Interpreter", "load_checkpoint", "restore"}
)  # fmt: skip
_SAVE_MODEL = frozenset(
    {"dump", "save", "save_model", "save_weights", "save_file", "export", "save_checkpoint"}
)
_COMMON_DIRS = frozenset(
    "data datasets dataset src app static assets config configs outputs output tmp cache "
    "models model local home usr mnt content drive gs s3 files input inputs raw processed".split()
)
_HF_ID = re.compile(r"[A-Za-z0-9][\w\-.]{0,95}/[\w\-.]{1,120}")
_KV = re.compile(r"""^\s*(?:-\s+)?["']?([A-Za-z_][\w.\-]*)["']?\s*[:=]\s*["']?([^"'\s,#]+)""")
_FLAG = re.compile(r"""--([A-Za-z][\w\-]*)(?:=|\s+)["']?([^\s"'`\\;|&,)]+)""")
_SHELL_EXTS = frozenset({".sh", ".bash", ".zsh", ".bat", ".cmd", ".ps1"})
# Files without any of these never yield a dataset or model-file reference (cheap pre-check).
_DS_GATE = re.compile(
    r"load_dataset|data_files|load_from_disk|pickle|joblib|dill|torch\.(?:load|save)|load_model|"
    r"save_model|InferenceSession|Booster|safetensors|Llama\(|Interpreter|load_learner"
)


def _dataset_name(value: str, builder_ok: bool = False) -> str | None:
    v = value.strip()
    if not v or len(v) > 300 or any(c.isspace() for c in v) or is_placeholder(v):
        return None
    if "://" in v and not v.startswith(("hf://", "s3://", "gs://")):
        return None
    base = posixpath.basename(v.rstrip("/"))
    ext = ext_of(base)
    if ext in DATA_EXTS or (ext in {".txt", ".zip", ".gz"} and builder_ok):
        return base
    if v.startswith(("hf://datasets/",)):
        return "/".join(v[len("hf://datasets/") :].split("/")[:2])
    if _HF_ID.fullmatch(v) and not ext and not v.startswith((".", "/", "~")):
        org = v.split("/", 1)[0].lower()
        if org not in _COMMON_DIRS and any(c.isalpha() for c in v.split("/", 1)[1]):
            return v
        return None
    if builder_ok and re.fullmatch(r"[A-Za-z][\w\-.]{1,80}", v) and v.lower() not in _BUILDERS:
        return v
    return None


def _strs(node: ast.AST | None, depth: int = 0) -> Iterator[_Str]:
    if node is None or depth > 3:
        return
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield _Str(node.value, node.lineno)
    elif isinstance(node, ast.List | ast.Tuple | ast.Set):
        for e in node.elts:
            yield from _strs(e, depth + 1)
    elif isinstance(node, ast.Dict):
        for e in node.values:
            yield from _strs(e, depth + 1)
    elif isinstance(node, ast.Call) and call_name(node) in {"open", "Path", "join"}:
        for a in node.args:
            yield from _strs(a, depth + 1)


@dataclass(frozen=True, slots=True)
class _Str:
    value: str
    lineno: int


DATASET_BLOCK = re.compile(
    r"(?:datasets|test_datasets|eval_datasets|dataset_mixer|dataset_mixture|data_mixture)\s*:\s*$"
)
_HUB_KEY = re.compile(r"""-?\s*["']?([A-Za-z0-9][\w\-.]*/[\w\-.]+)["']?\s*:""")


def is_dataset_key(key: str) -> bool:
    """``data_path``, ``dataset_name``, ``--train_file``... (normalised key)."""
    return bool(_DATASET_KEY.match(norm_key(key)))


def _is_dataset_key(key: str) -> bool:
    return bool(_DATASET_KEY.match(norm_key(key)))


def _scan_root(file: SourceFile) -> Path:
    parts = len(PurePosixPath(file.relpath).parts)
    return file.abspath.parents[parts - 1] if parts else file.abspath.parent


def _in_tree(file: SourceFile, value: str) -> bool:
    """Does the path ``value`` name a regular file inside the scanned tree? (bounded stats)"""
    if "\x00" in value or len(value) > 400:
        return False
    root = _scan_root(file)
    rootstr = os.path.normpath(str(root))
    for base in (file.abspath.parent, root):
        cand = os.path.normpath(os.path.join(str(base), value))
        if not (cand == rootstr or cand.startswith(rootstr + os.sep)):
            continue
        try:
            p = Path(cand)
            if p.is_file() and not p.is_symlink():
                return True
        except OSError:
            continue
    return False


class DatasetDetector:
    """Datasets referenced by ML code/config, and model files code loads or saves."""

    id: ClassVar[str] = "asset.dataset"

    def applies_to(self, relpath: str) -> bool:
        ext = ext_of(relpath)
        return ext in PY_EXTS or ext == ".ipynb" or ext in {".yaml", ".yml"} or ext in _SHELL_EXTS

    def detect(self, file: SourceFile) -> Iterator[Component]:
        if file.text is None:
            return
        ext = ext_of(file.relpath)
        seen: set[tuple[str, str, int]] = set()
        if ext in CONFIG_EXTS or ext in _SHELL_EXTS:
            found = self._lines(file.text, ext in _SHELL_EXTS)
            seg = Segment(file.text, file.relpath, "other")
            for kind, name, line, conf in found:
                yield from self._emit(seg, kind, name, line, conf, seen)
            return
        for seg in segments(file):
            if seg.lang != "python":
                continue
            if not (_DS_GATE.search(seg.text) or looks_ml_context(seg.text)):
                continue
            nodes = py_nodes(seg.text)
            if not nodes:
                continue
            ml = looks_ml_context(seg.text) or (
                file.relpath.endswith(".ipynb") and looks_ml_context(file.text)
            )
            for kind, name, line, conf in self._python(nodes, ml, file):
                yield from self._emit(seg, kind, name, line, conf, seen)

    def _emit(
        self,
        seg: Segment,
        kind: ComponentKind,
        name: str,
        line: int,
        conf: float,
        seen: set[tuple[str, str, int]],
    ) -> Iterator[Component]:
        loc: Location = seg.loc(line)
        key = (kind.value, name, loc.line or 0)
        if key in seen:
            return
        seen.add(key)
        props = {"source": "code-reference"} if kind is not ComponentKind.DATASET else {}
        yield Component(
            kind=kind,
            name=name,
            evidence=(loc,),
            provider="huggingface" if kind is ComponentKind.DATASET and "/" in name else None,
            confidence=conf,
            properties=props,
            detector=self.id,
        )

    def _python(
        self, nodes: tuple[ast.AST, ...], ml: bool, file: SourceFile
    ) -> Iterator[tuple[ComponentKind, str, int, float]]:
        ds = ComponentKind.DATASET
        for node in nodes:
            if isinstance(node, ast.Call):
                name = call_name(node)
                if name == "load_dataset":
                    first = node.args[0] if node.args else None
                    for kw in node.keywords:
                        if kw.arg == "path":
                            first = kw.value
                    builder = py_str(first)
                    if builder and builder.lower() not in _BUILDERS:
                        if n := _dataset_name(builder, builder_ok=True):
                            yield ds, n, node.lineno, 0.95
                for kw in node.keywords:
                    if kw.arg in {"data_files", "data_dir"} or (
                        kw.arg and ml and _is_dataset_key(kw.arg)
                    ):
                        for c in _strs(kw.value):
                            if n := _dataset_name(c.value, builder_ok=kw.arg == "data_files"):
                                yield ds, n, c.lineno, 0.85
                if name in _LOAD_MODEL or name in _SAVE_MODEL:
                    yield from self._model_ref(node, name in _LOAD_MODEL, file)
                if not ml:
                    continue
                if name in _READ_FUNCS and node.args:
                    for c in _strs(node.args[0]):
                        if n := _dataset_name(c.value, builder_ok=name != "load_from_disk"):
                            yield ds, n, c.lineno, 0.8
                elif name == "open" and node.args:
                    mode = py_str(node.args[1]) if len(node.args) > 1 else "r"
                    if mode and "r" in mode:
                        for c in _strs(node.args[0]):
                            n = _dataset_name(c.value)
                            if n and ext_of(n) in {".csv", ".tsv", ".jsonl", ".parquet"}:
                                yield ds, n, c.lineno, 0.7
                elif name in {"add_argument", "option"}:
                    flags = [s for a in node.args if (s := py_str(a))]
                    if any(_is_dataset_key(f) for f in flags):
                        for kw in node.keywords:
                            if kw.arg == "default":
                                for c in _strs(kw.value):
                                    if n := _dataset_name(c.value):
                                        yield ds, n, c.lineno, 0.8
                elif name in {"load_data"} and isinstance(node.func, ast.Attribute):
                    owner = node.func.value
                    if isinstance(owner, ast.Attribute | ast.Name):
                        label = owner.attr if isinstance(owner, ast.Attribute) else owner.id
                        if label.lower() in _KERAS_DATASETS:
                            yield ds, label.lower(), node.lineno, 0.85
                elif (
                    name.startswith(("load_", "fetch_"))
                    and name not in _HF_LOADERS
                    and _is_sklearn_dataset(node)
                ):
                    n = name.split("_", 1)[1]
                    if name == "fetch_openml" and node.args and (s := py_str(node.args[0])):
                        n = s
                    yield ds, n, node.lineno, 0.8
                elif _is_torchvision_dataset(node):
                    yield ds, name, node.lineno, 0.8
            elif ml and isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                args = node.args
                pos = args.posonlyargs + args.args
                pairs = list(zip(pos[len(pos) - len(args.defaults) :], args.defaults, strict=False))
                pairs += [
                    (a, d)
                    for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=False)
                    if d is not None
                ]
                for a, d in pairs:
                    if _is_dataset_key(a.arg):
                        for c in _strs(d):
                            if n := _dataset_name(c.value):
                                yield ds, n, c.lineno, 0.8
            elif ml and isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names = [
                    t.id if isinstance(t, ast.Name) else getattr(t, "attr", "") for t in targets
                ]
                if any(_is_dataset_key(n) for n in names if n):
                    for c in _strs(node.value):
                        if n := _dataset_name(c.value):
                            yield ds, n, c.lineno, 0.75

    def _model_ref(
        self, node: ast.Call, loading: bool, file: SourceFile
    ) -> Iterator[tuple[ComponentKind, str, int, float]]:
        values = list(_strs_in_args(node))
        for c in values:
            base = posixpath.basename(c.value.replace("\\", "/"))
            if ext_of(base) not in MODEL_EXTS or is_placeholder(base):
                continue
            if _in_tree(file, c.value):
                yield ComponentKind.MODEL_FILE, base, c.lineno, 0.8
            if loading:
                yield ComponentKind.MODEL, base, c.lineno, 0.6

    def _lines(self, text: str, shell: bool) -> Iterator[tuple[ComponentKind, str, int, float]]:
        rx = _FLAG if shell else _KV
        block: int | None = None  # indent of an open `datasets:` block (axolotl-style lists)
        for i, line in enumerate(text.splitlines(), start=1):
            stripped = line.lstrip()
            if not stripped or stripped.startswith("#"):
                continue
            indent = len(line) - len(stripped)
            if block is not None and indent <= block and not stripped.startswith("-"):
                block = None
            if not shell and DATASET_BLOCK.match(stripped):
                block = indent
                continue
            if block is not None and (hub := _HUB_KEY.match(stripped)):  # mixer: {org/name: w}
                if n := _dataset_name(hub.group(1)):
                    yield ComponentKind.DATASET, n, i, 0.75
                continue
            for m in rx.finditer(line):
                key = m.group(1).rsplit(".", 1)[-1]
                in_block = block is not None and key in {"path", "name", "data_files", "id"}
                if (in_block or _is_dataset_key(key)) and (n := _dataset_name(m.group(2))):
                    yield ComponentKind.DATASET, n, i, 0.75


def _strs_in_args(node: ast.Call) -> Iterator[_Str]:
    for a in node.args:
        yield from _strs(a)
    for kw in node.keywords:
        if kw.arg in {"f", "file", "filename", "path", "model_path", "model_file", "filepath",
                      "fname", "path_or_fileobj", "checkpoint_path", "ckpt_path"}:  # fmt: skip
            yield from _strs(kw.value)


_HF_LOADERS = frozenset(
    {"load_dataset", "load_from_disk", "load_dataset_builder", "load_metric", "load_data"}
)
_KERAS_DATASETS = frozenset(
    {"mnist", "fashion_mnist", "cifar10", "cifar100", "imdb", "reuters", "boston_housing",
     "california_housing"}
)  # fmt: skip


def _is_sklearn_dataset(node: ast.Call) -> bool:
    f = node.func
    if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name):
        return f.value.id == "datasets"
    if isinstance(f, ast.Name):
        return f.id in {
            "load_iris", "load_digits", "load_wine", "load_breast_cancer", "load_diabetes",
            "fetch_openml", "fetch_20newsgroups", "fetch_california_housing", "load_boston",
            "fetch_lfw_people", "fetch_covtype", "load_linnerud",
        }  # fmt: skip
    return False


def _is_torchvision_dataset(node: ast.Call) -> bool:
    f = node.func
    return (
        isinstance(f, ast.Attribute)
        and isinstance(f.value, ast.Name | ast.Attribute)
        and (f.value.id if isinstance(f.value, ast.Name) else f.value.attr) == "datasets"
        and f.attr[:1].isupper()
        and f.attr not in {"ImageFolder", "DatasetFolder", "VisionDataset"}
    )


def dataset_context_constants(nodes: tuple[ast.AST, ...]) -> set[int]:
    """ids of string constants in a dataset position (so they are not taken for models)."""
    out: set[int] = set()

    def add(node: ast.AST | None, depth: int = 0) -> None:
        if depth > 4:
            return
        if isinstance(node, ast.Constant):
            out.add(id(node))
        elif isinstance(node, ast.List | ast.Tuple | ast.Set):
            for e in node.elts:
                add(e, depth + 1)
        elif isinstance(node, ast.Dict):
            for k, v in zip(node.keys, node.values, strict=False):
                add(k, depth + 1)
                add(v, depth + 1)

    for node in nodes:
        if isinstance(node, ast.Call):
            name = call_name(node)
            if name in _HF_LOADERS or name in _READ_FUNCS:
                for first in node.args[:1]:
                    add(first)
            for kw in node.keywords:
                if kw.arg and (kw.arg in {"data_files", "path"} or _is_dataset_key(kw.arg)):
                    add(kw.value)
            if name in {"add_argument", "option"}:
                flags = [s for a in node.args if (s := py_str(a))]
                if any(_is_dataset_key(f) for f in flags):
                    for kw in node.keywords:
                        if kw.arg == "default":
                            add(kw.value)
        elif isinstance(node, ast.Dict):
            for k, v in zip(node.keys, node.values, strict=False):
                if (ks := py_str(k)) and _is_dataset_key(ks):
                    add(v)
        elif isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Name) and _is_dataset_key(t.id):
                    add(node.value)
                elif isinstance(t, ast.Attribute) and _is_dataset_key(t.attr):
                    add(node.value)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            pos = node.args.posonlyargs + node.args.args
            defaults = node.args.defaults
            for param, default in zip(pos[len(pos) - len(defaults) :], defaults, strict=False):
                if _is_dataset_key(param.arg):
                    add(default)
    return out
