"""Loader for the AI-provider catalog (``assura/catalogs/ai_providers.yaml``, loaded from
its JSON copy: see :mod:`assura.inventory.catalog_files`).

The catalog is data, not code: provider ids with their credential env vars and API hosts,
model-id families, literal-key formats, model-server images and cloud resource types. The
asset detectors receive a :class:`ProviderCatalog`; :func:`default_catalog` loads the
bundled one once (read-only, so sharing it is safe).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assura.errors import ConfigError
from assura.inventory.catalog_files import bundled

__all__ = [
    "ImageRule",
    "KeyFormat",
    "ModelFamily",
    "Provider",
    "ProviderCatalog",
    "default_catalog",
    "load_catalog",
]


@dataclass(frozen=True, slots=True)
class Provider:
    id: str
    service: str
    env_prefixes: tuple[str, ...]
    env_vars: tuple[str, ...]
    hosts: tuple[re.Pattern[str], ...]
    implies_service: bool = True
    context_env_vars: tuple[str, ...] = ()
    context_words: tuple[str, ...] = ()
    service_env_vars: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ModelFamily:
    provider: str
    pattern: re.Pattern[str]
    anywhere: bool


@dataclass(frozen=True, slots=True)
class KeyFormat:
    provider: str
    pattern: re.Pattern[str]
    prefix: str
    context: tuple[str, ...]
    file_context: tuple[str, ...]
    deny_context: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ImageRule:
    pattern: re.Pattern[str]
    kind: str
    name: str


@dataclass(frozen=True, slots=True)
class ProviderCatalog:
    providers: tuple[Provider, ...]
    credential_suffixes: tuple[str, ...]
    env_framework_prefixes: tuple[str, ...]
    env_exclude_words: tuple[str, ...]
    model_families: tuple[ModelFamily, ...]
    model_anywhere: re.Pattern[str]
    model_any: re.Pattern[str]
    hf_orgs: frozenset[str]
    hf_org_name_guard: dict[str, re.Pattern[str]]
    hf_classic_ids: frozenset[str]
    key_formats: tuple[KeyFormat, ...]
    key_any: re.Pattern[str]
    images: tuple[ImageRule, ...]
    terraform: tuple[tuple[str, str], ...]
    cloud_resource_types: tuple[tuple[re.Pattern[str], str], ...]
    host_any: re.Pattern[str]

    def provider(self, provider_id: str) -> Provider | None:
        for p in self.providers:
            if p.id == provider_id:
                return p
        return None

    def service_of(self, provider_id: str) -> str:
        p = self.provider(provider_id)
        return p.service if p else provider_id


def _strs(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ConfigError(f"provider catalog: expected a list, got {value!r}")
    return tuple(str(v) for v in value)


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise ConfigError(f"provider catalog: bad regex in {where}: {exc}") from None


def _parse(data: Any) -> ProviderCatalog:
    if not isinstance(data, dict):
        raise ConfigError("provider catalog: top level must be a mapping")
    providers = []
    for raw in data.get("providers") or []:
        pid = str(raw["id"])
        providers.append(
            Provider(
                id=pid,
                service=str(raw.get("service") or pid),
                env_prefixes=_strs(raw.get("env_prefixes")),
                env_vars=_strs(raw.get("env_vars")),
                hosts=tuple(_compile(h, f"hosts of {pid}") for h in _strs(raw.get("hosts"))),
                implies_service=bool(raw.get("implies_service", True)),
                context_env_vars=_strs(raw.get("context_env_vars")),
                context_words=tuple(w.lower() for w in _strs(raw.get("context_words"))),
                service_env_vars=_strs(raw.get("service_env_vars")),
            )
        )
    families = tuple(
        ModelFamily(
            provider=str(f["provider"]),
            pattern=_compile(rf"(?:{f['pattern']})", f"model family {f['provider']}"),
            anywhere=bool(f.get("anywhere", False)),
        )
        for f in data.get("model_families") or []
    )
    keys = tuple(
        KeyFormat(
            provider=str(k["provider"]),
            pattern=_compile(str(k["pattern"]), f"key format {k['provider']}"),
            prefix=str(k.get("prefix") or ""),
            context=tuple(s.lower() for s in _strs(k.get("context"))),
            file_context=tuple(s.lower() for s in _strs(k.get("file_context"))),
            deny_context=tuple(s.lower() for s in _strs(k.get("deny_context"))),
        )
        for k in data.get("key_formats") or []
    )
    any_parts = "|".join(f.pattern.pattern for f in families if f.anywhere) or "(?!)"
    all_parts = "|".join(f.pattern.pattern for f in families) or "(?!)"
    key_parts = "|".join(f"(?:{k.pattern.pattern})" for k in keys) or "(?!)"
    host_parts = "|".join(h.pattern for p in providers for h in p.hosts) or "(?!)"
    guards = {
        str(org).lower(): _compile(str(rx), f"hf_org_name_guard {org}")
        for org, rx in (data.get("hf_org_name_guard") or {}).items()
    }
    return ProviderCatalog(
        providers=tuple(providers),
        credential_suffixes=_strs(data.get("credential_suffixes")),
        env_framework_prefixes=_strs(data.get("env_framework_prefixes")),
        env_exclude_words=_strs(data.get("env_exclude_words")),
        model_families=families,
        model_anywhere=_compile(any_parts, "model families"),
        model_any=_compile(all_parts, "model families"),
        hf_orgs=frozenset(s.lower() for s in _strs(data.get("hf_orgs"))),
        hf_org_name_guard=guards,
        hf_classic_ids=frozenset(s.lower() for s in _strs(data.get("hf_classic_ids"))),
        key_formats=keys,
        key_any=_compile(rf"(?<![A-Za-z0-9_\-])(?:{key_parts})(?![A-Za-z0-9_\-])", "keys"),
        images=tuple(
            ImageRule(
                pattern=_compile(str(i["pattern"]), f"image {i['name']}"),
                kind=str(i["kind"]),
                name=str(i["name"]),
            )
            for i in data.get("images") or []
        ),
        terraform=tuple((str(t["prefix"]), str(t["service"])) for t in data.get("terraform") or []),
        cloud_resource_types=tuple(
            (_compile(str(t["pattern"]), "cloud_resource_types"), str(t["service"]))
            for t in data.get("cloud_resource_types") or []
        ),
        host_any=_compile(host_parts, "hosts"),
    )


def load_catalog(path: Path) -> ProviderCatalog:
    """Load a user-supplied catalog file (same format as the bundled one)."""
    import yaml  # only for a user's file: the bundled catalog is read from its JSON copy

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read provider catalog {path}: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"provider catalog {path} is not valid YAML: {exc}") from None
    try:
        return _parse(data)
    except (KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(f"provider catalog {path}: malformed entry ({exc})") from None


@functools.lru_cache(maxsize=1)
def default_catalog() -> ProviderCatalog:
    """The bundled catalog, parsed once."""
    return _parse(bundled("ai_providers"))
