"""What every CLI command shares: consoles, the store, safe output files."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from assura.outfile import write_text_atomic

if TYPE_CHECKING:
    from rich.console import Console

    from assura.store import Store

__all__ = ["err_console", "escape", "json_dumps", "open_cli_store", "out_console", "write_output"]


class _LazyConsole:
    """A rich Console made on first use: a command that only writes JSON to a file never
    imports rich (about 15 ms of every such run)."""

    def __init__(self, **options: Any) -> None:
        self._options = options
        self._console: Console | None = None

    def _made(self) -> Console:
        if self._console is None:
            from rich.console import Console

            self._console = Console(**self._options)
        return self._console

    def __getattr__(self, name: str) -> Any:
        return getattr(self._made(), name)

    # the methods Python looks up on the type, not through __getattr__ (rich's Live and
    # Progress use the console as a context manager)
    def __enter__(self) -> Console:
        return self._made().__enter__()

    def __exit__(self, *exc: Any) -> None:
        self._made().__exit__(*exc)

    def __repr__(self) -> str:
        return repr(self._made())


out_console = cast("Console", _LazyConsole(soft_wrap=True))
err_console = cast("Console", _LazyConsole(stderr=True))


def escape(text: str) -> str:
    """rich's markup escape, imported on first use like the consoles."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def open_cli_store() -> Store:
    """The store named by the settings (ASSURA_HOME / ASSURA_DATABASE_URL)."""
    from assura.config import load_settings  # imported here: SQLAlchemy is slow to import
    from assura.store import open_store

    return open_store(load_settings())


def json_dumps(data: Any) -> str:
    return json.dumps(data, indent=2, sort_keys=False, default=str) + "\n"


def write_output(text: str, output: Path | None) -> None:
    """Print ``text``, or write it to ``output`` whole (never a half-written file)."""
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    write_text_atomic(output, text)
