"""The lexical reader of Python (strings and comments without a parse) and the dataset
loader calls read with it: both against what Python's own tokenizer and syntax tree say."""

from __future__ import annotations

import ast
import io
import tokenize
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assura.inventory.detectors import asset_dataset_text
from assura.inventory.detectors.asset_dataset_text import loader_calls, may_be_id
from assura.inventory.detectors.asset_datasets import DatasetDetector
from assura.inventory.detectors.python_lex import lex
from assura.inventory.interface import Component, SourceFile

# Pieces of Python whose concatenation is often valid: strings of every kind (prefixes,
# escapes, quotes of the other kind inside, triple-quoted over lines), comments holding
# quotes, and code around them.
_PIECES = [
    "x = 1", "y = 'a'", 'z = "b"', "s = '''doc\n'q' \"\" more'''", 's = """a\n"b" c"""',
    "r = r'\\d+'", 'b = rb"\\x00"', "u = u'ü'", "e = 'it\\'s'", 'e = "say \\"hi\\""',
    "f = f'{x}'", 'f = F"{y!r:>4}"', "f = fr'{x}\\d'", "j = 'a' 'b'", "j = ('a'\n     'b')",
    "# a 'comment' with \"quotes\"", "x = 1  # trailing # hash", "t = '#not a comment'",
    "def f(a='x'):\n    return a", "if'x': pass", "q = 'a\\\ncontinued'", "d = {'k': \"v\"}",
    "load_iris()", "datasets.load_wine()", "'''load_digits()'''", "# load_iris()",
]  # fmt: skip

_SOURCES = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8).map("\n".join)


def _token_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each STRING and COMMENT token, by Python's tokenizer."""
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    out = []
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        if tok.type not in (tokenize.STRING, tokenize.COMMENT):
            continue
        start = starts[tok.start[0] - 1] + tok.start[1]
        end = starts[tok.end[0] - 1] + tok.end[1]
        if tok.type == tokenize.STRING:
            prefix = tok.string[: len(tok.string) - len(tok.string.lstrip("rRbBuUfF"))]
            start += len(prefix)  # lex() spans begin at the quote
            kind = "fstring" if "f" in prefix.lower() else "string"
        else:
            kind = "comment"
        out.append((start, end, kind))
    return out


@settings(max_examples=400, deadline=None)
@given(_SOURCES)
def test_lex_finds_the_tokenizers_strings_and_comments(text: str) -> None:
    try:
        ast.parse(text)
    except SyntaxError:
        return
    lexed = lex(text)
    mine = list(zip(lexed.starts, lexed.ends, lexed.kinds, strict=True))
    assert mine == _token_spans(text)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list("'\"#\\\nrf{} x")), max_size=80))
def test_lex_is_total_on_any_text(text: str) -> None:
    """Not Python at all: spans are still ordered, disjoint and inside the text."""
    lexed = lex(text)
    prev = 0
    for start, end in zip(lexed.starts, lexed.ends, strict=True):
        assert prev <= start < end <= len(text)
        prev = end
    spans = list(zip(lexed.starts, lexed.ends, lexed.kinds, strict=True))
    for pos in range(len(text)):
        inside = [kind for start, end, kind in spans if start <= pos < end]
        assert lexed.where(pos) == (inside[0] if inside else "code")


def test_where_prev_and_next_code() -> None:
    text = "a = x.  # note 'q'\n    load_iris ( )\n"
    lexed = lex(text)
    pos = text.index("load_iris")
    assert lexed.where(text.index("note")) == "comment"
    assert lexed.where(pos) == "code"
    assert text[lexed.prev_code_index(pos)] == "."  # past the comment and the line break
    assert text[lexed.next_code_index(pos + len("load_iris"))] == "("


# --- loader calls read from the text agree with the syntax tree ------------------------

_HEAD = "from sklearn import datasets\nfrom sklearn.datasets import load_iris, load_digits\n"
_CALLS = [
    "X = load_iris()", "X = load_iris(return_X_y=True)", "d = datasets.load_wine()",
    "d = datasets . load_diabetes ()", "m = sklearn.datasets.load_iris()", "o = obj.load_iris()",
    "t = torchvision.datasets.MNIST(root)", "t = datasets.CIFAR10(root)",
    "t = datasets.ImageFolder(root)", "g = datasets.make_blobs()", "h = datasets.load_metric('x')",
    "def load_iris():\n    pass", "class load_digits(Base):\n    pass", "async def load_iris(): pass",
    "'load_iris()'", '"""datasets.load_wine()"""', "# load_iris()", "f'{load_iris()}'",
    "x = f'{datasets.load_wine()}'", "y = (\n    load_iris\n    ()\n)", "z = (load_iris\n)",
    "w = (datasets.\n     load_wine())", "v = (x.  # c\n     load_iris())", "@load_iris()\ndef g(): pass",
    "k = load_iris", "from x import (load_iris,\n    load_digits)", "n = [load_digits() for _ in r]",
    "match p:\n    case load_iris():\n        pass", "u = load_iris\\\n()", "fetch = fetch_openml('a')",
    "q = datasets.fetch_openml('mnist_784')", "e = datasets.load_dataset('x')", "lambda: load_iris()",
    "if True:\n    X = load_digits()  # 'q'",
]  # fmt: skip


def _detect(text: str, rel: str = "train.py") -> set[tuple[str, str, int | None]]:
    det = DatasetDetector()
    comps: list[Component] = list(
        det.detect(SourceFile(rel, Path("/nonexistent") / rel, text, len(text)))
    )
    return {(c.kind.value, c.name, c.evidence[0].line) for c in comps}


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CALLS), min_size=1, max_size=6))
def test_loader_calls_read_from_the_text_match_the_tree(
    calls: list[str],
) -> None:
    text = _HEAD + "\n".join(calls) + "\n"
    try:
        ast.parse(text)
    except SyntaxError:
        return
    lexical = _detect(text)
    with pytest.MonkeyPatch.context() as mp:
        reading = asset_dataset_text.ml_reading
        mp.setattr(asset_dataset_text, "ml_reading", lambda text: reading(text) and "tree")
        tree = _detect(text)
    assert lexical == tree


def test_loader_calls_are_read_lexically_only_where_certain() -> None:
    assert loader_calls("X = load_iris()\n") == [("iris", 4)]
    assert loader_calls("d = datasets.load_wine()\nt = datasets.MNIST(r)\n") == [
        ("wine", 4),
        ("MNIST", 29),
    ]
    assert loader_calls("'load_iris()'  # load_iris()\ndef load_iris(): pass\n") == []
    for unsure in (
        "f'{load_iris()}'",  # code inside an f-string
        "(load_iris\n())",  # a call across a line break
        "x.load_iris()",  # a method that may not be scikit-learn's
        "torchvision.datasets.MNIST(r)",  # the call's line is where the chain starts
        "datasets.fetch_openml('a')",  # named by its argument
        "X = load_iris()\r\n",  # line ends the tree counts otherwise
        "match p:\n    case load_iris(): pass",
    ):
        assert loader_calls(unsure) is None, unsure


def test_a_script_that_does_not_parse_still_shows_its_datasets() -> None:
    """Python 2 (or syntax newer than the running Python): no tree, the calls are read."""
    text = "import sklearn\nfrom sklearn.datasets import load_iris\nprint 'hi'\nX = load_iris()\n"
    with pytest.raises(SyntaxError):
        ast.parse(text)
    assert ("dataset", "iris", 4) in _detect(text)


def test_an_id_in_a_docstring_or_comment_is_not_read_for() -> None:
    """The org/name pre-check counts strings, not quotes inside a docstring or a comment."""
    text = (
        "import sklearn\n"
        '"""Use "org/name" here."""\n'
        "# see 'a/b'\n"
        "x = ('https://example.org/a/b'\n     'c')\n"
    )
    assert not may_be_id(text)
    assert may_be_id(text + "y = ('acme-' 'corp/sales')\n")  # one constant
    assert may_be_id(text + "y = f'{root}/acme/sales'\n")
    assert may_be_id(text + "y = 'org\\x2fname/x'\n")
    assert not may_be_id(text + "y = f'acme/sales{x}'\n")  # before a field
    assert not may_be_id(text + "y = 'see\\n the docs at a/b'\n")  # a space


# --- hostile input: every reader stays linear -------------------------------------------
# (sizes at which a quadratic reader would take minutes; the linear ones take milliseconds)


def test_a_long_run_of_joined_strings_is_read_once() -> None:
    text = "import sklearn\nx = (" + " ".join("'a b/cc'" for _ in range(50_000)) + ")\n"
    assert not may_be_id(text)
    assert len(lex(text).joined(1)) == 50_000


def test_many_loader_names_after_long_blanks_and_comments() -> None:
    unit = "  # note\n" * 20 + "X = load_iris ()\nload_digits\n\n# c\n"
    text = "import sklearn\n" + unit * 5_000
    calls = loader_calls(text)
    assert calls is not None and len(calls) == 5_000


def test_many_case_words_and_keyword_arguments() -> None:
    text = (
        "import sklearn\n" + "    cases = 1  # case\n# case\n    self.data_dir = 'x/y'\n" * 20_000
    )
    assert loader_calls(text + "X = load_iris()\n") == [("iris", len(text) + 4)]
    assert not DatasetDetector._may_yield_outside_ml(text)  # no keyword
    assert DatasetDetector._may_yield_outside_ml(text + "f(data_dir='x/y')\n")
