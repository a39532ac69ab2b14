"""An OpenAI- and Anthropic-compatible gateway that enforces guard policies.

    >>> from assura.gateway import create_gateway_app, load_gateway_policy
    >>> policies, settings = load_gateway_policy("policy.yaml")        # doctest: +SKIP
    >>> app = create_gateway_app(store, upstream_url="https://api.openai.com/v1",
    ...                          policy_set=policies, settings=settings)  # doctest: +SKIP

Inputs are scanned before anything reaches the provider (a block never does); streamed
output is released through a hold-back window only after the output scanners passed it;
client API keys are hashed at rest; every decision is stored, and block/redact/review
decisions go to the ledger. See ``docs/gateway.md``.
"""

from assura.gateway.app import create_gateway_app
from assura.gateway.config import (
    GatewaySettings,
    ReviewSettings,
    StreamSettings,
    UsageLimits,
    load_gateway_policy,
    parse_gateway_policy,
)
from assura.gateway.holdback import HoldBack
from assura.gateway.keys import KeyInfo, create_key, get_key, list_keys, load_pepper, revoke_key
from assura.gateway.proxy import HEADER, Gateway
from assura.gateway.service import decisions, usage_summary

__all__ = [
    "HEADER",
    "Gateway",
    "GatewaySettings",
    "HoldBack",
    "KeyInfo",
    "ReviewSettings",
    "StreamSettings",
    "UsageLimits",
    "create_gateway_app",
    "create_key",
    "decisions",
    "get_key",
    "list_keys",
    "load_gateway_policy",
    "load_pepper",
    "parse_gateway_policy",
    "revoke_key",
    "usage_summary",
]
