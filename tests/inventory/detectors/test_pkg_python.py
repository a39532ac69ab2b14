"""Python import detector: imports → sdk / agent_framework / vector_store / service."""

from __future__ import annotations

from pathlib import Path

import pytest

from assura.inventory.detectors.pkg_python import PythonImportDetector, python_imports
from assura.inventory.interface import Component, SourceFile


def detect(text: str, relpath: str = "app.py", root: Path | None = None) -> list[Component]:
    base = root or Path("/nonexistent-root")
    file = SourceFile(relpath, base / relpath, text, len(text))
    return list(PythonImportDetector().detect(file))


def kinds(found: list[Component]) -> set[tuple[str, str]]:
    return {(c.kind.value, c.name) for c in found}


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ("import openai\n", {("sdk", "openai"), ("service", "openai")}),
        ("from anthropic import Anthropic\n", {("sdk", "anthropic"), ("service", "anthropic")}),
        (
            "from langchain.chat_models import ChatOpenAI\n",
            {("agent_framework", "langchain"), ("service", "openai")},
        ),
        (
            "from langchain.vectorstores import FAISS\n",
            {("agent_framework", "langchain"), ("vector_store", "faiss")},
        ),
        (
            "from langchain_openai import ChatOpenAI, OpenAIEmbeddings\n",
            {("sdk", "langchain-openai"), ("service", "openai")},
        ),
        ("from langchain_core.messages import HumanMessage\n", {("sdk", "langchain-core")}),
        ("from langgraph.graph import StateGraph\n", {("agent_framework", "langgraph")}),
        (
            "from llama_index.vector_stores.qdrant import QdrantVectorStore\n",
            {("sdk", "llama-index-vector-stores-qdrant"), ("vector_store", "qdrant")},
        ),
        ("from llama_index.core import VectorStoreIndex\n", {("agent_framework", "llama-index")}),
        ("from sklearn.linear_model import LinearRegression\n", {("sdk", "scikit-learn")}),
        ("import torch.nn as nn\n", {("sdk", "torch")}),
        ("import chromadb\n", {("vector_store", "chroma")}),
        ("import faiss\n", {("vector_store", "faiss")}),
        ("from mcp.server.fastmcp import FastMCP\n", {("sdk", "mcp")}),
        (
            "import google.generativeai as genai\n",
            {("sdk", "google-generativeai"), ("service", "google-gemini")},
        ),
        (
            "import vertexai\n",
            {("sdk", "google-cloud-aiplatform"), ("service", "google-vertex-ai")},
        ),
        (
            "from openai import AzureOpenAI\n",
            {("sdk", "openai"), ("service", "azure-openai")},
        ),
        (
            "from openai import OpenAI, AzureOpenAI\n",
            {("sdk", "openai"), ("service", "openai"), ("service", "azure-openai")},
        ),
        (
            "from anthropic import AnthropicBedrock\n",
            {("sdk", "anthropic"), ("service", "aws-bedrock")},
        ),
        (
            "from agents import Agent, Runner\n",
            {("agent_framework", "openai-agents"), ("service", "openai")},
        ),
        ("from datasets import load_dataset\n", {("sdk", "datasets")}),
        ("import datasets\n", {("sdk", "datasets")}),
        ("import langsmith\n", {("sdk", "langsmith"), ("service", "langsmith")}),
        (
            "import boto3\nclient = boto3.client('bedrock-runtime')\n",
            {("sdk", "boto3"), ("service", "aws-bedrock")},
        ),
        ("mod = __import__('ollama')\n", {("sdk", "ollama"), ("service", "ollama")}),
        # negatives
        ("import os, json\nfrom flask import Flask\n", set()),
        ("import boto3\ns3 = boto3.client('s3')\n", set()),
        ("from agents.researcher import build\n", set()),
        ("from .openai import helper\n", set()),
        ("from datasets.coco import build as build_coco\n", set()),
        ("from models import OpenAI\n", set()),
        ("# import openai\nx = 'import anthropic'\n", set()),
    ],
)
def test_imports(payload: str, expected: set[tuple[str, str]]) -> None:
    assert kinds(detect(payload)) == expected


def test_lines_confidence_and_properties() -> None:
    text = "import os\n\nfrom openai import OpenAI\n"
    found = detect(text)
    sdk = next(c for c in found if c.kind.value == "sdk")
    svc = next(c for c in found if c.kind.value == "service")
    assert sdk.evidence[0].path == "app.py" and sdk.evidence[0].line == 3
    assert sdk.confidence == 1.0 and sdk.provider == "openai"
    assert sdk.properties["source"] == "import" and sdk.detector == "pkg.python-imports"
    assert svc.confidence == 0.8 and svc.evidence[0].line == 3


def test_regex_fallback_for_unparsable_file() -> None:
    text = 'print "python 2"\nfrom transformers import (\n    AutoModel,\n)\nimport peft\n'
    found = detect(text)
    assert {(c.name, c.evidence[0].line) for c in found} == {("transformers", 2), ("peft", 5)}


def test_python_imports_ast_lines() -> None:
    refs = python_imports("import a.b, c\nfrom d.e import (f,\n g)\nfrom . import h\n")
    assert [(r.module, r.names, r.line) for r in refs] == [
        ("a.b", (), 1),
        ("c", (), 1),
        ("d.e", ("f", "g"), 2),
    ]


def test_project_local_module_is_not_a_package(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "datasets").mkdir()
    (tmp_path / "datasets" / "__init__.py").write_text("")
    text = "from datasets import load_dataset\nimport openai\n"
    (tmp_path / "pkg" / "train.py").write_text(text)
    found = detect(text, "pkg/train.py", tmp_path)
    assert kinds(found) == {("sdk", "openai"), ("service", "openai")}


def test_invalid_escape_does_not_warn() -> None:
    assert kinds(detect('import re\nimport xgboost\np = "\\d"\n')) == {("sdk", "xgboost")}


def test_applies_to() -> None:
    det = PythonImportDetector()
    assert det.applies_to("src/app.py") and not det.applies_to("app.js")
