"""What every CLI command shares: consoles, the store, safe output files."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console

from assura.outfile import write_text_atomic

if TYPE_CHECKING:
    from assura.store import Store

__all__ = ["err_console", "json_dumps", "open_cli_store", "out_console", "write_output"]

out_console = Console(soft_wrap=True)
err_console = Console(stderr=True)


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
