"""assura: AI security assurance: inventory, whitebox analysis, ARA, guards, records."""

from assura.errors import AssuraError, UserError
from assura.findings import Evidence, Finding, Location, Severity

__all__ = ["AssuraError", "Evidence", "Finding", "Location", "Severity", "UserError", "__version__"]

__version__ = "0.1.0"
