from __future__ import annotations

import pytest

from assura.guard import Guard, ScannerRegistry, default_registry


@pytest.fixture(scope="session")
def registry() -> ScannerRegistry:
    return default_registry()


@pytest.fixture(scope="session")
def guard(registry: ScannerRegistry) -> Guard:
    return Guard(registry=registry)
