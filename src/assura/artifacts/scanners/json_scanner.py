"""JSON configs that ship with models: ``tokenizer_config.json`` chat templates and Keras
``config.json`` (inside ``.keras`` archives or beside a model); also ``*.jinja`` templates."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, ClassVar

from assura.artifacts.interface import ScanContext
from assura.artifacts.keras_config import keras_findings, looks_like_keras
from assura.artifacts.rules import finding
from assura.artifacts.scanners import sniff
from assura.artifacts.scanners.gguf_scanner import template_findings
from assura.findings import Finding, Severity

__all__ = ["JsonScanner"]


class JsonScanner:
    id: ClassVar[str] = "json"

    def sniff(self, head: bytes, name: str) -> bool:
        return sniff.json_config(head, name)

    def scan(self, ctx: ScanContext) -> Iterator[Finding]:
        if len(ctx.data) > ctx.limits.max_json_bytes:
            yield finding(
                "ART-ARC-005",
                Severity.MEDIUM,
                f"JSON over {ctx.limits.max_json_bytes} bytes: not scanned",
                ctx.loc(),
                error=True,
            )
            return
        text = bytes(ctx.data).decode("utf-8", "replace")
        if ctx.target.name.lower().endswith((".jinja", ".jinja2", ".j2")):
            ctx.format = "chat-template"
            yield from template_findings(ctx, ctx.target.name, text)
            return
        try:
            doc = json.loads(text.lstrip("\ufeff"))
        except (json.JSONDecodeError, RecursionError) as exc:
            ctx.format = "json"
            yield finding(
                "ART-GEN-001", Severity.MEDIUM, f"invalid JSON: {exc}", ctx.loc(), error=True
            )
            return
        ctx.format = "json"
        for key, tpl in _templates(doc):
            ctx.format = "tokenizer-config"
            yield from template_findings(ctx, key, tpl)
        if looks_like_keras(doc):
            ctx.format = "keras-config"
            yield from keras_findings(ctx, doc)


def _templates(doc: Any) -> Iterator[tuple[str, str]]:
    if not isinstance(doc, dict):
        return
    tpl = doc.get("chat_template")
    if isinstance(tpl, str):
        yield "chat_template", tpl
    elif isinstance(tpl, list):
        for item in tpl[:50]:
            if isinstance(item, dict) and isinstance(item.get("template"), str):
                yield f"chat_template[{item.get('name', '?')}]", item["template"]
