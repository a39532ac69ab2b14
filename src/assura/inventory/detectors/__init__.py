"""Built-in inventory detectors.

Two families, each listed by its own module: ``sdk_detectors`` (packages, imports,
manifests and lock files: SDKs, agent frameworks, vector stores, the services they call)
and ``asset_detectors`` (model ids, datasets, MCP servers, infrastructure, model files,
credentials). Third-party detectors register under the entry-point group
``assura.inventory.detectors`` and are loaded by :mod:`assura.inventory.registry`.
"""

from __future__ import annotations

from assura.inventory.interface import Detector

__all__ = ["builtin_detectors"]


def builtin_detectors() -> list[Detector]:
    """A fresh instance of every built-in detector."""
    found: list[Detector] = []
    try:
        from assura.inventory.detectors import sdk_detectors

        found.extend(cls() for cls in sdk_detectors.DETECTORS)
    except ImportError:  # pragma: no cover - family not present in a trimmed build
        pass
    try:
        from assura.inventory.detectors import asset_detectors

        found.extend(cls() for cls in asset_detectors.DETECTORS)
    except ImportError:  # pragma: no cover
        pass
    return found
