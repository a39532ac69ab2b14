"""Code and model-file scans run from the CLI are saved in the store (or not, on request)."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from assura.cli.main import main
from assura.services.scans import list_scans
from assura.store import open_store


def _kinds() -> list[tuple[str, int]]:
    store = open_store()
    with store.session() as s:
        out = [(x.kind, len(x.findings)) for x in list_scans(s)]
    store.dispose()
    return out


def test_code_scan_is_saved(
    assura_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "app.py").write_text(
        "import openai\nc = openai.OpenAI()\n"
        "r = c.chat.completions.create(model='gpt-4o', messages=[])\n"
        "exec(r.choices[0].message.content)\n"
    )
    assert main(["code", "scan", str(tmp_path), "--no-save"]) == 1
    assert _kinds() == []
    assert main(["code", "scan", str(tmp_path)]) == 1
    capsys.readouterr()
    [(kind, n)] = _kinds()
    assert kind == "codescan" and n >= 1


def test_artifacts_scan_is_saved(
    assura_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "weights.pkl").write_bytes(pickle.dumps({"w": [1.0, 2.0]}, protocol=4))
    assert main(["artifacts", "scan", str(tmp_path), "--no-save"]) == 0
    assert _kinds() == []
    assert main(["artifacts", "scan", str(tmp_path)]) == 0
    capsys.readouterr()
    assert _kinds() == [("artifacts", 0)]


def test_the_ledger_names_the_actor_one_way_everywhere(
    assura_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from assura.ledger.service import get_entry, head

    monkeypatch.setenv("ASSURA_ACTOR", "alice")
    (tmp_path / "weights.pkl").write_bytes(pickle.dumps({"w": [1.0]}, protocol=4))
    assert main(["artifacts", "scan", str(tmp_path)]) == 0
    assert main(["inventory", "scan", str(tmp_path), "-f", "json"]) == 0
    capsys.readouterr()
    store = open_store()
    with store.session() as s:
        size, _ = head(s)
        actors = {get_entry(s, seq).actor for seq in range(size)}
    store.dispose()
    assert size == 2 and actors == {"alice"}
