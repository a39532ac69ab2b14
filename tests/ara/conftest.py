"""Shared helpers for the ARA tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from assura.ara import Analysis, RuleSet, analyze, load_rules, load_system

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples" / "systems"


@pytest.fixture(scope="session")
def rules() -> RuleSet:
    return load_rules()


@pytest.fixture(scope="session")
def analysed(rules: RuleSet) -> dict[str, Analysis]:
    return {p.stem: analyze(load_system(p), rules) for p in sorted(EXAMPLES.glob("*.yaml"))}
