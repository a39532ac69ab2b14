"""Collectors for modules that are not in the store yet (guard, review).

They answer every check with NOT_INSTALLED ("not observable yet") until the module's
tables exist; then, until a real collector replaces them, they say the module is there
but not read, so an assessment never fails because a part of the platform is missing.
"""

from __future__ import annotations

from typing import ClassVar

from sqlalchemy.orm import Session

from assura.maturity.collectors._base import has_tables, not_installed
from assura.maturity.interface import CheckResult, CheckState, CollectContext

__all__ = ["GuardCollector", "PendingCollector", "ReviewCollector"]


class PendingCollector:
    id: ClassVar[str] = "pending"
    checks: ClassVar[tuple[str, ...]] = ()
    module: ClassVar[str] = ""
    tables: ClassVar[tuple[str, ...]] = ()

    def collect(self, session: Session, ctx: CollectContext) -> list[CheckResult]:
        if not self.tables or not has_tables(session, *self.tables):
            return not_installed(self.checks, self.module)
        msg = f"not observable yet ({self.module} module installed; its evidence is not read by this version)"
        return [CheckResult(c, CheckState.NOT_INSTALLED, msg) for c in self.checks]


class GuardCollector(PendingCollector):
    id: ClassVar[str] = "guard"
    checks: ClassVar[tuple[str, ...]] = ("guard.deployed",)
    module: ClassVar[str] = "guard"
    tables: ClassVar[tuple[str, ...]] = ("guard_decisions",)


class ReviewCollector(PendingCollector):
    id: ClassVar[str] = "review"
    checks: ClassVar[tuple[str, ...]] = ("review.queue_worked", "review.deployment_approved")
    module: ClassVar[str] = "review"
    tables: ClassVar[tuple[str, ...]] = ("review_items",)
