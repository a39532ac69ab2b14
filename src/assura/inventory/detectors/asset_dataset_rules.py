"""What counts as a dataset or a model-file reference in code: names, keys, call shapes.

Shared by :mod:`asset_datasets` (which reports them) and :mod:`asset_models` (which must not
take a dataset id for a model id).
"""

from __future__ import annotations

import ast
import functools
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass

from assura.inventory.detectors.asset_common import (
    call_name,
    ext_of,
    is_placeholder,
    norm_key,
    py_str,
)

__all__ = [
    "DATASET_BLOCK",
    "DATASET_BLOCK_KEY",
    "DATA_EXTS",
    "GENERIC_VISION",
    "MODEL_EXTS",
    "dataset_context_constants",
    "ending_in",
    "is_dataset_key",
    "name_env",
]

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
     ".onnx", ".gguf", ".ggml", ".safetensors", ".sav", ".tflite", ".pb", ".mlmodel",
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


def ending_in(exts: frozenset[str], tail: str = "") -> re.Pattern[str]:
    """A string literal's end in one of ``exts`` (lower-cased text), ``tail`` before the quote."""
    return re.compile(
        r"\.(?:" + "|".join(re.escape(e[1:]) for e in sorted(exts)) + ")" + tail + "[\"']"
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


def _strs(
    node: ast.AST | None, depth: int = 0, env: dict[str, ast.expr] | None = None
) -> Iterator[_Str]:
    """String values a path expression can take: literals, lists, ``join``/``Path``/``/``/
    ``+`` tails, f-string tails, and names assigned a literal in the same file (``env``)."""
    if node is None or depth > 3:
        return
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield _Str(node.value, node.lineno)
    elif isinstance(node, ast.List | ast.Tuple | ast.Set):
        for e in node.elts:
            yield from _strs(e, depth + 1, env)
    elif isinstance(node, ast.Dict):
        for e in node.values:
            yield from _strs(e, depth + 1, env)
    elif isinstance(node, ast.Call) and call_name(node) in {"open", "Path", "join"}:
        for a in node.args:
            yield from _strs(a, depth + 1, env)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div | ast.Add):
        yield from _strs(node.right, depth + 1, env)
    elif isinstance(node, ast.JoinedStr) and node.values:
        last = node.values[-1]
        if isinstance(last, ast.Constant) and isinstance(last.value, str):
            yield _Str(last.value.lstrip("/\\"), node.lineno)
    elif isinstance(node, ast.Name) and env and node.id in env:
        for found in _strs(env[node.id], depth + 1, None):
            yield _Str(found.value, node.lineno)


def name_env(nodes: tuple[ast.AST, ...]) -> dict[str, ast.expr]:
    """Names assigned exactly once in the file, with their value (for path resolution)."""
    env: dict[str, ast.expr] = {}
    seen: set[str] = set()
    for node in [n for n in nodes if type(n) is ast.Assign]:  # ast.parse makes no subclasses
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            t = node.targets[0]
            if isinstance(t, ast.Name):
                if t.id in seen:
                    env.pop(t.id, None)
                else:
                    env[t.id] = node.value
                seen.add(t.id)
    return env


@dataclass(frozen=True, slots=True)
class _Str:
    value: str
    lineno: int


_BLOCK_KEY = (
    r"(?:datasets|test_datasets|eval_datasets|dataset_mixer|dataset_mixture|data_mixture)\s*:"
)
DATASET_BLOCK = re.compile(_BLOCK_KEY + r"\s*$")
"""A line that opens a block of datasets (matched on the line with its indent taken off)."""
DATASET_BLOCK_KEY = re.compile(_BLOCK_KEY)
"""What a text holds wherever a line of it may open such a block (a pre-check)."""
_HUB_KEY = re.compile(r"""-?\s*["']?([A-Za-z0-9][\w\-.]*/[\w\-.]+)["']?\s*:""")


def is_dataset_key(key: str) -> bool:
    """``data_path``, ``dataset_name``, ``--train_file``... (normalised key)."""
    return bool(_DATASET_KEY.match(norm_key(key)))


@functools.lru_cache(maxsize=4096)
def _is_dataset_key(key: str) -> bool:
    return bool(_DATASET_KEY.match(norm_key(key)))


def _strs_in_args(node: ast.Call, env: dict[str, ast.expr] | None = None) -> Iterator[_Str]:
    for a in node.args:
        yield from _strs(a, env=env)
    for kw in node.keywords:
        if kw.arg in {"f", "file", "filename", "path", "model_path", "model_file", "filepath",
                      "fname", "path_or_fileobj", "checkpoint_path", "ckpt_path"}:  # fmt: skip
            yield from _strs(kw.value, env=env)


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
        return f.id in _SKLEARN_LOADERS
    return False


_SKLEARN_LOADERS = frozenset(
    {"load_iris", "load_digits", "load_wine", "load_breast_cancer", "load_diabetes",
     "fetch_openml", "fetch_20newsgroups", "fetch_california_housing", "load_boston",
     "fetch_lfw_people", "fetch_covtype", "load_linnerud"}
)  # fmt: skip


def _is_torchvision_dataset(node: ast.Call) -> bool:
    f = node.func
    return (
        isinstance(f, ast.Attribute)
        and isinstance(f.value, ast.Name | ast.Attribute)
        and (f.value.id if isinstance(f.value, ast.Name) else f.value.attr) == "datasets"
        and f.attr[:1].isupper()
        and f.attr not in GENERIC_VISION
    )


GENERIC_VISION = frozenset({"ImageFolder", "DatasetFolder", "VisionDataset"})
"""torchvision's dataset classes for one's own files: no dataset is named by them."""


_DATASET_CONTEXT_NODES = (ast.Call, ast.Dict, ast.Assign, ast.FunctionDef, ast.AsyncFunctionDef)


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

    # one isinstance per node keeps only the kinds handled below, in the same order
    for node in [n for n in nodes if isinstance(n, _DATASET_CONTEXT_NODES)]:
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
