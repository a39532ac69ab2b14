"""AI credentials: env-var references and literal keys (values masked, never emitted)."""

from __future__ import annotations

import json
import random
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assura.inventory.detectors.asset_credentials import CredentialRefDetector, credential_provider
from assura.inventory.detectors.asset_keys import HardcodedKeyDetector, mask
from assura.inventory.interface import Component, ComponentKind, SourceFile

ALNUM = string.ascii_letters + string.digits


def fake(n: int, alphabet: str = ALNUM, seed: int = 7) -> str:
    """A random-looking (never real) key body, deterministic per test."""
    rng = random.Random(seed * 1000 + n)
    return "".join(rng.choice(alphabet) for _ in range(n))


def run(det: CredentialRefDetector | HardcodedKeyDetector, rel: str, text: str) -> list[Component]:
    assert det.applies_to(rel)
    return list(det.detect(SourceFile(rel, Path("/nonexistent") / rel, text, len(text))))


@pytest.mark.parametrize(
    ("name", "provider"),
    [
        ("OPENAI_API_KEY", "openai"),
        ("AZURE_OPENAI_API_KEY", "azure-openai"),
        ("AZURE_OPENAI_KEY", "azure-openai"),
        ("ANTHROPIC_API_KEY", "anthropic"),
        ("HUGGINGFACEHUB_API_TOKEN", "huggingface"),
        ("HF_TOKEN", "huggingface"),
        ("GOOGLE_API_KEY", "google"),
        ("GEMINI_API_KEY", "google"),
        ("GROQ_API_KEY", "groq"),
        ("REPLICATE_API_TOKEN", "replicate"),
        ("COHERE_API_KEY", "cohere"),
        ("MISTRAL_API_KEY", "mistral"),
        ("TOGETHER_API_KEY", "together"),
        ("PINECONE_API_KEY", "pinecone"),
        ("LANGCHAIN_API_KEY", "langsmith"),
        ("LANGSMITH_API_KEY", "langsmith"),
        ("NEXT_PUBLIC_OPENAI_API_KEY", "openai"),
        ("VITE_GROQ_API_KEY", "groq"),
        ("GOOGLE_MAPS_API_KEY", None),
        ("REACT_APP_FIREBASE_API_KEY", None),
        ("OPENAI_API_BASE", None),
        ("OPENAI_MODEL", None),
        ("HF_HOME", None),
        ("DATABASE_URL", None),
        ("GITHUB_TOKEN", None),
    ],
)
def test_env_name_to_provider(name: str, provider: str | None) -> None:
    assert credential_provider(name) == provider


def test_code_reads_env_vars() -> None:
    py = (
        "import os\nimport streamlit as st\n"
        'key = os.getenv("ANTHROPIC_API_KEY")\n'
        'o = os.environ["OPENAI_API_KEY"]\n'
        'g = st.secrets["GROQ_API_KEY"]\n'
        'm = os.getenv("GOOGLE_MAPS_API_KEY")\n'
    )
    comps = run(CredentialRefDetector(), "app.py", py)
    secrets = {(c.name, c.evidence[0].line) for c in comps if c.kind is ComponentKind.SECRET}
    assert secrets == {("ANTHROPIC_API_KEY", 3), ("OPENAI_API_KEY", 4), ("GROQ_API_KEY", 5)}
    assert all(c.properties["hardcoded"] is False for c in comps if c.kind is ComponentKind.SECRET)
    services = {c.name for c in comps if c.kind is ComponentKind.SERVICE}
    assert services == {"anthropic", "openai", "groq"}
    js = "const k = process.env.OPENAI_API_KEY;\nconst m = import.meta.env.VITE_MISTRAL_API_KEY;\n"
    assert {c.name for c in run(CredentialRefDetector(), "a.ts", js)} >= {
        "OPENAI_API_KEY",
        "VITE_MISTRAL_API_KEY",
    }


def test_env_example_and_compose() -> None:
    env = "OPENAI_API_KEY=\nHUGGINGFACEHUB_API_TOKEN=\nDEBUG=1\nFIREBASE_API_KEY=\n"
    got = {
        c.name
        for c in run(CredentialRefDetector(), ".env.example", env)
        if c.kind.value == "secret"
    }
    assert got == {"OPENAI_API_KEY", "HUGGINGFACEHUB_API_TOKEN"}
    compose = (
        "services:\n  app:\n    environment:\n      - LANGSMITH_API_KEY=${LANGSMITH_API_KEY}\n"
    )
    got = {c.name for c in run(CredentialRefDetector(), "docker-compose.yml", compose)}
    assert "LANGSMITH_API_KEY" in got


def test_docs_mentions_are_low_confidence() -> None:
    comps = run(CredentialRefDetector(), "README.md", "export OPENAI_API_KEY=...\n")
    assert [(c.kind.value, c.name) for c in comps] == [("secret", "OPENAI_API_KEY")]
    assert comps[0].confidence <= 0.5


def keys() -> list[tuple[str, str, str]]:
    return [
        ("openai", "sk-proj-" + fake(48, ALNUM + "_-"), "sk-proj-"),
        ("openai", "sk-" + fake(20) + "T3BlbkFJ" + fake(20, seed=3), "sk-"),
        ("anthropic", "sk-ant-api03-" + fake(93, ALNUM + "_-") + "AA", "sk-ant-"),
        ("huggingface", "hf_" + fake(34), "hf_"),
        ("groq", "gsk_" + fake(52), "gsk_"),
        ("replicate", "r8_" + fake(37), "r8_"),
        ("openrouter", "sk-or-v1-" + fake(64, "0123456789abcdef"), "sk-or-"),
    ]


@pytest.mark.parametrize(("provider", "value", "prefix"), keys())
def test_literal_keys_masked(provider: str, value: str, prefix: str) -> None:
    text = f'client = Client(api_key="{value}")\n'
    comps = run(HardcodedKeyDetector(), "app.py", text)
    assert [(c.name, c.evidence[0].line) for c in comps] == [(provider, 1)]
    c = comps[0]
    assert c.properties["hardcoded"] is True
    assert c.properties["masked"] == mask(value, prefix)
    assert c.properties["masked"].endswith(value[-4:]) and "****" in c.properties["masked"]
    dumped = json.dumps([c.name, c.properties, str(c.evidence)])
    assert value not in dumped and value[8:-4] not in dumped


def test_mask_shape() -> None:
    v = "sk-proj-" + fake(48)
    assert mask(v, "sk-proj-") == f"sk-proj-****…{v[-4:]}"


@pytest.mark.parametrize(
    "text",
    [
        'at.text_input(key="chatbot_api_key").set_value("sk-...")',
        'OPENAI_API_KEY="sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
        'api_key = "sk-1234567890abcdef1234567890abcdef1234567890abcdef"',
        'OPENAI_API_KEY="your-api-key-here-please-replace-me-now"',
        "hf_" + "a" * 34,
    ],
)
def test_placeholders_are_not_keys(text: str) -> None:
    assert run(HardcodedKeyDetector(), "app_test.py", text) == []


def test_google_key_needs_ai_context_and_maps_is_negative() -> None:
    gkey = "AIza" + fake(35, ALNUM + "_-")
    maps = (
        f'const firebaseConfig = {{\n  apiKey: "{gkey}",\n  authDomain: "x.firebaseapp.com",\n}};\n'
    )
    assert run(HardcodedKeyDetector(), "src/firebase.js", maps) == []
    maps2 = f'<script src="https://maps.googleapis.com/maps/api/js?key={gkey}"></script>\n'
    assert run(HardcodedKeyDetector(), "index.html", maps2) == []
    plain = f'KEY = "{gkey}"\n'
    assert run(HardcodedKeyDetector(), "util.py", plain) == []
    gem = f'import google.generativeai as genai\ngenai.configure(api_key="{gkey}")\n'
    comps = run(HardcodedKeyDetector(), "bot.py", gem)
    assert [(c.name, c.evidence[0].line) for c in comps] == [("google", 2)]
    assert gkey not in json.dumps(comps[0].properties)


def test_assigned_high_entropy_value_to_known_variable() -> None:
    value = fake(40)
    comps = run(HardcodedKeyDetector(), ".env", f"COHERE_API_KEY={value}\nDEBUG=true\n")
    assert [(c.name, c.properties["rule"]) for c in comps] == [("cohere", "assignment")]
    assert value not in json.dumps(comps[0].properties)
    assert run(HardcodedKeyDetector(), ".env.example", f"COHERE_API_KEY={value}\n") == []


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_never_raises(text: str) -> None:
    for det in (CredentialRefDetector(), HardcodedKeyDetector()):
        for rel in ("a.py", ".env", "README.md"):
            list(det.detect(SourceFile(rel, Path("/nonexistent") / rel, text, len(text))))


def test_generic_google_key_name_used_for_maps_is_not_ai() -> None:
    js = "const maps = new google.maps.Map(el, {});\nconst key = process.env.GOOGLE_API_KEY;\n"
    assert run(CredentialRefDetector(), "map.js", js) == []
    py = 'import google.generativeai as genai\ngenai.configure(api_key=os.environ["GOOGLE_API_KEY"])\n'
    assert [c.name for c in run(CredentialRefDetector(), "bot.py", py)] == [
        "GOOGLE_API_KEY",
        "google-gemini",
    ]


def test_contextual_cloud_credentials_and_service_settings() -> None:
    py = (
        "import boto3, os\n"
        'client = boto3.client("bedrock-runtime")\n'
        'key = os.environ["AWS_ACCESS_KEY_ID"]\n'
    )
    comps = run(CredentialRefDetector(), "llm.py", py)
    assert [(c.name, c.provider) for c in comps if c.kind is ComponentKind.SECRET] == [
        ("AWS_ACCESS_KEY_ID", "aws-bedrock")
    ]
    s3 = 'import boto3, os\nkey = os.environ["AWS_ACCESS_KEY_ID"]\n'
    assert run(CredentialRefDetector(), "upload.py", s3) == []
    env = "LANGCHAIN_TRACING_V2=true\nOLLAMA_HOST=http://ollama:11434\n"
    got = {(c.kind.value, c.name) for c in run(CredentialRefDetector(), ".env.example", env)}
    assert got == {("service", "langsmith"), ("service", "ollama")}


def test_commented_out_declarations_are_low_confidence_without_service() -> None:
    comps = run(CredentialRefDetector(), ".env.example", "# GROQ_API_KEY=\nOPENAI_API_KEY=\n")
    got = {(c.kind.value, c.name, c.confidence) for c in comps}
    assert got == {
        ("secret", "GROQ_API_KEY", 0.4),
        ("secret", "OPENAI_API_KEY", 0.9),
        ("service", "openai", 0.6),
    }


def test_notebook_reads_count_as_reads() -> None:
    nb = json.dumps(
        {
            "cells": [
                {
                    "cell_type": "code",
                    "metadata": {},
                    "outputs": [],
                    "execution_count": 1,
                    "source": ["import os\n", 'key = os.getenv("GROQ_API_KEY")\n'],
                }
            ],
            "metadata": {},
            "nbformat": 4,
            "nbformat_minor": 5,
        },
        indent=1,
    )
    comps = run(CredentialRefDetector(), "nb.ipynb", nb)
    secret = next(c for c in comps if c.kind is ComponentKind.SECRET)
    assert secret.properties["reference"] == "read"
    line = secret.evidence[0].line
    assert line is not None and "GROQ_API_KEY" in nb.splitlines()[line - 1]
    assert {c.name for c in comps if c.kind is ComponentKind.SERVICE} == {"groq"}


# Keys are looked for where a format's leading literal stands, not by running the format
# regex over every position of the text: the same matches as that regex's finditer.
_KEY_PIECES = [
    "sk-", "sk-ant-api03-", "sk-proj-", "hf_", "AIza", "gsk_", "tvly-dev-", "csk-", "xai-",
    "a" * 20, "T3BlbkFJ", "0123456789abcdef" * 2, "Ab9" * 12, "-", "_", " ", "\n", "ask-", "=",
    "csk-" + "a1" * 22, "sk-" + "Ab9" * 15, "hf_" + "Xy7" * 12,
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_KEY_PIECES), max_size=30))
def test_key_matches_are_the_regex_matches(pieces: list[str]) -> None:
    text = "".join(pieces)
    det = HardcodedKeyDetector()
    found = [(m.start(), m.group()) for m in det._key_matches(text)]
    assert found == [(m.start(), m.group()) for m in det.catalog.key_any.finditer(text)]


def test_a_key_format_without_a_leading_literal_is_run_over_the_text() -> None:
    from assura.regex_needs import leading_literal

    assert leading_literal(r"sk-(?:proj|admin)-[a-z]+") == "sk-"
    assert leading_literal(r"(?:a|b)c") == "" and leading_literal(r"(?i)sk-x") == ""
