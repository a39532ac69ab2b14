"""The pure assessor: statuses, scorecard, coverage, roadmap by size, risk links."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from assura.maturity import (
    ActivityStatus,
    Answer,
    AnswersFile,
    Catalog,
    CheckResult,
    CheckState,
    EvidenceItem,
    OrgSize,
    RiskRecord,
    assess,
)

NOW = datetime(2026, 11, 1, tzinfo=UTC)


def _answers(catalog: Catalog, **given: tuple[str, tuple[str, ...]]) -> AnswersFile:
    out = {}
    for aid, (key, evidence) in given.items():
        aid = (
            aid.replace("_", "-").replace("-1-", "-1.").replace("-2-", "-2.").replace("-3-", "-3.")
        )
        act = catalog.activity(aid)
        assert act is not None, aid
        value = next(o.value for o in catalog.options(act) if o.key == key)
        out[aid] = Answer(aid, key, value, evidence, owner="owner@example.com")
    return AnswersFile("answers.yaml", "Example", None, out)


def _check(name: str, state: CheckState, fresh: bool = True) -> CheckResult:
    item = EvidenceItem("scan", "s1", "a scan", NOW, fresh, "/repo")
    return CheckResult(name, state, "msg", (item,) if state is not CheckState.MISSING else ())


def test_statuses(catalog: Catalog) -> None:
    answers = _answers(
        catalog,
        AIM_GOV_1_1=("whole", ("https://x.example/p",)),
        AIM_GOV_1_2=("partial", ()),
        AIM_TRN_1_1=("few", ()),
        AIM_IR_1_1=("no", ()),
        AIM_INV_1_2=("most", ("https://x.example/p",)),
        AIM_SUP_1_1=("most", ("https://x.example/s",)),
    )
    checks = {
        "inventory.scan_recent": _check("inventory.scan_recent", CheckState.SATISFIED),
        "artifacts.models_scanned": _check(
            "artifacts.models_scanned", CheckState.STALE, fresh=False
        ),
        "codescan.scan_recent": _check("codescan.scan_recent", CheckState.STALE, fresh=False),
        "guard.deployed": CheckResult(
            "guard.deployed", CheckState.NOT_INSTALLED, "not observable yet"
        ),
    }
    a = assess(catalog, answers, checks, org_size=OrgSize.SMALL, now=NOW, window_days=30)
    status = {r.activity.id: r.status for r in a.results}
    assert status["AIM-GOV-1.1"] is ActivityStatus.DECLARED
    assert status["AIM-GOV-1.2"] is ActivityStatus.CLAIMED  # at threshold, no evidence
    assert status["AIM-TRN-1.1"] is ActivityStatus.PARTIAL
    assert status["AIM-IR-1.1"] is ActivityStatus.ABSENT
    assert status["AIM-INV-1.1"] is ActivityStatus.VERIFIED
    assert status["AIM-SUP-1.1"] is ActivityStatus.DECLARED  # answer stands while scans are stale
    assert status["AIM-WBR-1.1"] is ActivityStatus.STALE
    assert status["AIM-RTG-1.1"] is ActivityStatus.UNANSWERED  # guard not installed, not answered
    inv = next(s for s in a.scores if s.practice.id == "INV")
    assert inv.per_level[1] == (1, 2, 2) and inv.per_level[2] == (1, 1, 1)
    assert inv.highest_complete_level == 2
    assert a.gaps and all(not r.status.observed for r in a.gaps)


def test_no_overall_score(catalog: Catalog) -> None:
    a = assess(catalog, None, {}, org_size=OrgSize.SMALL, now=NOW, window_days=30)
    assert not hasattr(a, "score")
    assert len(a.scores) == len(catalog.practices)


def test_coverage_states(catalog: Catalog) -> None:
    answers = _answers(catalog, AIM_GOV_1_1=("whole", ("https://x.example/p",)))
    checks = {"inventory.scan_recent": _check("inventory.scan_recent", CheckState.SATISFIED)}
    a = assess(catalog, answers, checks, org_size=OrgSize.SMALL, now=NOW, window_days=30)
    rmf = {c.item.id: c for c in a.coverage["nist-ai-rmf"]}
    assert rmf["GOVERN 1.6"].state == "evidence" and "AIM-INV-1.1" in rmf["GOVERN 1.6"].verified
    assert rmf["GOVERN 1.1"].state == "declared"
    assert rmf["MEASURE 2.11"].state == "not covered" and rmf["MEASURE 2.11"].not_covered_reason
    assert rmf["MANAGE 2.4"].state == "no evidence"
    assert {c.state for c in a.coverage["iso-42001"]} >= {"no evidence", "not covered"}


@pytest.mark.parametrize(
    ("size", "first", "excluded"),
    [
        (
            OrgSize.SMALL,
            ["AIM-INV-1.1", "AIM-TPA-1.1", "AIM-TPA-1.2", "AIM-RTG-1.1"],
            "AIM-ARA-1.1",
        ),
        (OrgSize.MEDIUM, ["AIM-ARA-1.1", "AIM-ARA-2.1", "AIM-SUP-1.1"], "AIM-WBR-2.1"),
        (OrgSize.LARGE, ["AIM-WBR-1.1", "AIM-WBR-2.1", "AIM-ARA-2.1", "AIM-LCM-2.1"], None),
    ],
)
def test_roadmap_is_sized(
    catalog: Catalog, size: OrgSize, first: list[str], excluded: str | None
) -> None:
    a = assess(catalog, None, {}, org_size=size, now=NOW, window_days=30)
    ids = [i.activity.id for i in a.roadmap]
    assert ids[: len(first)] == first
    assert all(i.phase == 1 for i in a.roadmap[: len(first)])
    assert [i.phase for i in a.roadmap] == sorted(i.phase for i in a.roadmap)
    if excluded:
        assert excluded not in ids  # outside this size's baseline
    baseline = {x.id for x in catalog.activities if size in x.sizes}
    assert set(ids) == baseline | set(catalog.profiles[size].first)


def test_gaps_link_to_open_risks(catalog: Catalog) -> None:
    risks = [
        RiskRecord(
            "r1",
            "Prompt injection through retrieved pages",
            "chatbot",
            "open",
            ("LLM01:2025", "AML.T0051"),
        ),
        RiskRecord(
            "r2", "Model file runs code on load", "chatbot", "open", ("AML.T0010", "LLM03:2025")
        ),
        RiskRecord("r3", "Old closed risk", "chatbot", "mitigated", ("LLM01:2025",)),
        RiskRecord("r4", "Unrelated", "chatbot", "open", ("CWE-79",)),
        RiskRecord("r5", "Broad framework id only", "chatbot", "open", ("MEASURE 2.6",)),
        RiskRecord("r6", "Two framework ids", "chatbot", "open", ("A.6.2.6", "MANAGE 2.2")),
    ]
    answers = _answers(catalog, AIM_SUP_1_1=("most", ("https://x.example/s",)))
    a = assess(catalog, answers, {}, org_size=OrgSize.SMALL, now=NOW, window_days=30, risks=risks)
    rtg = a.result("AIM-RTG-1.1")
    # a shared OWASP/ATLAS reference links alone; framework ids need two in common
    assert [(x.risk.id, x.shared) for x in rtg.linked_risks] == [
        ("r1", ("LLM01:2025",)),
        ("r6", ("A.6.2.6", "MANAGE 2.2")),
    ]
    assert not a.result("AIM-SUP-1.1").linked_risks  # observed: no gap, no link
    inv = a.result("AIM-INV-1.1")
    assert [x.risk.id for x in inv.linked_risks] == ["r2"]
    item = next(i for i in a.roadmap if i.activity.id == "AIM-RTG-1.1")
    assert "leaves 2 open risk(s) unmitigated" in item.reason
