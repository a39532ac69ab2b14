"""Types of the maturity package: catalog, answers, evidence, results, and the collector Protocol.

Everything here is a frozen dataclass (or an enum) so the assessor stays pure and its
results can be compared and hashed. Pydantic appears only where user YAML is read.

    Catalog ── Domain ── Practice ── Activity ── AnswerOption (via answer set)
    AnswersFile ── Answer                 (what the questionnaire said)
    EvidenceItem / CheckResult            (what the platform proves; from collectors)
    Assessment ── ActivityResult, PracticeScore, FrameworkCoverage, RoadmapItem
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, runtime_checkable

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

__all__ = [
    "FRAMEWORKS",
    "Activity",
    "ActivityResult",
    "ActivityStatus",
    "Answer",
    "AnswerOption",
    "AnswersFile",
    "Assessment",
    "Catalog",
    "CheckResult",
    "CheckState",
    "CollectContext",
    "Collector",
    "Domain",
    "EvidenceItem",
    "FrameworkItem",
    "FrameworkCoverage",
    "LinkedRisk",
    "OrgSize",
    "Practice",
    "PracticeScore",
    "Profile",
    "RiskRecord",
    "RoadmapItem",
]

#: Framework keys used in the catalog's ``frameworks`` mappings (``bsimm`` is "related").
FRAMEWORKS: tuple[str, ...] = ("nist-ai-rmf", "nist-ai-600-1", "iso-42001", "samm", "bsimm")


class OrgSize(enum.Enum):
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


@dataclass(frozen=True, slots=True)
class FrameworkItem:
    """One item of an external framework: official id and a short title."""

    framework: str
    id: str
    title: str
    group: str = ""


@dataclass(frozen=True, slots=True)
class AnswerOption:
    key: str
    text: str
    value: float


@dataclass(frozen=True, slots=True)
class Activity:
    id: str
    level: int
    title: str
    description: str
    question: str
    answer_set: str
    practice: str
    domain: str
    sizes: tuple[OrgSize, ...]
    quality: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    frameworks: Mapping[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    addresses: tuple[str, ...] = ()

    def refs(self) -> frozenset[str]:
        """Every id this activity shares with risks: framework ids and risk references."""
        out = set(self.addresses)
        for ids in self.frameworks.values():
            out.update(ids)
        return frozenset(out)


@dataclass(frozen=True, slots=True)
class Practice:
    id: str
    name: str
    area: str
    domain: str
    activities: tuple[Activity, ...]


@dataclass(frozen=True, slots=True)
class Domain:
    id: str
    name: str
    practices: tuple[Practice, ...]


@dataclass(frozen=True, slots=True)
class Profile:
    size: OrgSize
    title: str
    focus: str
    first: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Catalog:
    version: int
    name: str
    observed_threshold: float
    answer_sets: Mapping[str, tuple[AnswerOption, ...]]
    domains: tuple[Domain, ...]
    profiles: Mapping[OrgSize, Profile]
    frameworks: Mapping[str, tuple[FrameworkItem, ...]]
    not_covered: Mapping[str, Mapping[str, str]]

    @property
    def practices(self) -> tuple[Practice, ...]:
        return tuple(p for d in self.domains for p in d.practices)

    @property
    def activities(self) -> tuple[Activity, ...]:
        return tuple(a for p in self.practices for a in p.activities)

    def activity(self, activity_id: str) -> Activity | None:
        for a in self.activities:
            if a.id == activity_id:
                return a
        return None

    def options(self, activity: Activity) -> tuple[AnswerOption, ...]:
        return self.answer_sets[activity.answer_set]


@dataclass(frozen=True, slots=True)
class Answer:
    """One questionnaire answer. ``line`` is where it sits in its file (1-based)."""

    activity_id: str
    answer: str
    value: float
    evidence: tuple[str, ...] = ()
    owner: str | None = None
    notes: str | None = None
    line: int | None = None


@dataclass(frozen=True, slots=True)
class AnswersFile:
    path: str | None
    organisation: str | None
    org_size: OrgSize | None
    answers: Mapping[str, Answer]


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    """A record in the platform's store that proves (part of) an activity.

    ``record_type`` names the table or record kind (``scan``, ``ara_assessment``...),
    ``record_id`` its primary key; ``fresh`` says whether it lies inside the window.
    """

    record_type: str
    record_id: str
    summary: str
    observed_at: datetime | None
    fresh: bool
    subject: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "record_type": self.record_type,
            "record_id": self.record_id,
            "summary": self.summary,
            "observed_at": self.observed_at.isoformat() if self.observed_at else None,
            "fresh": self.fresh,
            "subject": self.subject,
        }


class CheckState(enum.Enum):
    SATISFIED = "satisfied"
    STALE = "stale"  # records exist but are older than the window (or do not cover all)
    MISSING = "missing"  # the module is installed and holds no record
    NOT_INSTALLED = "not_installed"  # the module's tables are not present yet


@dataclass(frozen=True, slots=True)
class CheckResult:
    check: str
    state: CheckState
    message: str
    items: tuple[EvidenceItem, ...] = ()


@dataclass(frozen=True, slots=True)
class CollectContext:
    now: datetime
    window_days: int = 30


@runtime_checkable
class Collector(Protocol):
    """Inspects the store and answers named evidence checks.

    ``id`` is stable; ``checks`` are the check ids it answers (``inventory.scan_recent``).
    ``collect`` never raises for a missing module: it returns NOT_INSTALLED results.
    """

    id: ClassVar[str]
    checks: ClassVar[tuple[str, ...]]

    def collect(self, session: Session, ctx: CollectContext) -> list[CheckResult]: ...


class ActivityStatus(enum.Enum):
    VERIFIED = "verified"  # platform evidence inside the window proves it
    DECLARED = "declared"  # answered at or above the threshold, with a link or attachment
    CLAIMED = "claimed"  # answered at or above the threshold, without any evidence
    PARTIAL = "partial"  # answered below the threshold but above zero
    STALE = "stale"  # platform evidence exists but has aged out (and no answer saves it)
    ABSENT = "absent"  # answered "no", or observable and nothing found
    UNANSWERED = "unanswered"

    @property
    def observed(self) -> bool:
        return self in (ActivityStatus.VERIFIED, ActivityStatus.DECLARED, ActivityStatus.CLAIMED)


@dataclass(frozen=True, slots=True)
class RiskRecord:
    """An open risk from an ARA register, as the maturity package sees it."""

    id: str
    title: str
    system: str
    status: str
    references: tuple[str, ...]
    record_type: str = "ara_risk"


@dataclass(frozen=True, slots=True)
class LinkedRisk:
    risk: RiskRecord
    shared: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ActivityResult:
    activity: Activity
    status: ActivityStatus
    answer: Answer | None
    checks: tuple[CheckResult, ...]
    linked_risks: tuple[LinkedRisk, ...] = ()

    @property
    def evidence_items(self) -> tuple[EvidenceItem, ...]:
        return tuple(i for c in self.checks for i in c.items)


@dataclass(frozen=True, slots=True)
class PracticeScore:
    """Activities observed per level for one practice (never a single overall score)."""

    practice: Practice
    per_level: Mapping[int, tuple[int, int, int]]  # level -> (verified, observed, total)

    @property
    def highest_complete_level(self) -> int:
        best = 0
        for level in (1, 2, 3):
            _v, observed, total = self.per_level.get(level, (0, 0, 0))
            if total and observed == total:
                best = level
            else:
                break
        return best


@dataclass(frozen=True, slots=True)
class FrameworkCoverage:
    framework: str
    item: FrameworkItem
    activities: tuple[str, ...]
    verified: tuple[str, ...]
    observed: tuple[str, ...]
    not_covered_reason: str | None = None

    @property
    def state(self) -> str:
        if self.not_covered_reason is not None or not self.activities:
            return "not covered"
        if self.verified:
            return "evidence"
        if self.observed:
            return "declared"
        return "no evidence"


@dataclass(frozen=True, slots=True)
class RoadmapItem:
    phase: int
    activity: Activity
    status: ActivityStatus
    reason: str
    linked_risks: tuple[LinkedRisk, ...] = ()


@dataclass(frozen=True, slots=True)
class Assessment:
    catalog_version: int
    created_at: datetime
    org_size: OrgSize
    organisation: str | None
    window_days: int
    results: tuple[ActivityResult, ...]
    scores: tuple[PracticeScore, ...]
    coverage: Mapping[str, tuple[FrameworkCoverage, ...]]
    roadmap: tuple[RoadmapItem, ...]
    checks: tuple[CheckResult, ...]
    answers_path: str | None = None
    profile: Profile | None = None

    def result(self, activity_id: str) -> ActivityResult:
        for r in self.results:
            if r.activity.id == activity_id:
                return r
        raise KeyError(activity_id)

    @property
    def gaps(self) -> tuple[ActivityResult, ...]:
        return tuple(r for r in self.results if not r.status.observed)
