"""Detector plugins: found through real installed-distribution metadata, or clearly refused."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest

from assura.errors import ConfigError
from assura.inventory import scan_path
from assura.inventory.registry import ENTRY_POINT_GROUP, load_detectors, may_declare

PLUGIN = """
from assura.findings import Location
from assura.inventory.interface import Component, ComponentKind


class TodoModelDetector:
    id = "test.todo-model"

    def applies_to(self, relpath):
        return relpath.endswith(".txt")

    def detect(self, file):
        if file.text and "TODO-MODEL" in file.text:
            yield Component(
                kind=ComponentKind.MODEL,
                name="todo-model",
                evidence=(Location(file.relpath, 1),),
                detector=self.id,
            )
"""


def _install(site: Path, module: str, entry: str, code: str = PLUGIN) -> None:
    """A distribution as pip leaves it: the module and its dist-info with entry points."""
    (site / f"{module}.py").write_text(code, encoding="utf-8")
    info = site / f"{module}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {module}\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(f"[{ENTRY_POINT_GROUP}]\n{entry}\n")


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "site"
    folder.mkdir()
    monkeypatch.syspath_prepend(str(folder))
    return folder


def test_no_plugin_installed_means_the_builtins_only() -> None:
    assert not may_declare(ENTRY_POINT_GROUP, sys.path)
    assert {d.id for d in load_detectors()} == {d.id for d in load_detectors(plugins=False)}


def test_an_installed_plugin_is_loaded_and_used(site: Path, tmp_path: Path) -> None:
    _install(site, "assura_todo_plugin", "todo = assura_todo_plugin:TodoModelDetector")
    assert may_declare(ENTRY_POINT_GROUP, sys.path)
    assert "test.todo-model" in {d.id for d in load_detectors()}
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "notes.txt").write_text("uses TODO-MODEL\n")
    names = {c.name for _, c in scan_path(repo, jobs=1).components}
    assert "todo-model" in names


def test_a_plugin_that_fails_to_import_is_one_clear_error(site: Path) -> None:
    _install(site, "assura_broken_plugin", "broken = assura_broken_plugin:Missing")
    with pytest.raises(ConfigError, match="'broken' failed to load"):
        load_detectors()


def test_a_plugin_that_is_no_detector_is_refused(site: Path) -> None:
    _install(site, "assura_odd_plugin", "odd = assura_odd_plugin:Odd", code="class Odd: pass\n")
    with pytest.raises(ConfigError, match="does not implement Detector"):
        load_detectors()


def test_the_metadata_scan_answers_true_where_it_cannot_look(tmp_path: Path) -> None:
    archive = tmp_path / "deps.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("x.py", "")
    assert may_declare(ENTRY_POINT_GROUP, [str(archive)])
    egg = tmp_path / "old-1.0.egg"
    (egg / "EGG-INFO").mkdir(parents=True)
    (egg / "EGG-INFO" / "entry_points.txt").write_text(f"[{ENTRY_POINT_GROUP}]\nx = y:Z\n")
    assert may_declare(ENTRY_POINT_GROUP, [str(tmp_path)])
    assert not may_declare(ENTRY_POINT_GROUP, [str(tmp_path / "missing")])
