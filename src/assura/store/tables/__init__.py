"""All tables, imported so ``Base.metadata`` is complete. One module per domain."""

from assura.store.tables.scans import ComponentRow, FindingRow, ScanRow, SystemRow

__all__ = ["ComponentRow", "FindingRow", "ScanRow", "SystemRow"]
