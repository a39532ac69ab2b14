"""Gateway settings, read from the ``gateway:`` section of a policy file.

A gateway policy file is a guard policy (or policy set, see ``docs/guard.md``) with one
optional extra top-level section, ``gateway:``, which the guard library does not know::

    gateway:
      stream: {window_chars: 256, step_chars: 64}
      review: {mode: hold, timeout_s: 30, timeout_outcome: block,
               sample_rate: 0.0, sample_rates: {support-bot: 0.05}}
      usage: {allowed_models: ["gpt-4o*"], allowed_providers: [openai],
              max_requests_per_minute: 600, max_tokens: 5000000}

The section is blanked out line by line before the rest goes to
:func:`assura.guard.parse_policy_set`, so its error messages keep their line numbers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assura.errors import InputNotFound, ParseError
from assura.guard import PolicySet, parse_policy_set

__all__ = [
    "GatewaySettings",
    "ReviewSettings",
    "StreamSettings",
    "UsageLimits",
    "load_gateway_policy",
    "parse_gateway_policy",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class StreamSettings(_Model):
    window_chars: int = Field(
        256, ge=0, le=65536, description="tail held back until the output scanners pass it"
    )
    step_chars: int = Field(64, ge=1, le=65536, description="scan again after this many new chars")


class ReviewSettings(_Model):
    mode: Literal["hold", "after"] = Field(
        "hold", description="hold the call until a decision, or answer and review after"
    )
    timeout_s: float = Field(30.0, gt=0, le=86400)
    timeout_outcome: Literal["block", "allow"] = "block"
    poll_s: float = Field(0.2, gt=0, le=60)
    sample_rate: float = Field(0.0, ge=0, le=1, description="share of unflagged calls sampled")
    sample_rates: dict[str, float] = Field(default_factory=dict, description="per application")

    def rate_for(self, app: str | None) -> float:
        if app is not None and app in self.sample_rates:
            return self.sample_rates[app]
        return self.sample_rate


class UsageLimits(_Model):
    allowed_models: list[str] | None = Field(None, description="glob patterns; None: any")
    allowed_providers: list[str] | None = None
    max_requests_per_minute: int | None = Field(None, ge=1)
    max_tokens: int | None = Field(None, ge=1, description="total token budget of a key")


class GatewaySettings(_Model):
    stream: StreamSettings = Field(default_factory=StreamSettings)
    review: ReviewSettings = Field(default_factory=ReviewSettings)
    usage: UsageLimits = Field(default_factory=UsageLimits)
    require_key: bool = True
    key_cache_s: float = Field(2.0, ge=0, description="how long a verified key is trusted")
    inline_scan_chars: int = Field(
        4096, ge=0, description="scan texts up to this size on the event loop, larger in a thread"
    )


def _split(text: str, name: str) -> tuple[str, dict[str, object] | None]:
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return text, None  # the guard parser reports it with its line
    if not isinstance(node, yaml.MappingNode):
        return text, None
    for k, v in node.value:
        if isinstance(k, yaml.ScalarNode) and k.value == "gateway":
            lines = text.splitlines(keepends=True)
            first, last = k.start_mark.line, v.end_mark.line
            if v.end_mark.column == 0:
                last -= 1
            section = "".join(lines[first : last + 1])
            for i in range(first, min(last + 1, len(lines))):
                lines[i] = "\n"
            data = yaml.safe_load(section) or {}
            gw = data.get("gateway") if isinstance(data, dict) else None
            if gw is not None and not isinstance(gw, dict):
                raise ParseError("gateway: must be a mapping", path=name, line=first + 1)
            return "".join(lines), gw or {}
    return text, None


def parse_gateway_policy(text: str, *, name: str = "<policy>") -> tuple[PolicySet, GatewaySettings]:
    """Split a policy file into the guard policy set and the gateway settings."""
    rest, section = _split(text, name)
    policies = parse_policy_set(rest, name=name) if rest.strip() else PolicySet()
    try:
        settings = GatewaySettings.model_validate(section or {})
    except ValidationError as exc:
        err = exc.errors()[0]
        where = "gateway." + ".".join(str(p) for p in err["loc"])
        msg = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
        raise ParseError(f"{where}: {msg}", path=name) from None
    return policies, settings


def load_gateway_policy(path: str | Path | None) -> tuple[PolicySet, GatewaySettings]:
    """Read a policy file (``None``: the built-in default policy, default settings)."""
    if path is None:
        return PolicySet(), GatewaySettings()
    p = Path(path)
    if not p.is_file():
        raise InputNotFound(f"policy file not found: {p}")
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ParseError(f"cannot read: {exc}", path=str(p)) from None
    return parse_gateway_policy(text, name=str(p))
