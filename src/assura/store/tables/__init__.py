"""All tables, imported so ``Base.metadata`` is complete. One module per domain."""

from assura.store.tables import access as access  # noqa: F401
from assura.store.tables import ara as ara  # noqa: F401
from assura.store.tables import gateway as gateway  # noqa: F401
from assura.store.tables import ledger as ledger  # noqa: F401
from assura.store.tables import maturity as maturity  # noqa: F401
from assura.store.tables import review as review  # noqa: F401
from assura.store.tables.scans import ComponentRow, FindingRow, ScanRow, SystemRow

__all__ = ["ComponentRow", "FindingRow", "ScanRow", "SystemRow"]
