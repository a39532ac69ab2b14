"""The system model a user writes (YAML) for architectural risk analysis.

This is an edge type: pydantic validates user YAML (``extra='forbid'`` so a typo is an
error, not a silently ignored key) and exports a JSON Schema for editors
(``assura ara schema``). Everything downstream reads these frozen models.

A model has ``system`` (name), ``components`` (typed for AI systems, with
security-relevant attributes), ``flows`` (directed: data moves ``from`` → ``to``) and
``trust_boundaries`` (which may nest by naming child boundaries).
"""

from __future__ import annotations

import enum
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = [
    "COMPONENT_FIELDS",
    "FLOW_FIELDS",
    "Component",
    "ComponentType",
    "EvidenceRef",
    "Flow",
    "SystemInfo",
    "SystemModel",
    "TrustBoundary",
    "json_schema",
    "to_yaml",
]

_ID = r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$"
_ID_RE = re.compile(_ID)


class ComponentType(enum.StrEnum):
    """Component types for AI systems (CoSAI Risk Map components, BIML's process model)."""

    USER = "user"
    CLIENT = "client"
    APP = "app"
    LLM = "llm"
    EMBEDDING_MODEL = "embedding_model"
    VECTOR_STORE = "vector_store"
    DOCUMENT_LOADER = "document_loader"
    EXTERNAL_CONTENT = "external_content"
    TOOL = "tool"
    MCP_SERVER = "mcp_server"
    AGENT = "agent"
    MEMORY = "memory"
    TRAINING_PIPELINE = "training_pipeline"
    DATASET = "dataset"
    MODEL_REGISTRY = "model_registry"
    MODEL_HUB = "model_hub"
    GUARDRAIL = "guardrail"
    HUMAN_REVIEWER = "human_reviewer"
    MONITORING = "monitoring"
    SECRET_STORE = "secret_store"
    DATABASE = "database"
    SERVICE = "service"


Trust = Literal["untrusted", "trusted"]
Principal = Literal[
    "public", "authenticated_users", "internal", "pipeline", "admins", "third_party", "agent"
]
Capability = Literal[
    "shell",
    "code_execution",
    "filesystem_read",
    "filesystem_write",
    "network",
    "email",
    "payments",
    "database_read",
    "database_write",
    "browser",
    "deploy",
    "publish",
]


class EvidenceRef(BaseModel):
    """Where an inferred element came from (set by ``assura ara infer``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    path: str
    line: int | None = None
    detector: str | None = None
    snippet: str | None = None


class SystemInfo(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, max_length=200)
    description: str | None = None
    version: str | None = None
    owner: str | None = None


class Component(BaseModel):
    """One part of the system. Unset attributes mean "unknown", not "no"."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=_ID)
    type: ComponentType
    name: str | None = None
    description: str | None = None
    trust: Trust | None = None
    """Overrides the default (users, external content and model hubs are untrusted)."""
    hosting: Literal["self_hosted", "cloud", "saas", "third_party", "on_device"] | None = None
    provider: str | None = None
    variant: Literal["base", "fine_tuned"] | None = None
    source: Literal["internal", "vendor", "public_hub", "third_party", "user", "web"] | None = None
    writable_by: tuple[Principal, ...] = ()
    readable_by: tuple[Principal, ...] = ()
    data_classification: (
        Literal["public", "internal", "confidential", "pii", "secret", "regulated"] | None
    ) = None
    holds: tuple[str, ...] = ()
    """What it stores: pii, secrets, credentials, model_weights, training_data, ..."""
    authentication: Literal["none", "api_key", "oauth", "mtls", "sso", "iam"] | None = None
    human_approval: bool | None = None
    pinned: bool | None = None
    verified: bool | None = None
    capabilities: tuple[Capability, ...] = ()
    side_effects: bool | None = None
    guards: tuple[str, ...] = ()
    """assura guard policies enforced here, e.g. prompt-injection, pii-redaction."""
    sandboxed: bool | None = None
    least_privilege: bool | None = None
    rate_limited: bool | None = None
    logging: bool | None = None
    properties: dict[str, Any] = Field(default_factory=dict)
    inferred_from: tuple[EvidenceRef, ...] = ()

    @field_validator("type", mode="before")
    @classmethod
    def _known_type(cls, v: Any) -> Any:
        if isinstance(v, str) and v not in _TYPE_VALUES:
            raise ValueError(
                f"unknown component type {v!r} (expected one of: {', '.join(sorted(_TYPE_VALUES))})"
            )
        return v

    @property
    def label(self) -> str:
        return self.name or self.id


_TYPE_VALUES = frozenset(t.value for t in ComponentType)


class Flow(BaseModel):
    """A directed data flow: what ``from`` sends to ``to``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    id: str | None = Field(default=None, pattern=_ID)
    from_: str = Field(alias="from")
    to: str
    carries: tuple[str, ...] = ()
    """prompt, response, retrieved_content, documents, tool_call, pii, secrets, ..."""
    protocol: str | None = None
    authenticated: bool | None = None
    encrypted: bool | None = None
    description: str | None = None
    properties: dict[str, Any] = Field(default_factory=dict)
    inferred_from: tuple[EvidenceRef, ...] = ()


class TrustBoundary(BaseModel):
    """A trust zone: components inside it, and child boundaries nested in it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=_ID)
    name: str | None = None
    trust: Trust | None = None
    components: tuple[str, ...] = ()
    boundaries: tuple[str, ...] = ()


class SystemModel(BaseModel):
    """The whole model file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_version: Literal[1] = 1
    system: SystemInfo
    components: tuple[Component, ...] = Field(min_length=1)
    flows: tuple[Flow, ...] = ()
    trust_boundaries: tuple[TrustBoundary, ...] = ()


COMPONENT_FIELDS = frozenset(Component.model_fields) - {"properties", "inferred_from"}
FLOW_FIELDS = (frozenset(Flow.model_fields) - {"from_", "properties", "inferred_from"}) | {
    "from",
    "crosses_boundary",
}


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the model file, for editors (YAML language servers)."""
    schema = SystemModel.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "assura ARA system model"
    return schema


def valid_id(value: str) -> bool:
    return bool(_ID_RE.match(value))


def to_yaml(model: SystemModel, header: str | None = None) -> str:
    """The model as YAML (defaults left out), in the order a person would write it."""
    import yaml

    data = model.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    data = {"schema_version": 1, **data}
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    return (header or "") + text
