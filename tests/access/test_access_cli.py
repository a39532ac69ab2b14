"""`assura access ...` in-process: bootstrap, grants, tokens, checks, approvals, review."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assura.cli.main import main


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    rc = main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


def test_access_cli_flow(assura_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("root", "alice", "carol", "dana"):
        assert _run(capsys, "access", "principal", "add", name, "--by", "setup")[0] == 0
    assert _run(capsys, "access", "grant", "root", "admin", "--by", "root")[0] == 0  # bootstrap
    assert (
        _run(
            capsys,
            "access",
            "grant",
            "alice",
            "ml_engineer",
            "--domain",
            "team:fraud",
            "--by",
            "root",
        )[0]
        == 0
    )
    assert _run(capsys, "access", "grant", "carol", "security_lead", "--by", "root")[0] == 0
    rc, _, err = _run(capsys, "access", "grant", "dana", "auditor", "--by", "alice")
    assert rc == 2 and "may not access:grant" in err
    rc, _, err = _run(capsys, "access", "grant", "dana", "wizard", "--by", "root")
    assert rc == 2 and "unknown role" in err

    rc, out, _ = _run(
        capsys,
        "access",
        "check",
        "alice",
        "model:download",
        "model:fraud@1",
        "--domain",
        "team:fraud",
    )
    assert rc == 0 and out.startswith("allow")
    rc, out, _ = _run(
        capsys,
        "access",
        "check",
        "alice",
        "model:deploy",
        "model:fraud@1",
        "--domain",
        "team:fraud",
    )
    assert rc == 1 and "approval_required" in out
    aid = out.split("approval=")[1].strip()
    assert _run(capsys, "access", "approve", aid, "--by", "alice")[0] == 2
    assert _run(capsys, "access", "approve", aid, "--by", "carol")[0] == 0
    rc, out, _ = _run(
        capsys,
        "access",
        "check",
        "alice",
        "model:deploy",
        "model:fraud@1",
        "--domain",
        "team:fraud",
        "--approval",
        aid,
    )
    assert rc == 0

    rc, token, _ = _run(
        capsys, "access", "token", "create", "alice", "--days", "7", "--by", "alice"
    )
    assert rc == 0 and token.startswith("asr_")
    assert _run(capsys, "access", "principal", "disable", "alice", "--by", "root")[0] == 0
    rc, out, _ = _run(
        capsys,
        "access",
        "check",
        "alice",
        "model:download",
        "model:fraud@1",
        "--domain",
        "team:fraud",
    )
    assert rc == 1 and "disabled" in out

    rc, out, _ = _run(capsys, "access", "review", "--json")
    review = {r["principal"]: r for r in json.loads(out)}
    assert any(
        t["permissions"] == ["dataset:write", "model:deploy"] for t in review["root"]["toxic"]
    )
    assert review["dana"]["granted"] == 0
    assert _run(capsys, "access", "roles")[0] == 0
    rc, out, _ = _run(capsys, "access", "principal", "list", "--json")
    assert {p["name"] for p in json.loads(out)} == {"root", "alice", "carol", "dana"}
    assert _run(capsys, "ledger", "verify")[0] == 0  # every decision above is in a valid log
