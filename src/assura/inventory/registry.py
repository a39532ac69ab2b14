"""Loading detectors: the built-ins plus any registered by other packages.

Third-party detectors register a class under the entry-point group
``assura.inventory.detectors``; the registry is a plain list handed to the scanner.
"""

from __future__ import annotations

from importlib.metadata import entry_points

from assura.errors import ConfigError
from assura.inventory.detectors import builtin_detectors
from assura.inventory.interface import Detector

__all__ = ["ENTRY_POINT_GROUP", "load_detectors"]

ENTRY_POINT_GROUP = "assura.inventory.detectors"


def load_detectors(*, only: set[str] | None = None, plugins: bool = True) -> list[Detector]:
    """Built-in detectors and entry-point plugins, optionally restricted to ids in ``only``."""
    found = builtin_detectors()
    if plugins:
        for ep in entry_points(group=ENTRY_POINT_GROUP):
            try:
                cls = ep.load()
            except Exception as exc:
                raise ConfigError(
                    f"inventory detector plugin {ep.name!r} failed to load: {exc}"
                ) from None
            det = cls()
            if not isinstance(det, Detector):
                raise ConfigError(
                    f"inventory detector plugin {ep.name!r} does not implement Detector"
                )
            found.append(det)
    ids = [d.id for d in found]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise ConfigError(f"duplicate inventory detector ids: {', '.join(sorted(dupes))}")
    if only is not None:
        unknown = only - set(ids)
        if unknown:
            raise ConfigError(f"unknown detector ids: {', '.join(sorted(unknown))}")
        found = [d for d in found if d.id in only]
    return found
