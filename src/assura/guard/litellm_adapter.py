"""The assura guard as a LiteLLM proxy custom guardrail.

LiteLLM loads custom guardrails from a file beside its ``config.yaml``; put a one-line
``assura_guardrail.py`` there (``from assura.guard.litellm_adapter import
AssuraGuardrail``) and configure::

    guardrails:
      - guardrail_name: assura-in
        litellm_params:
          guardrail: assura_guardrail.AssuraGuardrail
          mode: pre_call          # or during_call (moderation, in parallel) / post_call
          default_on: true

``ASSURA_GUARD_POLICY`` (a policy or policy-set YAML path) picks the policies; the app is
the key's team alias (or ``metadata.app``), the key its alias or hashed token. Hooks
follow LiteLLM's documented CustomGuardrail interface: ``async_pre_call_hook`` redacts
messages in place (the placeholder map travels in ``data['metadata']``) or raises an
HTTP 400 for block/review; ``async_moderation_hook`` can only reject;
``async_post_call_success_hook`` scans each choice, restores input placeholders, redacts
or rejects. ``on_decision(result, data)`` is called for every decision (e.g. to queue a
review). LiteLLM is imported only by this module, and only if installed.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from assura.guard.engine import Guard, GuardSet
from assura.guard.interface import Action, GuardResult
from assura.guard.policy import PolicySet, load_policy_set

__all__ = ["AssuraGuardrail", "GuardrailBlocked"]

try:  # LiteLLM is optional: without it the class still works when called directly.
    from litellm.integrations.custom_guardrail import (
        CustomGuardrail as _Base,  # type: ignore[import-not-found,unused-ignore]
    )
except ImportError:  # pragma: no cover - depends on the environment

    class _Base:  # type: ignore[no-redef]
        def __init__(self, **kwargs: Any) -> None:
            self.guardrail_name = kwargs.get("guardrail_name")
            self.event_hook = kwargs.get("event_hook")
            self.default_on = kwargs.get("default_on", True)


META_KEY = "assura_redactions"


class GuardrailBlocked(Exception):
    """Raised (as HTTP 400 inside the proxy) when the policy blocks or holds a call."""

    def __init__(self, result: GuardResult, where: str) -> None:
        self.result = result
        self.where = where
        super().__init__(result.message or f"blocked by assura guard ({where})")

    def detail(self) -> dict[str, Any]:
        return {
            "error": str(self),
            "assura": {"action": self.result.action.value, "where": self.where,
                       "scores": dict(self.result.scores), "triggered": list(self.result.triggered)},
        }  # fmt: skip


def _raise(result: GuardResult, where: str) -> None:
    exc = GuardrailBlocked(result, where)
    try:
        from fastapi import HTTPException
    except ImportError:  # pragma: no cover
        raise exc from None
    raise HTTPException(status_code=400, detail=exc.detail()) from exc


class AssuraGuardrail(_Base):  # type: ignore[misc,unused-ignore]
    def __init__(
        self,
        policies: PolicySet | None = None,
        *,
        policy_file: str | None = None,
        on_decision: Callable[[GuardResult, dict[str, Any]], None] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        path = policy_file or os.environ.get("ASSURA_GUARD_POLICY")
        if policies is None and path:
            policies = load_policy_set(path)
        self.guards = GuardSet(policies)
        self.on_decision = on_decision

    # -- helpers ------------------------------------------------------------------------
    def _guard(self, user_api_key_dict: Any, data: dict[str, Any]) -> Guard:
        meta = data.get("metadata") or {}
        app = meta.get("app") or getattr(user_api_key_dict, "team_alias", None)
        key = getattr(user_api_key_dict, "key_alias", None) or getattr(
            user_api_key_dict, "api_key", None
        )
        return self.guards.guard(app=app, key=key)

    def _decided(self, result: GuardResult, data: dict[str, Any], where: str) -> None:
        if self.on_decision is not None:
            self.on_decision(result, data)
        if result.action in (Action.BLOCK, Action.REVIEW):
            _raise(result, where)

    # -- LiteLLM hooks ------------------------------------------------------------------
    async def async_pre_call_hook(
        self, user_api_key_dict: Any, cache: Any, data: dict[str, Any], call_type: str
    ) -> dict[str, Any]:
        msgs = data.get("messages")
        text = data.get("prompt") if msgs is None else None
        if msgs is None and not isinstance(text, str):
            return data
        guard = self._guard(user_api_key_dict, data)
        res = await guard.ascan_input(msgs if msgs is not None else str(text))
        self._decided(res, data, "input")
        if res.action is Action.REDACT:
            if res.messages is not None:
                data["messages"] = [dict(m) for m in res.messages]
            else:
                data["prompt"] = res.text
            meta = data.setdefault("metadata", {})
            meta[META_KEY] = {**meta.get(META_KEY, {}), **res.redactions}
        return data

    async def async_moderation_hook(
        self, data: dict[str, Any], user_api_key_dict: Any, call_type: str
    ) -> None:
        msgs = data.get("messages")
        if msgs is None:
            return
        res = await self._guard(user_api_key_dict, data).ascan_input(msgs)
        self._decided(res, data, "input")

    async def async_post_call_success_hook(
        self, data: dict[str, Any], user_api_key_dict: Any, response: Any
    ) -> Any:
        guard = self._guard(user_api_key_dict, data)
        redactions = (data.get("metadata") or {}).get(META_KEY) or {}
        for choice in getattr(response, "choices", None) or []:
            message: Any = getattr(choice, "message", None)
            content = getattr(message, "content", None)
            if message is None or not isinstance(content, str):
                continue
            res = await guard.ascan_output(content, redactions=redactions)
            self._decided(res, data, "output")
            if res.text != content:
                message.content = res.text
        return response
