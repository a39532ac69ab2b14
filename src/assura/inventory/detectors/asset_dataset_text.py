"""Dataset references read from the text of Python, without its syntax tree.

The dataset detector parses ML code only where something in it can be reported; these
pre-checks tell, from one regex pass (:mod:`python_lex`) and the file's word scan, what
needs the tree: :func:`ml_reading` for ML code, :func:`keyword_argument` for
``data_files=``/``data_dir=`` anywhere. Where only loader calls can be reported,
:func:`loader_calls` reads them from the text. Each is exact for the rules of
``DatasetDetector._python``: the tests compare both readings on generated code and on
real trees.
"""

from __future__ import annotations

import re

from assura.inventory.detectors.asset_dataset_rules import (
    _HF_LOADERS,
    _READ_FUNCS,
    _SKLEARN_LOADERS,
    DATA_EXTS,
    GENERIC_VISION,
    _dataset_name,
    ending_in,
)
from assura.inventory.detectors.caseless import lowered
from assura.inventory.detectors.python_lex import Lexed, lex
from assura.presence import present, words

__all__ = ["keyword_argument", "loader_calls", "may_be_id", "ml_reading"]

_DATA_KWARG = re.compile(r"data_(?:files|dir)\s*=(?!=)")

# In ML code a string can be reported only as what _dataset_name accepts: a name ending in
# a data file's extension, an org/name id or an hf:// path; or, in a loader that takes a
# bare builder name, anything. Datasets named by a call (Keras, scikit-learn, torchvision)
# need the call's name.
_DATA_END = ending_in(DATA_EXTS, "/*")  # _dataset_name strips trailing slashes
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


def ml_reading(text: str) -> str | None:
    """What ML code ``text`` needs read for datasets (see ``DatasetDetector._python``):
    None where nothing can be reported, ``"calls"`` where only the calls that
    :func:`loader_calls` reads can, ``"tree"`` otherwise. Model files are
    ``DatasetDetector._may_yield_outside_ml``'s part."""
    found = present(text, _ML_CALL_WORDS)
    if found - _NAMED_LOADER_WORDS:
        return "tree"
    if _DATA_END.search(lowered(text)) or may_be_id(text):
        return "tree"
    if found or ("datasets" in text and _DATASETS_CALL.search(text)):
        return "calls"
    return None


def keyword_argument(text: str) -> bool:
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


def may_be_id(text: str) -> bool:
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

    The loader and ``datasets``-module rules of ``DatasetDetector._python``, read from the
    text with :mod:`python_lex` instead of the syntax tree: an occurrence counts
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
    module = _module_calls(text, lexed)
    if module is None:
        return None
    out, on_module = module
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


def _module_calls(text: str, lexed: Lexed) -> tuple[list[tuple[str, int]], set[int]] | None:
    """Calls on a ``datasets`` module (see :func:`loader_calls`), and the offsets of the
    names so called; None where only the tree can tell."""
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
    return out, on_module


def _case_statement(text: str, pos: int, lexed: Lexed) -> bool:
    """Whether the ``case`` at ``pos`` is code that starts its line."""
    j = pos
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return (j == 0 or text[j - 1] == "\n") and lexed.where(pos) == "code"


_CALLED_NAME = re.compile(r"([A-Za-z_]\w*)\s*\($")
