"""Evidence collectors: each inspects the store and answers named evidence checks.

Built-ins register through :func:`default_registry`; a registry is passed to the service,
never kept as a module global. Adding a collector is adding a module and a test.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol, runtime_checkable

from sqlalchemy.orm import Session

from assura.maturity.collectors.access import AccessCollector
from assura.maturity.collectors.ara import AraCollector
from assura.maturity.collectors.inventory import InventoryCollector
from assura.maturity.collectors.ledger import LedgerCollector
from assura.maturity.collectors.pending import GuardCollector, ReviewCollector
from assura.maturity.collectors.scans import ArtifactsCollector, CodescanCollector
from assura.maturity.interface import CollectContext, Collector, RiskRecord

__all__ = ["CollectorRegistry", "RiskSource", "default_registry"]


@runtime_checkable
class RiskSource(Protocol):
    """A collector that can also list risks from the platform's risk registers."""

    def risks(self, session: Session, ctx: CollectContext) -> list[RiskRecord]: ...


class CollectorRegistry:
    """Collectors by id; ``checks`` maps every check id to the collector answering it."""

    def __init__(self, collectors: Iterable[Collector] = ()) -> None:
        self._by_id: dict[str, Collector] = {}
        for c in collectors:
            self.add(c)

    def add(self, collector: Collector) -> None:
        if collector.id in self._by_id:
            raise ValueError(f"collector {collector.id!r} registered twice")
        for check in collector.checks:
            owner = self.owner(check)
            if owner is not None:
                raise ValueError(
                    f"check {check!r} answered by both {owner.id!r} and {collector.id!r}"
                )
        self._by_id[collector.id] = collector

    def owner(self, check: str) -> Collector | None:
        return next((c for c in self._by_id.values() if check in c.checks), None)

    @property
    def checks(self) -> frozenset[str]:
        return frozenset(ch for c in self._by_id.values() for ch in c.checks)

    def __iter__(self) -> Iterator[Collector]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)


def default_registry() -> CollectorRegistry:
    return CollectorRegistry(
        [
            InventoryCollector(),
            ArtifactsCollector(),
            CodescanCollector(),
            AraCollector(),
            LedgerCollector(),
            GuardCollector(),
            ReviewCollector(),
            AccessCollector(),
        ]
    )
