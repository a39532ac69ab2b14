"""The AI package catalog: it loads, its lookups, and its errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from assura.errors import ConfigError
from assura.inventory.catalog_packages import (
    PackageCatalog,
    js_package_name,
    load_package_catalog,
    normalise_pypi,
)
from assura.inventory.detectors.sdk_detectors import DETECTORS
from assura.inventory.interface import ComponentKind, Detector


def test_bundled_catalog_loads_and_is_sizeable() -> None:
    cat = load_package_catalog()
    assert len(cat.entries) >= 150
    for entry in cat.entries:
        if entry.service:
            assert entry.service in cat.services, entry.name


@pytest.mark.parametrize(
    ("dist", "name", "kind"),
    [
        ("openai", "openai", ComponentKind.SDK),
        ("faiss-cpu", "faiss", ComponentKind.VECTOR_STORE),
        ("ChromaDB", "chroma", ComponentKind.VECTOR_STORE),
        ("langchain_community", "langchain-community", ComponentKind.SDK),
        ("llama-index-llms-openai", "llama-index-llms-openai", ComponentKind.SDK),
        ("farm-haystack", "haystack-ai", ComponentKind.AGENT_FRAMEWORK),
        ("qdrant-haystack", "qdrant-haystack", ComponentKind.SDK),
    ],
)
def test_pypi_lookup(dist: str, name: str, kind: ComponentKind) -> None:
    info = load_package_catalog().pypi(dist)
    assert info is not None and (info.name, info.kind) == (name, kind)


def test_family_services() -> None:
    cat = load_package_catalog()
    assert cat.pypi("langchain-aws").service == "aws-bedrock"  # type: ignore[union-attr]
    assert cat.npm("@ai-sdk/google-vertex").service == "google-vertex-ai"  # type: ignore[union-attr]
    assert cat.pypi("llama-index-vector-stores-chroma").vector_store == "chroma"  # type: ignore[union-attr]
    assert cat.pypi("langchain-text-splitters").service is None  # type: ignore[union-attr]
    assert (
        cat.pypi("requests") is None and cat.npm("react") is None and cat.pypi("langchain-") is None
    )


@pytest.mark.parametrize(
    ("spec", "package"),
    [
        ("@scope/pkg/sub/path", "@scope/pkg"),
        ("pkg/sub", "pkg"),
        ("npm:openai", "openai"),
        ("npm:openai@4.20.0", "openai"),
        ("npm:@anthropic-ai/sdk@0.20/resources", "@anthropic-ai/sdk"),
        ("https://esm.sh/openai@4.20.0", "openai"),
        (
            "https://cdn.jsdelivr.net/npm/@huggingface/transformers@3.0.0",
            "@huggingface/transformers",
        ),
        ("https://example.org/openai.js", None),
        ("./local", None),
        ("node:fs", None),
        ("@/alias", None),
        ("@", None),
    ],
)
def test_js_package_name(spec: str, package: str | None) -> None:
    assert js_package_name(spec) == package


def test_normalise_pypi() -> None:
    assert normalise_pypi("Sentence_Transformers") == "sentence-transformers"
    assert normalise_pypi("zope.interface") == "zope-interface"


def test_user_catalog_file(tmp_path: Path) -> None:
    path = tmp_path / "cat.yaml"
    path.write_text(
        "services: {acme: {provider: acme}}\n"
        "packages:\n  - {name: acme-ai, kind: sdk, provider: acme, service: acme, pypi: [acme-ai],"
        " imports: [acme_ai]}\n"
    )
    cat = load_package_catalog(path)
    assert cat.python_module("acme_ai.client").name == "acme-ai"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "- just a list\n",
        "packages: [{name: x}]\n",
        "packages: [{name: x, kind: robot}]\n",
        ": : :\n",
    ],
)
def test_malformed_catalog_is_a_config_error(tmp_path: Path, text: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError):
        load_package_catalog(path)


def test_missing_catalog_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        load_package_catalog(tmp_path / "absent.yaml")


def test_detectors_follow_the_protocol() -> None:
    ids = set()
    for cls in DETECTORS:
        det = cls()
        assert isinstance(det, Detector)
        assert det.id.startswith("pkg.")
        ids.add(det.id)
    assert len(ids) == len(DETECTORS)


def test_catalog_accepts_mapping() -> None:
    cat = PackageCatalog({"packages": [{"name": "x", "kind": "sdk", "pypi": ["x"]}]})
    assert cat.pypi("X") is not None
