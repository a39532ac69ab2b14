"""The asset detector family: model ids, datasets, MCP servers, infrastructure services,
model files and AI credentials. ``DETECTORS`` lists the classes; each is constructible
with no arguments (bundled catalog, default limits).
"""

from __future__ import annotations

from assura.inventory.detectors.asset_credentials import CredentialRefDetector
from assura.inventory.detectors.asset_datasets import DatasetDetector
from assura.inventory.detectors.asset_infra import InfraServiceDetector
from assura.inventory.detectors.asset_keys import HardcodedKeyDetector
from assura.inventory.detectors.asset_mcp import McpConfigDetector
from assura.inventory.detectors.asset_mcp_code import McpCodeDetector
from assura.inventory.detectors.asset_modelfiles import ModelFileDetector
from assura.inventory.detectors.asset_models import ModelIdDetector

__all__ = [
    "DETECTORS",
    "CredentialRefDetector",
    "DatasetDetector",
    "HardcodedKeyDetector",
    "InfraServiceDetector",
    "McpCodeDetector",
    "McpConfigDetector",
    "ModelFileDetector",
    "ModelIdDetector",
]

DETECTORS: list[type] = [
    ModelIdDetector,
    DatasetDetector,
    McpConfigDetector,
    McpCodeDetector,
    InfraServiceDetector,
    CredentialRefDetector,
    HardcodedKeyDetector,
    ModelFileDetector,
]
