"""`assura maturity ...` in-process: answers, versions, exports, coverage, errors, prompts."""

from __future__ import annotations

import csv
import io
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from sqlalchemy import func, select

from assura.cli.main import main
from assura.config import load_settings
from assura.store import open_store
from assura.store.tables.maturity import MaturityActivityRow, MaturityAssessmentRow

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "maturity"


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    rc = main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


def _stored() -> tuple[int, int]:
    store = open_store(load_settings())
    with store.session() as s:
        n = s.scalar(select(func.count()).select_from(MaturityAssessmentRow)) or 0
        m = s.scalar(select(func.count()).select_from(MaturityActivityRow)) or 0
    store.dispose()
    return n, m


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "answers.yaml"
    p.write_text(text)
    return p


ANSWERS = """\
organisation: Tiny Co
org_size: small
answers:
  AIM-GOV-1.1: {answer: whole, evidence: https://wiki.example.com/ai-policy, owner: cto@tiny.example}
  AIM-TPA-1.2: {answer: half, owner: cto@tiny.example}
  AIM-RTG-1.1: {answer: some}
"""


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        (
            "answers:\n  AIM-GOV-1.1: whole\n  AIM-FOO-1.1: whole\n",
            3,
            "unknown activity id 'AIM-FOO-1.1'",
        ),
        ("answers:\n  AIM-GOV-1.1: sometimes\n", 2, "answer 'sometimes' is not in the answer set"),
        (
            "answers:\n  AIM-GOV-1.1:\n    answer: whole\n    evidence: [docs/none.pdf]\n",
            4,
            "points at a file that does not exist",
        ),
        (
            "answers:\n  AIM-INV-1.1:\n    answer: most\n    evidence: record:scan/feedbeef\n",
            4,
            "names a record that does not exist",
        ),
    ],
)
def test_bad_answers_name_file_and_line_and_store_nothing(
    assura_home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    text: str,
    line: int,
    fragment: str,
) -> None:
    path = _write(tmp_path, text)
    rc, out, err = _cli(capsys, "maturity", "assess", "--answers", str(path), "--save")
    assert rc == 2
    (msg,) = err.strip().splitlines()
    assert msg.startswith(f"assura: error: {path}:{line}: ") and fragment in msg
    assert "Traceback" not in err and out == ""
    assert _stored() == (0, 0)


def test_save_history_and_export(
    assura_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, ANSWERS)
    rc, out, err = _cli(
        capsys, "maturity", "assess", "--answers", str(path), "--save", "--format", "json"
    )
    assert rc == 0, err
    doc = json.loads(out)
    assert doc["version"] == 1 and "saved maturity assessment version 1" in err
    assert doc["organisation"] == "Tiny Co" and doc["org_size"] == "small"
    gov = next(a for a in doc["activities"] if a["id"] == "AIM-GOV-1.1")
    assert gov["status"] == "declared" and gov["answer"]["owner"] == "cto@tiny.example"
    assert next(a for a in doc["activities"] if a["id"] == "AIM-TPA-1.2")["status"] == "claimed"
    assert next(a for a in doc["activities"] if a["id"] == "AIM-RTG-1.1")["status"] == "partial"
    assert _stored() == (1, len(doc["activities"]))

    path.write_text(
        ANSWERS.replace(
            "AIM-RTG-1.1: {answer: some}",
            "AIM-RTG-1.1: {answer: most, evidence: https://x.example/gw}",
        )
    )
    rc, _, err = _cli(
        capsys,
        "maturity",
        "assess",
        "--answers",
        str(path),
        "--save",
        "--output",
        str(tmp_path / "r.md"),
    )
    assert rc == 0 and "version 2" in err
    assert (tmp_path / "r.md").read_text().startswith("# AI security maturity: Tiny Co")

    rc, out, _ = _cli(capsys, "maturity", "history", "--json")
    rows = json.loads(out)["assessments"]
    assert [r["version"] for r in rows] == [2, 1]
    assert rows[0]["observed"] == rows[1]["observed"] + 1  # progress shows
    rc, out, _ = _cli(capsys, "maturity", "history")
    assert rc == 0 and "Saved maturity assessments" in out

    rc, out, _ = _cli(capsys, "maturity", "export", "1", "--format", "json")
    assert rc == 0 and json.loads(out)["version"] == 1
    rc, out, _ = _cli(capsys, "maturity", "export", "latest", "--format", "csv")
    rows_csv = list(csv.DictReader(io.StringIO(out)))
    assert next(r for r in rows_csv if r["activity"] == "AIM-RTG-1.1")["status"] == "declared"
    rc, out, _ = _cli(capsys, "maturity", "export", "2", "--format", "svg")
    assert ET.fromstring(out).tag.endswith("svg")
    rc, out, _ = _cli(capsys, "maturity", "export", "2", "--format", "html")
    assert out.startswith("<!DOCTYPE html>") and "<svg" in out and "Tiny Co" in out
    rc, _, err = _cli(capsys, "maturity", "export", "7")
    assert rc == 2 and "no saved maturity assessment '7'" in err


def test_record_evidence_resolves_against_the_store(
    assura_home: Path, tmp_path: Path, ai_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc, out, _ = _cli(
        capsys, "inventory", "scan", str(ai_repo), "--format", "json", "--no-progress"
    )
    scan_id = json.loads(out)["scan_id"]
    path = _write(
        tmp_path,
        f"answers:\n  AIM-INV-1.2:\n    answer: most\n    evidence: record:scan/{scan_id}\n",
    )
    rc, out, err = _cli(capsys, "maturity", "assess", "--answers", str(path), "--format", "json")
    assert rc == 0, err
    assert (
        next(a for a in json.loads(out)["activities"] if a["id"] == "AIM-INV-1.2")["status"]
        == "declared"
    )


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "csv"])
def test_coverage_formats(assura_home: Path, capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    rc, out, err = _cli(
        capsys, "maturity", "coverage", "--framework", "nist-ai-rmf", "--format", fmt
    )
    assert rc == 0, err
    if fmt == "json":
        doc = json.loads(out)["nist-ai-rmf"]
        assert len(doc["items"]) == 72 and doc["summary"]["not covered"] == 5
        assert {i["state"] for i in doc["items"]} == {"no evidence", "not covered"}
    elif fmt == "csv":
        assert len(list(csv.DictReader(io.StringIO(out)))) == 72
    else:
        assert (
            "GOVERN 1.6" in out and "MEASURE 2.11" in out and "not covered by any activity" in out
        )


def test_coverage_of_all_frameworks_and_of_a_saved_assessment(
    assura_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc, out, _ = _cli(capsys, "maturity", "coverage", "--format", "json")
    assert set(json.loads(out)) == {"nist-ai-rmf", "nist-ai-600-1", "iso-42001", "samm"}
    path = _write(tmp_path, ANSWERS)
    _cli(capsys, "maturity", "assess", "--answers", str(path), "--save")
    rc, out, _ = _cli(
        capsys, "maturity", "coverage", "--assessment", "latest", "--framework", "iso-42001"
    )
    assert rc == 0 and "A.2.2    declared" in out and "A.5.5    not covered" in out


def test_interactive_questionnaire(
    assura_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # small baseline, in catalog order; answer the first question "whole" with a link
    # and an owner, the second "no", and accept the defaults ("No") for the rest.
    evidence = tmp_path / "policy.md"
    evidence.write_text("# policy\n")
    lines = ["3", str(evidence), "ciso@example.com", "0"] + [""] * 40
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
    out_file = tmp_path / "answers-out.yaml"
    rc, out, err = _cli(
        capsys, "maturity", "assess", "--interactive", "--org-size", "small", "--format", "json",
        "--write-answers", str(out_file), "--save",
    )  # fmt: skip
    assert rc == 0, err
    doc = json.loads(out)
    gov = next(a for a in doc["activities"] if a["id"] == "AIM-GOV-1.1")
    assert gov["status"] == "declared" and gov["answer"]["owner"] == "ciso@example.com"
    assert next(a for a in doc["activities"] if a["id"] == "AIM-GOV-1.2")["status"] == "absent"
    assert "AIM-GOV-1.1" in out_file.read_text()
    assert _stored()[0] == 1


def test_interactive_rejects_bad_evidence_and_stores_nothing(
    assura_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("3\nno/such/file.pdf\n\n" + "\n" * 40))
    rc, _, err = _cli(capsys, "maturity", "assess", "--interactive", "--save")
    assert rc == 2 and "points at a file that does not exist" in err.strip().splitlines()[-1]
    assert _stored() == (0, 0)


def test_examples_are_valid(assura_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for size in ("small", "medium", "large"):
        rc, out, err = _cli(
            capsys,
            "maturity",
            "assess",
            "--answers",
            str(EXAMPLES / f"{size}.yaml"),
            "--format",
            "json",
        )
        assert rc == 0, err
        doc = json.loads(out)
        assert doc["org_size"] == size and doc["summary"]["observed"] > 0


def test_catalog_listing(assura_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = _cli(capsys, "maturity", "catalog", "--json")
    acts = json.loads(out)["activities"]
    assert rc == 0 and len(acts) >= 50 and acts[0]["id"] == "AIM-GOV-1.1"


def test_interactive_keeps_answers_from_a_file_as_defaults(
    assura_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = _write(tmp_path, ANSWERS)
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n" * 60))  # accept every default
    rc, out, err = _cli(
        capsys, "maturity", "assess", "--answers", str(path), "--interactive", "--format", "json"
    )
    assert rc == 0, err
    gov = next(a for a in json.loads(out)["activities"] if a["id"] == "AIM-GOV-1.1")
    assert gov["status"] == "declared"
    assert gov["answer"] == {
        "key": "whole",
        "value": 1.0,
        "evidence": ["https://wiki.example.com/ai-policy"],
        "owner": "cto@tiny.example",
        "notes": None,
    }
