"""Seeded platform state, made through the product's own commands, flips activities.

Inventory scans come from ``assura inventory scan``, checkpoints from ``assura ledger
checkpoint``, code and model scans from the shared scan service. Each test then ages the
evidence out (``--now`` past the window, or an older scan timestamp) and sees it flip back.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from assura.cli.main import main
from assura.config import load_settings
from assura.maturity import ActivityStatus, Catalog, CheckState, OrgSize
from assura.maturity.service import run_assessment
from assura.services.scans import record_findings_scan
from assura.store import open_store
from assura.store.tables.scans import ScanRow


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    rc = main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


def _assess(capsys: pytest.CaptureFixture[str], *extra: str) -> dict[str, Any]:
    rc, out, err = _cli(capsys, "maturity", "assess", "--format", "json", *extra)
    assert rc == 0, err
    doc: dict[str, Any] = json.loads(out)
    return doc


def _activity(doc: dict[str, Any], activity_id: str) -> dict[str, Any]:
    return next(a for a in doc["activities"] if a["id"] == activity_id)


def _records(act: dict[str, Any]) -> set[tuple[str, str]]:
    return {
        (e["record_type"], e["record_id"])
        for c in act.get("checks", [])
        for e in c["evidence"]
        if e["fresh"]
    }


def _scan(capsys: pytest.CaptureFixture[str], repo: Path) -> str:
    rc, out, err = _cli(capsys, "inventory", "scan", str(repo), "--format", "json", "--no-progress")
    assert rc == 0, err
    scan_id: str = json.loads(out)["scan_id"]
    return scan_id


def test_empty_store_observes_nothing(
    assura_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = _assess(capsys)
    assert doc["summary"]["observed"] == 0
    assert (
        _activity(doc, "AIM-INV-1.1")["status"] == "absent"
    )  # the inventory is installed and empty
    states = {c["check"]: c["state"] for c in doc["checks"]}
    assert states["inventory.scan_recent"] == "missing"
    assert states["guard.deployed"] == "not_installed"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_home(request: pytest.FixtureRequest, assura_home: Path) -> Path:
    """ASSURA_HOME with the store on SQLite, or on the test PostgreSQL database."""
    if request.param == "postgres":
        request.getfixturevalue("pg_home")
    return assura_home


def test_inventory_scan_verifies_inventory_and_ages_out(
    any_home: Path, ai_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scan_id = _scan(capsys, ai_repo)
    doc = _assess(capsys)
    for aid in ("AIM-INV-1.1", "AIM-TPA-1.1"):
        act = _activity(doc, aid)
        assert act["status"] == "verified", aid
        assert _records(act) == {("scan", scan_id)}, aid
    assert _activity(doc, "AIM-WBR-1.1")["status"] == "absent"  # no code scan yet

    later = (datetime.now(UTC) + timedelta(days=31)).isoformat()
    doc = _assess(capsys, "--now", later)
    inv = _activity(doc, "AIM-INV-1.1")
    assert inv["status"] == "stale" and not inv["observed"]
    assert not _records(inv)
    assert _activity(doc, "AIM-TPA-1.1")["status"] == "stale"
    # A wider window brings it back.
    assert (
        _activity(_assess(capsys, "--now", later, "--window-days", "60"), "AIM-INV-1.1")["status"]
        == "verified"
    )


def test_old_scan_timestamp_flips_back_and_a_new_scan_restores(
    assura_home: Path, ai_repo: Path, catalog: Catalog, capsys: pytest.CaptureFixture[str]
) -> None:
    scan_id = _scan(capsys, ai_repo)
    store = open_store(load_settings())
    old = datetime.now(UTC) - timedelta(days=45)
    with store.session() as s:
        s.execute(
            update(ScanRow).where(ScanRow.id == scan_id).values(started_at=old, finished_at=old)
        )
    with store.session() as s:
        result = run_assessment(s, catalog, None, org_size=OrgSize.SMALL)
    assert result.result("AIM-INV-1.1").status is ActivityStatus.STALE
    check = result.result("AIM-INV-1.1").checks[0]
    assert check.state is CheckState.STALE and str(ai_repo) in check.message
    assert [i.record_id for i in check.items] == [scan_id] and not check.items[0].fresh
    # a stale answer-less activity is a roadmap gap
    assert "AIM-INV-1.1" in [i.activity.id for i in result.roadmap]

    new_id = _scan(capsys, ai_repo)
    with store.session() as s:
        result = run_assessment(s, catalog, None, org_size=OrgSize.SMALL)
    assert result.result("AIM-INV-1.1").status is ActivityStatus.VERIFIED
    assert [i.record_id for i in result.result("AIM-INV-1.1").evidence_items] == [new_id]
    store.dispose()


def test_code_and_model_scans_verify_whitebox_review(
    assura_home: Path, ai_repo: Path, catalog: Catalog, capsys: pytest.CaptureFixture[str]
) -> None:
    _scan(capsys, ai_repo)
    store = open_store(load_settings())
    with store.session() as s:
        code = record_findings_scan(s, kind="codescan", target=str(ai_repo), findings=[]).id
    with store.session() as s:
        result = run_assessment(s, catalog, None)
        wbr1 = result.result("AIM-WBR-1.1")
        assert wbr1.status is ActivityStatus.VERIFIED
        assert [(i.record_type, i.record_id) for i in wbr1.evidence_items] == [("scan", code)]
        # mandatory whitebox review needs the model-file scans too
        assert result.result("AIM-WBR-2.1").status is ActivityStatus.ABSENT
    with store.session() as s:
        model = record_findings_scan(
            s, kind="artifacts", target=str(ai_repo / "model.safetensors"), findings=[]
        ).id
    with store.session() as s:
        result = run_assessment(s, catalog, None)
        assert result.result("AIM-SUP-1.1").status is ActivityStatus.VERIFIED
        assert result.result("AIM-WBR-2.1").status is ActivityStatus.VERIFIED
        assert ("scan", model) in {
            (i.record_type, i.record_id) for i in result.result("AIM-WBR-2.1").evidence_items
        }
        aged = run_assessment(s, catalog, None, now=datetime.now(UTC) + timedelta(days=40))
        assert aged.result("AIM-WBR-2.1").status is ActivityStatus.STALE
    store.dispose()


def test_codescan_must_cover_every_repo_with_ai(
    assura_home: Path,
    ai_repo: Path,
    tmp_path: Path,
    catalog: Catalog,
    capsys: pytest.CaptureFixture[str],
) -> None:
    other = tmp_path / "second-app"
    other.mkdir()
    (other / "requirements.txt").write_text("anthropic\n")
    _scan(capsys, ai_repo)
    _scan(capsys, other)
    store = open_store(load_settings())
    with store.session() as s:
        record_findings_scan(s, kind="codescan", target=str(ai_repo), findings=[])
    with store.session() as s:
        r = run_assessment(s, catalog, None).result("AIM-WBR-1.1")
    assert r.status is ActivityStatus.STALE
    assert "1 of 2 repo(s) with AI" in r.checks[0].message and str(other) in r.checks[0].message
    store.dispose()


def test_ledger_checkpoint_verifies_the_ledger_activity(
    assura_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc, _, err = _cli(capsys, "ledger", "checkpoint")
    assert rc == 0, err
    doc = _assess(capsys)
    check = next(c for c in doc["checks"] if c["check"] == "ledger.verified")
    assert check["state"] == "satisfied"
    # provenance also needs lineage records; the ledger alone does not verify AIM-DAT-3.1
    assert _activity(doc, "AIM-DAT-3.1")["status"] == "absent"
    later = (datetime.now(UTC) + timedelta(days=31)).isoformat()
    check = next(
        c for c in _assess(capsys, "--now", later)["checks"] if c["check"] == "ledger.verified"
    )
    assert check["state"] == "stale"


def test_lineage_record_verifies_lineage_and_provenance(
    assura_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "train.jsonl"
    data.write_text('{"q": "hi", "a": "hello"}\n')
    rc, _, err = _cli(
        capsys,
        "lineage",
        "record",
        "--model",
        "support-bot",
        "--version",
        "1.0",
        "--dataset",
        str(data),
        "--code",
        "abc123",
    )
    assert rc == 0, err
    doc = _assess(capsys)
    dat = _activity(doc, "AIM-DAT-2.1")
    assert dat["status"] == "verified"
    (record,) = _records(dat)
    assert record[0] == "lineage"
    assert _activity(doc, "AIM-DAT-3.1")["status"] == "absent"  # no checkpoint yet
    rc, _, err = _cli(capsys, "ledger", "checkpoint")
    assert rc == 0, err
    doc = _assess(capsys)
    prov = _activity(doc, "AIM-DAT-3.1")
    assert prov["status"] == "verified"
    assert {r[0] for r in _records(prov)} == {"lineage", "ledger_checkpoint"}
    later = (datetime.now(UTC) + timedelta(days=31)).isoformat()
    doc = _assess(capsys, "--now", later)
    assert _activity(doc, "AIM-DAT-2.1")["status"] == "stale"
    assert _activity(doc, "AIM-DAT-3.1")["status"] == "stale"


SYSTEMS = Path(__file__).resolve().parents[2] / "examples" / "systems"


def test_ara_register_verifies_analysis_review_and_links_gaps(
    any_home: Path, tmp_path: Path, catalog: Catalog, capsys: pytest.CaptureFixture[str]
) -> None:
    system_file = SYSTEMS / "rag-chatbot.yaml"
    if not system_file.is_file():
        pytest.skip("examples/systems/rag-chatbot.yaml is not present")
    register = tmp_path / "register.json"
    rc, _, err = _cli(
        capsys,
        "ara",
        "analyze",
        str(system_file),
        "--save",
        "--format",
        "json",
        "--output",
        str(register),
    )
    assert rc in (0, 1), err
    risks = json.loads(register.read_text())["risks"]
    open_risks = [r for r in risks if r["state"] == "applies"]
    high = [r for r in open_risks if r["severity"] in ("high", "critical")]
    assert high, "the example system has open high risks"

    store = open_store(load_settings())
    with store.session() as s:
        result = run_assessment(s, catalog, None, org_size=OrgSize.MEDIUM)
    ara1 = result.result("AIM-ARA-1.1")
    assert ara1.status is ActivityStatus.VERIFIED
    assert [i.record_type for i in ara1.evidence_items] == ["ara_analysis"]
    assert (
        result.result("AIM-ARA-2.1").status is ActivityStatus.ABSENT
    )  # high risks not decided yet
    assert (
        "open high/critical risk(s) have no decision"
        in result.result("AIM-ARA-2.1").checks[0].message
    )
    # gaps link to the open risks that share references with them
    linked = {x.risk.id for r in result.gaps for x in r.linked_risks}
    assert linked and linked <= {r["id"] for r in open_risks}
    rtg = result.result("AIM-RTG-1.1")
    assert rtg.linked_risks
    for link in rtg.linked_risks:
        assert set(link.shared) <= set(rtg.activity.refs())

    for r in high:
        rc, _, err = _cli(
            capsys,
            "ara",
            "mitigate",
            r["id"],
            "--owner",
            "appsec@example.com",
            "--reason",
            "gateway filter",
        )
        assert rc == 0, err
    with store.session() as s:
        result = run_assessment(s, catalog, None, org_size=OrgSize.MEDIUM)
        ara2 = result.result("AIM-ARA-2.1")
        assert ara2.status is ActivityStatus.VERIFIED
        assert {i.record_type for i in ara2.evidence_items} == {"ara_analysis", "ara_decision"}
        assert not {x.risk.id for r in result.gaps for x in r.linked_risks} & {
            r["id"] for r in high
        }
        aged = run_assessment(s, catalog, None, now=datetime.now(UTC) + timedelta(days=31))
        assert aged.result("AIM-ARA-1.1").status is ActivityStatus.STALE
        assert aged.result("AIM-ARA-2.1").status is ActivityStatus.STALE
    store.dispose()


def test_access_decisions_in_the_ledger(
    assura_home: Path, catalog: Catalog, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _cli(capsys, "access", "principal", "add", "pipeline-bot")[0] == 0
    _cli(
        capsys, "access", "check", "pipeline-bot", "model:deploy", "model:support-bot"
    )  # a logged deny
    doc = _assess(capsys)
    checks = {c["check"]: c for c in doc["checks"]}
    assert checks["access.decisions_logged"]["state"] == "satisfied"
    assert checks["access.review_done"]["state"] == "not_installed"
    acc = _activity(doc, "AIM-ACC-3.1")
    assert acc["status"] == "verified" and {r[0] for r in _records(acc)} == {"ledger_entry"}
    later = (datetime.now(UTC) + timedelta(days=31)).isoformat()
    assert _activity(_assess(capsys, "--now", later), "AIM-ACC-3.1")["status"] == "stale"
