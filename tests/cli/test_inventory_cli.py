"""`assura inventory ...` in-process: exit codes, messages, outputs, the store."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from assura.cli.main import main
from assura.reports.cyclonedx import validate_cyclonedx

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "chatbot"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    rc = main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


def test_missing_path_is_one_line_and_exit_2(
    assura_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc, out, err = _run(capsys, "inventory", "scan", "/no/such/dir")
    assert rc == 2
    assert err.strip().splitlines() == ["assura: error: no such file or directory: /no/such/dir"]
    assert "Traceback" not in err


def test_unknown_format_is_a_usage_error(
    assura_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc, _, err = _run(capsys, "inventory", "scan", str(EXAMPLE), "--format", "xml")
    assert rc == 2
    assert "xml" in err


def test_json_output_is_saved_and_listed(
    assura_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "inv.json"
    rc, _, _ = _run(
        capsys, "inventory", "scan", str(EXAMPLE), "--format", "json", "--output", str(out_file)
    )
    assert rc == 0
    doc = json.loads(out_file.read_text())
    assert doc["components"], "the example app has AI components"
    kinds = {c["kind"] for c in doc["components"]}
    assert kinds <= {
        "sdk",
        "agent_framework",
        "model",
        "dataset",
        "service",
        "mcp_server",
        "vector_store",
        "model_file",
        "secret",
    }
    for c in doc["components"]:
        assert c["evidence"] and all({"path", "line"} <= set(e) for e in c["evidence"])
    rc, out, _ = _run(capsys, "inventory", "list", "--json")
    assert rc == 0
    assert [s["id"] for s in json.loads(out)["scans"]] == [doc["scan_id"]]
    rc, out, _ = _run(capsys, "inventory", "show", doc["scan_id"][:8])
    assert rc == 0 and len(json.loads(out)["components"]) == len(doc["components"])


def test_cyclonedx_export_validates(
    assura_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "bom.json"
    rc, _, _ = _run(
        capsys,
        "inventory",
        "scan",
        str(EXAMPLE),
        "--format",
        "cyclonedx",
        "-o",
        str(out_file),
        "--no-save",
    )
    assert rc == 0
    bom = json.loads(out_file.read_text())
    validate_cyclonedx(bom)
    assert bom["specVersion"] == "1.6"
    types = {c["type"] for c in bom["components"]}
    assert "machine-learning-model" in types
    models = [c for c in bom["components"] if c["type"] == "machine-learning-model"]
    assert all("modelCard" in c for c in models)


def test_output_into_a_missing_folder_writes_nothing(
    assura_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "nope" / "x.json"
    rc, _, err = _run(
        capsys, "inventory", "scan", str(EXAMPLE), "-f", "json", "-o", str(target), "--no-save"
    )
    assert rc == 2 and "does not exist" in err
    assert not target.parent.exists()


def test_diff_shows_what_appeared_and_disappeared(
    assura_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(EXAMPLE, repo)
    rc, out, _ = _run(capsys, "inventory", "scan", str(repo), "-f", "json")
    first = json.loads(out)["scan_id"]
    (repo / "app" / "claude.py").write_text("import anthropic\nclient = anthropic.Anthropic()\n")
    (repo / "ingest" / "embed.py").unlink()
    rc, out, _ = _run(capsys, "inventory", "scan", str(repo), "-f", "json")
    second = json.loads(out)["scan_id"]
    rc, out, _ = _run(capsys, "inventory", "diff", first, second, "--json")
    assert rc == 0
    d = json.loads(out)
    added = {(c["kind"], c["name"]) for c in d["added"]}
    removed = {(c["kind"], c["name"]) for c in d["removed"]}
    assert ("sdk", "anthropic") in added
    assert ("dataset", "bitext/Bitext-customer-support-llm-chatbot-training-dataset") in removed


def test_unknown_scan_id_in_diff(assura_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc, _, err = _run(capsys, "inventory", "diff", "aaaa", "bbbb")
    assert rc == 2 and "no inventory scan" in err


def test_store_on_postgres_via_environment(
    pg_home: str, capsys: pytest.CaptureFixture[str]
) -> None:
    rc, out, err = _run(capsys, "inventory", "scan", str(EXAMPLE), "-f", "json")
    assert rc == 0, err
    rc, out2, _ = _run(capsys, "inventory", "list", "--json")
    assert json.loads(out)["scan_id"] in out2


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, _ = _run(capsys, "--version")
    assert rc == 0 and out.startswith("assura ")


def test_output_to_a_device_writes_through_and_leaves_it_a_device(
    assura_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import stat

    rc, _, _ = _run(
        capsys, "inventory", "scan", str(EXAMPLE), "-f", "json", "-o", "/dev/null", "--no-save"
    )
    assert rc == 0
    assert stat.S_ISCHR(Path("/dev/null").stat().st_mode)


def test_progress_bar_runs_on_the_lazy_console() -> None:
    # the bar (a terminal's default) drives the console as a context manager; the console
    # is made on first use, so that must reach the real one (it once did not)
    from assura.cli._common import err_console
    from assura.cli.inventory import _run_scan

    result = _run_scan(EXAMPLE, True, False, 1)
    assert result.components
    with err_console as console:
        console.print("")  # the real rich Console, entered and left
