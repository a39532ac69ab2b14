"""The AI package catalog: which distributions, imports and module specifiers are AI.

The data lives in ``assura/catalogs/ai_packages.yaml`` (loaded from its JSON copy: see
:mod:`assura.inventory.catalog_files`);
this module turns it into lookups:

- :meth:`PackageCatalog.pypi`, :meth:`~PackageCatalog.npm`, :meth:`~PackageCatalog.conda`:
  a distribution name to a :class:`PackageInfo` (explicit entries first, then the
  integration-family prefixes such as ``langchain-*`` and ``@ai-sdk/*``);
- :meth:`~PackageCatalog.python_module` and :meth:`~PackageCatalog.js_module`: an imported
  module to the package that provides it;
- :meth:`~PackageCatalog.implications`: the services and vector stores an import reveals
  through the names it imports (``ChatOpenAI``, ``FAISS``) or its path
  (``langchain/vectorstores/chroma``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from assura.errors import ConfigError
from assura.inventory.catalog_files import bundled
from assura.inventory.interface import ComponentKind

__all__ = [
    "Implication",
    "PackageCatalog",
    "PackageInfo",
    "ServiceInfo",
    "js_package_name",
    "load_package_catalog",
    "normalise_pypi",
]

_KINDS = {
    "sdk": ComponentKind.SDK,
    "agent_framework": ComponentKind.AGENT_FRAMEWORK,
    "vector_store": ComponentKind.VECTOR_STORE,
}
_SPLIT = re.compile(r"[./]")
_OTHER = ("go", "maven", "cargo", "nuget")
# npm packages served by CDNs: https://esm.sh/openai@4, https://cdn.jsdelivr.net/npm/x ...
_CDN = re.compile(
    r"^https?://(?:esm\.sh|cdn\.skypack\.dev|unpkg\.com|esm\.run|cdn\.jsdelivr\.net/npm"
    r"|deno\.land/x)/(?:v\d+/)?(.+)$"
)


def normalise_pypi(name: str) -> str:
    """PEP 503 normal form: lower case, runs of ``-_.`` become one ``-``."""
    return re.sub(r"[-_.]+", "-", name.strip()).lower()


@dataclass(frozen=True, slots=True)
class PackageInfo:
    """One catalog package. ``package`` is the distribution name that matched."""

    name: str
    kind: ComponentKind
    provider: str | None = None
    service: str | None = None
    vector_store: str | None = None
    aliases: tuple[str, ...] = ()
    require_symbols: frozenset[str] = frozenset()
    require_submodules: tuple[str, ...] = ()
    package: str = ""


@dataclass(frozen=True, slots=True)
class ServiceInfo:
    name: str
    provider: str | None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Implication:
    """A service or vector store revealed by an import (``kind`` is SERVICE or VECTOR_STORE)."""

    kind: ComponentKind
    name: str


@dataclass(frozen=True, slots=True)
class _Prefix:
    value: str
    ecosystem: str  # pypi, pypi_suffix or npm
    provider: str | None
    import_prefix: str | None


@dataclass(frozen=True, slots=True)
class _ImportPath:
    module: str
    template: str
    categories: Mapping[str, int]


@dataclass(frozen=True, slots=True)
class _Symbol:
    implication: Implication
    modules: tuple[str, ...]


def _strs(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(str(v) for v in value)
    raise ConfigError(f"AI package catalog: expected a list of names, got {value!r}")


class PackageCatalog:
    """Lookups over the catalog data (the parsed YAML mapping)."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        try:
            self._build(data)
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            raise ConfigError(f"AI package catalog is malformed: {exc}") from None

    def _build(self, data: Mapping[str, Any]) -> None:
        self.services: dict[str, ServiceInfo] = {
            name: ServiceInfo(name, spec.get("provider"), _strs(spec.get("aliases")))
            for name, spec in (data.get("services") or {}).items()
        }
        self._tokens: dict[str, Implication] = {}
        for token, spec in (data.get("tokens") or {}).items():
            if "service" in spec:
                self._tokens[normalise_pypi(token)] = Implication(
                    ComponentKind.SERVICE, spec["service"]
                )
            elif "vector_store" in spec:
                self._tokens[normalise_pypi(token)] = Implication(
                    ComponentKind.VECTOR_STORE, spec["vector_store"]
                )
        self._markers = frozenset(_strs(data.get("path_markers")))
        self._pypi: dict[str, PackageInfo] = {}
        self._npm: dict[str, PackageInfo] = {}
        self._conda: dict[str, PackageInfo] = {}
        self._imports: dict[str, PackageInfo] = {}
        self._other: dict[str, dict[str, PackageInfo]] = {eco: {} for eco in _OTHER}
        self.entries: list[PackageInfo] = []
        for raw in data.get("packages") or []:
            info = PackageInfo(
                name=str(raw["name"]),
                kind=_KINDS[raw["kind"]],
                provider=raw.get("provider"),
                service=raw.get("service"),
                vector_store=raw.get("vector_store"),
                aliases=_strs(raw.get("aliases")),
                require_symbols=frozenset(_strs(raw.get("require_symbols"))),
                require_submodules=_strs(raw.get("require_submodules")),
            )
            self.entries.append(info)
            for dist in _strs(raw.get("pypi")):
                self._pypi[normalise_pypi(dist)] = replace(info, package=dist)
            for dist in _strs(raw.get("npm")):
                self._npm[dist.lower()] = replace(info, package=dist)
            for dist in _strs(raw.get("conda")):
                self._conda[dist.lower()] = replace(info, package=dist)
            for eco in _OTHER:
                for dist in _strs(raw.get(eco)):
                    self._other[eco][dist.lower()] = replace(info, package=dist)
            pypi_names = _strs(raw.get("pypi"))
            for module in _strs(raw.get("imports")):
                self._imports[module] = replace(info, package=pypi_names[0] if pypi_names else "")
        self._prefixes: list[_Prefix] = []
        for raw in data.get("prefixes") or []:
            for eco in ("pypi", "pypi_suffix", "npm", *_OTHER):
                if eco in raw:
                    self._prefixes.append(
                        _Prefix(raw[eco], eco, raw.get("provider"), raw.get("import"))
                    )
        self._import_paths = [
            _ImportPath(raw["module"], raw["template"], dict(raw["categories"]))
            for raw in data.get("import_paths") or []
        ]
        self._categories = sorted(
            {c.replace("_", "-") for p in self._import_paths for c in p.categories}
            | {m.replace("_", "-") for m in self._markers},
            key=len,
            reverse=True,
        )
        self._symbols: dict[str, list[_Symbol]] = {}
        for raw in data.get("symbols") or []:
            if "service" in raw:
                imp = Implication(ComponentKind.SERVICE, raw["service"])
            else:
                imp = Implication(ComponentKind.VECTOR_STORE, raw["vector_store"])
            rule = _Symbol(imp, _strs(raw.get("modules")))
            for name in _strs(raw.get("names")):
                self._symbols.setdefault(name, []).append(rule)

    # -- distributions ------------------------------------------------------------------

    def pypi(self, dist: str) -> PackageInfo | None:
        key = normalise_pypi(dist)
        found = self._pypi.get(key)
        if found is not None:
            return found
        for prefix in self._prefixes:
            if prefix.ecosystem == "pypi" and key.startswith(prefix.value) and key != prefix.value:
                return self._family(key, key[len(prefix.value) :], prefix)
            if prefix.ecosystem == "pypi_suffix" and key.endswith(prefix.value):
                rest = key[: -len(prefix.value)]
                if rest:
                    return self._family(key, rest, prefix)
        return None

    def npm(self, name: str) -> PackageInfo | None:
        key = name.strip().lower()
        found = self._npm.get(key)
        if found is not None:
            return found
        for prefix in self._prefixes:
            if prefix.ecosystem == "npm" and key.startswith(prefix.value) and key != prefix.value:
                return self._family(key, key[len(prefix.value) :], prefix)
        return None

    def lookup(self, ecosystem: str, name: str) -> PackageInfo | None:
        """Any ecosystem: pypi, npm, conda, go (module path prefix), maven, cargo, nuget."""
        if ecosystem == "pypi":
            return self.pypi(name)
        if ecosystem == "npm":
            return self.npm(name)
        if ecosystem == "conda":
            return self.conda(name)
        table = self._other.get(ecosystem)
        if table is None:
            return None
        key = name.strip().lower()
        if ecosystem == "go":
            parts = key.split("/")
            for end in range(len(parts), 1, -1):
                found = table.get("/".join(parts[:end]))
                if found is not None:
                    return found
            return None
        found = table.get(key)
        if found is not None:
            return found
        for prefix in self._prefixes:
            if prefix.ecosystem == ecosystem and key.startswith(prefix.value.lower()):
                return PackageInfo(
                    name=name.strip(), kind=ComponentKind.SDK, provider=prefix.provider,
                    package=name.strip(),
                )  # fmt: skip
        return None

    def conda(self, name: str) -> PackageInfo | None:
        key = name.strip().lower()
        return self._conda.get(key) or self.pypi(key)

    def _family(self, dist: str, rest: str, prefix: _Prefix) -> PackageInfo:
        service = vector_store = None
        imp = self.token(rest)
        if imp is None:
            for category in self._categories:
                if rest.startswith(category + "-"):
                    imp = self.token(rest[len(category) + 1 :])
                    break
        if imp is not None and imp.kind is ComponentKind.SERVICE:
            service = imp.name
        elif imp is not None:
            vector_store = imp.name
        return PackageInfo(
            name=dist,
            kind=ComponentKind.SDK,
            provider=prefix.provider,
            service=service,
            vector_store=vector_store,
            package=dist,
        )

    def token(self, token: str) -> Implication | None:
        return self._tokens.get(normalise_pypi(token))

    # -- imports -------------------------------------------------------------------------

    def python_module(self, module: str) -> PackageInfo | None:
        """The package providing a Python module (``a.b.c``), or None."""
        parts = module.split(".")
        for rule in self._import_paths:
            if parts[0] == rule.module and len(parts) > 1 and parts[1] in rule.categories:
                depth = rule.categories[parts[1]]
                if len(parts) > 1 + depth:
                    dist = rule.template.format(
                        category=parts[1].replace("_", "-"), name=parts[1 + depth]
                    )
                    return self.pypi(dist)
        for end in range(len(parts), 0, -1):
            found = self._imports.get(".".join(parts[:end]))
            if found is not None:
                return found
        for prefix in self._prefixes:
            if prefix.import_prefix and parts[0].startswith(prefix.import_prefix):
                return self.pypi(prefix.value + parts[0][len(prefix.import_prefix) :])
        return None

    def python_import_words(self) -> frozenset[str]:
        """Strings a Python text must hold before :meth:`python_module` or
        :meth:`implications` can find anything in it: the first part of every module the
        catalog names, and every import prefix (an import spells its module's first part)."""
        found = {rule.module for rule in self._import_paths}
        found.update(module.split(".")[0] for module in self._imports)
        found.update(p.import_prefix for p in self._prefixes if p.import_prefix)
        found.update(
            _SPLIT.split(m)[0] for rules in self._symbols.values() for r in rules for m in r.modules
        )
        return frozenset(w for w in found if w)

    def js_module(self, spec: str) -> PackageInfo | None:
        """The npm package behind a JS/TS module specifier (subpaths allowed), or None."""
        package = js_package_name(spec)
        return self.npm(package) if package else None

    def implications(
        self, module: str, names: Iterable[str], *, resolved: bool
    ) -> list[Implication]:
        """Services/stores revealed by importing ``names`` from ``module`` (or its path)."""
        found: list[Implication] = []
        for name in names:
            for rule in self._symbols.get(name, ()):
                if rule.modules:
                    if any(_module_matches(module, m) for m in rule.modules):
                        found.append(rule.implication)
                elif resolved:
                    found.append(rule.implication)
        if resolved and self._markers:
            parts = _SPLIT.split(module)
            for i, part in enumerate(parts[:-1]):
                if part in self._markers:
                    imp = self.token(parts[i + 1])
                    if imp is not None:
                        found.append(imp)
        return found

    def service(self, name: str) -> ServiceInfo:
        return self.services.get(name) or ServiceInfo(name, name)


def _module_matches(module: str, pattern: str) -> bool:
    if pattern.endswith("/"):
        return module.startswith(pattern)
    return module == pattern or module.startswith((pattern + ".", pattern + "/"))


def js_package_name(spec: str) -> str | None:
    """``@scope/pkg/sub`` → ``@scope/pkg``; ``pkg/sub`` → ``pkg``; relative/URL → None."""
    spec = spec.strip()
    if spec.startswith("npm:"):
        spec = spec[4:]
    cdn = _CDN.match(spec)
    if cdn:
        spec = cdn.group(1)
    if not spec or spec[0] in "./~#" or ":" in spec or spec.startswith("@/"):
        return None
    parts = spec.split("/")
    if spec.startswith("@"):
        if len(parts) < 2 or not parts[1]:
            return None
        return parts[0] + "/" + parts[1].split("@", 1)[0]
    return parts[0].split("@", 1)[0] or None


def load_package_catalog(path: Path | None = None) -> PackageCatalog:
    """The bundled catalog, or the YAML file at ``path`` (a user's extended copy)."""
    if path is None:
        return _bundled()
    import yaml  # only for a user's file: the bundled catalog is read from its JSON copy

    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read AI package catalog {path}: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"AI package catalog {path} is not a mapping")
    return PackageCatalog(data)


@functools.lru_cache(maxsize=1)
def _bundled() -> PackageCatalog:
    return PackageCatalog(bundled("ai_packages"))
