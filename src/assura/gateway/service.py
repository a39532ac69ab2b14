"""Reading what the gateway recorded: decisions, and usage per key and model (the
third-party AI actually in use, for the inventory)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assura.store.tables.gateway import GatewayDecisionRow as D

__all__ = ["decisions", "usage_summary"]


def usage_summary(session: Session) -> list[dict[str, Any]]:
    """Requests and tokens per key, provider and model, with blocked calls counted."""
    q = (
        select(
            D.key_name,
            D.app,
            D.provider,
            D.model,
            func.count(D.id),
            func.coalesce(func.sum(D.prompt_tokens), 0),
            func.coalesce(func.sum(D.completion_tokens), 0),
            func.min(D.ts),
            func.max(D.ts),
        )  # fmt: skip
        .where(D.route != "models")
        .group_by(D.key_name, D.app, D.provider, D.model)
        .order_by(D.key_name, D.provider, D.model)
    )
    blocked = {
        (r[0], r[1], r[2]): r[3]
        for r in session.execute(
            select(D.key_name, D.provider, D.model, func.count(D.id))
            .where(D.action.in_(("block", "deny")))
            .group_by(D.key_name, D.provider, D.model)
        )
    }
    return [
        {
            "key": k,
            "app": app,
            "provider": p,
            "model": m,
            "requests": n,
            "prompt_tokens": int(pt),
            "completion_tokens": int(ct),
            "blocked": blocked.get((k, p, m), 0),
            "first_seen": first.isoformat() if first else None,
            "last_seen": last.isoformat() if last else None,
        }  # fmt: skip
        for k, app, p, m, n, pt, ct, first, last in session.execute(q)
    ]


def decisions(
    session: Session, *, limit: int = 100, action: str | None = None
) -> list[dict[str, Any]]:
    q = select(D).order_by(D.ts.desc()).limit(limit)
    if action:
        q = q.where(D.action == action)
    return [
        {
            "id": r.id,
            "ts": r.ts.isoformat(),
            "key": r.key_name,
            "app": r.app,
            "route": r.route,
            "model": r.model,
            "provider": r.provider,
            "policy": r.policy,
            "stream": r.stream,
            "action": r.action,
            "input": r.input_action,
            "output": r.output_action,
            "rule": r.rule,
            "input_scan": r.input_scan,
            "output_scan": r.output_scan,
            "status": r.status_code,
            "prompt_tokens": r.prompt_tokens,
            "completion_tokens": r.completion_tokens,
            "overhead_ms": r.overhead_us / 1000,
            "review_id": r.review_id,
            "detail": r.detail,
        }  # fmt: skip
        for r in session.scalars(q)
    ]
