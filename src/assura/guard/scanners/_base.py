"""Helpers the built-in scanners share: building findings and masking values."""

from __future__ import annotations

from typing import Any

from assura.findings import Finding, Severity

__all__ = ["finding", "mask"]


def mask(value: str, keep: int = 4) -> str:
    """``sk-proj-…WXYZ``-style mask: never the whole value, at most ``keep`` chars at the end."""
    v = value.strip()
    if len(v) <= keep * 2:
        return "*" * len(v)
    return f"{v[:keep]}…{v[-keep:]}" if len(v) > 16 else f"…{v[-keep:]}"


def finding(
    rule_id: str,
    severity: Severity,
    message: str,
    *,
    scanner: str,
    label: str,
    score: float,
    references: tuple[str, ...] = (),
    span: tuple[int, int] | None = None,
    **data: Any,
) -> Finding:
    extra: dict[str, Any] = {"scanner": scanner, "label": label, "score": round(score, 4)}
    if span is not None:
        extra["span"] = [span[0], span[1]]
    extra.update({k: v for k, v in data.items() if v is not None})
    return Finding(
        rule_id=rule_id,
        severity=severity,
        message=message,
        references=references,
        confidence=round(max(0.0, min(1.0, score)), 4),
        data=extra,
    )
