"""The bundled catalogs are loaded from JSON copies of their YAML sources: same data."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from assura.inventory import catalog_packages, catalog_providers
from assura.inventory.catalog_files import BUNDLED, bundled, from_yaml, write_json


def test_each_json_copy_holds_what_its_yaml_says() -> None:
    """Fails when a YAML catalog was edited without `make catalogs`."""
    for name in BUNDLED:
        assert bundled(name) == from_yaml(name), f"run `make catalogs` ({name})"


def test_the_loaders_read_the_bundled_data() -> None:
    providers = catalog_providers.default_catalog()
    assert providers.provider("openai") is not None
    assert catalog_packages.load_package_catalog().python_module("openai") is not None


def test_write_json_writes_each_copy_whole(tmp_path: Path) -> None:
    written = write_json(tmp_path)
    assert sorted(p.name for p in written) == sorted(f"{n}.json" for n in BUNDLED)
    for path in written:
        assert json.loads(path.read_text("utf-8")) == from_yaml(path.stem)
    assert not list(tmp_path.glob("*.tmp"))


def test_a_scan_does_not_import_yaml(tmp_path: Path) -> None:
    """The point of the JSON copies: PyYAML's import is not paid on every command."""
    (tmp_path / "app.py").write_text("import openai\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from assura.inventory.scanner import scan_path\n"
        f"scan_path({str(tmp_path)!r})\n"
        "print('yaml' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
