"""The guard benchmark's data sets: the corpora's splits and the sets written for assura.

No third-party imports, so that scripts run by assura's own venv (``exact_ab.py``) can
read the same sets as ``run.py``; the metrics are in ``evaluate.py``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

Row = dict[str, Any]


def load(path: Path) -> list[Row]:
    return [json.loads(line) for line in path.open(encoding="utf-8")]


MULTILINGUAL = "written in 37 languages (dev since session 7)"
PROMPTS = "prompts in 23 languages (held out)"
DOCUMENTS = "documents and tool results (held out)"
JAILBREAKS = "jailbreaks and hard negatives (session 8; dev since session 11)"
PERSONAS = "persona prompts (dev, session 8)"
AGENT_DEV = "agent actions in tool results, set A (dev, session 10)"
AGENT_TEST = "agent actions in tool results, set B (held out, session 10)"
AGENT_FINAL = "agent actions in tool results, set C (held out, session 10)"
GENERAL = "mixed set D: jailbreaks, indirect, 26 languages (session 11; dev since session 13)"
GENERAL_E = "set E: English prompts, jailbreaks and look-alikes (session 12; dev since session 13)"
GENERAL_F = (
    "set F: prompts, documents, 16 languages, trigger-word look-alikes (held out, session 13)"
)
GENERAL_G = "set G: English persona set-ups and role-play (held out, session 13)"
GENERAL_H = "set H: documents and tool results, 11 languages (held out, session 13)"
GENERAL_I = "set I: documents and tool results, 11 languages (held out, session 13)"
GENERAL_J = "set J: English 'act as' prompts (held out, session 13)"
GENERAL_K = "set K: documents and tool results, 21 languages (held out, session 14)"
GENERAL_L = "set L: documents and tool results, 11 languages, no AI named (held out, session 14)"
BY_KIND = (
    MULTILINGUAL,
    PROMPTS,
    DOCUMENTS,
    JAILBREAKS,
    PERSONAS,
    AGENT_DEV,
    AGENT_TEST,
    AGENT_FINAL,
    GENERAL,
    GENERAL_E,
    GENERAL_F,
    GENERAL_G,
    GENERAL_H,
    GENERAL_I,
    GENERAL_J,
    GENERAL_K,
    GENERAL_L,
)
"""The written sets ``run.py`` breaks down per language, kind and role (all but the
documents of ``assura_data_more``, which have no kinds)."""


def datasets(data: Path) -> dict[str, list[Row]]:
    slabs = load(data / "slabs-prompt-injection" / "slabs.jsonl")
    neural = load(data / "neuralchemy-prompt-injection" / "neuralchemy_core.jsonl")
    bastion = load(data / "bastioncorpus" / "bastioncorpus.jsonl")
    from agent_actions_dev import rows as agent_dev  # bench/guard, on sys.path in run.py
    from agent_actions_final import rows as agent_final
    from agent_actions_test import rows as agent_test
    from assura_data_more import rows as written_docs
    from documents_heldout import rows as documents
    from generalisation_e import rows as general_e
    from generalisation_f import rows as general_f
    from generalisation_final import rows as general
    from generalisation_g import rows as general_g
    from generalisation_h import rows as general_h
    from generalisation_i import rows as general_i
    from generalisation_j import rows as general_j
    from generalisation_k import rows as general_k
    from generalisation_l import rows as general_l
    from jailbreaks_heldout import rows as jailbreaks
    from multilingual_heldout import rows as multilingual
    from personas_dev import rows as personas
    from prompts_heldout import rows as prompts

    # Documents and tool results written for assura, never trained on: scanned as tool output.
    docs = [{**r, "meta": {"channel": "tool_output"}} for r in written_docs()]
    return {
        "slabs dev": [r for r in slabs if r["split"] == "validation"],
        "slabs test": [r for r in slabs if r["split"] == "test"],
        "neuralchemy dev": [r for r in neural if r["split"] == "validation"],
        "neuralchemy test": [r for r in neural if r["split"] == "test"],
        "bastioncorpus (held out)": bastion,
        "assura-written documents (not trained on)": docs,
        MULTILINGUAL: multilingual(),
        PROMPTS: prompts(),
        DOCUMENTS: documents(),
        JAILBREAKS: jailbreaks(),
        PERSONAS: personas(),
        AGENT_DEV: agent_dev(),
        AGENT_TEST: agent_test(),
        AGENT_FINAL: agent_final(),
        GENERAL: general(),
        GENERAL_E: general_e(),
        GENERAL_F: general_f(),
        GENERAL_G: general_g(),
        GENERAL_H: general_h(),
        GENERAL_I: general_i(),
        GENERAL_J: general_j(),
        GENERAL_K: general_k(),
        GENERAL_L: general_l(),
    }


def role_of(row: Row) -> str:
    if "role" in row:
        return str(row["role"])
    ch = (row.get("meta") or {}).get("channel", "user_input")
    return {"tool_output": "tool", "memory": "document"}.get(ch, "user")


def all_texts(data: Path) -> list[tuple[str, str]]:
    """Every distinct (text, role) of the corpora (all splits) and of the sets above,
    sorted: the inputs ``exact_ab.py`` compares two trees on."""
    pairs = {(r["text"], role_of(r)) for rows in datasets(data).values() for r in rows}
    for name in ("slabs-prompt-injection/slabs.jsonl",
                 "neuralchemy-prompt-injection/neuralchemy_core.jsonl",
                 "bastioncorpus/bastioncorpus.jsonl"):  # fmt: skip
        pairs.update((r["text"], role_of(r)) for r in load(data / name))
    for path in sorted((data / "pii-synthetic").glob("*.jsonl")):
        pairs.update((r["text"], "user") for r in load(path) if r.get("text"))
    return sorted(pairs)
