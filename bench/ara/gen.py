"""Generate synthetic AI-system models of a given size (pure Python, no assura import).

The same spec feeds assura (as a system-model YAML) and pytm (see pytm_runner.py), so
both tools analyse the same components and flows. Seeded: the same size gives the same
system every run.
"""

from __future__ import annotations

import random
from typing import Any

TYPES = [  # (type, share of components)
    ("user", 0.05),
    ("external_content", 0.04),
    ("model_hub", 0.01),
    ("app", 0.14),
    ("llm", 0.08),
    ("embedding_model", 0.03),
    ("agent", 0.08),
    ("tool", 0.12),
    ("mcp_server", 0.05),
    ("vector_store", 0.07),
    ("document_loader", 0.04),
    ("memory", 0.03),
    ("dataset", 0.04),
    ("training_pipeline", 0.02),
    ("model_registry", 0.02),
    ("secret_store", 0.02),
    ("database", 0.06),
    ("guardrail", 0.03),
    ("monitoring", 0.02),
    ("service", 0.05),
]
EDGES = {
    "user": ["app", "agent"],
    "external_content": ["document_loader", "tool", "mcp_server", "agent"],
    "document_loader": ["vector_store", "embedding_model"],
    "app": [
        "llm",
        "agent",
        "vector_store",
        "tool",
        "database",
        "embedding_model",
        "user",
        "monitoring",
        "guardrail",
        "service",
    ],
    "agent": ["llm", "tool", "mcp_server", "memory", "vector_store", "app", "monitoring"],
    "llm": ["app", "agent"],
    "embedding_model": ["app", "vector_store"],
    "tool": ["agent", "database", "app", "service"],
    "mcp_server": ["agent", "service"],
    "vector_store": ["app", "agent"],
    "memory": ["agent"],
    "dataset": ["training_pipeline"],
    "model_hub": ["training_pipeline", "llm"],
    "training_pipeline": ["model_registry"],
    "model_registry": ["llm"],
    "secret_store": ["app", "agent", "tool"],
    "database": ["app", "tool"],
    "guardrail": ["llm", "app", "agent"],
    "monitoring": ["app"],
    "service": ["app", "agent"],
}
CARRIES = {
    "user": ["prompt"],
    "llm": ["response", "tool_call"],
    "secret_store": ["credentials"],
    "dataset": ["training_data"],
    "model_hub": ["model_weights"],
    "database": ["pii"],
    "vector_store": ["retrieved_content"],
}


def generate(n: int, flows_per_component: int = 5, seed: int = 7) -> dict[str, Any]:
    rnd = random.Random(seed * 1000 + n)
    kinds: list[str] = []
    for t, share in TYPES:
        kinds += [t] * max(1, round(share * n))
    kinds = kinds[:n] if len(kinds) >= n else kinds + ["app"] * (n - len(kinds))
    comps = []
    for i, t in enumerate(kinds):
        c: dict[str, Any] = {"id": f"{t.replace('_', '-')}-{i}", "type": t}
        if t == "tool":
            caps = [
                x
                for x, p in (
                    ("shell", 0.15),
                    ("email", 0.2),
                    ("database_write", 0.2),
                    ("network", 0.3),
                )
                if rnd.random() < p
            ]
            if caps:
                c["capabilities"] = caps
            c["human_approval"] = rnd.random() < 0.3
            c["sandboxed"] = rnd.random() < 0.3
        elif t == "mcp_server":
            c["source"] = "third_party" if rnd.random() < 0.5 else "internal"
            c["pinned"] = rnd.random() < 0.5
            c["verified"] = rnd.random() < 0.3
        elif t == "app":
            c["rate_limited"] = rnd.random() < 0.5
            c["logging"] = rnd.random() < 0.6
            if rnd.random() < 0.3:
                c["guards"] = ["prompt-injection"]
        elif t == "llm":
            c["hosting"] = "saas" if rnd.random() < 0.6 else "self_hosted"
        elif t == "vector_store":
            c["data_classification"] = rnd.choice(["internal", "confidential", "pii"])
            c["authentication"] = rnd.choice(["none", "api_key", "iam"])
            if rnd.random() < 0.1:
                c["writable_by"] = ["public"]
        elif t == "dataset":
            c["writable_by"] = rnd.choice([["pipeline"], ["internal"], ["third_party"]])
            c["verified"] = rnd.random() < 0.4
        elif t == "database":
            c["data_classification"] = rnd.choice(["internal", "pii"])
        elif t == "model_registry":
            c["verified"] = rnd.random() < 0.5
            c["writable_by"] = ["pipeline"]
        elif t == "guardrail":
            c["guards"] = ["prompt-injection", "pii-redaction"]
        comps.append(c)
    outside = [c["id"] for c in comps if c["type"] in ("user", "external_content", "model_hub")]
    vendor = [c["id"] for c in comps if c.get("hosting") == "saas"]
    inside = [c["id"] for c in comps if c["id"] not in set(outside) | set(vendor)]
    zone_of = {cid: i // 25 for i, cid in enumerate(inside)}
    by_type: dict[str, list[str]] = {}
    by_zone_type: dict[tuple[int, str], list[str]] = {}
    for c in comps:
        by_type.setdefault(c["type"], []).append(c["id"])
        if c["id"] in zone_of:
            by_zone_type.setdefault((zone_of[c["id"]], c["type"]), []).append(c["id"])
    ctype = {c["id"]: c["type"] for c in comps}
    flows: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    target = flows_per_component * n
    ids = [c["id"] for c in comps]
    tries = 0
    while len(flows) < target and tries < target * 20:
        tries += 1
        src = rnd.choice(ids)
        dst_types = [t for t in EDGES[ctype[src]] if t in by_type]
        if not dst_types:
            continue
        dtype = rnd.choice(dst_types)
        local = by_zone_type.get((zone_of.get(src, -1), dtype))
        # most flows stay inside a zone (services talk to their neighbours)
        dst = rnd.choice(local if local and rnd.random() < 0.7 else by_type[dtype])
        if dst == src or (src, dst) in seen:
            continue
        seen.add((src, dst))
        f: dict[str, Any] = {
            "from": src,
            "to": dst,
            "carries": CARRIES.get(ctype[src], ["data"]),
            "protocol": "https",
            "authenticated": rnd.random() < 0.6,
            "encrypted": rnd.random() < 0.7,
        }
        flows.append(f)
    zones = [{"id": "internet", "trust": "untrusted", "components": outside}]
    if vendor:
        zones.append({"id": "vendor", "components": vendor})
    zones.extend(
        {"id": f"zone-{z // 25}", "components": inside[z : z + 25]}
        for z in range(0, len(inside), 25)
    )
    return {
        "system": {"name": f"generated-{n}"},
        "components": comps,
        "flows": flows,
        "trust_boundaries": zones,
    }
