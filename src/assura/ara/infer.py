"""Draft a system model from a repo's inventory and code-scan results.

The draft is for a person to correct: every inferred component and flow carries
``inferred_from`` evidence (file, line, detector or rule), and attributes the scanners
cannot see are left unknown. The shape follows the code: an app (the repo) that users
call; LLMs per provider/model; an agent when an agent framework is used; vector stores
with a document loader filling them; MCP servers; tools the code scan saw the model
reach (shell, code execution, SQL); model hubs for hub downloads; secrets.

Inputs are the public functions of the inventory and codescan packages; both are passed
in (defaults: ``assura.inventory.scan_path`` and ``assura.codescan.scan_path``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assura.ara.model import SystemModel
from assura.errors import InputNotFound, InvalidInput

__all__ = ["infer_system"]

_SELF_HOSTED = {
    "ollama",
    "vllm",
    "llama-cpp",
    "llama.cpp",
    "transformers",
    "huggingface-local",
    "local",
}
_SHELL_RULES = {
    "CODE-LLM-SHELL": "shell",
    "CODE-LLM-EXEC": "code_execution",
    "CODE-AGENT-OVERPRIV": "shell",
    "CODE-EXEC-DYNAMIC": "code_execution",
}
_PICKLE_RULES = {"CODE-UNSAFE-PICKLE", "CODE-TORCH-LOAD", "CODE-LC-DANGEROUS-OPTIN"}
_HUB_RULES = {"CODE-HUB-UNPINNED", "CODE-TRUST-REMOTE-CODE"}


@dataclass
class _Draft:
    comps: dict[str, dict[str, Any]] = field(default_factory=dict)
    flows: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)

    def comp(
        self, cid: str, ctype: str, name: str, ev: Sequence[dict[str, Any]] = (), **attrs: Any
    ) -> str:
        c = self.comps.setdefault(
            cid, {"id": cid, "type": ctype, "name": name, "inferred_from": []}
        )
        for k, v in attrs.items():
            if v is not None:
                if isinstance(v, list):
                    c[k] = sorted(set(c.get(k, [])) | set(v))
                else:
                    c.setdefault(k, v)
        _add_ev(c, ev)
        return cid

    def flow(
        self, src: str, dst: str, carries: Sequence[str], ev: Sequence[dict[str, Any]] = ()
    ) -> None:
        f = self.flows.setdefault(
            (src, dst), {"from": src, "to": dst, "carries": [], "inferred_from": []}
        )
        f["carries"] = sorted(set(f["carries"]) | set(carries))
        _add_ev(f, ev)


def _add_ev(target: dict[str, Any], ev: Iterable[dict[str, Any]]) -> None:
    have = target["inferred_from"]
    for e in ev:
        if e not in have and len(have) < 5:
            have.append(e)


def _slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return (s or "x")[:60]


def _ev(locs: Iterable[Any], detector: str) -> list[dict[str, Any]]:
    out = []
    for loc in list(locs)[:5]:
        e: dict[str, Any] = {"path": str(loc.path), "detector": detector}
        if getattr(loc, "line", None) is not None:
            e["line"] = loc.line
        out.append(e)
    return out


def infer_system(
    path: str | Path,
    *,
    name: str | None = None,
    inventory: Callable[[Path], Any] | None = None,
    codescan: Callable[[Path], Any] | None = None,
) -> SystemModel:
    """A draft :class:`SystemModel` for the repo at ``path``."""
    root = Path(path)
    if not root.exists():
        raise InputNotFound(f"no such file or directory: {path}")
    inventory = inventory or _default_inventory()
    codescan = codescan or _default_codescan()
    inv = inventory(root)
    findings = list(getattr(codescan(root), "findings", ())) if codescan else []
    d = _Draft()
    app = d.comp("app", "app", name or root.resolve().name, [{"path": ".", "detector": "infer"}])
    user = d.comp("user", "user", "User")
    components = [c for _, c in inv.components]
    has_agent = any(c.kind.value == "agent_framework" for c in components)
    brain = app
    if has_agent:
        evs = [
            e
            for c in components
            if c.kind.value == "agent_framework"
            for e in _ev(c.evidence, c.detector or "inventory")
        ]
        names = sorted({c.name for c in components if c.kind.value == "agent_framework"})
        brain = d.comp("agent", "agent", f"Agent ({', '.join(names)})", evs)
        d.flow(app, brain, ["prompt"], evs)
        d.flow(brain, app, ["response"], evs)
    d.flow(user, app, ["prompt"])
    d.flow(app, user, ["response"])
    for c in components:
        _component(d, c, app, brain)
    for f in findings:
        _finding(d, f, app, brain)
    return _build(d, name or root.resolve().name)


def _component(d: _Draft, c: Any, app: str, brain: str) -> None:
    kind = c.kind.value
    ev = _ev(c.evidence, c.detector or "inventory")
    provider = (c.provider or "").lower() or None
    if kind in ("sdk", "service") and provider:
        hosting = "self_hosted" if provider in _SELF_HOSTED else "saas"
        cid = d.comp(
            f"llm-{_slug(provider)}",
            "llm",
            f"{c.provider} LLM",
            ev,
            hosting=hosting,
            provider=c.provider,
        )
        _model_flows(d, brain, cid, ev)
    elif kind == "model":
        is_hub = "/" in c.name
        ctype = "embedding_model" if "embed" in c.name.lower() else "llm"
        where: str | None = "self_hosted" if is_hub or provider in _SELF_HOSTED else None
        if where is None and provider:
            where = "saas"
        pinned = bool((c.properties or {}).get("revision")) if is_hub else None
        if provider and not is_hub:  # one component per provider; model ids as a property
            prefix = "embed" if ctype == "embedding_model" else "llm"
            cid = d.comp(
                f"{prefix}-{_slug(provider)}",
                ctype,
                f"{c.provider} {c.name}",
                ev,
                hosting=where,
                provider=c.provider,
            )
            models = d.comps[cid].setdefault("properties", {}).setdefault("models", [])
            if c.name not in models:
                models.append(c.name)
        else:
            cid = d.comp(
                f"model-{_slug(c.name)}",
                ctype,
                c.name,
                ev,
                hosting=where,
                provider=c.provider,
                source="public_hub" if is_hub else None,
                pinned=pinned,
            )
        _model_flows(d, brain, cid, ev)
        if is_hub:
            hub = d.comp("model-hub", "model_hub", "Model hub (Hugging Face)", ev)
            d.flow(hub, cid, ["model_weights"], ev)
    elif kind == "vector_store":
        cid = d.comp(f"vs-{_slug(c.name)}", "vector_store", c.name, ev)
        d.flow(brain, cid, ["query"], ev)
        d.flow(cid, brain, ["retrieved_content"], ev)
        loader = d.comp("document-loader", "document_loader", "Document loader", ev)
        d.flow(loader, cid, ["documents"], ev)
    elif kind == "mcp_server":
        props = c.properties or {}
        cmd = str(props.get("command", ""))
        third = cmd in ("npx", "uvx", "docker", "bunx") or bool(props.get("url"))
        cid = d.comp(
            f"mcp-{_slug(c.name)}",
            "mcp_server",
            f"MCP server {c.name}",
            ev,
            source="third_party" if third else None,
        )
        d.flow(brain, cid, ["tool_call"], ev)
        d.flow(cid, brain, ["tool_result"], ev)
    elif kind == "dataset":
        is_hub = "/" in c.name
        cid = d.comp(
            f"dataset-{_slug(c.name)}",
            "dataset",
            c.name,
            ev,
            source="public_hub" if is_hub else None,
        )
        d.flow(cid, app, ["data"], ev)
    elif kind == "model_file":
        ext = Path(c.name).suffix.lstrip(".").lower() or None
        cid = d.comp(
            f"model-file-{_slug(c.name)}",
            "llm",
            c.name,
            ev,
            hosting="self_hosted",
            properties={"format": ext} if ext else None,
        )
        _model_flows(d, brain, cid, ev)
    elif kind == "secret":
        cid = d.comp("secrets", "secret_store", "Secrets / API keys", ev, holds=["credentials"])
        d.flow(cid, app, ["credentials"], ev)


def _model_flows(d: _Draft, brain: str, model: str, ev: list[dict[str, Any]]) -> None:
    d.flow(brain, model, ["prompt"], ev)
    d.flow(model, brain, ["response"], ev)


def _finding(d: _Draft, f: Any, app: str, brain: str) -> None:
    loc = f.location
    ev = [{"path": loc.path, "line": loc.line, "detector": f.rule_id}] if loc else []
    rid = f.rule_id
    if rid in _SHELL_RULES:
        cap = _SHELL_RULES[rid]
        cid = d.comp(
            f"{cap.replace('_', '-')}-tool",
            "tool",
            "Shell tool" if cap == "shell" else "Code execution",
            ev,
            capabilities=[cap],
            human_approval=False,
        )
        d.flow(brain, cid, ["tool_call"], ev)
        d.flow(cid, brain, ["tool_result"], ev)
    elif rid == "CODE-LLM-SQL":
        cid = d.comp("database", "database", "Database", ev)
        d.flow(brain, cid, ["query"], ev)
        d.flow(cid, brain, ["data"], ev)
    elif rid == "CODE-LLM-SSRF" or (f.data or {}).get("source_kind") == "web":
        web = d.comp("web-content", "external_content", "Web content", ev)
        d.flow(web, brain, ["documents"], ev)
    elif rid in _HUB_RULES:
        hub = d.comp("model-hub", "model_hub", "Model hub (Hugging Face)", ev)
        d.flow(hub, app, ["model_weights"], ev)
        d.comps[app]["pinned"] = False
        if rid == "CODE-TRUST-REMOTE-CODE":
            d.comps[app]["verified"] = False
    elif rid in _PICKLE_RULES:
        d.comps[app].setdefault("properties", {})["format"] = "pickle"
        _add_ev(d.comps[app], ev)
    elif rid == "CODE-MCP-BROAD":
        mcps = [c for c in d.comps.values() if c["type"] == "mcp_server"]
        target = mcps[0]["id"] if mcps else d.comp("mcp-server", "mcp_server", "MCP server", ev)
        d.comp(target, "mcp_server", "", ev, capabilities=["shell", "filesystem_write"])
        if not mcps:
            d.flow(brain, target, ["tool_call"], ev)


def _build(d: _Draft, name: str) -> SystemModel:
    comps = [{k: v for k, v in c.items() if v not in (None, [], {})} for c in d.comps.values()]
    outside = [c["id"] for c in comps if c["type"] in ("user", "external_content", "model_hub")]
    vendor = [c["id"] for c in comps if c.get("hosting") == "saas"]
    inside = [c["id"] for c in comps if c["id"] not in outside and c["id"] not in vendor]
    boundaries = [
        b
        for b in (
            {"id": "internet", "name": "Internet", "trust": "untrusted", "components": outside},
            {"id": "ai-providers", "name": "Hosted AI providers", "components": vendor},
            {"id": "application", "name": "Application", "components": inside},
        )
        if b["components"]
    ]
    data = {
        "system": {
            "name": name,
            "description": "Draft inferred by `assura ara infer`; review "
            "every component, flow and attribute.",
        },
        "components": comps,
        "flows": list(d.flows.values()),
        "trust_boundaries": boundaries,
    }
    try:
        return SystemModel.model_validate(data)
    except Exception as exc:  # pragma: no cover - a bug in the mapping, not user input
        raise InvalidInput(f"could not build a system model from the scan: {exc}") from None


def _default_inventory() -> Callable[[Path], Any]:
    try:
        from assura.inventory import scan_path
    except ImportError:  # pragma: no cover - inventory ships with assura
        raise InvalidInput("assura.inventory is not available; cannot infer a model") from None
    return scan_path


def _default_codescan() -> Callable[[Path], Any] | None:
    try:
        from assura.codescan import scan_path
    except ImportError:  # pragma: no cover
        return None
    return scan_path
