"""The library surface: pure ``scan_path``, pluggable checkers, an honest ``__all__``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import assura.codescan as codescan
from assura.codescan import Catalog, CodeScanReport, default_checkers, scan_path
from assura.codescan.symbols import ModuleInfo
from assura.findings import Finding, Location, Severity


class TodoChecker:
    id = "todo"

    def check(self, module: ModuleInfo, catalog: Catalog) -> Iterator[Finding]:
        yield Finding("X-TODO", Severity.INFO, "custom", Location(module.path, 1))


def test_custom_checker_registry(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("import torch\nm = torch.load(p)\n")
    only_custom = scan_path(tmp_path, checkers=[TodoChecker()])
    assert [f.rule_id for f in only_custom.findings] == ["X-TODO"]
    both = scan_path(tmp_path, checkers=[*default_checkers(), TodoChecker()])
    assert {f.rule_id for f in both.findings} == {"X-TODO", "CODE-TORCH-LOAD"}


def test_all_is_honest() -> None:
    assert sorted(codescan.__all__) == codescan.__all__
    for name in codescan.__all__:
        assert hasattr(codescan, name)


def test_report_threshold(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text(
        "from transformers import AutoModel\nAutoModel.from_pretrained('org/m')\n"
    )
    report = scan_path(tmp_path)
    assert isinstance(report, CodeScanReport)
    assert [f.severity for f in report.findings] == [Severity.LOW]
    assert report.at_or_above(Severity.HIGH) == ()
