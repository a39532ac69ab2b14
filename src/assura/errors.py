"""The one exception hierarchy of assura.

Every error a user can cause derives from :class:`UserError`; the CLI turns it into one
line on stderr and exit code 2, the API into an HTTP 4xx. Anything else escaping is a bug.

    AssuraError                      root; ``diagnostics()`` is the human-readable text
    ├── UserError                    bad input the user can fix (exit 2, HTTP 4xx)
    │   ├── InputNotFound            a path, scan or record that does not exist (HTTP 404)
    │   ├── InvalidInput             malformed file, bad argument value (HTTP 400/422)
    │   │   └── ParseError           a file that does not parse; names file and line
    │   ├── ConfigError              wrong settings or policy
    │   └── PermissionDenied         an access decision said no (HTTP 403)
    ├── StoreError                   the database failed or is unreachable
    └── IntegrityError               tampering detected (ledger, signatures, hashes)
"""

from __future__ import annotations

__all__ = [
    "AssuraError",
    "ConfigError",
    "InputNotFound",
    "IntegrityError",
    "InvalidInput",
    "ParseError",
    "PermissionDenied",
    "StoreError",
    "UserError",
]


class AssuraError(Exception):
    """Root of every error assura raises on purpose."""

    exit_code: int = 3
    http_status: int = 500

    def diagnostics(self) -> str:
        """One human-readable line (or a few) telling what went wrong and what to do."""
        return str(self) or type(self).__name__


class UserError(AssuraError):
    """Something the user can fix: a bad path, a malformed file, a wrong setting."""

    exit_code = 2
    http_status = 400


class InputNotFound(UserError):
    http_status = 404


class InvalidInput(UserError):
    http_status = 422


class ParseError(InvalidInput):
    """A file that does not parse. Carries the file and, where known, the line."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(f"{where}{message}")


class ConfigError(UserError):
    pass


class PermissionDenied(UserError):
    http_status = 403


class StoreError(AssuraError):
    """The database could not be reached or refused the operation."""

    exit_code = 3
    http_status = 503


class IntegrityError(AssuraError):
    """Evidence of tampering: a hash, a proof or a signature does not check out."""

    exit_code = 1
    http_status = 409
