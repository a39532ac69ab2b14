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
    _SKLEARN_LOADERS,
    DATA_EXTS,
    DATASET_BLOCK,
    GENERIC_VISION,
    MODEL_EXTS,
    _dataset_name,
    _is_dataset_key,
    _is_sklearn_dataset,
    _is_torchvision_dataset,
    _strs,
    _strs_in_args,
    dataset_context_constants,
    is_dataset_key,
    name_env,
)
from assura.inventory.detectors.asset_modelfiles import HEADER, sniff_model_format
from assura.inventory.detectors.python_lex import Lexed, lex
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
_DATA_KWARG = re.compile(r"data_(?:files|dir)\s*=(?!=)")
_MODEL_EXT_WORDS = any_case_words(MODEL_EXTS)


def _ending_in(exts: frozenset[str], tail: str = "") -> re.Pattern[str]:
    """A string literal's end in one of ``exts`` (lower-cased text), ``tail`` before the quote."""
    return re.compile(
        r"\.(?:" + "|".join(re.escape(e[1:]) for e in sorted(exts)) + ")" + tail + "[\"']"
    )


_MODEL_EXT_END = _ending_in(MODEL_EXTS)


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


# In ML code a string can be reported only as what _dataset_name accepts: a name ending in
# a data file's extension, an org/name id or an hf:// path; or, in a loader that takes a
# bare builder name, anything. Datasets named by a call (Keras, scikit-learn, torchvision)
# need the call's name.
_DATA_END = _ending_in(DATA_EXTS, "/*")  # _dataset_name strips trailing slashes
# (the slash first: a pattern that starts with a word character is tried at every one)
_ID_END = re.compile(r"""/(?<=[\w\-.]/)[\w\-.]{1,120}[\"']""")
_ML_CALL_WORDS = words(
    "load_dataset", "data_files", "load_data", "hf://",
    *(f + "(" for f in _READ_FUNCS), *_SKLEARN_LOADERS,  # (``load_iris (`` is a call too)
)  # fmt: skip
# a call on the ``datasets`` module (scikit-learn, torchvision), not its import
# (``\b`` after the literal, as a look-behind: a pattern that starts with one is tried at
# every position, one that starts with a literal only where it occurs, 40x faster here)
_DATASETS_CALL = re.compile(r"datasets(?<=\bdatasets)\s*\.\s*[A-Za-z_]\w*\s*\(")


_DS = ComponentKind.DATASET
_PY_KINDS = frozenset({ast.Call, ast.FunctionDef, ast.AsyncFunctionDef, ast.Assign, ast.AnnAssign})

# Calls whose dataset is named in the call itself: scikit-learn's loaders called by name
# (``load_iris()`` -> iris) and calls on a ``datasets`` module (``datasets.load_wine()``,
# ``datasets.MNIST(...)``). In code that holds nothing else to report they are read from
# the text, not the tree. ``fetch_openml`` is named by its argument, which the tree reads.
_NAMED_LOADERS = _SKLEARN_LOADERS - {"fetch_openml"}
_NAMED_LOADER_WORDS = frozenset(_NAMED_LOADERS)
_NAMED_LOADER_BY_PREFIX = tuple(
    re.compile(
        prefix
        + f"(?<=\\b{prefix})(?:"
        + "|".join(sorted(n[len(prefix) :] for n in _NAMED_LOADERS if n.startswith(prefix)))
        + r")\b"
    )
    for prefix in ("load_", "fetch_")
)
_CASE = re.compile(r"case\b")  # at a line's start: a class pattern, which looks like a call
_DEF_WORD = re.compile(r"(?<![\w.])(?:def|class)$")
_LINE_BREAKS = frozenset("\n\r\f\v")


def _ml_reading(text: str) -> str | None:
    """What ML code ``text`` needs read for datasets (see ``DatasetDetector._python``):
    None where nothing can be reported, ``"calls"`` where only the calls that
    :func:`loader_calls` reads can, ``"tree"`` otherwise. Model files are
    :meth:`DatasetDetector._may_yield_outside_ml`'s part."""
    found = present(text, _ML_CALL_WORDS)
    if found - _NAMED_LOADER_WORDS:
        return "tree"
    if _DATA_END.search(lowered(text)) or _may_be_id(text):
        return "tree"
    if found or ("datasets" in text and _DATASETS_CALL.search(text)):
        return "calls"
    return None


def _keyword_argument(text: str) -> bool:
    """Whether ``data_files=`` or ``data_dir=`` stands in code where a keyword argument
    can: after ``(`` or ``,`` (not ``self.data_dir = ...``, nor in a string)."""
    lexed: Lexed | None = None
    for m in _DATA_KWARG.finditer(text):
        lexed = lexed or lex(text)
        if lexed.where(m.start()) != "code":
            continue
        before = lexed.prev_code_index(m.start())
        if before >= 0 and text[before] in "(,":
            return True
    return False


def _may_be_id(text: str) -> bool:
    """Whether a string constant of ``text`` may be an ``org/name`` id that
    ``_dataset_name`` accepts: an ``_ID_END`` match that closes a string (one inside a
    docstring or a comment closes nothing) whose value passes (with the literals it is
    joined to; of an f-string, the text after its last replacement field, as ``_strs``
    reads it), or whose value the text does not spell out (escapes, a doubled brace) unless
    it holds whitespace no escape can take away.
    Bytes are taken for strings (more is read, never less)."""
    if "/" not in text:
        return False
    lexed: Lexed | None = None
    read: set[int] = set()  # strings whose constant was read already (a run is read once)
    for m in _ID_END.finditer(text):
        lexed = lexed or lex(text)
        end = m.end()
        k = lexed.span_ending_at(end)
        if k is None or lexed.kinds[k] == "comment" or k in read:
            continue
        run = lexed.joined(k)  # "a" "b" is one constant: its value is the whole run's
        read.update(run)
        pieces = [lexed.literal(i) for i in run]
        value = "".join(pieces)
        if any(lexed.kinds[i] == "fstring" for i in run):
            # an f-string: _strs reads its text after the last replacement field
            if "{{" in value or "}}" in value:
                return True
            if any(
                "}" in p for i, p in zip(run, pieces, strict=True) if lexed.kinds[i] != "fstring"
            ):
                return True
            value = value.rpartition("}")[2].lstrip("/")
        if "\\" in value:
            # escapes are not decoded here; but only a backslash before a line break takes
            # whitespace away, and _dataset_name turns down a value with any
            if any(c.isspace() for c in value.replace("\\\n", "")):
                continue
            return True
        if _dataset_name(value) is not None:
            return True
    return False


def loader_calls(text: str) -> list[tuple[str, int]] | None:
    """The datasets that loader calls in code name, with the offset of each call.

    The loader and ``datasets``-module rules of ``DatasetDetector._python``, read from
    the text with :mod:`python_lex` instead of the syntax tree: an occurrence counts
    where it is code, is not a ``def``/``class`` name and has ``(`` after it on its line.
    None where only the tree can tell: an occurrence inside an f-string, after a dot (other
    than ``datasets.``) or a line continuation, split over lines, ``fetch_openml``, a
    torchvision class reached through a longer chain, code with ``match`` statements, or
    line ends other than ``\\n``. Text that does not parse is read all the same: a script
    the running Python cannot compile still shows the datasets it loads.
    """
    if "\r" in text:
        return None
    lexed = lex(text)
    if "case" in text and any(
        _case_statement(text, m.start(), lexed) for m in _CASE.finditer(text)
    ):
        return None
    out: list[tuple[str, int]] = []
    on_module: set[int] = set()  # offsets of names called as ``datasets.<name>(``
    for m in _DATASETS_CALL.finditer(text) if "datasets" in text else ():
        start = m.start()
        where = lexed.where(start)
        if where in ("string", "comment"):
            continue  # (a match begun in a comment may run on into code: read below)
        if where == "fstring" or not _LINE_BREAKS.isdisjoint(m.group()):
            return None
        name_match = _CALLED_NAME.search(m.group())
        assert name_match is not None  # _DATASETS_CALL ends in a name and "("
        name = name_match.group(1)
        on_module.add(start + name_match.start(1))
        before = lexed.prev_code_index(start)
        chained = before >= 0 and text[before] == "."  # x.datasets.<name>(
        if before >= 0 and text[before] == "\\":
            return None
        if name.startswith(("load_", "fetch_")):
            if chained or name in _HF_LOADERS:
                continue  # scikit-learn's rule wants the module by name
            if name == "fetch_openml":
                return None
            out.append((name.split("_", 1)[1], start))
        elif name[:1].isupper() and name not in GENERIC_VISION:  # torchvision
            if chained:
                return None  # the call's line is where the chain starts
            out.append((name, start))
    size = len(text)
    named = [m for rx in _NAMED_LOADER_BY_PREFIX for m in rx.finditer(text)]
    for m in sorted(named, key=lambda m: m.start()):
        start = m.start()
        if start in on_module:
            continue
        where = lexed.where(start)
        if where == "fstring":
            return None
        if where != "code":
            continue
        j = m.end()
        while j < size and text[j] in " \t":
            j += 1
        after = text[j : j + 1]
        if after in ("\n", "#"):  # a call inside brackets, or a statement's end?
            if text[lexed.next_code_index(j) : lexed.next_code_index(j) + 1] == "(":
                return None
            continue
        if after == "\\":
            return None
        if after != "(":
            continue
        before = lexed.prev_code_index(start)
        if before >= 0 and text[before] in ".\\":
            return None
        if before >= 0 and _DEF_WORD.search(text, max(0, before - 5), before + 1):
            continue
        out.append((m.group().split("_", 1)[1], start))
    return out


def _case_statement(text: str, pos: int, lexed: Lexed) -> bool:
    """Whether the ``case`` at ``pos`` is code that starts its line."""
    j = pos
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return (j == 0 or text[j - 1] == "\n") and lexed.where(pos) == "code"


_CALLED_NAME = re.compile(r"([A-Za-z_]\w*)\s*\($")


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
            reading = _ml_reading(seg.text) if ml else None
            if not outside and reading is None:
                continue  # nothing this segment holds can be reported (see _python)
            if not outside and reading == "calls":
                calls = loader_calls(seg.text)
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
        if found and _keyword_argument(text):  # data_files=, data_dir= (see _python)
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
