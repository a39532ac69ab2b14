"""The bundled catalogs are read with libyaml's safe loader when present: same data."""

from __future__ import annotations

from importlib import resources

import yaml

from assura.inventory import catalog_packages, catalog_providers


def test_fast_loader_reads_the_bundled_catalogs_as_safe_load_does() -> None:
    for name in ("ai_packages.yaml", "ai_providers.yaml"):
        text = resources.files("assura.catalogs").joinpath(name).read_text("utf-8")
        expected = yaml.safe_load(text)
        for mod in (catalog_packages, catalog_providers):
            assert yaml.load(text, Loader=mod._FAST_LOADER) == expected  # noqa: S506


def test_fast_loader_is_a_safe_one() -> None:
    for mod in (catalog_packages, catalog_providers):
        assert mod._FAST_LOADER in {getattr(yaml, "CSafeLoader", None), yaml.SafeLoader}
