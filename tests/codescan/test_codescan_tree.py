"""Messy trees: skipped files carry a reason, never stop the scan, never count as clean."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assura.codescan import scan_path
from assura.errors import InputNotFound

BAD = "from openai import OpenAI\nexec(OpenAI().chat.completions.create(model='m', messages=[]).choices[0].message.content)\n"


def _tree(root: Path) -> None:
    (root / "pkg").mkdir()
    (root / "pkg" / "good.py").write_text(BAD)
    (root / "pkg" / "py2.py").write_text("print 'hello'\n")
    (root / "pkg" / "latin1.py").write_bytes(b"x = '\xe9\xe8'\n")
    (root / "pkg" / "gen.py").write_text("x = [" + "1, " * 3000 + "]\n")
    (root / "node_modules" / "lib").mkdir(parents=True)
    (root / "node_modules" / "lib" / "evil.py").write_text(BAD)
    (root / ".venv").mkdir()
    (root / ".venv" / "x.py").write_text(BAD)
    (root / "build").mkdir()
    (root / "app.min.js").write_text("eval(x)")


def test_messy_tree(tmp_path: Path) -> None:
    _tree(tmp_path)
    report = scan_path(tmp_path)
    reasons = {s.path: s.reason for s in report.skipped}
    assert "syntax error" in reasons["pkg/py2.py"] and "Python 2" in reasons["pkg/py2.py"]
    assert "decodable" in reasons["pkg/latin1.py"]
    assert "minified or generated" in reasons["pkg/gen.py"]
    assert "node_modules" in reasons["node_modules/"]
    assert "virtual environment" in reasons[".venv/"]
    assert "build" in reasons["build/"]
    assert "minified" in reasons["app.min.js"]
    assert [(f.rule_id, str(f.location)) for f in report.findings] == [
        ("CODE-LLM-EXEC", "pkg/good.py:2")
    ]
    assert report.files_scanned == 1


def test_declared_encoding_is_honoured(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_bytes(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n")
    report = scan_path(tmp_path)
    assert report.skipped == () and report.files_scanned == 1


def test_missing_path() -> None:
    with pytest.raises(InputNotFound):
        scan_path("/no/such/path/anywhere")


def test_single_file(tmp_path: Path) -> None:
    f = tmp_path / "one.py"
    f.write_text(BAD)
    report = scan_path(f)
    assert [str(x.location) for x in report.findings] == ["one.py:2"]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=400) | st.text(max_size=400).map(str.encode))
def test_arbitrary_bytes_never_raise(tmp_path: Path, data: bytes) -> None:
    (tmp_path / "fuzz.py").write_bytes(data)
    report = scan_path(tmp_path)
    assert report.files_scanned + len(report.skipped) >= 1


_SNIPPETS = st.sampled_from(
    [
        "x = llm.invoke(q)\n",
        "exec(x)\n",
        "def f(a):\n    return a\n",
        "y = f(x)\n",
        "if x in ALLOWED:\n    eval(x)\n",
        "for c in chain.stream(q):\n    os.system(c)\n",
        "class A:\n    def m(self, v):\n        self.v = v\n",
        "z = {'role': 'system', 'content': x}\n",
        "with open(x, 'w') as fh:\n    pass\n",
        "try:\n    x = 1\nexcept E:\n    pass\n",
    ]
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_SNIPPETS, max_size=12))
def test_random_programs_analyse(tmp_path: Path, parts: list[str]) -> None:
    (tmp_path / "prog.py").write_text("".join(parts))
    report = scan_path(tmp_path)
    for f in report.findings:
        assert f.location is not None and f.location.path == "prog.py"


def test_javascript_token_pass(tmp_path: Path) -> None:
    (tmp_path / "agent.ts").write_text(
        "import OpenAI from 'openai';\nconst r = await client.chat.completions.create({});\n"
        "const code = r.choices[0].message.content;\neval(code);\n"
    )
    (tmp_path / "util.js").write_text("eval(x);\n")  # no LLM call in the file: not reported
    report = scan_path(tmp_path)
    assert [(f.rule_id, str(f.location)) for f in report.findings] == [
        ("CODE-LLM-EXEC", "agent.ts:4")
    ]
    assert report.findings[0].confidence < 0.5 and "javascript" in report.languages


def test_inline_suppression(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text(
        "import pickle, torch\n"
        "x = pickle.load(f)  # assura: ignore[CODE-UNSAFE-PICKLE] trusted cache\n"
        "y = torch.load(p)  # assura: ignore[CODE-UNSAFE-PICKLE]\n"
        "z = pickle.loads(b)  # assura: ignore\n"
    )
    report = scan_path(tmp_path)
    assert [(f.rule_id, f.location.line if f.location else 0) for f in report.findings] == [
        ("CODE-TORCH-LOAD", 3)
    ]
    assert report.suppressed == 2


def test_too_deep_is_skipped_not_crashing(tmp_path: Path) -> None:
    body = " +\n".join(["a"] * 1500)
    (tmp_path / "deep.py").write_text(
        f"def g(llm):\n    x = (llm.invoke(q) +\n{body})\n    exec(x)\n"
    )
    (tmp_path / "ok.py").write_text(BAD)
    report = scan_path(tmp_path)
    assert [s.path for s in report.skipped] == ["deep.py"]
    assert "too deep" in report.skipped[0].reason
    assert [str(f.location) for f in report.findings] == ["ok.py:2"]


def test_javascript_mcp_command_injection(tmp_path: Path) -> None:
    (tmp_path / "server.ts").write_text(
        'import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";\n'
        'import { execSync, execFile } from "child_process";\n'
        'server.tool("logs", async ({ pod }) => {\n'
        "  const out = execSync(`kubectl logs ${pod}`);\n"
        '  execFile("kubectl", ["logs", pod]);\n'
        '  execSync("kubectl version");\n'
        "});\n"
    )
    report = scan_path(tmp_path)
    assert [(f.rule_id, str(f.location)) for f in report.findings] == [
        ("CODE-LLM-SHELL", "server.ts:4")
    ]
