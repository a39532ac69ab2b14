"""Checks shared by the archive scanners: member names, links, bombs."""

from __future__ import annotations

import re

from assura.artifacts.interface import ScanContext
from assura.artifacts.rules import finding
from assura.findings import Finding, Severity

__all__ = ["bomb", "escapes", "link_finding", "name_finding"]

_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


def escapes(name: str) -> str | None:
    """Why extracting ``name`` would write outside the target folder, or None."""
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        return "absolute path"
    parts = re.split(r"[\\/]+", name)
    depth = 0
    for part in parts:
        if part == "..":
            depth -= 1
            if depth < 0:
                return "parent-folder traversal (../)"
        elif part not in ("", "."):
            depth += 1
    return None


def name_finding(ctx: ScanContext, name: str, kind: str) -> Finding | None:
    why = escapes(name)
    if why is None:
        return None
    return finding(
        "ART-ARC-001",
        Severity.HIGH,
        f"{kind} member {name!r} uses {why}: extracting it writes outside the destination folder",
        ctx.loc(member=name),
    )


def link_finding(ctx: ScanContext, name: str, target: str, hard: bool) -> Finding:
    kind = "hard link" if hard else "symbolic link"
    why = escapes(target) or ("absolute target" if target.startswith("/") else None)
    sev = Severity.HIGH if why else Severity.MEDIUM
    tail = f" ({why}): extraction can read or overwrite files outside the folder" if why else ""
    return finding(
        "ART-ARC-002",
        sev,
        f"archive member {name!r} is a {kind} to {target!r}{tail}",
        ctx.loc(member=name),
    )


def bomb(ctx: ScanContext, name: str, stored: int, unpacked: int) -> Finding | None:
    lim = ctx.limits
    if unpacked >= lim.bomb_min_bytes and stored > 0 and unpacked / stored >= lim.bomb_ratio:
        return finding(
            "ART-ARC-003",
            Severity.HIGH,
            f"member {name!r} expands {stored} bytes to {unpacked} bytes (ratio {unpacked / stored:.0f}): decompression bomb",
            ctx.loc(member=name),
        )
    return None
