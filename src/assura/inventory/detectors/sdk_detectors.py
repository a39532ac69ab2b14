"""The package family of inventory detectors: SDKs, agent frameworks, vector stores and
the AI services they imply, from imports (Python, notebooks, JavaScript/TypeScript),
dependency manifests, lock files and vector schemas.

``DETECTORS`` lists the detector classes; each takes an optional
:class:`~assura.inventory.catalog_packages.PackageCatalog` (default: the bundled one).
"""

from __future__ import annotations

from assura.inventory.detectors.pkg_install import InstallCommandDetector
from assura.inventory.detectors.pkg_javascript import JavaScriptImportDetector
from assura.inventory.detectors.pkg_locks import PythonLockDetector
from assura.inventory.detectors.pkg_manifests import (
    PipfileDetector,
    PyprojectDetector,
    RequirementsDetector,
)
from assura.inventory.detectors.pkg_notebook import NotebookDetector
from assura.inventory.detectors.pkg_npm import NpmLockDetector, PackageJsonDetector
from assura.inventory.detectors.pkg_other import OtherEcosystemDetector
from assura.inventory.detectors.pkg_python import PythonImportDetector
from assura.inventory.detectors.pkg_setup import CondaEnvironmentDetector, SetupDetector
from assura.inventory.detectors.pkg_vectorsql import VectorSchemaDetector

__all__ = [
    "DETECTORS",
    "CondaEnvironmentDetector",
    "InstallCommandDetector",
    "JavaScriptImportDetector",
    "NotebookDetector",
    "NpmLockDetector",
    "OtherEcosystemDetector",
    "PackageJsonDetector",
    "PipfileDetector",
    "PyprojectDetector",
    "PythonImportDetector",
    "PythonLockDetector",
    "RequirementsDetector",
    "SetupDetector",
    "VectorSchemaDetector",
]

DETECTORS: list[type] = [
    PythonImportDetector,
    NotebookDetector,
    JavaScriptImportDetector,
    RequirementsDetector,
    PyprojectDetector,
    PipfileDetector,
    SetupDetector,
    CondaEnvironmentDetector,
    PythonLockDetector,
    PackageJsonDetector,
    NpmLockDetector,
    VectorSchemaDetector,
    InstallCommandDetector,
    OtherEcosystemDetector,
]
