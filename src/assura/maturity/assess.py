"""The assessor: catalog + answers + platform evidence (+ open risks) -> Assessment. Pure.

Status of an activity, in order of strength:

1. every evidence check of the activity is satisfied inside the window -> VERIFIED
2. an answer at or above the catalog's threshold -> DECLARED (with a link or attachment)
   or CLAIMED (without one); a lower non-zero answer -> PARTIAL; "no" -> ABSENT
3. no answer: evidence that aged out -> STALE; the module holds nothing -> ABSENT;
   otherwise UNANSWERED

There is no overall score: the scorecard counts observed activities per level and practice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from assura.maturity.interface import (
    Activity,
    ActivityResult,
    ActivityStatus,
    Answer,
    AnswersFile,
    Assessment,
    Catalog,
    CheckResult,
    CheckState,
    FrameworkCoverage,
    LinkedRisk,
    OrgSize,
    PracticeScore,
    RiskRecord,
    RoadmapItem,
)

__all__ = ["CLOSED_RISK_STATES", "assess", "coverage", "link_risks", "roadmap", "scorecard"]

CLOSED_RISK_STATES = frozenset(
    {"closed", "mitigated", "accepted", "resolved", "false_positive", "transferred"}
)


def assess(
    catalog: Catalog,
    answers: AnswersFile | None,
    checks: Mapping[str, CheckResult],
    *,
    org_size: OrgSize,
    now: datetime,
    window_days: int,
    risks: Sequence[RiskRecord] = (),
) -> Assessment:
    """Score every activity of ``catalog`` and derive scorecard, coverage and roadmap."""
    given = dict(answers.answers) if answers is not None else {}
    open_risks = [r for r in risks if r.status.lower() not in CLOSED_RISK_STATES]
    results = []
    for activity in catalog.activities:
        act_checks = tuple(checks[c] for c in activity.evidence if c in checks)
        status = _status(catalog, activity, given.get(activity.id), act_checks)
        linked = link_risks(activity, open_risks) if not status.observed else ()
        results.append(ActivityResult(activity, status, given.get(activity.id), act_checks, linked))
    results_t = tuple(results)
    return Assessment(
        catalog_version=catalog.version,
        created_at=now,
        org_size=org_size,
        organisation=answers.organisation if answers is not None else None,
        window_days=window_days,
        results=results_t,
        scores=scorecard(catalog, results_t),
        coverage=coverage(catalog, results_t),
        roadmap=roadmap(catalog, results_t, org_size),
        checks=tuple(checks[k] for k in sorted(checks)),
        answers_path=answers.path if answers is not None else None,
        profile=catalog.profiles.get(org_size),
    )


def _status(
    catalog: Catalog, activity: Activity, answer: Answer | None, checks: tuple[CheckResult, ...]
) -> ActivityStatus:
    if activity.evidence and len(checks) == len(activity.evidence):
        if all(c.state is CheckState.SATISFIED for c in checks):
            return ActivityStatus.VERIFIED
    if answer is not None:
        if answer.value >= catalog.observed_threshold:
            return ActivityStatus.DECLARED if answer.evidence else ActivityStatus.CLAIMED
        return ActivityStatus.PARTIAL if answer.value > 0 else ActivityStatus.ABSENT
    states = {c.state for c in checks}
    if CheckState.STALE in states:
        return ActivityStatus.STALE
    if states & {CheckState.MISSING, CheckState.SATISFIED}:
        return ActivityStatus.ABSENT
    return ActivityStatus.UNANSWERED


def link_risks(activity: Activity, risks: Sequence[RiskRecord]) -> tuple[LinkedRisk, ...]:
    """Open risks that ``activity`` would help mitigate, judged by shared references.

    A shared risk reference from ``addresses`` (OWASP LLM/agentic/ML Top 10, ATLAS) links
    on its own; framework ids (NIST AI RMF, ISO/IEC 42001 ...) are broad, so they link
    only when at least two are shared. Strongest links first.
    """
    strong_refs = set(activity.addresses)
    refs = activity.refs()
    scored = []
    for risk in risks:
        shared = tuple(sorted(refs.intersection(risk.references)))
        strong = strong_refs.intersection(shared)
        if strong or len(shared) >= 2:
            scored.append(
                (-len(strong), -len(shared), risk.system, risk.id, LinkedRisk(risk, shared))
            )
    scored.sort(key=lambda t: t[:4])
    return tuple(t[4] for t in scored)


def scorecard(catalog: Catalog, results: Sequence[ActivityResult]) -> tuple[PracticeScore, ...]:
    by_id = {r.activity.id: r for r in results}
    scores = []
    for practice in catalog.practices:
        per_level: dict[int, tuple[int, int, int]] = {}
        for level in (1, 2, 3):
            acts = [a for a in practice.activities if a.level == level]
            if not acts:
                continue
            verified = sum(1 for a in acts if by_id[a.id].status is ActivityStatus.VERIFIED)
            observed = sum(1 for a in acts if by_id[a.id].status.observed)
            per_level[level] = (verified, observed, len(acts))
        scores.append(PracticeScore(practice, per_level))
    return tuple(scores)


def coverage(
    catalog: Catalog, results: Sequence[ActivityResult]
) -> dict[str, tuple[FrameworkCoverage, ...]]:
    """Per framework item: the activities mapped to it and which of them are observed."""
    out: dict[str, tuple[FrameworkCoverage, ...]] = {}
    for fw, items in catalog.frameworks.items():
        rows = []
        nc = catalog.not_covered.get(fw, {})
        for item in items:
            mapped = [r for r in results if item.id in r.activity.frameworks.get(fw, ())]
            rows.append(
                FrameworkCoverage(
                    framework=fw,
                    item=item,
                    activities=tuple(r.activity.id for r in mapped),
                    verified=tuple(
                        r.activity.id for r in mapped if r.status is ActivityStatus.VERIFIED
                    ),
                    observed=tuple(r.activity.id for r in mapped if r.status.observed),
                    not_covered_reason=nc.get(item.id),
                )
            )
        out[fw] = tuple(rows)
    return out


def roadmap(
    catalog: Catalog, results: Sequence[ActivityResult], org_size: OrgSize
) -> tuple[RoadmapItem, ...]:
    """Gaps in the size's baseline, in phases: the profile's firsts, then level 1, then 2-3."""
    profile = catalog.profiles[org_size]
    first = {a: i for i, a in enumerate(profile.first)}
    items = []
    for r in results:
        if r.status.observed or org_size not in r.activity.sizes and r.activity.id not in first:
            continue
        if r.activity.id in first:
            phase, reason = 1, f"first step for a {org_size.value} organisation"
        elif r.activity.level == 1:
            phase, reason = 2, f"level 1 of the {org_size.value} baseline"
        else:
            phase, reason = 3, f"level {r.activity.level} of the {org_size.value} baseline"
        if r.linked_risks:
            reason += f"; leaves {len(r.linked_risks)} open risk(s) unmitigated"
        items.append(RoadmapItem(phase, r.activity, r.status, reason, r.linked_risks))
    items.sort(
        key=lambda i: (
            i.phase,
            first.get(i.activity.id, len(first)),
            -len(i.linked_risks),
            i.activity.level,
            i.activity.id,
        )
    )
    return tuple(items)
