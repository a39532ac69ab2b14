"""``python -m assura.artifacts scan PATH... [--format text|json|sarif] [--fail-on S] [--output F]``.

The same scan, options, JSON/SARIF output and exit codes as ``assura artifacts scan``,
with plain-text output and no dependency on the rest of the CLI, so a pre-commit hook or
a per-file CI step starts fast.
"""

from __future__ import annotations

import argparse
import json
import sys

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m assura.artifacts", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    scan = sub.add_parser("scan", help="scan model files and folders")
    scan.add_argument("paths", nargs="+")
    scan.add_argument("--format", "-f", default="text", choices=["text", "json", "sarif"])
    scan.add_argument("--fail-on", default="high")
    scan.add_argument("--output", "-o")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        from assura.artifacts import scan_paths

        threshold = Severity.parse(args.fail_on)
        report = scan_paths(args.paths)
        if args.format == "json":
            out = json.dumps(report.to_dict(), indent=2, default=str) + "\n"
        elif args.format == "sarif":
            out = json.dumps(report.to_sarif(), indent=2, default=str) + "\n"
        else:
            out = _text(report)
        if args.output:
            from pathlib import Path

            from assura.outfile import write_text_atomic

            write_text_atomic(Path(args.output), out)
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
