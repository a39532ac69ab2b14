"""Least-privilege review: what each principal may do vs what the ledger shows it did.

``review_grants`` is pure: it takes the bindings and the permissions used (from
``authz.decision`` entries that allowed) and returns per principal the unused
permissions, wholly unused role bindings, and toxic combinations held.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from assura.access.enforcer import domains_overlap
from assura.access.roles import TOXIC_COMBINATIONS, role_permissions
from assura.access.service import bindings_of, list_principals
from assura.ledger import iter_events

__all__ = ["PrincipalReview", "Toxic", "access_review", "review_grants"]


@dataclass(frozen=True)
class Toxic:
    first: str
    second: str
    why: str
    domain: str


@dataclass(frozen=True)
class PrincipalReview:
    principal: str
    bindings: tuple[tuple[str, str], ...]  # (role, domain)
    granted: int
    used: tuple[str, ...]  # "perm@domain"
    unused_roles: tuple[tuple[str, str], ...]
    unused_permissions: tuple[str, ...]  # "perm@binding-domain"
    toxic: tuple[Toxic, ...]


def review_grants(
    bindings: Iterable[tuple[str, str, str]],
    used: Mapping[str, set[tuple[str, str]]],
    principals: Iterable[str] = (),
) -> list[PrincipalReview]:
    """``bindings``: (principal, role, domain); ``used``: principal → {(permission, domain)}."""
    per: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name, role, domain in bindings:
        per[name].append((role, domain))
    for name in principals:
        per.setdefault(name, [])
    out: list[PrincipalReview] = []
    for name in sorted(per):
        held: dict[tuple[str, str], set[str]] = {b: set(role_permissions(b[0])) for b in per[name]}
        did = used.get(name, set())

        def used_in(perm: str, domain: str, did: set[tuple[str, str]] = did) -> bool:
            return any(p == perm and domains_overlap(d, domain) for p, d in did)

        unused_roles = tuple(
            sorted(b for b, perms in held.items() if not any(used_in(p, b[1]) for p in perms))
        )
        unused = sorted(
            {f"{p}@{b[1]}" for b, perms in held.items() for p in perms if not used_in(p, b[1])}
        )
        toxic: list[Toxic] = []
        for first, second, why in TOXIC_COMBINATIONS:
            a = [b[1] for b, perms in held.items() if first in perms]
            c = [b[1] for b, perms in held.items() if second in perms]
            common = sorted({x if x != "*" else y for x in a for y in c if domains_overlap(x, y)})
            toxic.extend(Toxic(first, second, why, d) for d in common)
        out.append(
            PrincipalReview(
                principal=name,
                bindings=tuple(sorted(per[name])),
                granted=len(set().union(*held.values())) if held else 0,
                used=tuple(sorted(f"{p}@{d}" for p, d in did)),
                unused_roles=unused_roles,
                unused_permissions=tuple(unused),
                toxic=tuple(toxic),
            )
        )
    return out


def access_review(
    session: Session, *, days: int = 90, now: datetime | None = None
) -> list[PrincipalReview]:
    """Review every principal against the allowed decisions the ledger holds for the window."""
    since = (now or datetime.now(UTC)) - timedelta(days=days)
    used: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for e in iter_events(session, action="authz.decision", since=since):
        if e.data.get("decision") == "allow":
            used[e.actor].add((str(e.data.get("permission")), str(e.data.get("domain", "*"))))
    return review_grants(bindings_of(session), used, [p.name for p in list_principals(session)])
