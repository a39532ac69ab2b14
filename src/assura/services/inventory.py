"""Inventory scans in the store: save, list, load and compare."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from assura import __version__
from assura.findings import Location
from assura.inventory import Component, ComponentKind, InventoryResult, component_dict
from assura.services.scans import add_findings, audit, get_scan
from assura.store.base import utcnow
from assura.store.tables import ComponentRow, ScanRow, SystemRow

__all__ = ["InventoryDiff", "components_of", "diff_scans", "record_inventory"]


def record_inventory(
    session: Session, result: InventoryResult, *, actor: str | None = None
) -> ScanRow:
    """Save an inventory result (systems, components, findings) in the caller's transaction."""
    counts: dict[str, int] = {}
    for _, c in result.components:
        counts[c.kind.value] = counts.get(c.kind.value, 0) + 1
    summary = {
        "components": len(result.components),
        "by_kind": counts,
        "systems": len(result.systems),
        "files": result.files_scanned,
        "skipped": len(result.skipped),
        "seconds": round(result.duration_s, 3),
    }
    scan = ScanRow(
        kind="inventory",
        target=result.target,
        finished_at=utcnow(),
        tool_version=__version__,
        summary=summary,
    )
    session.add(scan)
    for s in result.systems:
        scan.systems.append(SystemRow(name=s.name, root=s.root))
    for i, (system, c) in enumerate(result.components):
        d = component_dict(c)
        scan.components.append(
            ComponentRow(
                seq=i,
                system=system,
                kind=d["kind"],
                name=c.name,
                version=c.version,
                provider=c.provider,
                confidence=c.confidence,
                evidence=d["evidence"],
                properties=d.get("properties", {}),
            )
        )
    add_findings(scan, result.findings)
    session.flush()
    audit(
        session,
        action="inventory.scan",
        resource=f"scan:{scan.id}",
        data={"target": result.target, **summary},
    )
    return scan


@dataclass(frozen=True)
class InventoryDiff:
    """What AI appeared or disappeared between two scans."""

    before: str
    after: str
    added: list[dict[str, Any]]
    removed: list[dict[str, Any]]
    changed: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "before": self.before,
            "after": self.after,
            "added": self.added,
            "removed": self.removed,
            "changed": self.changed,
        }


def diff_scans(session: Session, scan_a: str, scan_b: str) -> InventoryDiff:
    a = get_scan(session, scan_a, kind="inventory")
    b = get_scan(session, scan_b, kind="inventory")

    def index(scan: ScanRow) -> dict[tuple[str, str, str], ComponentRow]:
        return {(c.system, c.kind, c.name.lower().replace("_", "-")): c for c in scan.components}

    ia, ib = index(a), index(b)

    def brief(c: ComponentRow) -> dict[str, Any]:
        return {
            "system": c.system,
            "kind": c.kind,
            "name": c.name,
            "version": c.version,
            "provider": c.provider,
        }

    added = [brief(ib[k]) for k in sorted(ib.keys() - ia.keys())]
    removed = [brief(ia[k]) for k in sorted(ia.keys() - ib.keys())]
    changed = [
        {**brief(ib[k]), "version_before": ia[k].version}
        for k in sorted(ia.keys() & ib.keys())
        if (ia[k].version or "") != (ib[k].version or "")
    ]
    return InventoryDiff(a.id, b.id, added, removed, changed)


def components_of(scan: ScanRow) -> list[tuple[str, Component]]:
    """A saved inventory scan's components, as the analyser's own type (for exports)."""
    out = []
    for c in scan.components:
        evidence = tuple(Location(e["path"], e.get("line")) for e in c.evidence)
        comp = Component(
            ComponentKind(c.kind),
            c.name,
            evidence,
            c.version,
            c.provider,
            c.confidence,
            dict(c.properties),
        )
        out.append((c.system, comp))
    return out


def traffic_components(session: Session) -> list[tuple[str, Component]]:
    """The third-party AI actually used through the gateway, as inventory components.

    One ``service`` per provider and one ``model`` per model, each under the AI system
    named by the calling application (or the key when no application is set); evidence
    points at the gateway usage records (``gateway:key/<name>``).
    """
    from assura.gateway import usage_summary

    merged: dict[tuple[str, str, str], Component] = {}
    for row in usage_summary(session):
        system = row["app"] or row["key"] or "gateway"
        provider = row["provider"] or None
        for kind, name in ((ComponentKind.SERVICE, provider), (ComponentKind.MODEL, row["model"])):
            if not name:
                continue
            where: tuple[Location, ...] = (Location(f"gateway:key/{row['key']}"),)
            requests = int(row["requests"])
            prev = merged.get((system, kind.value, name))
            if prev is not None:
                requests += int(prev.properties["requests"])
                where = tuple(dict.fromkeys(prev.evidence + where))
            props = {"source": "gateway", "requests": requests, "last_seen": row["last_seen"]}
            merged[(system, kind.value, name)] = Component(
                kind, name, where, provider=provider, confidence=1.0, properties=props
            )
    return [(system, c) for (system, _, _), c in sorted(merged.items())]
