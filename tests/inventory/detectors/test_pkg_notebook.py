"""Notebook detector: code cells, !pip lines, evidence lines inside the .ipynb."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assura.inventory.detectors.pkg_notebook import NotebookDetector, notebook_cells
from assura.inventory.interface import Component, SourceFile

FIXTURES = Path(__file__).parent.parent / "fixtures" / "pkg"


def detect(text: str, relpath: str = "nb.ipynb") -> list[Component]:
    file = SourceFile(relpath, Path("/nonexistent") / relpath, text, len(text))
    return list(NotebookDetector().detect(file))


def test_fixture_notebook_lines() -> None:
    text = (FIXTURES / "notebook" / "demo.ipynb").read_text()
    found = {(c.kind.value, c.name, c.evidence[0].line) for c in detect(text, "demo.ipynb")}
    assert found == {
        ("vector_store", "chroma", 17),
        ("sdk", "langchain-openai", 17),
        ("service", "openai", 17),
        ("sdk", "langchain-openai", 29),
        ("service", "openai", 29),
        ("vector_store", "chroma", 30),
        ("sdk", "transformers", 39),
    }
    pinned = [c for c in detect(text) if c.name == "chroma" and c.version]
    assert pinned and pinned[0].version == "0.4.22"


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (["import torch\n"], {("sdk", "torch")}),
        (["%pip install openai>=1.0\n"], {("sdk", "openai"), ("service", "openai")}),
        (["!conda install -y pytorch::pytorch=2.1\n"], {("sdk", "torch")}),
        (["%%time\n", "import ollama\n"], {("sdk", "ollama"), ("service", "ollama")}),
        (["!pip install -r requirements.txt\n", "import numpy\n"], set()),
        (["print('import openai')\n"], set()),
    ],
)
def test_cells(payload: list[str], expected: set[tuple[str, str]]) -> None:
    nb = {"cells": [{"cell_type": "code", "source": payload}], "nbformat": 4}
    assert {(c.kind.value, c.name) for c in detect(json.dumps(nb, indent=1))} == expected


@pytest.mark.parametrize("payload", ["", "not json", "[]", '{"cells": 3}', '{"cells": [1, null]}'])
def test_malformed_notebooks_yield_nothing(payload: str) -> None:
    assert detect(payload) == []
    assert notebook_cells(payload) == []


def test_minified_notebook_points_at_line_one() -> None:
    nb = {"cells": [{"cell_type": "code", "source": ["import anthropic\n"]}]}
    found = detect(json.dumps(nb))
    assert {c.evidence[0].line for c in found} == {1}


def test_lines_survive_outputs_that_repeat_the_code_and_unicode() -> None:
    nb = {
        "cells": [
            {
                "cell_type": "code",
                "source": ["print('x')\n"],
                "outputs": [{"output_type": "stream", "text": ["import torch\n"] * 50}],
            },
            {"cell_type": "code", "source": ["# 🤗 café\n", "import torch\n", "import peft"]},
        ]
    }
    text = json.dumps(nb, indent=1, ensure_ascii=False)
    raw = text.splitlines()
    found = {(c.name, c.evidence[0].line) for c in detect(text)}
    for name, line in found:
        assert f"import {name}" in raw[line - 1] and '"source"' not in raw[line - 1]
        assert line > 50
    assert {n for n, _ in found} == {"torch", "peft"}
