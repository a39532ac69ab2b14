"""The LiteLLM adapter inside a real LiteLLM proxy on 127.0.0.1 (installed by `make test`
into .venv-litellm): PII redacted on the way in and restored on the way out, an injection
and an exfiltration image rejected, a benign request passed. Mock model responses; nothing
leaves the machine."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VENV = ROOT / ".venv-litellm"


@pytest.mark.slow
@pytest.mark.skipif(
    not (VENV / "bin" / "litellm").exists(), reason="no LiteLLM proxy: `make test` installs it"
)
def test_guardrail_in_a_real_litellm_proxy() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "guard" / "litellm_proxy_check.py"),
         "--venv", str(VENV), "--no-install"],
        capture_output=True, text=True, timeout=280, cwd=ROOT,
    )  # fmt: skip
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out
    assert out.count("PASS ") == 4, out
    assert "FAIL" not in out
