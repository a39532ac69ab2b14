"""The provider catalog loads, its regexes compile, and the asset registry is sound."""

from __future__ import annotations

from pathlib import Path

import pytest

from assura.errors import ConfigError
from assura.inventory.catalog_providers import default_catalog, load_catalog
from assura.inventory.detectors.asset_detectors import DETECTORS
from assura.inventory.interface import Detector


def test_bundled_catalog() -> None:
    cat = default_catalog()
    ids = [p.id for p in cat.providers]
    assert len(ids) == len(set(ids))
    assert {"openai", "anthropic", "azure-openai", "aws-bedrock", "google", "ollama"} <= set(ids)
    assert cat.service_of("google") == "google-gemini"
    assert cat.model_anywhere.fullmatch("gpt-4o")
    assert cat.key_formats


def test_registry() -> None:
    instances = [cls() for cls in DETECTORS]
    assert all(isinstance(d, Detector) for d in instances)
    det_ids = [d.id for d in instances]
    assert len(det_ids) == len(set(det_ids))
    assert all(i.startswith("asset.") for i in det_ids)


def test_user_catalog_errors(tmp_path: Path) -> None:
    bad = tmp_path / "c.yaml"
    bad.write_text("providers: [{id: x, hosts: ['(']}]\n")
    with pytest.raises(ConfigError):
        load_catalog(bad)
    bad.write_text(": : :\n  - [")
    with pytest.raises(ConfigError):
        load_catalog(bad)
    with pytest.raises(ConfigError):
        load_catalog(tmp_path / "missing.yaml")
    ok = tmp_path / "ok.yaml"
    ok.write_text("providers: [{id: acme, env_vars: [ACME_KEY], hosts: ['api\\.acme\\.ai']}]\n")
    assert load_catalog(ok).providers[0].id == "acme"
