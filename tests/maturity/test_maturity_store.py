"""Versioned assessments on SQLite and PostgreSQL; collectors on an empty store."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from assura.errors import InputNotFound
from assura.maturity import (
    Answer,
    AnswersFile,
    Catalog,
    CheckState,
    CollectContext,
    CollectorRegistry,
    OrgSize,
    default_registry,
)
from assura.maturity.collectors.pending import GuardCollector
from assura.maturity.service import (
    collect_checks,
    get_assessment,
    list_assessments,
    run_assessment,
    save_assessment,
)
from assura.store import Store

NOW = datetime(2026, 11, 1, tzinfo=UTC)


def test_versions_progress_and_lookup(store: Store, catalog: Catalog) -> None:
    answers = AnswersFile(
        "a.yaml",
        "Org",
        OrgSize.LARGE,
        {"AIM-GOV-1.1": Answer("AIM-GOV-1.1", "whole", 1.0, ("https://x.example",), "o")},
    )
    with store.session() as s:
        first = save_assessment(s, run_assessment(s, catalog, None, now=NOW))
        second = save_assessment(s, run_assessment(s, catalog, answers, now=NOW))
        ids = (first.id, second.id)
    with store.session() as s:
        rows = list_assessments(s)
        assert [r.version for r in rows] == [2, 1]
        assert rows[0].org_size == "large" and rows[1].org_size == "small"
        assert rows[0].summary["observed"] == rows[1].summary["observed"] + 1
        assert get_assessment(s, "latest").id == ids[1]
        assert get_assessment(s, "1").id == ids[0]
        assert get_assessment(s, ids[0][:8]).version == 1
        doc = get_assessment(s, "2").result
        assert doc["version"] == 2 and doc["id"] == ids[1]
        gov = next(a for a in get_assessment(s, "2").activities if a.activity_id == "AIM-GOV-1.1")
        assert (gov.status, gov.answer, gov.owner, gov.evidence) == (
            "declared",
            "whole",
            "o",
            [{"ref": "https://x.example"}],
        )
        with pytest.raises(InputNotFound):
            get_assessment(s, "99")


def test_collectors_on_an_empty_store(store: Store, catalog: Catalog) -> None:
    with store.session() as s:
        checks = collect_checks(s, catalog, default_registry(), CollectContext(NOW, 30))
    assert checks["inventory.scan_recent"].state is CheckState.MISSING
    assert checks["ara.assessed"].state is CheckState.MISSING
    assert checks["lineage.recorded"].state is CheckState.MISSING
    assert checks["guard.deployed"].state is CheckState.NOT_INSTALLED
    assert "not observable yet" in checks["guard.deployed"].message


def test_a_check_without_collector_is_not_observable(store: Store, catalog: Catalog) -> None:
    with store.session() as s:
        checks = collect_checks(
            s, catalog, CollectorRegistry([GuardCollector()]), CollectContext(NOW, 30)
        )
    assert checks["inventory.scan_recent"].state is CheckState.NOT_INSTALLED
    assert (
        checks["inventory.scan_recent"].message
        == "not observable yet (no collector for this check)"
    )


def test_registry_refuses_duplicates() -> None:
    reg = default_registry()
    with pytest.raises(ValueError, match="registered twice"):
        reg.add(GuardCollector())

    class Other(GuardCollector):
        id = "other"

    with pytest.raises(ValueError, match="answered by both"):
        reg.add(Other())
