"""The CLI in-process: formats, exit codes, errors as one line, files written whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assura.cli.main import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "systems"

RAG = str(EXAMPLES / "rag-chatbot.yaml")


def test_analyze_json_and_diagrams(
    tmp_path: Path, assura_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    svg, mmd = tmp_path / "d.svg", tmp_path / "d.mmd"
    assert main(["ara", "analyze", RAG, "--format", "json", "--diagram", str(svg)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["risks"] and data["attack_paths"]
    assert svg.read_text().startswith("<svg")
    assert main(["ara", "analyze", RAG, "--diagram", str(mmd), "-o", str(tmp_path / "r.txt")]) == 0
    assert mmd.read_text().startswith("flowchart")
    assert not (assura_home / "assura.db").exists()  # analysis alone creates no database


def test_fail_on(assura_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ara", "analyze", RAG, "--fail-on", "high"]) == 1
    assert main(["ara", "analyze", RAG, "--fail-on", "critical"]) == 0
    assert main(["ara", "analyze", RAG, "--fail-on", "severe"]) == 2
    assert "unknown severity" in capsys.readouterr().err


def test_bad_model_is_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("system: {name: t}\ncomponents:\n  - {id: a, type: robot}\n")
    out = tmp_path / "out.json"
    assert main(["ara", "analyze", str(bad), "-f", "json", "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and f"{bad}:3:" in err[0] and "unknown component type 'robot'" in err[0]
    assert not out.exists()  # no partial writes


def test_save_accept_flow(assura_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ara", "analyze", RAG, "--save", "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    rid = next(r["id"] for r in data["risks"] if r["rule_id"] == "ARA-INF-004")
    assert (
        main(
            [
                "ara",
                "accept",
                rid,
                "--owner",
                "carol",
                "--reason",
                "WAF limits",
                "--expires",
                "2099-01-01",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["ara", "analyze", RAG, "--save", "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    r = next(r for r in data["risks"] if r["id"] == rid)
    assert r["state"] == "accepted" and r["decision"]["owner"] == "carol"
    assert data["changes"][0]["kind"] == "changed"
    assert main(["ara", "history", "support-rag-chatbot"]) == 0
    assert "#2" in capsys.readouterr().out
    assert main(["ara", "accept", rid, "--owner", "c", "--reason", "r", "--expires", "soon"]) == 2


def test_schema_validate_rules_otm_infer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ara", "schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "assura ARA system model"
    assert main(["ara", "validate", RAG]) == 0
    assert "ok (9 components" in capsys.readouterr().out
    assert main(["ara", "rules"]) == 0
    assert "ARA-PI-003" in capsys.readouterr().out
    otm = tmp_path / "m.otm.json"
    back = tmp_path / "back.yaml"
    assert main(["ara", "otm", "export", RAG, "-o", str(otm)]) == 0
    assert main(["ara", "otm", "import", str(otm), "-o", str(back)]) == 0
    assert main(["ara", "validate", str(back)]) == 0
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "app.py").write_text("from openai import OpenAI\nclient = OpenAI()\n")
    draft = tmp_path / "draft.yaml"
    assert main(["ara", "infer", str(repo), "-o", str(draft)]) == 0
    assert "inferred_from" in draft.read_text()
    assert main(["ara", "analyze", str(draft), "--no-store"]) == 0
    assert main(["ara", "analyze", str(tmp_path / "missing.yaml")]) == 2


def test_output_to_a_device_is_written_through_not_replaced(tmp_path: Path) -> None:
    import os
    import stat

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    import threading

    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text()))
    reader.start()
    assert main(["ara", "schema", "-o", str(fifo)]) == 0
    reader.join(timeout=10)
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # still a FIFO
    assert got and got[0].startswith("{")


def test_diff_two_registers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = (EXAMPLES / "mcp-agent.yaml").read_text()
    fixed = src.replace(
        "    sandboxed: false\n    human_approval: false\n",
        "    sandboxed: true\n    human_approval: true\n",
    )
    worse = src.replace("    pinned: true\n    verified: false\n", "")  # drop nothing risky
    worse = worse.replace(
        "  - id: memory\n    type: memory\n    name: Long-term memory (notes)\n"
        "    writable_by: [agent]\n",
        "  - id: memory\n    type: memory\n    name: Long-term memory (notes)\n"
        "    writable_by: [agent]\n  - id: bucket\n    type: dataset\n"
        "    writable_by: [public]\n  - id: train\n    type: training_pipeline\n",
    )
    worse = worse.replace("flows:\n", "flows:\n  - {from: bucket, to: train}\n", 1)
    paths = {}
    for name, text in (("base", src), ("fixed", fixed), ("worse", worse)):
        y = tmp_path / f"{name}.yaml"
        y.write_text(text)
        paths[name] = tmp_path / f"{name}.json"
        assert (
            main(["ara", "analyze", str(y), "--no-store", "-f", "json", "-o", str(paths[name])])
            == 0
        )
    assert main(["ara", "diff", str(paths["base"]), str(paths["fixed"]), "--fail-on", "high"]) == 0
    out = capsys.readouterr().out
    assert "resolved ARA-AG-001@1:components/mcp-shell" in out
    assert (
        main(
            [
                "ara",
                "diff",
                str(paths["base"]),
                str(paths["worse"]),
                "-f",
                "json",
                "--fail-on",
                "high",
            ]
        )
        == 1
    )
    data = json.loads(capsys.readouterr().out)
    assert ("new", "ARA-DATA-002@1:components/bucket") in {
        (c["kind"], c["key"]) for c in data["changes"]
    }
    bad = tmp_path / "bad.json"
    bad.write_text("[]")
    assert main(["ara", "diff", str(bad), str(paths["base"])]) == 2
