"""Guard policies: YAML validated by pydantic (unknown keys are errors), with JSON Schema.

A :class:`Policy` says which scanners run on input and on output, each with a
``threshold`` (score at or above it triggers), an ``action`` (allow, redact, review,
block), per-label ``actions`` overriding it (``CREDIT_CARD: block``), ``fail_closed``
(a scanner error blocks; default true) and scanner options. A :class:`PolicySet` maps
applications and API keys to policies. :func:`load_policy_set` reads either shape from a
file and reports a bad key or value as ``file:line: message``.
"""

from __future__ import annotations

import functools
import hashlib
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import regex
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from assura.errors import ConfigError, InputNotFound, ParseError
from assura.guard.interface import Action, Role
from assura.guard.scanners.pii import ENTITIES

__all__ = [
    "BanTopicsSettings",
    "DirectionPolicy",
    "ExfiltrationSettings",
    "InjectionSettings",
    "InvisibleSettings",
    "LeakageSettings",
    "PiiSettings",
    "Policy",
    "PolicySet",
    "RegexPattern",
    "RegexSettings",
    "ScannerSettings",
    "SecretsSettings",
    "default_policy",
    "load_policy_set",
    "parse_policy_set",
]

DEFAULT_POLICY_RESOURCE = "default_policy.yaml"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ScannerSettings(_Model):
    """Settings every scanner has."""

    enabled: bool = True
    threshold: float = Field(0.5, ge=0.0, le=1.0, description="score at or above it triggers")
    action: Action = Action.BLOCK
    actions: dict[str, Action] = Field(
        default_factory=dict, description="per finding label (e.g. CREDIT_CARD) action override"
    )
    roles: dict[str, Action] = Field(
        default_factory=dict,
        description="per message role (user, system, tool, document, output) action override; "
        "a per-label action wins over it",
    )
    fail_closed: bool = Field(True, description="a scanner error blocks (else it is allowed)")
    message: str | None = Field(None, description="text returned when this scanner blocks")

    @field_validator("roles")
    @classmethod
    def _known_roles(cls, v: dict[str, Action]) -> dict[str, Action]:
        known = [r.value for r in Role]
        bad = [k for k in v if k not in known]
        if bad:
            raise ValueError(f"unknown roles {bad}; known: {', '.join(known)}")
        return v

    def action_for(self, label: str, role: Role) -> Action:
        """The action for a finding: per label, else per role, else the scanner's."""
        return self.actions.get(label) or self.roles.get(role.value) or self.action


class InjectionSettings(ScannerSettings):
    classifier: bool = True
    embedding: bool = Field(
        False,
        description="the heavier tier: all-MiniLM-L6-v2 sentence embeddings and a trained head "
        "beside the n-gram classifier (needs the embedding extra; tens of ms per short prompt)",
    )
    gibberish: bool = True
    framing: bool = Field(
        True,
        description="harmful requests wrapped in a story, game or persona without limits "
        "(English cue lists, catalogs/guard/framing.yaml)",
    )
    steering: bool = Field(
        True,
        description="content that names what its reader does with it (a digest built from "
        "it, whoever handles it) and dictates the result (cue lists in English and five "
        "European languages, catalogs/guard/steering.yaml)",
    )
    discussion: bool = Field(
        True,
        description="weigh down the injection evidence in a text about attacks (a security "
        "write-up, red-team report or essay: catalogs/guard/discussion.yaml)",
    )
    scan_system: bool = False
    patterns_file: str | None = None

    @model_validator(mode="after")
    def _embedding_needs_classifier(self) -> InjectionSettings:
        if self.embedding and not self.classifier:
            raise ValueError("embedding: true blends with the classifier; set classifier: true")
        return self


class SecretsSettings(ScannerSettings):
    action: Action = Action.REDACT
    high_entropy: bool = True


class PiiSettings(ScannerSettings):
    action: Action = Action.REDACT
    entities: list[str] | None = None

    @field_validator("entities")
    @classmethod
    def _known(cls, v: list[str] | None) -> list[str] | None:
        if v is not None:
            bad = [e for e in v if e not in ENTITIES]
            if bad:
                raise ValueError(f"unknown entities {bad}; known: {', '.join(ENTITIES)}")
        return v


class InvisibleSettings(ScannerSettings):
    action: Action = Action.REDACT
    actions: dict[str, Action] = Field(default_factory=lambda: {"TAG_CHARS": Action.BLOCK})
    hidden_markup: bool = True


class ExfiltrationSettings(ScannerSettings):
    threshold: float = Field(0.7, ge=0.0, le=1.0)
    allowed_domains: list[str] = Field(default_factory=list)
    bare_urls: bool = False


class LeakageSettings(ScannerSettings):
    canaries: list[str] = Field(default_factory=list)
    system_prompt: str | None = None


class BanTopicsSettings(ScannerSettings):
    substrings: list[str] = Field(default_factory=list)
    topics: dict[str, list[str]] = Field(default_factory=dict)


class RegexPattern(_Model):
    name: str = Field(pattern=r"^[A-Za-z][A-Za-z0-9_]{0,40}$")
    pattern: str

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, v: str) -> str:
        try:  # the regex scanner runs it with the `regex` package (re's syntax and more)
            regex.compile(v)
        except regex.error as exc:
            raise ValueError(f"not a valid regular expression: {exc}") from None
        return v


class RegexSettings(ScannerSettings):
    action: Action = Action.REDACT
    patterns: list[RegexPattern] = Field(default_factory=list)


class DirectionPolicy(_Model):
    """The scanners of one direction; a scanner left out does not run."""

    prompt_injection: InjectionSettings | None = None
    secrets: SecretsSettings | None = None
    pii: PiiSettings | None = None
    invisible_text: InvisibleSettings | None = None
    exfiltration: ExfiltrationSettings | None = None
    prompt_leakage: LeakageSettings | None = None
    ban_topics: BanTopicsSettings | None = None
    regex: RegexSettings | None = None

    def enabled(self) -> list[tuple[str, ScannerSettings]]:
        out: list[tuple[str, ScannerSettings]] = []
        for name in type(self).model_fields:
            s = getattr(self, name)
            if s is not None and s.enabled:
                out.append((name, s))
        return out


class Policy(_Model):
    version: Literal[1] = 1
    name: str = "default"
    description: str = ""
    input: DirectionPolicy = Field(default_factory=DirectionPolicy)
    output: DirectionPolicy = Field(default_factory=DirectionPolicy)
    restore_redactions: bool = Field(
        True, description="put input values back where their placeholders appear in the output"
    )
    block_message: str = "Blocked by the assura guard policy."
    review_message: str = "Held for human review by the assura guard policy."


class PolicySet(_Model):
    """Policies by name; applications and API keys pick one, else ``default``.

    ``keys`` maps an API key id, or ``sha256:<hex>`` of the key itself (never the raw key
    in a file), to a policy name.
    """

    version: Literal[1] = 1
    default: str = "default"
    policies: dict[str, Policy] = Field(default_factory=dict)
    apps: dict[str, str] = Field(default_factory=dict)
    keys: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _names_exist(self) -> PolicySet:
        names = set(self.policies) | {"default"}
        for where, mapping in (("apps", self.apps), ("keys", self.keys)):
            for k, v in mapping.items():
                if v not in names:
                    raise ValueError(f"{where}.{k} names unknown policy {v!r}")
        if self.default not in names:
            raise ValueError(f"default names unknown policy {self.default!r}")
        return self

    def get(self, name: str) -> Policy:
        if name in self.policies:
            return self.policies[name]
        if name == "default":
            return default_policy()
        raise ConfigError(f"unknown policy {name!r}")

    def select(self, *, app: str | None = None, key: str | None = None) -> Policy:
        """The policy for an API key (by id or sha256), else for the app, else the default."""
        if key is not None:
            digest = "sha256:" + hashlib.sha256(key.encode()).hexdigest()
            for k in (key, digest):
                if k in self.keys:
                    return self.get(self.keys[k])
        if app is not None and app in self.apps:
            return self.get(self.apps[app])
        return self.get(self.default)


@functools.cache
def default_policy() -> Policy:
    """The built-in policy (``catalogs/guard/default_policy.yaml``), parsed once: policies
    are frozen, so every caller can share it."""
    res = resources.files("assura").joinpath("catalogs", "guard", DEFAULT_POLICY_RESOURCE)
    ps = parse_policy_set(res.read_text(encoding="utf-8"), name=DEFAULT_POLICY_RESOURCE)
    return ps.policies.get("default") or next(iter(ps.policies.values()))


def _lines(
    node: yaml.Node, path: tuple[Any, ...], out: dict[tuple[Any, ...], int], loader: yaml.SafeLoader
) -> None:
    """Record the 1-based line of every mapping key and sequence item, keyed by path."""
    out.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            key = loader.construct_object(k, deep=True)
            if isinstance(key, str | int | float | bool):
                out[(*path, key)] = k.start_mark.line + 1
                _lines(v, (*path, key), out, loader)
    elif isinstance(node, yaml.SequenceNode):
        for i, v in enumerate(node.value):
            _lines(v, (*path, i), out, loader)


def parse_policy_set(text: str, *, name: str = "<policy>") -> PolicySet:
    """Parse a policy or a policy set from YAML text; errors name ``name`` and the line."""
    lines: dict[tuple[Any, ...], int] = {}
    try:
        loader = yaml.SafeLoader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                raise ParseError("empty policy file", path=name)
            data = loader.construct_document(node)
            _lines(node, (), lines, loader)
        finally:
            loader.dispose()
    except (yaml.YAMLError, TypeError, ValueError) as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or exc
        raise ParseError(f"not valid YAML: {problem}", path=name,
                         line=mark.line + 1 if mark else None) from None  # fmt: skip
    if not isinstance(data, dict):
        raise ParseError("a policy must be a YAML mapping", path=name, line=1)
    is_set = any(k in data for k in ("policies", "apps", "keys", "default"))
    try:
        if is_set:
            return PolicySet.model_validate(data)
        policy = Policy.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(err["loc"])
        line = None
        for i in range(len(loc), -1, -1):
            if loc[:i] in lines:
                line = lines[loc[:i]]
                break
        where = ".".join(str(p) for p in loc) or "(top level)"
        msg = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
        raise ParseError(f"{where}: {msg}", path=name, line=line) from None
    return PolicySet(default=policy.name, policies={policy.name: policy})


def load_policy_set(path: str | Path) -> PolicySet:
    p = Path(path)
    if not p.is_file():
        raise InputNotFound(f"policy file not found: {p}")
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ParseError(f"cannot read: {exc}", path=str(p)) from None
    return parse_policy_set(text, name=str(p))
