"""Loading detectors: the built-ins plus any registered by other packages.

Third-party detectors register a class under the entry-point group
``assura.inventory.detectors``; the registry is a plain list handed to the scanner.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from importlib.machinery import PathFinder
from typing import Any

from assura.errors import ConfigError
from assura.inventory.detectors import builtin_detectors
from assura.inventory.interface import Detector

__all__ = ["ENTRY_POINT_GROUP", "load_detectors"]

ENTRY_POINT_GROUP = "assura.inventory.detectors"


def load_detectors(*, only: set[str] | None = None, plugins: bool = True) -> list[Detector]:
    """Built-in detectors and entry-point plugins, optionally restricted to ids in ``only``."""
    found = builtin_detectors()
    if plugins:
        for ep in _entry_points(ENTRY_POINT_GROUP):
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


def _entry_points(group: str) -> Iterable[Any]:
    """``importlib.metadata.entry_points(group=group)``, skipped where no installed
    distribution can declare ``group``: importing and scanning metadata costs every
    inventory command about 50 ms here, and most installs have no plugin."""
    if not may_declare(group, sys.path):
        return ()
    from importlib.metadata import entry_points

    return entry_points(group=group)


def may_declare(group: str, paths: Iterable[str]) -> bool:
    """False only when no distribution on ``paths`` declares entry points in ``group``.

    Reads what importlib.metadata's path finder reads (``*.dist-info``, ``*.egg-info`` and
    ``*.egg/EGG-INFO`` folders on each path, their ``entry_points.txt``) and answers True,
    to be safe, wherever it cannot look: a zipped path, an unreadable one, another finder
    of distributions on ``sys.meta_path``.
    """
    if any(hasattr(f, "find_distributions") and f is not PathFinder for f in sys.meta_path):
        return True
    needle = group.encode()
    for entry in paths:
        folder = entry or os.curdir
        try:
            if not os.path.isdir(folder):
                if os.path.exists(folder):
                    return True  # a zip archive: importlib.metadata may find metadata in it
                continue
            with os.scandir(folder) as it:
                names = [d.name for d in it]
        except OSError:
            return True
        for name in names:
            low = name.lower()
            if low.endswith((".dist-info", ".egg-info")):
                meta = os.path.join(folder, name)
            elif low.endswith(".egg"):
                meta = os.path.join(folder, name, "EGG-INFO")
                if not os.path.isdir(os.path.join(folder, name)):
                    return True  # a zipped egg
            else:
                continue
            try:
                with open(os.path.join(meta, "entry_points.txt"), "rb") as fh:
                    if needle in fh.read():
                        return True
            except (FileNotFoundError, NotADirectoryError):
                continue
            except OSError:
                return True
    return False
