"""Scoring an inventory against the hand-labelled truth files (../shared/data/inventory).

Convention (from the truth README): names compared case-insensitively with ``_`` -> ``-``;
obvious synonyms merged; a secret counts by the provider it unlocks; an optional truth
item is neither a hit nor a miss; a negative must not be reported.

One addition, applied to every tool alike: the package kinds (sdk, agent_framework,
vector_store) share one name space, so a tool that calls ``langchain`` an sdk rather than
an agent framework still gets the hit (the table per kind uses the truth's kind).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE_KINDS = {"sdk", "agent_framework", "vector_store"}
KINDS = ["sdk", "agent_framework", "model", "dataset", "service", "mcp_server", "vector_store",
         "model_file", "secret"]  # fmt: skip

SYNONYMS = {
    "faiss-cpu": "faiss",
    "faiss-gpu": "faiss",
    "chromadb": "chroma",
    "qdrant-client": "qdrant",
    "pinecone-client": "pinecone",
    "weaviate-client": "weaviate",
    "pymilvus": "milvus",
    "llama-index-core": "llama-index",
    "google-generativeai": "google-genai",
    "hf": "huggingface",
    "huggingface-hub": "huggingface-hub",
}

# env var prefix -> provider, for reducing secrets to providers (the scorer's own table).
SECRET_PROVIDERS = [
    ("OPENAI", "openai"),
    ("AZURE_OPENAI", "azure-openai"),
    ("ANTHROPIC", "anthropic"),
    ("CLAUDE", "anthropic"),
    ("HUGGINGFACE", "huggingface"),
    ("HF_", "huggingface"),
    ("GOOGLE", "google"),
    ("GEMINI", "google"),
    ("GROQ", "groq"),
    ("REPLICATE", "replicate"),
    ("COHERE", "cohere"),
    ("MISTRAL", "mistral"),
    ("TOGETHER", "together"),
    ("PINECONE", "pinecone"),
    ("LANGCHAIN", "langsmith"),
    ("LANGSMITH", "langsmith"),
    ("TRUBRICS", "trubrics"),
    ("DEEPSEEK", "deepseek"),
    ("OPENROUTER", "openrouter"),
    ("PERPLEXITY", "perplexity"),
    ("XAI", "xai"),
    ("FIREWORKS", "fireworks"),
    ("VOYAGE", "voyage"),
    ("TAVILY", "tavily"),
    ("SERPAPI", "serpapi"),
]


def norm(name: str) -> str:
    n = name.strip().lower().replace("_", "-")
    return SYNONYMS.get(n, n)


def secret_provider(name: str, provider: str | None = None) -> str:
    if provider:
        return norm(provider)
    up = name.upper()
    for prefix, prov in SECRET_PROVIDERS:
        if up.startswith(prefix):
            return prov
    return norm(name)


def family(kind: str) -> str:
    return "package" if kind in PACKAGE_KINDS else kind


@dataclass
class Truth:
    repo: str
    items: list[dict]  # each: kind, names (set), optional
    negatives: list[str] = field(default_factory=list)


def load_truth(path: Path) -> Truth:
    d = json.loads(path.read_text())
    items = []
    for c in d["components"]:
        names = {norm(c["name"])} | {norm(a) for a in c.get("aliases") or []}
        if c["kind"] == "secret":
            names = {secret_provider(c["name"])}
        items.append(
            {
                "kind": c["kind"],
                "names": names,
                "optional": bool(c.get("optional")),
                "name": c["name"],
            }
        )
    return Truth(d["repo"], items, [str(n) for n in d.get("negatives") or []])


@dataclass
class Score:
    tp: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    fp: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    fn: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for k in KINDS:
            self.tp[k] += other.tp[k]
            self.fp[k] += other.fp[k]
            self.fn[k] += other.fn[k]
        self.misses += other.misses
        self.extras += other.extras

    def prf(self, kind: str | None = None) -> tuple[float, float, float, int, int, int]:
        ks = KINDS if kind is None else [kind]
        tp = sum(self.tp[k] for k in ks)
        fp = sum(self.fp[k] for k in ks)
        fn = sum(self.fn[k] for k in ks)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f, tp, fp, fn


def score(truth: Truth, predicted: set[tuple[str, str]]) -> Score:
    """``predicted``: (kind, name) pairs; secrets already reduced to providers by the caller."""
    s = Score()
    matched: set[int] = set()
    for kind, name in sorted(predicted):
        n = norm(name) if kind != "secret" else secret_provider(name)
        hit = None
        for i, t in enumerate(truth.items):
            if family(t["kind"]) == family(kind) and n in t["names"]:
                hit = i
                break
        if hit is None:
            s.fp[kind if kind in KINDS else "sdk"] += 1
            s.extras.append(f"{truth.repo}: {kind} {name}")
        elif truth.items[hit]["optional"]:
            matched.add(hit)
        elif hit not in matched:
            matched.add(hit)
            s.tp[truth.items[hit]["kind"]] += 1
    for i, t in enumerate(truth.items):
        if not t["optional"] and i not in matched:
            s.fn[t["kind"]] += 1
            s.misses.append(f"{truth.repo}: {t['kind']} {t['name']}")
    return s


def reduce_pairs(pairs: set[tuple[str, str, str | None]]) -> set[tuple[str, str]]:
    """(kind, name, provider) -> (kind, name), secrets reduced to their provider."""
    out = set()
    for kind, name, provider in pairs:
        if kind == "secret":
            out.add((kind, secret_provider(name, provider)))
        else:
            out.add((kind, name))
    return out


def is_placeholder(name: str) -> bool:
    return bool(re.fullmatch(r"sk-\.*|sk-x+|your.*key.*", name, re.I))
