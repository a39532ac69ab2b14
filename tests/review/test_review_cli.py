"""``assura review`` in-process against the store in ASSURA_HOME."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from assura.cli.main import main
from assura.config import load_settings
from assura.review import file_item
from assura.store import open_store


def _file(direction: str = "output", output: str | None = "draft answer") -> str:
    store = open_store(load_settings())
    with store.session() as s:
        item = file_item(s, source="flag", mode="after", direction=direction, reason="output.pii",
                         input=[{"role": "user", "content": "hello"}], output=output, app="crm")  # fmt: skip
    store.dispose()
    return item.id


def test_review_cli_flow(assura_home: Path, capsys: Any, tmp_path: Path) -> None:
    a, b, c = _file(), _file(), _file()
    assert main(["review", "list", "--json"]) == 0
    assert {i["id"] for i in json.loads(capsys.readouterr().out)} == {a, b, c}
    assert main(["review", "show", a]) == 0
    assert "draft answer" in capsys.readouterr().out
    assert main(["review", "claim", a, "--by", "ann"]) == 0
    assert main(["review", "claim", a, "--by", "ben"]) == 2
    assert "claimed by ann" in capsys.readouterr().err
    assert main(["review", "approve", a, "--by", "ann", "--reason", "benign"]) == 0
    assert main(["review", "reject", b, "--by", "ben", "--reason", "leaks data"]) == 0
    leaked = "sk-proj-abcdEFGH1234567890abcdEFGH1234567890xyz"
    assert (
        main(["review", "edit", c, "--by", "ann", "--reason", "r", "--output", f"see {leaked}"])
        == 0
    )
    capsys.readouterr()
    assert main(["review", "show", c, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (
        shown["status"] == "edited" and leaked not in shown["edited_output"]
    )  # redacted on rescan
    f = tmp_path / "edit.txt"
    f.write_text("fine text")
    d = _file()
    assert main(["review", "edit", d, "--by", "ann", "--reason", "r", "--output-file", str(f)]) == 0
    capsys.readouterr()
    assert main(["review", "list", "--status", "all", "--json"]) == 0
    statuses = sorted(i["status"] for i in json.loads(capsys.readouterr().out))
    assert statuses == ["approved", "edited", "edited", "rejected"]
    assert main(["review", "approve", "nope", "--reason", "x"]) == 2
    assert main(["review", "edit", d, "--reason", "x"]) == 2
    e = _file(direction="input", output=None)
    assert main(["review", "edit", e, "--reason", "x", "--output", "y"]) == 2
    assert "only an output" in capsys.readouterr().err
