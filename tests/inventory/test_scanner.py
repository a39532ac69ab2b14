"""Scanner behaviour independent of any one detector: merging, systems, errors."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from assura.errors import InputNotFound
from assura.findings import Location
from assura.inventory import Component, ComponentKind, SourceFile, scan_path


class WordDetector:
    """A tiny plugin: every line 'use NAME' is an SDK sighting."""

    id: ClassVar[str] = "test-words"

    def applies_to(self, relpath: str) -> bool:
        return relpath.endswith(".txt")

    def detect(self, file: SourceFile) -> Iterator[Component]:
        for n, line in enumerate((file.text or "").splitlines(), 1):
            if line.startswith("use "):
                yield Component(ComponentKind.SDK, line[4:].strip(), (Location(file.relpath, n),))
            if line.startswith("key "):
                yield Component(
                    ComponentKind.SECRET,
                    "openai",
                    (Location(file.relpath, n),),
                    provider="openai",
                    properties={"hardcoded": True, "masked": "sk-p****wxyz"},
                )


class BrokenDetector:
    id: ClassVar[str] = "test-broken"

    def applies_to(self, relpath: str) -> bool:
        return True

    def detect(self, file: SourceFile) -> Iterator[Component]:
        raise ValueError("oops")


def _tree(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    return root


def test_sightings_of_one_component_are_merged(tmp_path: Path) -> None:
    _tree(tmp_path, {"a.txt": "use OpenAI\n", "b.txt": "x\nuse openai\n"})
    r = scan_path(tmp_path, detectors=[WordDetector()])
    ((system, c),) = r.components
    assert c.name == "OpenAI"
    assert [str(e) for e in c.evidence] == ["a.txt:1", "b.txt:2"]
    assert c.properties["sightings"] == 2


def test_components_are_grouped_per_repo_and_service_folder(tmp_path: Path) -> None:
    _tree(
        tmp_path / "org",
        {
            "repo-a/.git/HEAD": "ref\n",
            "repo-a/x.txt": "use openai\n",
            "repo-b/pyproject.toml": "[project]\nname='b'\n",
            "repo-b/y.txt": "use anthropic\n",
            "repo-b/services/api/Dockerfile": "FROM python\n",
            "repo-b/services/api/z.txt": "use mistralai\n",
        },
    )
    r = scan_path(tmp_path / "org", detectors=[WordDetector()])
    got = {(system, c.name) for system, c in r.components}
    assert got == {
        ("repo-a", "openai"),
        ("repo-b", "anthropic"),
        ("repo-b/services/api", "mistralai"),
    }


def test_hardcoded_key_becomes_a_masked_finding(tmp_path: Path) -> None:
    _tree(tmp_path, {"k.txt": "key here\n"})
    r = scan_path(tmp_path, detectors=[WordDetector()])
    (f,) = r.findings
    assert f.rule_id == "INV-SECRET-001" and "sk-p****wxyz" in f.message
    assert str(f.location) == "k.txt:1"


def test_a_failing_detector_is_reported_and_the_scan_goes_on(tmp_path: Path) -> None:
    _tree(tmp_path, {"a.txt": "use openai\n"})
    r = scan_path(tmp_path, detectors=[BrokenDetector(), WordDetector()])
    assert [c.name for _, c in r.components] == ["openai"]
    assert any("test-broken failed" in s.reason for s in r.skipped)


def test_missing_path_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(InputNotFound, match="no such file"):
        scan_path(tmp_path / "nope")


def test_json_shape(tmp_path: Path) -> None:
    _tree(tmp_path, {"a.txt": "use openai\n"})
    d = scan_path(tmp_path, detectors=[WordDetector()]).to_dict()
    (c,) = d["components"]
    assert c == {
        "kind": "sdk",
        "name": "openai",
        "version": None,
        "provider": None,
        "confidence": 1.0,
        "evidence": [{"path": "a.txt", "line": 1}],
        "system": tmp_path.name,
    }


class LockDetector:
    id: ClassVar[str] = "test-lock"

    def applies_to(self, relpath: str) -> bool:
        return relpath.endswith(".lock")

    def detect(self, file: SourceFile) -> Iterator[Component]:
        for n, line in enumerate((file.text or "").splitlines(), 1):
            yield Component(
                ComponentKind.SDK,
                line.strip(),
                (Location(file.relpath, n),),
                properties={"transitive": True},
            )


def test_lock_only_packages_are_left_out_unless_asked_for(tmp_path: Path) -> None:
    _tree(tmp_path, {"deps.lock": "openai\nlangsmith\n", "a.txt": "use openai\n"})
    dets = [WordDetector(), LockDetector()]
    assert [c.name for _, c in scan_path(tmp_path, detectors=dets).components] == ["openai"]
    both = scan_path(tmp_path, detectors=dets, include_transitive=True)
    assert sorted(c.name for _, c in both.components) == ["langsmith", "openai"]
    (openai,) = [c for _, c in both.components if c.name == "openai"]
    assert "transitive" not in openai.properties  # declared/imported somewhere: direct


def test_parallel_scan_gives_the_same_inventory(tmp_path: Path) -> None:
    files = {f"pkg{i // 50}/m{i}.txt": f"use sdk{i % 7}\n" for i in range(300)}
    files["pkg0/bad.txt"] = "use openai\n"
    _tree(tmp_path, files)
    (tmp_path / "pkg1" / "latin.txt").write_bytes(b"\xff\xfe use x")
    one = scan_path(tmp_path, detectors=[WordDetector()], jobs=1)
    two = scan_path(tmp_path, detectors=[WordDetector()], jobs=2)
    assert one.to_dict()["components"] == two.to_dict()["components"]
    assert one.skipped == two.skipped and one.files_scanned == two.files_scanned
