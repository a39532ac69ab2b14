"""The scanner registry: scanner id → factory building it from its policy settings.

A registry is passed to :class:`~assura.guard.engine.Guard` (not a module global).
``default_registry()`` holds the built-ins; third parties add theirs with ``register``
or through the ``assura.guard.scanners`` entry-point group (``load_entry_points``).
Heavy shared resources (the classifier weights, the pattern set) are loaded once per
registry, lazily.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from assura.errors import ConfigError
from assura.guard.classifier import MULTI_RESOURCE, Model, load_model
from assura.guard.discussion import load_discussion
from assura.guard.framing import load_framing
from assura.guard.interface import Scanner
from assura.guard.patterns import PatternSet, load_patterns
from assura.guard.scanners.exfiltration import ExfiltrationScanner
from assura.guard.scanners.injection import PromptInjectionScanner
from assura.guard.scanners.invisible import InvisibleTextScanner
from assura.guard.scanners.leakage import PromptLeakageScanner
from assura.guard.scanners.pii import PiiScanner
from assura.guard.scanners.regex import RegexScanner
from assura.guard.scanners.secrets import SecretsScanner
from assura.guard.scanners.topics import BanTopicsScanner
from assura.guard.semantic import SemanticModel, load_semantic
from assura.guard.steering import load_steering

__all__ = ["ENTRY_POINT_GROUP", "Factory", "ScannerRegistry", "default_registry"]

ENTRY_POINT_GROUP = "assura.guard.scanners"
Factory = Callable[[Any, "ScannerRegistry"], Scanner]


class ScannerRegistry:
    def __init__(self) -> None:
        self._factories: dict[str, Factory] = {}

    def register(self, scanner_id: str, factory: Factory) -> None:
        self._factories[scanner_id] = factory

    def ids(self) -> list[str]:
        return sorted(self._factories)

    def build(self, scanner_id: str, settings: Any) -> Scanner:
        try:
            factory = self._factories[scanner_id]
        except KeyError:
            raise ConfigError(f"no scanner registered under {scanner_id!r}") from None
        return factory(settings, self)

    @cached_property
    def model(self) -> Model:
        return load_model()

    @cached_property
    def multi_model(self) -> Model:
        return load_model(resource=MULTI_RESOURCE)

    @cached_property
    def semantic(self) -> SemanticModel:
        return load_semantic()

    @cached_property
    def patterns(self) -> PatternSet:
        return load_patterns()

    def load_entry_points(self) -> None:
        for ep in entry_points(group=ENTRY_POINT_GROUP):
            self.register(ep.name, ep.load())


def _injection(s: Any, reg: ScannerRegistry) -> Scanner:
    pats = load_patterns(Path(s.patterns_file)) if s.patterns_file else reg.patterns
    return PromptInjectionScanner(
        patterns=pats,
        model=reg.model if s.classifier else None,
        multi_model=reg.multi_model if s.classifier else None,
        semantic=reg.semantic if s.embedding else None,
        framing=load_framing() if s.framing else None,
        discussion=load_discussion() if s.discussion else None,
        steering=load_steering() if s.steering else None,
        gibberish=s.gibberish,
        scan_system=s.scan_system,
    )


def default_registry() -> ScannerRegistry:
    reg = ScannerRegistry()
    reg.register("prompt_injection", _injection)
    reg.register("secrets", lambda s, r: SecretsScanner(high_entropy=s.high_entropy))
    reg.register("pii", lambda s, r: PiiScanner(entities=s.entities))
    reg.register("invisible_text", lambda s, r: InvisibleTextScanner(hidden_markup=s.hidden_markup))
    reg.register(
        "exfiltration",
        lambda s, r: ExfiltrationScanner(allowed_domains=s.allowed_domains, bare_urls=s.bare_urls),
    )
    reg.register(
        "prompt_leakage",
        lambda s, r: PromptLeakageScanner(canaries=s.canaries, system_prompt=s.system_prompt),
    )
    reg.register(
        "ban_topics", lambda s, r: BanTopicsScanner(substrings=s.substrings, topics=s.topics)
    )
    reg.register(
        "regex", lambda s, r: RegexScanner(patterns=[(p.name, p.pattern) for p in s.patterns])
    )
    return reg
