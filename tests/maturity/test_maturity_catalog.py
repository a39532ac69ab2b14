"""The bundled catalog loads, is valid, and its crosswalk is complete."""

from __future__ import annotations

from pathlib import Path

import pytest

from assura.errors import ParseError
from assura.maturity import FRAMEWORKS, Catalog, OrgSize, default_registry, load_catalog
from assura.maturity.catalog import ACTIVITY_ID

CATALOG_FILE = Path(__file__).resolve().parents[2] / "src/assura/catalogs/maturity/activities.yaml"
SHARED = Path("../shared/data/catalogs")

# The areas issue 9 requires the catalog to cover (practice ``area`` values).
REQUIRED_AREAS = {
    "governance and policy", "inventory", "training and awareness", "threat intelligence for AI",
    "architecture risk analysis", "model and data supply chain", "whitebox code and model review",
    "red teaming/testing", "runtime guardrails and monitoring", "human oversight", "incident response",
    "data governance and lineage", "access control to weights and pipelines", "third-party AI use",
}  # fmt: skip


def test_framework_lists_have_the_official_counts(catalog: Catalog) -> None:
    counts = {k: len(v) for k, v in catalog.frameworks.items()}
    assert counts == {
        "nist-ai-rmf": 72,
        "nist-ai-600-1": 212,
        "iso-42001": 38,
        "samm": 15,
        "bsimm": 128,
    }


@pytest.mark.parametrize("framework", ["nist-ai-rmf", "iso-42001"])
def test_crosswalk_is_complete(catalog: Catalog, framework: str) -> None:
    """Every item is mapped to an activity or explicitly listed as not covered, never both."""
    mapped = {i for a in catalog.activities for i in a.frameworks.get(framework, ())}
    not_covered = set(catalog.not_covered.get(framework, {}))
    every = {i.id for i in catalog.frameworks[framework]}
    assert every == mapped | not_covered
    assert not mapped & not_covered
    assert all(reason.strip() for reason in catalog.not_covered.get(framework, {}).values())


def test_every_samm_practice_is_supported(catalog: Catalog) -> None:
    mapped = {i for a in catalog.activities for i in a.frameworks.get("samm", ())}
    assert mapped == {i.id for i in catalog.frameworks["samm"]}


def test_framework_ids_match_the_shared_sources(catalog: Catalog) -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared/data/catalogs is not present")
    import json

    rmf = json.loads((SHARED / "nist_ai_rmf_1.0.json").read_text())
    ids = [s["id"] for f in rmf["functions"] for c in f["categories"] for s in c["subcategories"]]
    assert ids == [i.id for i in catalog.frameworks["nist-ai-rmf"]]
    iso = json.loads((SHARED / "iso_42001_2023_annex_a.json").read_text())
    assert [c["id"] for t in iso["annex_a"] for c in t["controls"]] == [
        i.id for i in catalog.frameworks["iso-42001"]
    ]
    bsimm = json.loads((SHARED / "bsimm16_activities.json").read_text())
    ids = [a["id"] for d in bsimm["domains"] for p in d["practices"] for a in p["activities"]]
    assert ids == [i.id for i in catalog.frameworks["bsimm"]]


def test_activities_are_well_formed(catalog: Catalog) -> None:
    assert {p.area for p in catalog.practices} >= REQUIRED_AREAS
    for a in catalog.activities:
        assert ACTIVITY_ID.match(a.id) and a.id.startswith(f"AIM-{a.practice}-{a.level}.")
        assert a.frameworks.get("nist-ai-rmf"), f"{a.id} maps to no NIST AI RMF subcategory"
        assert a.frameworks.get("samm"), f"{a.id} maps to no SAMM practice"
        assert set(a.frameworks) <= set(FRAMEWORKS)
        assert a.sizes, f"{a.id} belongs to no baseline"
        assert len(catalog.options(a)) >= 3 and catalog.options(a)[0].value == 0
    for practice in catalog.practices:
        assert {a.level for a in practice.activities} == {1, 2, 3}, practice.id


def test_every_evidence_check_has_a_collector(catalog: Catalog) -> None:
    checks = {c for a in catalog.activities for c in a.evidence}
    assert checks <= default_registry().checks


def test_baselines_grow_with_size(catalog: Catalog) -> None:
    base = {s: {a.id for a in catalog.activities if s in a.sizes} for s in OrgSize}
    assert base[OrgSize.SMALL] < base[OrgSize.MEDIUM] < base[OrgSize.LARGE]
    assert "AIM-TPA-1.1" in catalog.profiles[OrgSize.SMALL].first
    assert "AIM-ARA-1.1" in catalog.profiles[OrgSize.MEDIUM].first
    assert {"AIM-WBR-2.1", "AIM-ARA-2.1"} <= set(catalog.profiles[OrgSize.LARGE].first)


def _broken(tmp_path: Path, old: str, new: str) -> tuple[Path, int]:
    """A copy of the catalog with ``old`` replaced; and the line of the replacement."""
    text = CATALOG_FILE.read_text()
    assert old in text
    p = tmp_path / "catalog.yaml"
    p.write_text(text.replace(old, new, 1))
    return p, text[: text.index(old)].count("\n") + 1


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "nist-ai-rmf: [GOVERN 1.6, MAP 2.1, MAP 4.1]",
            "nist-ai-rmf: [GOVERN 1.6, MAP 9.9]",
            "unknown nist-ai-rmf id 'MAP 9.9'",
        ),
        (
            "iso-42001: [A.2.2, A.2.3, A.9.2, A.9.3]",
            "iso-42001: [A.2.2, A.99]",
            "unknown iso-42001 id 'A.99'",
        ),
        ("samm: [G-PC, G-SM]", "cobit: [G-PC]", "unknown framework 'cobit'"),
        ("answer_set: people", "answer_set: peoples", "unknown answer set 'peoples'"),
        ("- id: AIM-TRN-2.1", "- id: AIM-TRN-1.1", "duplicate activity id 'AIM-TRN-1.1'"),
    ],
)
def test_invalid_catalog_names_file_and_line(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    path, line = _broken(tmp_path, old, new)
    with pytest.raises(ParseError) as exc:
        load_catalog(path)
    assert message in str(exc.value)
    assert exc.value.path == str(path)
    assert exc.value.line == line
