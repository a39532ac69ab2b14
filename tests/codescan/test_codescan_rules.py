"""Each source and sink family is found at its sink line; each negative twin is not."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from cases import ALL

from assura.codescan import scan_path


def _scan(tmp_path: Path, code: str) -> tuple[list[tuple[str, int | None]], int | None]:
    src = textwrap.dedent(code).lstrip("\n")
    (tmp_path / "app.py").write_text(src, encoding="utf-8")
    sink = next(
        (i for i, line in enumerate(src.splitlines(), 1) if line.rstrip().endswith("# SINK")), None
    )
    report = scan_path(tmp_path)
    assert not report.skipped
    return [(f.rule_id, f.location.line if f.location else None) for f in report.findings], sink


@pytest.mark.parametrize(("code", "rule"), [pytest.param(c, r, id=i) for i, c, r in ALL])
def test_case(tmp_path: Path, code: str, rule: str | None) -> None:
    found, sink = _scan(tmp_path, code)
    if rule is None:
        assert found == [], found
    else:
        assert (rule, sink) in found, found


def test_flow_starts_at_source_and_ends_at_sink(tmp_path: Path) -> None:
    (tmp_path / "tools.py").write_text(
        "from langchain.agents import Tool\nfrom db import Db\n\n"
        "def get(user_id):\n    return Db().lookup(user_id)\n\n"
        "t = Tool(name='get', func=get, description='d')\n"
    )
    (tmp_path / "db.py").write_text(
        "class Db:\n    def lookup(self, uid):\n        cur = self.conn.cursor()\n"
        "        cur.execute(f\"SELECT * FROM t WHERE id = '{uid}'\")\n"
    )
    report = scan_path(tmp_path)
    [f] = report.findings
    assert f.rule_id == "CODE-LLM-SQL"
    assert str(f.location) == "db.py:4"
    assert [str(x) for x in f.flow][0] == "tools.py:4"
    assert [str(x) for x in f.flow][-1] == "db.py:4"
    assert "CWE-89" in f.references and "LLM05:2025" in f.references
