"""`assura inventory scan --no-save` stays light: no store, no SQLAlchemy, no rich tables.

Start-up is most of the time of a scan of a small repo; these imports cost about 0.4 s.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"

_PROBE = """
import sys
from assura.cli.main import main
code = main(["inventory", "scan", sys.argv[1], "-f", "json", "-o", sys.argv[2],
             "--no-save", "--no-progress"])
heavy = sorted(m for m in ("sqlalchemy", "assura.store", "assura.services.inventory",
                           "rich.table", "rich.progress") if m in sys.modules)
print(code, ",".join(heavy))
"""


def test_scan_without_save_imports_no_store(tmp_path: Path) -> None:
    out = tmp_path / "inv.json"
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, str(FIXTURES / "asset" / "mcp"), str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    code, _, heavy = proc.stdout.strip().partition(" ")
    assert code in {"0", "1"}, proc.stderr
    assert heavy == "", f"imported on the scan path: {heavy}"
    assert json.loads(out.read_text())["components"]  # and the scan still did its work
