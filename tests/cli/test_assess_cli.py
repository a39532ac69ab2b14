"""`assura assess`: every analyser over the example, saved in the store, one exit code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assura.cli.main import main
from assura.services.scans import list_scans
from assura.store import open_store

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "chatbot"


def test_assess_the_example_end_to_end(
    assura_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "assessment.json"
    rc = main(["assess", str(EXAMPLE), "-f", "json", "-o", str(out)])
    capsys.readouterr()
    doc = json.loads(out.read_text())
    assert rc == 1, "the example has a shell tool driven by the model: critical"
    s = doc["summary"]
    assert s["worst"] == "critical"
    assert s["components"]["model_file"] == 1 and s["components"]["mcp_server"] == 2
    assert list(s["model_files"].values()) == ["clean"]
    rules = {f["rule_id"] for f in doc["code"]["findings"]}
    assert "CODE-LLM-SHELL" in rules
    assert any(r["rule_id"].startswith("ARA-") for r in doc["risk_register"]["risks"])
    store = open_store()
    with store.session() as sess:
        kinds = sorted(x.kind for x in list_scans(sess))
    assert kinds == ["artifacts", "codescan", "inventory"]
    assert set(doc["saved"]) == {"inventory", "artifacts", "codescan", "ara"}


def test_fail_on_threshold_sets_the_exit_code(
    assura_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc = main(["assess", str(EXAMPLE), "--no-save", "--fail-on", "critical", "-f", "markdown"])
    out = capsys.readouterr().out
    assert rc == 1 and out.startswith("# Assessment of")
    rc = main(["assess", str(EXAMPLE / "ingest"), "--no-save", "--fail-on", "critical"])
    capsys.readouterr()
    assert rc == 0


def test_assess_missing_path(assura_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", "/nope/nope"]) == 2
    assert "no such file" in capsys.readouterr().err


def test_table_tells_risks_on_the_same_first_hops_apart(
    assura_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["assess", str(EXAMPLE), "--no-save"])
    out = capsys.readouterr().out
    risk_lines = [line.strip() for line in out.splitlines() if " risk ARA-" in line]
    assert len(risk_lines) == 10 and len(set(risk_lines)) == len(risk_lines)
    assert "more open risks" in out
