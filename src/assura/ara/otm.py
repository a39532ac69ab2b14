"""Open Threat Model (OTM 0.2.0) import and export, so models move to and from other tools.

Export writes trust zones (trusted 90 / untrusted 10 / unknown 50; nested through
``parent``), components (type as ``type`` and tag, every assura attribute under
``attributes`` with an ``assura.`` prefix so the round trip is lossless), data flows, and,
when an analysis is given, its risks as threats with their state per component.
Import reads any OTM document: assura attributes when present, otherwise the component
type is guessed from its type/name and attributes left unknown.
"""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import ValidationError

from assura.ara.model import ComponentType, SystemModel
from assura.ara.result import Analysis
from assura.ara.system import System, build_system
from assura.errors import ParseError

__all__ = ["from_otm", "to_otm"]

OTM_VERSION = "0.2.0"
_UNZONED = "assura-unzoned"
_PCT = {"low": 25, "medium": 50, "high": 75, "critical": 100}
_STATE = {"applies": "EXPOSED", "accepted": "ACCEPTED", "mitigated": "MITIGATED"}


def to_otm(system: System, analysis: Analysis | None = None) -> dict[str, Any]:
    model = system.model
    zones: list[dict[str, Any]] = []
    for tb in model.trust_boundaries:
        rating = {"untrusted": 10, "trusted": 90}.get(tb.trust or "", 50)
        z: dict[str, Any] = {"id": tb.id, "name": tb.name or tb.id, "risk": {"trustRating": rating}}
        parent = system.boundary_parent[tb.id]
        if parent is not None:
            z["parent"] = {"trustZone": parent}
        zones.append(z)
    if any(system.boundary_of[c] is None for c in system.components):
        zones.append({"id": _UNZONED, "name": "No trust boundary", "risk": {"trustRating": 50}})
    comps = []
    for c in model.components:
        attrs = c.model_dump(mode="json", exclude_defaults=True, exclude={"id", "name", "type"})
        comps.append(
            {
                "id": c.id,
                "name": c.label,
                "type": c.type.value,
                "description": c.description or "",
                "parent": {"trustZone": system.boundary_of[c.id] or _UNZONED},
                "tags": [c.type.value],
                "attributes": {f"assura.{k}": v for k, v in attrs.items() if k != "description"},
            }
        )
    flows = []
    for f in system.flows:
        attrs = f.flow.model_dump(
            mode="json", exclude_defaults=True, exclude={"id", "from_", "to", "carries"}
        )
        flows.append(
            {
                "id": f.id,
                "name": ", ".join(f.flow.carries) or f.id,
                "source": f.src,
                "destination": f.dst,
                "bidirectional": False,
                "tags": list(f.flow.carries),
                "attributes": {f"assura.{k}": v for k, v in attrs.items()},
            }
        )
    doc: dict[str, Any] = {
        "otmVersion": OTM_VERSION,
        "project": {
            "name": model.system.name,
            "id": re.sub(r"[^A-Za-z0-9_-]+", "-", model.system.name),
            "description": model.system.description or "",
            "owner": model.system.owner or "",
        },
        "representations": [
            {"name": "assura data-flow diagram", "id": "assura-dfd", "type": "diagram"}
        ],
        "trustZones": zones,
        "components": comps,
        "dataflows": flows,
    }
    if analysis is not None:
        _add_threats(doc, analysis)
    return doc


def _add_threats(doc: dict[str, Any], analysis: Analysis) -> None:
    threats, mitigations = [], {}
    by_comp: dict[str, list[dict[str, Any]]] = {}
    for r in analysis.risks:
        if r.state not in _STATE:
            continue
        threats.append(
            {
                "id": r.id,
                "name": r.title,
                "categories": [
                    x for k in ("owasp_llm", "owasp_agentic") for x in r.references.get(k, ())
                ],
                "description": "; ".join(r.reasons),
                "risk": {"likelihood": _PCT[r.likelihood], "impact": _PCT[r.impact]},
                "attributes": {
                    "assura.rule_id": r.rule_id,
                    "assura.key": r.key,
                    "assura.severity": r.severity,
                },
            }
        )
        mit_refs: list[dict[str, str]] = []
        for m in r.mitigations:
            mid = f"{r.rule_id}-m{len(mit_refs) + 1}"
            mitigations[mid] = {
                "id": mid,
                "name": m.text[:80],
                "description": m.text,
                "riskReduction": 50,
            }
            mit_refs.append({"mitigation": mid, "state": "RECOMMENDED"})
        target = r.element.removeprefix("components/")
        by_comp.setdefault(target, []).append(
            {"threat": r.id, "state": _STATE[r.state], "mitigations": mit_refs}
        )
    for c in doc["components"]:
        if c["id"] in by_comp:
            c["threats"] = by_comp[c["id"]]
    doc["threats"] = threats
    doc["mitigations"] = [mitigations[k] for k in sorted(mitigations)]


_GUESS = [
    (r"embed", "embedding_model"),
    (r"vector|chroma|pinecone|weaviate|qdrant|faiss", "vector_store"),
    (r"llm|gpt|claude|gemini|llama|mistral|model", "llm"),
    (r"mcp", "mcp_server"),
    (r"agent|orchestrat", "agent"),
    (r"tool|plugin", "tool"),
    (r"user|actor|person|browser", "user"),
    (r"secret|vault|kms", "secret_store"),
    (r"dataset|bucket|s3", "dataset"),
    (r"database|db|sql|store", "database"),
    (r"monitor|log", "monitoring"),
    (r"guard", "guardrail"),
    (r"app|api|web|server|service", "app"),
]
_TYPES = {t.value for t in ComponentType}


def from_otm(text: str, name: str = "<otm>") -> SystemModel:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(f"not valid JSON: {exc.msg}", path=name, line=exc.lineno) from None
    except RecursionError:
        raise ParseError("JSON nested too deeply", path=name) from None
    if not isinstance(doc, dict) or "otmVersion" not in doc:
        raise ParseError("not an OTM document (no otmVersion)", path=name)
    try:
        model = _convert(doc, name)
    except (KeyError, AttributeError, TypeError, ValueError) as exc:
        raise ParseError(
            f"malformed OTM document ({type(exc).__name__}: {exc})", path=name
        ) from None
    build_system(model, source=name)  # dangling flows, bad boundaries: same errors
    return model


def _obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _strs(value: Any) -> list[str]:
    return [str(x) for x in value] if isinstance(value, list) else []


def _convert(doc: dict[str, Any], name: str) -> SystemModel:
    project = _obj(doc.get("project"))
    zones = _list(doc, "trustZones", name)
    comps = _list(doc, "components", name)
    flows = _list(doc, "dataflows", name)
    for z in zones:
        if not isinstance(z.get("id"), str | int):
            raise ParseError("a trust zone has no id", path=name)
    zone_ids = {z.get("id") for z in zones}
    children: dict[str, list[str]] = {}
    members: dict[str, list[str]] = {}
    for z in zones:
        parent = _obj(z.get("parent")).get("trustZone")
        if isinstance(parent, str) and parent in zone_ids:
            children.setdefault(parent, []).append(str(z["id"]))
    out_comps: list[dict[str, Any]] = []
    for c in comps:
        attrs = {
            k.removeprefix("assura."): v
            for k, v in _obj(c.get("attributes")).items()
            if k.startswith("assura.")
        }
        ctype = c.get("type") if c.get("type") in _TYPES else _guess(c)
        comp = {"id": _safe_id(str(c.get("id"))), "type": ctype, "name": c.get("name")}
        if c.get("description"):
            comp["description"] = c["description"]
        comp.update(attrs)
        out_comps.append(comp)
        zone = _obj(c.get("parent")).get("trustZone")
        if isinstance(zone, str) and zone in zone_ids and zone != _UNZONED:
            members.setdefault(zone, []).append(str(comp["id"]))
    out_flows: list[dict[str, Any]] = []
    for f in flows:
        attrs = {
            k.removeprefix("assura."): v
            for k, v in _obj(f.get("attributes")).items()
            if k.startswith("assura.")
        }
        flow: dict[str, Any] = {
            "id": _safe_id(str(f.get("id"))),
            "from": _safe_id(str(f.get("source"))),
            "to": _safe_id(str(f.get("destination"))),
            "carries": _strs(f.get("tags")),
        }
        flow.update(attrs)
        out_flows.append(flow)
        if f.get("bidirectional"):
            out_flows.append(
                {**flow, "id": flow["id"] + "-back", "from": flow["to"], "to": flow["from"]}
            )
    boundaries = []
    for z in zones:
        if z.get("id") == _UNZONED:
            continue
        rating = _obj(z.get("risk")).get("trustRating")
        b: dict[str, Any] = {
            "id": _safe_id(str(z["id"])),
            "name": z.get("name"),
            "components": members.get(z["id"], []),
            "boundaries": [_safe_id(x) for x in children.get(z["id"], [])],
        }
        if isinstance(rating, int | float):
            b["trust"] = "untrusted" if rating < 50 else "trusted" if rating > 50 else None
        boundaries.append({k: v for k, v in b.items() if v not in (None, [])})
    data = {
        "system": {
            "name": project.get("name") or "imported",
            "description": project.get("description") or None,
            "owner": project.get("owner") or None,
        },
        "components": out_comps,
        "flows": out_flows,
        "trust_boundaries": boundaries,
    }
    try:
        return SystemModel.model_validate(data)
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise ParseError(
            f"OTM does not map to a valid system model: {loc}: {err['msg']}", path=name
        ) from None


def _list(doc: dict[str, Any], key: str, name: str) -> list[dict[str, Any]]:
    v = doc.get(key) or []
    if not isinstance(v, list) or not all(isinstance(x, dict) for x in v):
        raise ParseError(f"'{key}' must be a list of objects", path=name)
    return v


def _guess(c: dict[str, Any]) -> str:
    text = f"{c.get('type', '')} {c.get('name', '')} {' '.join(_strs(c.get('tags')))}".lower()
    for pattern, t in _GUESS:
        if re.search(pattern, text):
            return t
    return "service"


def _safe_id(value: str) -> str:
    s = re.sub(r"[^A-Za-z0-9_.:-]+", "-", value).strip("-") or "x"
    return s if s[0].isalnum() else "x" + s
