"""Per-request context: who called, which policy applies, and turning guard results into
gateway verdicts (rule names, error bodies, fail-open bypasses)."""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from typing import Any

from assura.gateway.config import UsageLimits
from assura.gateway.keys import KeyInfo
from assura.gateway.recorder import Decision
from assura.guard import Action, Guard, GuardResult

__all__ = ["Ctx", "Verdict", "error_body", "provider_of", "verdict"]

_PROVIDERS = (
    (("gpt-", "o1", "o3", "o4", "chatgpt", "text-embedding", "davinci", "babbage", "dall-e",
      "whisper", "tts-", "omni-moderation", "computer-use"), "openai"),
    (("claude",), "anthropic"),
    (("gemini", "gemma", "palm"), "google"),
    (("mistral", "mixtral", "codestral", "ministral", "pixtral"), "mistral"),
    (("llama", "meta-llama"), "meta"),
    (("command", "embed-"), "cohere"),
    (("deepseek",), "deepseek"),
    (("grok",), "xai"),
    (("qwen",), "alibaba"),
)  # fmt: skip


def provider_of(model: str | None, route: str, default: str | None = None) -> str:
    """The provider a model id belongs to (``provider/model`` wins, then known prefixes)."""
    if default:
        return default
    m = (model or "").lower()
    if "/" in m:
        return m.split("/", 1)[0]
    for prefixes, name in _PROVIDERS:
        if m.startswith(prefixes):
            return name
    return "anthropic" if route == "messages" else "openai-compatible"


@dataclass
class Ctx:
    route: str
    key: KeyInfo | None
    guard: Guard
    limits: UsageLimits
    decision: Decision
    input_map: dict[str, str] = field(default_factory=dict)
    input_messages: list[dict[str, Any]] = field(default_factory=list)

    @property
    def app(self) -> str | None:
        return self.key.app if self.key else None

    def model_allowed(self, model: str | None, provider: str) -> str | None:
        """Why the key may not use this model/provider, or ``None``."""
        lim = self.limits
        if lim.allowed_providers is not None and provider not in lim.allowed_providers:
            return f"provider {provider!r} is not allowed for this key"
        if lim.allowed_models is not None and not any(
            fnmatch.fnmatchcase(model or "", pat) for pat in lim.allowed_models
        ):
            return f"model {model!r} is not allowed for this key"
        return None


@dataclass(frozen=True)
class Verdict:
    action: Action
    rule: str | None
    message: str | None
    bypasses: tuple[str, ...]


def verdict(res: GuardResult, direction: str) -> Verdict:
    """The action, the rule that decided it (``input.secrets``) and fail-open bypasses.

    The rule names the scanner and, for a label-specific action, the label; it never
    carries any of the matched text."""
    bypasses = tuple(f"{direction}.{e.scanner}: {e.error}" for e in res.errors if not e.fail_closed)
    failed = {e.scanner for e in res.errors if e.fail_closed}
    rule = None
    for o in res.outcomes:
        if o.triggered and o.action is res.action:
            rule = f"{direction}.{o.scanner}"
            if o.scanner in failed:
                rule += ".scanner_error"
            break
    return Verdict(res.action, rule, res.message, bypasses)


def error_body(
    route: str, rule: str, message: str, *, kind: str = "policy_violation"
) -> dict[str, Any]:
    """An OpenAI-style error object (Anthropic-style on ``/v1/messages``)."""
    text = f"{message} (rule: {rule})"
    if route == "messages":
        return {"type": "error", "error": {"type": kind, "message": text, "code": rule}}
    return {"error": {"message": text, "type": kind, "code": rule, "param": None}}
