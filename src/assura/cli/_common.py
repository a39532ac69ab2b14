"""What every CLI command shares: consoles, the store, safe output files."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from rich.console import Console

from assura.config import load_settings
from assura.errors import InvalidInput
from assura.store import Store, open_store

__all__ = ["err_console", "json_dumps", "open_cli_store", "out_console", "write_output"]

out_console = Console(soft_wrap=True)
err_console = Console(stderr=True)


def open_cli_store() -> Store:
    """The store named by the settings (ASSURA_HOME / ASSURA_DATABASE_URL)."""
    return open_store(load_settings())


def json_dumps(data: Any) -> str:
    return json.dumps(data, indent=2, sort_keys=False, default=str) + "\n"


def write_output(text: str, output: Path | None) -> None:
    """Print ``text``, or write it to ``output`` atomically (never a half-written file)."""
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    if output.exists() and not output.is_file():
        # A device or a pipe (/dev/null, /dev/stdout, a FIFO): write through, never replace it.
        with output.open("w", encoding="utf-8") as fh:
            fh.write(text)
        return
    directory = output.parent if str(output.parent) else Path(".")
    if not directory.is_dir():
        raise InvalidInput(f"cannot write {output}: folder {directory} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, output)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
