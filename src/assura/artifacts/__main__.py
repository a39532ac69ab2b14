"""``python -m assura.artifacts scan PATH... [--format text|json|sarif] [--fail-on S] [--output F]``.

The same scan, options, JSON/SARIF output and exit codes as ``assura artifacts scan``,
with plain-text output and no dependency on the rest of the CLI, so a pre-commit hook or
a per-file CI step starts fast.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from assura.errors import AssuraError, InvalidInput
from assura.findings import Severity


def _text(report: object) -> str:
    from assura.artifacts import ArtifactReport

    assert isinstance(report, ArtifactReport)
    lines = [
        f"{r.verdict.value:<10} {r.format:<16} {r.path}  ({len(r.findings)} findings)"
        for r in report.files
    ]
    for f in sorted(report.findings, key=lambda x: -x.severity.rank):
        lines.append(f"{f.severity.value.upper():<8} {f.rule_id}  {f.location or ''}")
        lines.append(f"         {f.message}")
    lines.append(f"{len(report.files)} file(s), {len(report.findings)} finding(s)")
    return "\n".join(lines) + "\n"


USAGE = """usage: python -m assura.artifacts scan [--format text|json|sarif] [--fail-on SEVERITY]
                                    [--output FILE] PATH [PATH ...]
"""
_OPTIONS = {
    "--format": "format",
    "-f": "format",
    "--fail-on": "fail_on",
    "--output": "output",
    "-o": "output",
}
_FORMATS = ("text", "json", "sarif")


class _Usage(Exception):
    pass


def _parse(argv: list[str]) -> dict[str, Any]:
    """The four options of ``scan`` (argparse costs more to import than a small pickle's scan)."""
    if not argv or argv[0] != "scan":
        raise _Usage("the only command is 'scan'")
    opts: dict[str, Any] = {"format": "text", "fail_on": "high", "output": None, "paths": []}
    rest = iter(argv[1:])
    for arg in rest:
        key, eq, value = arg.partition("=")
        if arg == "--":
            opts["paths"].extend(rest)
        elif key in _OPTIONS:
            if not eq:
                value = next(rest, None)  # type: ignore[assignment]
                if value is None:
                    raise _Usage(f"{key} needs a value")
            opts[_OPTIONS[key]] = value
        elif arg.startswith("-") and arg != "-":
            raise _Usage(f"unknown option {arg}")
        else:
            opts["paths"].append(arg)
    if opts["format"] not in _FORMATS:
        raise _Usage(f"--format must be one of {', '.join(_FORMATS)}, not {opts['format']!r}")
    if not opts["paths"]:
        raise _Usage("give at least one PATH")
    return opts


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if any(a in ("-h", "--help") for a in args):
        sys.stdout.write(USAGE + "\n" + (__doc__ or ""))
        return 0
    try:
        opts = _parse(args)
    except _Usage as exc:
        sys.stderr.write(f"{USAGE}python -m assura.artifacts: error: {exc}\n")
        return 2
    try:
        from assura.artifacts import scan_paths

        threshold = Severity.parse(opts["fail_on"])
        report = scan_paths(opts["paths"])
        if opts["format"] == "json":
            out = json.dumps(report.to_dict(), indent=2, default=str) + "\n"
        elif opts["format"] == "sarif":
            out = json.dumps(report.to_sarif(), indent=2, default=str) + "\n"
        else:
            out = _text(report)
        if opts["output"]:
            from pathlib import Path

            from assura.outfile import write_text_atomic

            write_text_atomic(Path(opts["output"]), out)
        else:
            sys.stdout.write(out)
    except AssuraError as exc:
        sys.stderr.write(f"assura: error: {exc.diagnostics()}\n")
        return exc.exit_code
    except OSError as exc:
        sys.stderr.write(f"assura: error: {InvalidInput(str(exc)).diagnostics()}\n")
        return 2
    return 1 if any(f.severity >= threshold for f in report.findings) else 0


if __name__ == "__main__":
    raise SystemExit(main())
