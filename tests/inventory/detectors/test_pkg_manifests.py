"""Python manifest detectors: requirements, pyproject, Pipfile, setup.py/cfg, conda."""

from __future__ import annotations

from pathlib import Path

import pytest

from assura.inventory.detectors.pkg_manifests import (
    PipfileDetector,
    PyprojectDetector,
    RequirementsDetector,
    requirements_deps,
)
from assura.inventory.detectors.pkg_setup import CondaEnvironmentDetector, SetupDetector
from assura.inventory.interface import Component, SourceFile

Row = tuple[str, str, str | None, int | None]


def rows(detector: object, relpath: str, text: str) -> set[Row]:
    file = SourceFile(relpath, Path("/nonexistent") / relpath, text, len(text))
    found: list[Component] = list(detector.detect(file))  # type: ignore[attr-defined]
    return {(c.kind.value, c.name, c.version, c.evidence[0].line) for c in found}


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (
            "langchain==0.0.184\nPyPDF2==3.0.1\nopenai>=1.2  # client\nfaiss-cpu==1.7.4\n",
            {
                ("agent_framework", "langchain", "0.0.184", 1),
                ("sdk", "openai", ">=1.2", 3),
                ("service", "openai", None, 3),
                ("vector_store", "faiss", "1.7.4", 4),
            },
        ),
        ("# openai==1.0\n  # anthropic\n", set()),
        ("-r base.txt\n--index-url https://x\nflask\n", set()),
        (
            "transformers[torch]>=4.40 ; python_version >= '3.9'\n",
            {("sdk", "transformers", ">=4.40", 1)},
        ),
        ("torch \\\n  ==2.3.0\n", {("sdk", "torch", "2.3.0", 1)}),
        (
            "-e git+https://github.com/x/y.git#egg=llama_index\n",
            {("agent_framework", "llama-index", None, 1)},
        ),
        ("git+https://github.com/huggingface/peft.git\n", {("sdk", "peft", None, 1)}),
        ("git+https://github.com/huggingface/diffusers@v0.30.0\n", {("sdk", "diffusers", None, 1)}),
        ("https://example.org/wheels/thing-1.0-py3-none-any.whl\n", set()),
        ("Sentence_Transformers==2.2.2\n", {("sdk", "sentence-transformers", "2.2.2", 1)}),
        ("pinecone-client @ https://example.org/p.whl\n", {("vector_store", "pinecone", None, 1)}),
    ],
)
def test_requirements(payload: str, expected: set[Row]) -> None:
    assert rows(RequirementsDetector(), "requirements.txt", payload) == expected


@pytest.mark.parametrize(
    ("relpath", "applies"),
    [
        ("requirements.txt", True),
        ("requirements-dev.txt", True),
        ("sub/dev-requirements.txt", True),
        ("requirements/prod.txt", True),
        ("requirements.in", True),
        ("notes.txt", False),
        ("requirements.md", False),
    ],
)
def test_requirements_applies_to(relpath: str, applies: bool) -> None:
    assert RequirementsDetector().applies_to(relpath) is applies


PYPROJECT = """\
[project]
name = "mcp-demo"
description = "uses langgraph"
dependencies = [
    "mcp (>=1.6.0,<2.0.0)",
    "langgraph (>=0.3.27,<0.4.0)",
    "langchain-anthropic>=0.3",
]

[project.optional-dependencies]
gpu = ["torch==2.3.0"]

[dependency-groups]
dev = ["pytest", "ragas>=0.1"]

[tool.poetry.dependencies]
python = "^3.11"
cohere = { version = "^5.0" }

[tool.uv]
dev-dependencies = ["chromadb"]
"""


def test_pyproject() -> None:
    assert rows(PyprojectDetector(), "pyproject.toml", PYPROJECT) == {
        ("sdk", "mcp", ">=1.6.0,<2.0.0", 5),
        ("agent_framework", "langgraph", ">=0.3.27,<0.4.0", 6),
        ("sdk", "langchain-anthropic", ">=0.3", 7),
        ("service", "anthropic", None, 7),
        ("sdk", "torch", "2.3.0", 11),
        ("sdk", "ragas", ">=0.1", 14),
        ("sdk", "cohere", "^5.0", 18),
        ("service", "cohere", None, 18),
        ("vector_store", "chroma", None, 21),
    }


@pytest.mark.parametrize(
    "payload", ["[project\n", "dependencies = 3\n", "[project]\ndependencies = 'x'\n"]
)
def test_pyproject_malformed(payload: str) -> None:
    assert rows(PyprojectDetector(), "pyproject.toml", payload) == set()


def test_pipfile() -> None:
    text = (
        '[packages]\nopenai = "==1.3.0"\nflask = "*"\n\n[dev-packages]\nkeras = {version = "*"}\n'
    )
    assert rows(PipfileDetector(), "Pipfile", text) == {
        ("sdk", "openai", "1.3.0", 2),
        ("service", "openai", None, 2),
        ("sdk", "keras", None, 6),
    }


def test_setup_py() -> None:
    text = (
        "from setuptools import setup\n"
        "setup(\n"
        "    name='x',\n"
        "    install_requires=['requests', 'anthropic>=0.20'],\n"
        "    extras_require={'ml': ['xgboost==2.0.0'], 'openai': ['flask']},\n"
        ")\n"
    )
    assert rows(SetupDetector(), "setup.py", text) == {
        ("sdk", "anthropic", ">=0.20", 4),
        ("service", "anthropic", None, 4),
        ("sdk", "xgboost", "2.0.0", 5),
    }


def test_setup_cfg() -> None:
    text = (
        "[metadata]\nname = openai-demo\n\n[options]\ninstall_requires =\n"
        "    requests\n    lightgbm>=4\n\n[options.extras_require]\nvec = qdrant-client\n"
    )
    assert rows(SetupDetector(), "setup.cfg", text) == {
        ("sdk", "lightgbm", ">=4", 7),
        ("vector_store", "qdrant", None, 10),
    }


def test_conda_environment() -> None:
    text = (
        "name: ml\nchannels:\n  - pytorch\ndependencies:\n  - python=3.11\n"
        "  - pytorch::pytorch=2.1.0=py3.11_cuda\n  - scikit-learn>=1.3\n  - pip\n  - pip:\n"
        "      - openai==1.3.0\n      - some-lib\n"
    )
    assert rows(CondaEnvironmentDetector(), "environment.yml", text) == {
        ("sdk", "torch", "2.1.0", 6),
        ("sdk", "scikit-learn", ">=1.3", 7),
        ("sdk", "openai", "1.3.0", 10),
        ("service", "openai", None, 10),
    }
    assert CondaEnvironmentDetector().applies_to("envs/environment-gpu.yaml")
    assert not CondaEnvironmentDetector().applies_to("docker-compose.yml")


def test_requirements_deps_continuation_lines() -> None:
    deps = list(requirements_deps("a==1 \\\n  --hash=sha256:x\nb\n"))
    assert [(d.name, d.version, d.line) for d in deps] == [("a", "1", 1), ("b", None, 3)]
