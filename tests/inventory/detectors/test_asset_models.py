"""Model identifiers in code, notebooks and configuration."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assura.inventory.detectors.asset_models import ModelIdDetector, classify_model
from assura.inventory.interface import ComponentKind, SourceFile


def names(rel: str, text: str, tmp_path: Path) -> dict[str, int | None]:
    path = tmp_path / rel.replace("/", "_")
    path.write_text(text, encoding="utf-8")
    det = ModelIdDetector()
    assert det.applies_to(rel)
    out: dict[str, int | None] = {}
    for c in det.detect(SourceFile(rel, path, text, len(text))):
        assert c.kind is ComponentKind.MODEL
        out.setdefault(c.name, c.evidence[0].line)
    return out


@pytest.mark.parametrize(
    ("value", "provider"),
    [
        ("gpt-4o", "openai"),
        ("gpt-4.1-mini", "openai"),
        ("gpt-3.5-turbo-0125", "openai"),
        ("o3-mini", "openai"),
        ("o1-preview", "openai"),
        ("text-embedding-3-small", "openai"),
        ("dall-e-3", "openai"),
        ("whisper-1", "openai"),
        ("tts-1-hd", "openai"),
        ("claude-3-5-sonnet-20240620", "anthropic"),
        ("claude-sonnet-4-20250514", "anthropic"),
        ("claude-v1", "anthropic"),
        ("gemini-1.5-pro", "google"),
        ("models/embedding-001", "google"),
        ("text-bison@001", "google"),
        ("publishers/google/models/gemini-1.5-flash", "google-vertex-ai"),
        ("mistral-large-latest", "mistral"),
        ("open-mixtral-8x7b", "mistral"),
        ("command-r-plus", "cohere"),
        ("embed-english-v3.0", "cohere"),
        ("llama3.1:8b", "meta"),
        ("llama-3.1-70b-versatile", "meta"),
        ("qwen2.5:7b", "alibaba"),
        ("deepseek-chat", "deepseek"),
        ("anthropic.claude-3-sonnet-20240229-v1:0", "aws-bedrock"),
        ("us.anthropic.claude-3-5-sonnet-20241022-v2:0", "aws-bedrock"),
        ("amazon.titan-embed-text-v2:0", "aws-bedrock"),
        ("meta.llama3-8b-instruct-v1:0", "aws-bedrock"),
        ("nomic-embed-text", "nomic"),
        ("meta-llama/Llama-2-7b-chat-hf", "huggingface"),
        ("sentence-transformers/all-MiniLM-L6-v2", "huggingface"),
        ("BAAI/bge-small-en-v1.5", "huggingface"),
    ],
)
def test_families_anywhere(value: str, provider: str) -> None:
    got = classify_model(value, strong=False)
    assert got is not None and got[0] == value and got[1] == provider


@pytest.mark.parametrize(
    "value",
    [
        "gpt",
        "GPT-4o",
        "o1",
        "your-model-here",
        "mistral-common",
        "claude-code",
        "org/name",
        "facebook/react",
        "microsoft/vscode",
        "hkunlp/instructor-xl.json",
        "https://api.openai.com/v1",
        "data/train",
        "bert-base-uncased",
        "some/random-path",
    ],
)
def test_not_models_outside_context(value: str) -> None:
    assert classify_model(value, strong=False) is None


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("tloen/alpaca-lora-7b", True),
        ("bert-base-uncased", True),
        ("o1", True),
        ("mistral", True),
        ("gpt", False),
        ("default", False),
        ("models/weights", False),
        ("./checkpoints/model", False),
        ("{model_name}", False),
        ("<your-model>", False),
    ],
)
def test_model_context(value: str, ok: bool) -> None:
    assert (classify_model(value, strong=True) is not None) is ok


PY = """import argparse
from transformers import AutoModelForCausalLM, AutoTokenizer, pipeline
from sentence_transformers import SentenceTransformer
from langchain_community.embeddings import HuggingFaceEmbeddings
import os

MODEL_NAME = "acme-labs/qa-7b"
tok = AutoTokenizer.from_pretrained("acme-labs/tok-base")
clf = pipeline("text-classification", model="cardiffnlp/twitter-roberta-base-sentiment")
emb = SentenceTransformer("all-MiniLM-L6-v2")
hf = HuggingFaceEmbeddings(model_name="intfloat/e5-large-v2")
chat_model = os.getenv("CHAT_MODEL", "gpt-4o-mini")
parser = argparse.ArgumentParser()
parser.add_argument("--base_model", type=str, default="huggyllama/llama-7b")
parser.add_argument("--output_dir", default="out/run1")


def train(base_model: str = "someorg/base-13b", data_path: str = "x/y", model="gpt"):
    client.chat.completions.create(model="gpt-4o", messages=[])
    label = "Claude 3.5 Sonnet"
    trubrics.collect(model="gpt")
    print("e.g. --base_model='decapoda-research/llama-7b-hf'")
"""


def test_python_contexts(tmp_path: Path) -> None:
    found = names("train.py", PY, tmp_path)
    assert found == {
        "acme-labs/qa-7b": 7,
        "acme-labs/tok-base": 8,
        "cardiffnlp/twitter-roberta-base-sentiment": 9,
        "all-MiniLM-L6-v2": 10,
        "intfloat/e5-large-v2": 11,
        "gpt-4o-mini": 12,
        "huggyllama/llama-7b": 14,
        "someorg/base-13b": 18,
        "gpt-4o": 19,
        "decapoda-research/llama-7b-hf": 22,
    }


TS = """import OpenAI from "openai/index";
import { anthropic } from "@ai-sdk/anthropic";

export type ChatModel = "gpt-4o" | "gpt-4o-mini" | "o3-mini";

export const models = [
  { id: "claude-3-5-haiku-20241022", name: "Claude 3.5 Haiku" },
  { id: "gemini-2.0-flash", name: "GPT-4o" },
];
const result = streamText({ model: anthropic("claude-sonnet-4-20250514") });
const embedder = { modelName: "Xenova/all-MiniLM-L6-v2" };
const route = "api/chat";
"""


@pytest.mark.parametrize(
    ("rel", "code", "expected"),
    [
        pytest.param(  # the only model-bearing position is pipeline's second argument
            "ner.py",
            'from transformers import pipeline\nnlp = pipeline("ner", "acme-labs/ner-base")\n',
            {"acme-labs/ner-base": 2},
            id="pipeline-positional",
        ),
        pytest.param(  # Azure OpenAI's legacy engine= names a deployment; db_engine does not
            "legacy.py",
            'r = openai.Completion.create(engine="acme-labs/deploy-1")\n'
            'db = make(db_engine="acme-labs/pg")\n',
            {"acme-labs/deploy-1": 1},
            id="engine-alone",
        ),
        pytest.param(  # a prefix to match ids by, and test fixtures, are not models
            "test_models.py",
            'def quality(text):\n    """Chopped text such as "Qw en3-" instead of "Qwen3-"."""\n'
            'def test_cleanup():\n    cleanup(model_id="ancestor/test")\n'
            '    load(model_id="test/model")\n    load(model_id="acme-labs/llama-ft")\n',
            {"acme-labs/llama-ft": 6},
            id="prefix-and-fixtures",
        ),
        pytest.param(  # a bare `model: "..."` in Python is a (forward-reference) annotation
            "run.py",
            'class Run:\n    model: "acme-labs/Model"\n    base_model: "acme-labs/Base" = None\n',
            {},
            id="annotations",
        ),
    ],
)
def test_python_model_positions(
    rel: str, code: str, expected: dict[str, int], tmp_path: Path
) -> None:
    assert names(rel, code, tmp_path) == expected


def test_typescript_lists_and_unions(tmp_path: Path) -> None:
    found = names("lib/models.ts", TS, tmp_path)
    assert found == {
        "gpt-4o": 4,
        "gpt-4o-mini": 4,
        "o3-mini": 4,
        "claude-3-5-haiku-20241022": 7,
        "gemini-2.0-flash": 8,
        "claude-sonnet-4-20250514": 10,
        "Xenova/all-MiniLM-L6-v2": 11,
    }


def test_configs(tmp_path: Path) -> None:
    yml = "llm:\n  model: acme/custom-chat\n  fallback: gpt-4.1\nembedding_model: 'BAAI/bge-m3'\nname: my-app\n"
    assert names("config.yaml", yml, tmp_path) == {
        "acme/custom-chat": 2,
        "gpt-4.1": 3,
        "BAAI/bge-m3": 4,
    }
    env = "OPENAI_API_KEY=\nOPENAI_MODEL=gpt-4o\nLLM_MODEL=mistral\nDEBUG=true\n"
    assert names(".env.example", env, tmp_path) == {"gpt-4o": 2, "mistral": 3}
    toml = '[tool.app]\nmodel_id = "google/flan-t5-base"\n'
    assert names("settings.toml", toml, tmp_path) == {"google/flan-t5-base": 2}
    compose = (
        "services:\n  app:\n    command: python gen.py --lora_weights 'tloen/alpaca-lora-7b'\n"
    )
    assert names("docker-compose.yml", compose, tmp_path) == {"tloen/alpaca-lora-7b": 3}


def test_licence_names_in_configs_are_not_models(tmp_path: Path) -> None:
    # scancode's licence index names model licences after the models
    index = (
        '[\n  {\n    "license_key": "llama-4-cla-2025",\n'
        '    "spdx_license_key": "LicenseRef-scancode-stable-diffusion-2022-08-22",\n'
        '    "model": "gpt-4o"\n  }\n]\n'
    )
    assert names("licensedb-index.json", index, tmp_path) == {"gpt-4o": 5}


def test_shell_and_docs(tmp_path: Path) -> None:
    sh = "python finetune.py --base_model 'acme/llama-ft' --data_path data.json\n"
    assert names("train.sh", sh, tmp_path) == {"acme/llama-ft": 1}
    md = "Run:\n\n```\npython generate.py --base_model='acme/llama-ft'\n```\nWe love gpt-4o.\n"
    assert names("README.md", md, tmp_path) == {"acme/llama-ft": 4}


def test_notebook_lines_point_into_ipynb(tmp_path: Path) -> None:
    nb = {
        "cells": [
            {"cell_type": "markdown", "metadata": {}, "source": ["uses gpt-4o\n"]},
            {
                "cell_type": "code",
                "metadata": {},
                "execution_count": 1,
                "outputs": [],
                "source": [
                    "%pip install transformers\n",
                    "from transformers import AutoModel\n",
                    'm = AutoModel.from_pretrained("acme/nb-model")\n',
                ],
            },
        ],
        "metadata": {"language_info": {"name": "python"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    text = json.dumps(nb, indent=1)
    found = names("demo.ipynb", text, tmp_path)
    assert set(found) == {"acme/nb-model"}
    line = found["acme/nb-model"]
    assert line is not None and "acme/nb-model" in text.splitlines()[line - 1]


@settings(max_examples=150, deadline=None)
@given(
    st.text(max_size=300),
    st.sampled_from(["a.py", "a.ts", "a.yaml", "a.json", ".env", "a.ipynb", "a.sh", "a.md"]),
)
def test_never_raises(text: str, rel: str) -> None:
    det = ModelIdDetector()
    list(det.detect(SourceFile(rel, Path("/nonexistent") / rel, text, len(text))))


def test_ollama_modelfile_and_dockerfile(tmp_path: Path) -> None:
    assert names("Modelfile", "FROM llama3.1:8b\nPARAMETER temperature 0.2\n", tmp_path) == {
        "llama3.1:8b": 1
    }
    assert names("Dockerfile", "FROM ollama/ollama\nRUN true\n", tmp_path) == {}


def test_hub_ids_in_dataset_positions_are_not_models(tmp_path: Path) -> None:
    py = (
        "from datasets import load_dataset\n"
        'ds = load_dataset("HuggingFaceH4/ultrachat_200k")\n'
        'mix = {"datasets": [{"id": "HuggingFaceTB/smoltalk", "weight": 1.0}]}\n'
        'model = AutoModel.from_pretrained("HuggingFaceTB/SmolLM2-360M")\n'
    )
    assert names("train.py", py, tmp_path) == {"HuggingFaceTB/SmolLM2-360M": 4}
    yml = (
        "model_name_or_path: mistralai/Mistral-7B-v0.1\n"
        "dataset_mixer:\n"
        "  HuggingFaceH4/ultrachat_200k: 1.0\n"
        "dataset_mixture:\n"
        "  datasets:\n"
        "    - id: HuggingFaceTB/smoltalk2\n"
        "learning_rate: 2.0e-05\n"
    )
    assert names("recipe.yaml", yml, tmp_path) == {"mistralai/Mistral-7B-v0.1": 1}


def test_walk_nodes_is_ast_walk_in_the_same_order() -> None:
    import ast
    from pathlib import Path

    from assura.inventory.detectors.python_ast import walk_nodes

    for source in Path("src/assura/inventory").rglob("*.py"):
        tree = ast.parse(source.read_text())
        assert walk_nodes(tree) == tuple(ast.walk(tree)), source


# A config is read only on the lines that can yield (_config_lines): the same sightings as
# reading every line, on configs made of the pieces that matter (model keys in any case and
# spelling, weak ids, licence keys, dataset keys and blocks, comments, flags, other breaks).
_CONFIG_PIECES = [
    '"model": "gpt-4o",', "  MODEL_NAME: claude-3-5-sonnet-latest", "modelName = mistral-large",
    '"llm": {"name": "x"},', '"engine": "text-davinci-003",', "repo_id: meta-llama/Llama-3-8B",
    '"license_key": "llama-4-cla-2025",', "dataset: google/gemma-data", "datasets:",
    "  - google/flan-t5-base", "# model: gpt-4", "; engine = x", '"url": "https://x.org/a/b",',
    '"cmd": "--model gpt-4o-mini --lr 1"', "- microsoft/phi-2", '"notes": "see Qwen/Qwen2-7B"',
    "other: value", '"x": [1, 2, 3],', "\r\n", "\u2028", "TOKENIZER_ID=bert-base-uncased",
    '"alias": "gpt-4o-mini",', "- claude-3-5-haiku-latest", '"a": "anthropic.claude-v2:1"',
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_CONFIG_PIECES), min_size=1, max_size=12),
    st.sampled_from(["c.json", "c.yaml", "c.toml", "c.ini"]),
)
def test_config_lines_read_as_every_line(pieces: list[str], rel: str) -> None:
    text = "\n".join(pieces) + "\n"
    file = SourceFile(rel, Path("/nonexistent") / rel, text, len(text))
    det = ModelIdDetector()
    picked = {(c.name, c.evidence[0].line, c.confidence) for c in det.detect(file)}
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(ModelIdDetector, "_config_lines", lambda self, text: None)
        every = {(c.name, c.evidence[0].line, c.confidence) for c in ModelIdDetector().detect(file)}
    assert picked == every
