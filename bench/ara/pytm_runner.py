"""Run pytm on a generated spec (JSON on stdin); print counts and time as JSON.

Runs inside bench/.venv-ara (pytm keeps global state in class attributes, so one model
per process).
"""

from __future__ import annotations

import json
import sys
import time

from pytm import (  # type: ignore[import-not-found]
    LLM,
    TM,
    Actor,
    Agent,
    Boundary,
    Dataflow,
    Datastore,
    ExternalEntity,
    Process,
)

STORES = {"vector_store", "dataset", "database", "memory", "model_registry", "secret_store"}


def main() -> None:
    spec = json.load(sys.stdin)
    t0 = time.perf_counter()
    tm = TM(spec["system"]["name"], description="generated AI system")
    zones = {z["id"]: Boundary(z["id"]) for z in spec["trust_boundaries"]}
    zone_of = {c: z["id"] for z in spec["trust_boundaries"] for c in z["components"]}
    el = {}
    for c in spec["components"]:
        t = c["type"]
        if t == "user":
            e = Actor(c["id"])
        elif t in ("external_content", "model_hub"):
            e = ExternalEntity(c["id"])
        elif t in ("llm", "embedding_model"):
            e = LLM(c["id"], isThirdParty=c.get("hosting") == "saas")
        elif t == "agent":
            e = Agent(c["id"], usesExternalTools=True)
        elif t in STORES:
            e = Datastore(c["id"])
        else:
            e = Process(c["id"])
        if c["id"] in zone_of:
            e.inBoundary = zones[zone_of[c["id"]]]
        el[c["id"]] = e
    for i, f in enumerate(spec["flows"]):
        df = Dataflow(el[f["from"]], el[f["to"]], f"f{i}")
        df.protocol = "HTTPS"
        df.isEncrypted = bool(f.get("encrypted"))
        df.authenticatesDestination = bool(f.get("authenticated"))
    build = time.perf_counter() - t0
    t1 = time.perf_counter()
    tm.check()
    tm.resolve()
    secs = time.perf_counter() - t1
    ids = [f.threat_id for f in tm.findings]
    llm = sum(1 for x in ids if str(x).startswith("LLM"))
    print(
        json.dumps(
            {
                "findings": len(ids),
                "llm_findings": llm,
                "distinct_threats": len(set(ids)),
                "seconds": secs,
                "build_seconds": build,
            }
        )
    )


if __name__ == "__main__":
    main()
