"""Process maturity and compliance: a BSIMM-style measure of the AI security process.

Library use::

    from assura.maturity import assess, load_answers, load_catalog

    catalog = load_catalog()
    answers = load_answers("answers.yaml", catalog)
    result = assess(catalog, answers, checks={}, org_size=OrgSize.SMALL, now=now, window_days=30)

With the store, :func:`assura.maturity.service.run_assessment` gathers platform evidence
(inventory, whitebox scans, ledger, lineage, ...) through collectors first.
"""

from assura.maturity.answers import AnswersError, load_answers, parse_answers
from assura.maturity.assess import assess, coverage, link_risks, roadmap, scorecard
from assura.maturity.catalog import load_catalog, load_frameworks
from assura.maturity.collectors import CollectorRegistry, RiskSource, default_registry
from assura.maturity.interface import (
    FRAMEWORKS,
    Activity,
    ActivityResult,
    ActivityStatus,
    Answer,
    AnswerOption,
    AnswersFile,
    Assessment,
    Catalog,
    CheckResult,
    CheckState,
    CollectContext,
    Collector,
    EvidenceItem,
    FrameworkCoverage,
    FrameworkItem,
    OrgSize,
    PracticeScore,
    RiskRecord,
    RoadmapItem,
)
from assura.maturity.report import assessment_dict

__all__ = [
    "FRAMEWORKS",
    "Activity",
    "ActivityResult",
    "ActivityStatus",
    "Answer",
    "AnswerOption",
    "AnswersError",
    "AnswersFile",
    "Assessment",
    "Catalog",
    "CheckResult",
    "CheckState",
    "CollectContext",
    "Collector",
    "CollectorRegistry",
    "EvidenceItem",
    "FrameworkCoverage",
    "FrameworkItem",
    "OrgSize",
    "PracticeScore",
    "RiskRecord",
    "RiskSource",
    "RoadmapItem",
    "assess",
    "assessment_dict",
    "coverage",
    "default_registry",
    "link_risks",
    "load_answers",
    "load_catalog",
    "load_frameworks",
    "parse_answers",
    "roadmap",
    "scorecard",
]
