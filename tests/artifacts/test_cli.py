"""``assura artifacts scan``: exit codes, JSON shape, SARIF validity, and the shared corpus."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import jsonschema
import pytest
from artifact_samples import evil_pickle

from assura.artifacts import Verdict, scan_paths
from assura.cli.main import main
from assura.findings import Severity

SCHEMA = Path(__file__).parents[1] / "codescan" / "data" / "sarif-schema-2.1.0.json"
CORPUS = Path("../shared/data/models")


@pytest.fixture()
def files(tmp_path: Path) -> Path:
    (tmp_path / "evil.pkl").write_bytes(evil_pickle(4))
    (tmp_path / "ok.pkl").write_bytes(b"\x80\x04}\x94.")
    (tmp_path / "README.md").write_text("not a model")
    return tmp_path


def test_json_shape_and_exit_1(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["artifacts", "scan", "--format", "json", str(files)]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert {f["path"].rsplit("/", 1)[-1]: f["verdict"] for f in doc["files"]} == {
        "evil.pkl": "malicious",
        "ok.pkl": "clean",
    }
    (f,) = doc["findings"]
    assert f["rule_id"] == "ART-PKL-001" and f["severity"] == "critical"
    assert (
        f["path"].endswith("evil.pkl") and isinstance(f["offset"], int) and "system" in f["message"]
    )
    assert "CWE-502" in f["references"]


def test_fail_on_and_clean_exit(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["artifacts", "scan", str(files / "ok.pkl")]) == 0
    assert main(["artifacts", "scan", "--fail-on", "critical", str(files / "evil.pkl")]) == 1
    out = capsys.readouterr().out
    assert "malicious" in out and "ART-PKL-001" in out


@pytest.mark.parametrize("argv", [["--format", "xml"], ["--fail-on", "severe"], []])
def test_usage_errors_exit_2(
    files: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    target = [str(files)] if argv else [str(files / "missing.pkl")]
    assert main(["artifacts", "scan", *argv, *target]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_sarif_validates_and_output_file(files: Path, tmp_path: Path) -> None:
    if not SCHEMA.is_file():
        pytest.skip("SARIF schema not present")
    out = tmp_path / "r.sarif"
    assert main(["artifacts", "scan", "--format", "sarif", "--output", str(out), str(files)]) == 1
    doc = json.loads(out.read_text())
    jsonschema.validate(doc, json.loads(SCHEMA.read_text()))
    assert doc["runs"][0]["results"][0]["ruleId"] == "ART-PKL-001"


def test_shared_corpus_detection_and_no_high_false_positive() -> None:
    labels = CORPUS / "labels.csv"
    if not labels.is_file():
        pytest.skip("shared model corpus absent")
    rows = list(csv.DictReader(labels.open()))
    report = scan_paths([CORPUS])
    by_path = {Path(r.path).resolve(): r for r in report.files}
    missed, false_pos = [], []
    for row in rows:
        res = by_path.get((CORPUS / row["file"]).resolve())
        assert res is not None, row["file"]
        if row["label"] == "malicious" and res.verdict not in (
            Verdict.MALICIOUS,
            Verdict.SUSPICIOUS,
        ):
            missed.append(row["file"])
        if row["label"] == "benign" and any(f.severity >= Severity.HIGH for f in res.findings):
            false_pos.append(row["file"])
    assert missed == [] and false_pos == []


def test_explicit_unknown_file_is_error_not_clean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    p = tmp_path / "weights.bin"
    p.write_bytes(b"\x00\x01\x02 definitely not a model")
    (res,) = scan_paths([p]).files
    assert res.verdict is Verdict.ERROR
    assert main(["artifacts", "scan", "--fail-on", "medium", str(p)]) == 1


def test_module_entry_point(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from assura.artifacts.__main__ import main as module_main

    assert module_main(["scan", str(files / "ok.pkl")]) == 0
    capsys.readouterr()
    assert module_main(["scan", "--format", "json", str(files / "evil.pkl")]) == 1
    assert json.loads(capsys.readouterr().out)["findings"][0]["rule_id"] == "ART-PKL-001"
    assert module_main(["scan", "--fail-on", "bogus", str(files)]) == 2
    assert module_main(["scan", str(files / "nope")]) == 2
