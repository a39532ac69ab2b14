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
from pathlib import Path, PurePosixPath
from typing import ClassVar

from assura.findings import Location
from assura.inventory.detectors import asset_dataset_text
from assura.inventory.detectors.asset_common import (
    CONFIG_EXTS,
    PY_EXTS,
    Segment,
    call_name,
    ext_of,
    is_placeholder,
    looks_ml_context,
    lowered,
    py_nodes,
    py_str,
    segments,
)
from assura.inventory.detectors.asset_dataset_rules import (
    _BUILDERS,
    _HF_LOADERS,
    _HUB_KEY,
    _KERAS_DATASETS,
    _LOAD_MODEL,
    _READ_FUNCS,
    _SAVE_MODEL,
    DATASET_BLOCK,
    MODEL_EXTS,
    _dataset_name,
    _is_dataset_key,
    _is_sklearn_dataset,
    _is_torchvision_dataset,
    _strs,
    _strs_in_args,
    dataset_context_constants,
    ending_in,
    is_dataset_key,
    name_env,
)
from assura.inventory.detectors.asset_modelfiles import HEADER, sniff_model_format
from assura.inventory.interface import Component, ComponentKind, SourceFile
from assura.presence import any_case_words, present, present_any_case, words

__all__ = ["DATASET_BLOCK", "DatasetDetector", "dataset_context_constants", "is_dataset_key"]

_KV = re.compile(r"""^\s*(?:-\s+)?["']?([A-Za-z_][\w.\-]*)["']?\s*[:=]\s*["']?([^"'\s,#]+)""")
_FLAG = re.compile(r"""--([A-Za-z][\w\-]*)(?:=|\s+)["']?([^\s"'`\\;|&,)]+)""")
_SHELL_EXTS = frozenset({".sh", ".bash", ".zsh", ".bat", ".cmd", ".ps1"})
_DOC_EXTS = frozenset({".md", ".mdx", ".rst"})
# Files without any of these never yield a dataset or model-file reference (cheap pre-check).
# literal words, checked with ``in`` (one C substring scan each, faster than a regex)
_DS_GATE_WORDS = (
    "load_dataset", "data_files", "load_from_disk", "pickle", "joblib", "dill", "torch.load",
    "torch.save", "load_model", "save_model", "InferenceSession", "Booster", "safetensors",
    "Llama(", "Interpreter", "load_learner",
)  # fmt: skip
_DS_WORDS = words(_DS_GATE_WORDS)
# Outside ML code (no ML import) only these can yield: a hub dataset, ``data_files`` /
# ``data_dir`` arguments, or a model file loaded or saved, whose name holds its extension
_NON_ML_WORDS = words("load_dataset", "data_files", "data_dir")
_MODEL_EXT_WORDS = any_case_words(MODEL_EXTS)


_MODEL_EXT_END = ending_in(MODEL_EXTS)


def _scan_root(file: SourceFile) -> Path:
    parts = len(PurePosixPath(file.relpath).parts)
    return file.abspath.parents[parts - 1] if parts else file.abspath.parent


def _in_tree(file: SourceFile, value: str) -> Path | None:
    """The regular file inside the scanned tree that ``value`` names, if any (bounded stats)."""
    if "\x00" in value or len(value) > 400:
        return None
    root = _scan_root(file)
    rootstr = os.path.normpath(str(root))
    for base in (file.abspath.parent, root):
        cand = os.path.normpath(os.path.join(str(base), value))
        if not (cand == rootstr or cand.startswith(rootstr + os.sep)):
            continue
        try:
            p = Path(cand)
            if p.is_file() and not p.is_symlink():
                return p
        except OSError:
            continue
    return None


def _is_model_file(path: Path) -> bool:
    """The same magic-byte check as the model-file detector (or a Git LFS pointer)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(HEADER)
            fh.seek(max(0, size - 16))
            tail = fh.read(16)
    except OSError:
        return False
    if size < 1024 and head.startswith(b"version https://git-lfs"):
        return True
    return sniff_model_format(path, ext_of(path.name), size, head, tail) is not None


_DS = ComponentKind.DATASET
_PY_KINDS = frozenset({ast.Call, ast.FunctionDef, ast.AsyncFunctionDef, ast.Assign, ast.AnnAssign})


class DatasetDetector:
    """Datasets referenced by ML code/config, and model files code loads or saves."""

    id: ClassVar[str] = "asset.dataset"

    def applies_to(self, relpath: str) -> bool:
        ext = ext_of(relpath)
        return (
            ext in PY_EXTS
            or ext in {".ipynb", ".yaml", ".yml"}
            or ext in _SHELL_EXTS
            or ext in _DOC_EXTS
        )

    def detect(self, file: SourceFile) -> Iterator[Component]:
        if file.text is None:
            return
        ext = ext_of(file.relpath)
        seen: set[tuple[str, str, int]] = set()
        if ext in CONFIG_EXTS or ext in _SHELL_EXTS or ext in _DOC_EXTS:
            flags = ext in _SHELL_EXTS or ext in _DOC_EXTS  # docs: only `--data_path X` flags
            found = self._lines(file.text, flags)
            seg = Segment(file.text, file.relpath, "other")
            for kind, name, line, conf in found:
                conf = min(conf, 0.5) if ext in _DOC_EXTS else conf
                yield from self._emit(seg, kind, name, line, conf, seen)
            return
        for seg in segments(file):
            if seg.lang != "python":
                continue
            seg_ml = looks_ml_context(seg.text)
            if not (seg_ml or present(seg.text, _DS_WORDS)):
                continue
            ml = seg_ml or (file.relpath.endswith(".ipynb") and looks_ml_context(file.text))
            outside = self._may_yield_outside_ml(seg.text)
            reading = asset_dataset_text.ml_reading(seg.text) if ml else None
            if not outside and reading is None:
                continue  # nothing this segment holds can be reported (see _python)
            if not outside and reading == "calls":
                calls = asset_dataset_text.loader_calls(seg.text)
                if calls is not None:  # the loader rules of _python, without the tree
                    for name, offset in calls:
                        yield from self._emit(seg, _DS, name, seg.line_at(offset), 0.8, seen)
                    continue
            nodes = py_nodes(seg.text)
            if not nodes:
                continue
            for kind, name, line, conf in self._python(nodes, ml, file):
                yield from self._emit(seg, kind, name, line, conf, seen)

    @staticmethod
    def _may_yield_outside_ml(text: str) -> bool:
        found = present(text, _NON_ML_WORDS)
        if "load_dataset" in found:
            return True
        if found and asset_dataset_text.keyword_argument(text):  # see _python
            return True
        if not present_any_case(text, _MODEL_EXT_WORDS):
            return False
        return bool(_MODEL_EXT_END.search(lowered(text)))

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
        env = name_env(nodes)
        # only these kinds are read below; ast.parse makes instances of the node classes
        # themselves, so a set lookup on the type keeps exactly them, in order
        for node in [n for n in nodes if type(n) in _PY_KINDS]:
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
                    yield from self._model_ref(node, name in _LOAD_MODEL, file, env)
                if not ml:
                    continue
                if name in _READ_FUNCS and node.args:
                    for c in _strs(node.args[0], env=env):
                        if n := _dataset_name(c.value, builder_ok=name != "load_from_disk"):
                            yield ds, n, c.lineno, 0.8
                elif name == "open" and node.args:
                    mode = py_str(node.args[1]) if len(node.args) > 1 else "r"
                    if mode and "r" in mode:
                        for c in _strs(node.args[0], env=env):
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
        self, node: ast.Call, loading: bool, file: SourceFile, env: dict[str, ast.expr]
    ) -> Iterator[tuple[ComponentKind, str, int, float]]:
        values = list(_strs_in_args(node, env))
        for c in values:
            base = posixpath.basename(c.value.replace("\\", "/"))
            if ext_of(base) not in MODEL_EXTS or is_placeholder(base):
                continue
            found = _in_tree(file, c.value)
            if found is not None and _is_model_file(found):
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
