"""Inventory: discover the AI components of a repo, a monorepo or a folder of repos.

>>> from assura.inventory import scan_path
>>> result = scan_path("examples/chatbot")
>>> [(c.kind.value, c.name) for _, c in result.components]
"""

from assura.inventory.interface import Component, ComponentKind, Detector, SourceFile
from assura.inventory.registry import load_detectors
from assura.inventory.scanner import InventoryResult, SystemInventory, component_dict, scan_path
from assura.inventory.walker import Skipped

__all__ = [
    "Component",
    "ComponentKind",
    "Detector",
    "InventoryResult",
    "Skipped",
    "SourceFile",
    "SystemInventory",
    "component_dict",
    "load_detectors",
    "scan_path",
]
