"""The bundled inventory catalogs: YAML to read and edit, a JSON copy to load.

Each catalog is written in YAML, with comments on its sources and fields, and shipped with
a JSON copy of the same data, which is what every scan loads: the JSON parses in under a
millisecond, where the YAML took about 30 ms and importing PyYAML 10 to 20 more, on every
command. ``make catalogs`` (``python -m assura.inventory.catalog_files``) writes the JSON
from the YAML; a test fails while the two differ. Users' own catalogs stay YAML.
"""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["BUNDLED", "bundled", "from_yaml", "write_json"]

BUNDLED = ("ai_packages", "ai_providers")


def bundled(name: str) -> Any:
    """The data of bundled catalog ``name``, from its JSON copy."""
    text = resources.files("assura.catalogs").joinpath(f"{name}.json").read_text("utf-8")
    return json.loads(text)


def from_yaml(name: str) -> Any:
    """The data of bundled catalog ``name``, from its YAML source."""
    import yaml

    text = resources.files("assura.catalogs").joinpath(f"{name}.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def write_json(folder: Path) -> list[Path]:
    """Write ``<name>.json`` beside each bundled ``<name>.yaml`` in ``folder``."""
    written = []
    for name in BUNDLED:
        target = folder / f"{name}.json"
        body = json.dumps(from_yaml(name), indent=1, ensure_ascii=False) + "\n"
        tmp = target.with_suffix(".json.tmp")
        tmp.write_text(body, encoding="utf-8")
        tmp.replace(target)  # never a half-written catalog
        written.append(target)
    return written


if __name__ == "__main__":  # pragma: no cover - `make catalogs`
    for path in write_json(Path(__file__).resolve().parent.parent / "catalogs"):
        sys.stdout.write(f"wrote {path}\n")
