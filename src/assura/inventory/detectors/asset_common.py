"""Helpers the asset detectors share: code segments with line maps, notebooks, literals.

A :class:`Segment` is a piece of source text plus the map from its own 1-based lines to
lines of the scanned file: identity for ordinary files, the JSON line of each cell-source
line for a Jupyter notebook (so evidence points into the ``.ipynb`` as stored).
"""

from __future__ import annotations

import ast
import bisect
import functools
import json
import math
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass

from assura.findings import Location
from assura.inventory.detectors.caseless import lowered
from assura.inventory.detectors.python_ast import parse_python, py_nodes
from assura.inventory.interface import SourceFile
from assura.presence import present, words

__all__ = [
    "CODE_EXTS",
    "CONFIG_EXTS",
    "JS_EXTS",
    "PY_EXTS",
    "Segment",
    "base_of",
    "call_name",
    "entropy",
    "ext_of",
    "is_env_file",
    "is_placeholder",
    "line_starts",
    "lowered",
    "looks_ml_context",
    "norm_key",
    "parse_python",
    "py_nodes",
    "py_str",
    "segments",
    "string_literals",
]

PY_EXTS = frozenset({".py", ".pyw", ".pyi"})
JS_EXTS = frozenset(
    {".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".mts", ".cts", ".vue", ".svelte"}
)
OTHER_CODE_EXTS = frozenset(
    {".go", ".java", ".kt", ".rs", ".rb", ".php", ".cs", ".swift", ".scala", ".dart", ".r"}
)
CODE_EXTS = PY_EXTS | JS_EXTS | OTHER_CODE_EXTS | {".ipynb"}
CONFIG_EXTS = frozenset(
    {".yaml", ".yml", ".json", ".jsonc", ".toml", ".ini", ".cfg", ".conf", ".properties", ".env"}
)
MAX_NOTEBOOK_CHARS = 20_000_000


@functools.lru_cache(maxsize=64)  # every detector asks, for the same few paths at a time
def base_of(relpath: str) -> str:
    """The file name of ``relpath``, lower-cased."""
    return posixpath.basename(relpath).lower()


@functools.lru_cache(maxsize=64)
def ext_of(relpath: str) -> str:
    base = base_of(relpath)
    if base.endswith(".d.ts"):
        return ".ts"
    dot = base.rfind(".")
    return base[dot:] if dot > 0 else ""


@functools.lru_cache(maxsize=64)
def is_env_file(relpath: str) -> bool:
    """``.env``, ``.env.example``, ``example.env``, ``.env.local.sample``, ``secrets.toml``..."""
    base = base_of(relpath)
    return (
        base == ".env"
        or base.startswith(".env.")
        or base.endswith(".env")
        or base.startswith("env.")
        or base in {"secrets.toml", "secrets.toml.example", ".envrc", "env.example", "env.sample"}
    )


@functools.lru_cache(maxsize=8)
def line_starts(text: str) -> list[int]:
    """Offsets where each line starts (cached: several detectors index the same text).

    Callers must not mutate the returned list.
    """
    starts = [0]
    find = text.find
    pos = find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return starts


@dataclass(frozen=True)
class Segment:
    """Source text and where its lines are in the file (``line_map[i]`` = file line of i+1)."""

    text: str
    relpath: str
    lang: str  # "python", "js", "other"
    line_map: tuple[int, ...] | None = None

    def file_line(self, line: int) -> int:
        if self.line_map is None:
            return line
        if not self.line_map:
            return 1
        return self.line_map[min(max(line, 1), len(self.line_map)) - 1]

    def loc(self, line: int) -> Location:
        return Location(path=self.relpath, line=self.file_line(line))

    @functools.cached_property
    def _starts(self) -> list[int]:
        return line_starts(self.text)

    def line_at(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset)


def _lang(ext: str) -> str:
    if ext in PY_EXTS:
        return "python"
    if ext in JS_EXTS:
        return "js"
    return "other"


_MAGIC = re.compile(r"^(\s*)[%!].*$", re.MULTILINE)


def _strip_magics(src: str) -> str:
    return _MAGIC.sub(lambda m: m.group(1) + "pass", src)


@functools.lru_cache(maxsize=4)
def _notebook_segments(relpath: str, text: str) -> tuple[Segment, ...]:
    if len(text) > MAX_NOTEBOOK_CHARS:
        return ()
    try:
        nb = json.loads(text)
    except (ValueError, RecursionError):
        return ()
    cells = nb.get("cells") if isinstance(nb, dict) else None
    if not isinstance(cells, list):
        return ()
    lang = "python"
    meta = nb.get("metadata")
    if isinstance(meta, dict):
        info = meta.get("language_info") or meta.get("kernelspec") or {}
        if isinstance(info, dict) and str(
            info.get("language") or info.get("name") or ""
        ).lower() not in (
            "",
            "python",
            "python3",
            "ipython",
        ):
            lang = "other"
    starts = line_starts(text)
    cursor = 0
    out: list[Segment] = []
    for cell in cells:
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        src = cell.get("source")
        parts: list[str]
        if isinstance(src, str):
            parts = src.splitlines(keepends=True)
        elif isinstance(src, list):
            parts = [p for p in src if isinstance(p, str)]
        else:
            continue
        lines: list[int] = []
        chunks: list[str] = []
        last = bisect.bisect_right(starts, cursor)
        for part in parts:
            found = -1
            for enc in (json.dumps(part)[1:-1], json.dumps(part, ensure_ascii=False)[1:-1]):
                if enc:
                    found = text.find(enc, cursor)
                    if found != -1:
                        cursor = found + len(enc)
                        break
            line = bisect.bisect_right(starts, found) if found != -1 else last
            last = line
            n = part.count("\n") + (0 if part.endswith("\n") else 1)
            lines.extend([line] * max(n, 1))
            chunks.append(part)
        body = "".join(chunks)
        if body.strip():
            out.append(Segment(_strip_magics(body), relpath, lang, tuple(lines)))
    return tuple(out)


def segments(file: SourceFile) -> list[Segment]:
    """The code of ``file`` as segments (one per notebook cell, else the whole file)."""
    if file.text is None:
        return []
    ext = ext_of(file.relpath)
    if ext == ".ipynb":
        return list(_notebook_segments(file.relpath, file.text))
    return [Segment(file.text, file.relpath, _lang(ext))]


def py_str(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def call_name(node: ast.Call) -> str:
    """Last dotted component of the callee: ``a.b.from_pretrained(...)`` -> ``from_pretrained``."""
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def norm_key(key: str) -> str:
    """``--base-model`` / ``baseModel`` / ``BASE_MODEL`` -> ``base_model``."""
    key = key.strip().lstrip("-").strip("\"'")
    key = _CAMEL.sub("_", key)
    return key.lower().replace("-", "_").replace(".", "_")


_STR_LIT = re.compile(r"""(["'`])((?:\\.|(?!\1)[^\\\n]){1,300})\1""")
_IMPORT_BEFORE = re.compile(r"(?:\bfrom|\bimport|\brequire\s*\(|\bimport\s*\()\s*$")


def string_literals(seg: Segment) -> Iterator[tuple[str, int, int]]:
    """Quoted literals in non-Python code: (value, start offset, line). Skips module specifiers."""
    text = seg.text
    for m in _STR_LIT.finditer(text):
        value = m.group(2)
        if "${" in value:
            continue
        head = text[max(0, m.start() - 12) : m.start()]
        if _IMPORT_BEFORE.search(head):
            continue
        yield value, m.start(), seg.line_at(m.start())


_PLACEHOLDER = re.compile(
    r"(?i)your[-_]|placeholder|xxxx|\.\.\.|\*\*\*|[<>]|\{\{|\$\{|changeme|"
    r"path/to|foo/bar|org/name|user/repo|username/|org-name/|\borg/|\buser/|"
    r"model[_-]name|repo[_-]name|my-model|model-id-here|\{|\}"
)


def is_placeholder(value: str) -> bool:
    return bool(_PLACEHOLDER.search(value))


def entropy(value: str) -> float:
    if not value:
        return 0.0
    counts: dict[str, int] = {}
    for ch in value:
        counts[ch] = counts.get(ch, 0) + 1
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


_ML_MODULES = (
    "sklearn", "torch", "tensorflow", "keras", "transformers", "datasets", "xgboost",
    "lightgbm", "catboost", "peft", "trl", "jax", "flax", "accelerate", "deepspeed",
    "sentence_transformers", "pytorch_lightning", "lightning", "tf_keras", "statsmodels",
    "fastai", "spacy", "gensim", "mlflow", "optuna", "evaluate", "diffusers", "timm",
    "torchvision", "torchaudio", "unsloth", "axolotl", "autogluon", "pycaret",
    "tensorflow_datasets", "nltk", "onnxruntime", "skl2onnx", "joblib",
)  # fmt: skip
_ML_IMPORT = re.compile(r"(?m)^\s*(?:from|import)\s+(?:" + "|".join(_ML_MODULES) + r")\b")
# a match spells one of the module names: without any of them the regex need not run
_ML_WORDS = words(_ML_MODULES)


_WORD_END = re.compile(r"\b")


def looks_ml_context(text: str) -> bool:
    """True when the code imports an ML/training library (gate for dataset heuristics).

    Whether ``_ML_IMPORT`` matches, found from the few places a module name stands instead
    of a multi-line regex over the whole text (which cost most on the long texts that
    mention a module without importing it)."""
    for module in present(text, _ML_WORDS):
        q = text.find(module)
        while q != -1:
            if _WORD_END.match(text, q + len(module)) and _import_keyword_before(text, q):
                return True
            q = text.find(module, q + 1)
    return False


def _import_keyword_before(text: str, q: int) -> bool:
    """Whether ``text[:q]`` ends in ``from``/``import`` and whitespace, the keyword alone
    at the start of its line (``^\\s*(?:from|import)\\s+`` of ``_ML_IMPORT``)."""
    j = q
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == q:
        return False
    for keyword in ("from", "import"):
        p = j - len(keyword)
        if p >= 0 and text.startswith(keyword, p):
            # only whitespace back to the line's start (walked, not searched: the walks of
            # all occurrences cover disjoint runs, so a long line stays linear)
            while p > 0 and text[p - 1] != "\n" and text[p - 1].isspace():
                p -= 1
            return p == 0 or text[p - 1] == "\n"
    return False
