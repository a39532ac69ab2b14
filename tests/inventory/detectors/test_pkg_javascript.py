"""JavaScript/TypeScript import detector."""

from __future__ import annotations

from pathlib import Path

import pytest

from assura.inventory.detectors.pkg_javascript import (
    JavaScriptImportDetector,
    js_imports,
    strip_js_comments,
)
from assura.inventory.interface import Component, SourceFile


def detect(text: str, relpath: str = "src/app.ts") -> list[Component]:
    file = SourceFile(relpath, Path("/nonexistent") / relpath, text, len(text))
    return list(JavaScriptImportDetector().detect(file))


def kinds(found: list[Component]) -> set[tuple[str, str]]:
    return {(c.kind.value, c.name) for c in found}


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ('import OpenAI from "openai";\n', {("sdk", "openai"), ("service", "openai")}),
        (
            "import Anthropic from '@anthropic-ai/sdk';\n",
            {("sdk", "@anthropic-ai/sdk"), ("service", "anthropic")},
        ),
        (
            'import { openai } from "@ai-sdk/openai";\nimport { generateText } from "ai";\n',
            {("sdk", "@ai-sdk/openai"), ("service", "openai"), ("sdk", "ai")},
        ),
        ('import { useChat } from "ai/react";\n', {("sdk", "ai")}),
        (
            'const { ChatOpenAI } = require("@langchain/openai");\n',
            {("sdk", "@langchain/openai"), ("service", "openai")},
        ),
        (
            'import { FaissStore } from "@langchain/community/vectorstores/faiss";\n',
            {("sdk", "@langchain/community"), ("vector_store", "faiss")},
        ),
        (
            "import { OpenAI } from 'langchain/llms/openai';\n",
            {("agent_framework", "langchain"), ("service", "openai")},
        ),
        (
            'const sdk = await import("@modelcontextprotocol/sdk/server/mcp.js");\n',
            {("sdk", "@modelcontextprotocol/sdk")},
        ),
        (
            'import {\n  BedrockRuntimeClient,\n} from "@aws-sdk/client-bedrock-runtime";\n',
            {("sdk", "@aws-sdk/client-bedrock-runtime"), ("service", "aws-bedrock")},
        ),
        (
            'import { Pinecone } from "@pinecone-database/pinecone";\n',
            {("vector_store", "pinecone")},
        ),
        (
            "import type { Message } from '@anthropic-ai/sdk/resources';\n",
            {("sdk", "@anthropic-ai/sdk"), ("service", "anthropic")},
        ),
        (
            'import { vector, pgTable } from "drizzle-orm/pg-core";\n',
            {("vector_store", "pgvector")},
        ),
        (
            'import { AzureOpenAI } from "openai";\n',
            {("sdk", "openai"), ("service", "azure-openai")},
        ),
        # negatives
        ('import express from "express";\nimport x from "./openai";\n', set()),
        ('// import OpenAI from "openai";\n/* require("anthropic") */\n', set()),
        ('const s = "see https://x//y";\nimport { z } from "zod";\n', set()),
        ('import { ai } from "@/lib/ai";\n', set()),
    ],
)
def test_imports(payload: str, expected: set[tuple[str, str]]) -> None:
    assert kinds(detect(payload)) == expected


def test_lines() -> None:
    text = "// header\nimport a from 'x';\n\nimport {\n  A,\n} from 'openai';\n"
    assert [(m, ln) for m, _, ln in js_imports(text)] == [("x", 2), ("openai", 4)]


def test_strip_comments_keeps_lines_and_strings() -> None:
    text = "a // c\n/* x\ny */ \"//not\" `t//` '/*'\n"
    out = strip_js_comments(text)
    assert out.count("\n") == text.count("\n") and '"//not"' in out and "`t//`" in out
    assert "c" not in out.split("\n")[0]


def test_applies_to() -> None:
    det = JavaScriptImportDetector()
    assert det.applies_to("a/b.tsx") and det.applies_to("c.mjs")
    assert not det.applies_to("vendor.min.js") and not det.applies_to("types.d.ts")
