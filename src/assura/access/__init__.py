"""Least-privilege access: principals, API tokens, roles (Casbin RBAC with domains).

Deny by default; sensitive actions need a second approver; every decision is logged in
the ledger. ``assura.access.api_deps.require(permission)`` guards HTTP routes.
"""

from assura.access.review import PrincipalReview, access_review, review_grants
from assura.access.roles import PERMISSIONS, ROLES, SENSITIVE, TOXIC_COMBINATIONS
from assura.access.service import (
    Decision,
    Principal,
    add_principal,
    approve,
    authenticate,
    check,
    create_token,
    grant,
    raise_if_denied,
    revoke,
    revoke_token,
)

__all__ = [
    "PERMISSIONS",
    "ROLES",
    "SENSITIVE",
    "TOXIC_COMBINATIONS",
    "Decision",
    "Principal",
    "PrincipalReview",
    "access_review",
    "add_principal",
    "approve",
    "authenticate",
    "check",
    "create_token",
    "grant",
    "raise_if_denied",
    "review_grants",
    "revoke",
    "revoke_token",
]
