"""``assura code scan``: formats, exit codes, SARIF 2.1.0 validity, user catalogs."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from assura.cli.main import main

SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
VULN = (
    "from langchain.agents import Tool\n"
    "def get(uid):\n"
    "    cur.execute(f\"SELECT * FROM t WHERE id = '{uid}'\")\n"
    "t = Tool(name='get', func=get, description='d')\n"
)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "tools.py").write_text(VULN)
    (tmp_path / "broken.py").write_text("def (:\n")
    return tmp_path


def test_json(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(["code", "scan", str(repo), "--format", "json"])
    doc = json.loads(capsys.readouterr().out)
    assert rc == 1
    [f] = doc["findings"]
    assert f["rule_id"] == "CODE-LLM-SQL" and f["severity"] == "high"
    assert f["path"] == "tools.py" and f["line"] == 3
    assert f["flow"] == ["tools.py:2", "tools.py:3"]
    assert "CWE-89" in f["references"] and "LLM05:2025" in f["references"]
    assert doc["skipped"] == [{"path": "broken.py", "reason": "syntax error at line 1"}]


def test_fail_on(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["code", "scan", str(repo), "--fail-on", "critical"]) == 0
    assert main(["code", "scan", str(repo), "--fail-on", "medium"]) == 1
    out = capsys.readouterr().out
    assert "CODE-LLM-SQL" in out and "flow: tools.py:2 → tools.py:3" in out


def test_clean_exit_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "ok.py").write_text("print('hi')\n")
    assert main(["code", "scan", str(tmp_path)]) == 0
    assert "0 findings" in capsys.readouterr().out


def test_missing_path_is_one_line_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["code", "scan", "/no/such/dir"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "no such file or folder" in err


def test_bad_fail_on(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["code", "scan", str(repo), "--fail-on", "urgent"]) == 2


def test_sarif_validates(repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.sarif"
    main(["code", "scan", str(repo), "--format", "sarif", "--output", str(out)])
    doc = json.loads(out.read_text())
    jsonschema.validate(doc, json.loads(SCHEMA.read_text()))
    run = doc["runs"][0]
    [res] = run["results"]
    steps = res["codeFlows"][0]["threadFlows"][0]["locations"]
    assert [s["location"]["physicalLocation"]["region"]["startLine"] for s in steps] == [2, 3]
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert "syntax error" in notes[0]["message"]["text"]


def test_user_catalog_adds_a_sink(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "app.py").write_text("def f(llm, q):\n    acme.run_job(llm.invoke(q).content)\n")
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "sinks:\n  - rule: CODE-LLM-SHELL\n    calls: ['acme.run_job']\n    args: [0]\n"
    )
    assert main(["code", "scan", str(tmp_path / "app.py")]) == 0
    assert main(["code", "scan", str(tmp_path / "app.py"), "--catalog", str(extra)]) == 1
    bad = tmp_path / "bad.yaml"
    bad.write_text("sinks:\n  - rule: NOPE\n    calls: ['x']\n")
    assert main(["code", "scan", str(tmp_path), "--catalog", str(bad)]) == 2
