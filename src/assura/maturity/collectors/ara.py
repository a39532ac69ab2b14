"""Evidence from architecture risk analysis: an ARA per system, reviewed; open risks.

Reads the ARA module's tables (``ara_systems``, ``ara_analyses``, ``ara_decisions``):

- ``ara.assessed``: every system with a saved analysis has one inside the window;
- ``ara.reviewed``: in each such fresh analysis, every open high or critical risk has a
  current decision by a person (mitigated, or accepted and not expired);
- :meth:`AraCollector.risks`: the open, undecided risks of each system's latest register,
  with their references (OWASP, ATLAS, NIST AI RMF, ISO/IEC 42001 ...) for linking gaps.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from assura.maturity.collectors._base import aware, has_tables, is_fresh, not_installed
from assura.maturity.interface import (
    CheckResult,
    CheckState,
    CollectContext,
    EvidenceItem,
    RiskRecord,
)

__all__ = ["AraCollector"]

_TABLES = ("ara_systems", "ara_analyses", "ara_decisions")
_HIGH = ("high", "critical")


class AraCollector:
    id: ClassVar[str] = "ara"
    checks: ClassVar[tuple[str, ...]] = ("ara.assessed", "ara.reviewed")

    def collect(self, session: Session, ctx: CollectContext) -> list[CheckResult]:
        if not has_tables(session, *_TABLES):
            return not_installed(self.checks, "ara")
        latest = _latest(session)
        if not latest:
            msg = "no saved architecture risk analysis in the store"
            return [CheckResult(c, CheckState.MISSING, msg) for c in self.checks]
        items = []
        for system, row in latest.items():
            when = aware(row.created_at)
            open_n = row.summary.get("by_state", {}).get("applies", "?")
            items.append(
                EvidenceItem(
                    "ara_analysis", row.id, f"ARA of {system} (#{row.seq}): {open_n} open risk(s)", when,
                    is_fresh(when, ctx), system,
                )
            )  # fmt: skip
        stale = sorted(i.subject for i in items if not i.fresh)
        if stale:
            assessed = CheckResult(
                "ara.assessed", CheckState.STALE,
                f"{len(stale)} of {len(items)} system(s) have no ARA in the last {ctx.window_days} days: "
                + ", ".join(stale[:5]),
                tuple(items),
            )  # fmt: skip
        else:
            assessed = CheckResult(
                "ara.assessed", CheckState.SATISFIED,
                f"all {len(items)} system(s) have an ARA from the last {ctx.window_days} days", tuple(items),
            )  # fmt: skip
        return [assessed, self._reviewed(session, latest, items, ctx)]

    def _reviewed(
        self,
        session: Session,
        latest: dict[str, Any],
        items: list[EvidenceItem],
        ctx: CollectContext,
    ) -> CheckResult:
        fresh = [i for i in items if i.fresh]
        if not fresh:
            return CheckResult(
                "ara.reviewed",
                CheckState.STALE,
                f"no ARA in the last {ctx.window_days} days to review",
                tuple(items),
            )
        undecided: list[str] = []
        evidence: list[EvidenceItem] = []
        for item in fresh:
            row = latest[item.subject]
            decisions = _decisions(session, row.system_id, ctx.now)
            high = [
                r
                for r in row.register.get("risks", [])
                if r.get("state") == "applies" and r.get("severity") in _HIGH
            ]
            missing = [r for r in high if r.get("key") not in decisions]
            undecided.extend(f"{item.subject}:{r.get('id')}" for r in missing)
            evidence.append(item)
            evidence.extend(
                EvidenceItem(
                    "ara_decision",
                    d_id,
                    f"{state} risk in {item.subject}",
                    when,
                    is_fresh(when, ctx),
                    item.subject,
                )
                for key, (d_id, state, when) in sorted(decisions.items())
                if any(r.get("key") == key for r in high)
            )
        if undecided:
            return CheckResult(
                "ara.reviewed", CheckState.MISSING,
                f"{len(undecided)} open high/critical risk(s) have no decision: {', '.join(undecided[:5])}",
                tuple(evidence),
            )  # fmt: skip
        return CheckResult(
            "ara.reviewed", CheckState.SATISFIED,
            f"every open high/critical risk in {len(fresh)} fresh ARA(s) has a current decision", tuple(evidence),
        )  # fmt: skip

    def risks(self, session: Session, ctx: CollectContext) -> list[RiskRecord]:
        if not has_tables(session, *_TABLES):
            return []
        out = []
        for system, row in sorted(_latest(session).items()):
            decisions = _decisions(session, row.system_id, ctx.now)
            for r in row.register.get("risks", []):
                if r.get("state") != "applies" or r.get("key") in decisions:
                    continue
                refs = tuple(x for vals in (r.get("references") or {}).values() for x in vals)
                out.append(
                    RiskRecord(
                        str(r.get("id")), str(r.get("title")), system, "open", refs, "ara_risk"
                    )
                )
        return out


def _latest(session: Session) -> dict[str, Any]:
    """The newest saved analysis row per system name."""
    from assura.store.tables.ara import AraAnalysisRow, AraSystemRow

    rows = session.execute(
        select(AraSystemRow.name, AraAnalysisRow)
        .join(AraAnalysisRow, AraAnalysisRow.system_id == AraSystemRow.id)
        .order_by(AraAnalysisRow.seq.desc())
    )
    out: dict[str, Any] = {}
    for name, row in rows:
        out.setdefault(name, row)
    return out


def _decisions(
    session: Session, system_id: str, now: datetime
) -> dict[str, tuple[str, str, datetime | None]]:
    """Current decisions of a system by risk key: (decision id, state, decided at)."""
    from assura.store.tables.ara import AraDecisionRow

    out = {}
    for d in session.scalars(select(AraDecisionRow).where(AraDecisionRow.system_id == system_id)):
        expires = aware(d.expires_at)
        if d.state == "accepted" and expires is not None and expires < now:
            continue
        out[d.risk_key] = (d.id, d.state, aware(d.decided_at))
    return out
