"""``python -m assura.artifacts scan ...``: the artifacts CLI without the rest of assura.

Same options, output and exit codes as ``assura artifacts scan``; it only imports what
model-file scanning needs, which keeps per-file start-up short in CI hooks.
"""

from __future__ import annotations

import sys

import click

from assura.errors import AssuraError


def main(argv: list[str] | None = None) -> int:
    from assura.cli.artifacts import app

    try:
        app(args=argv, prog_name="assura-artifacts", standalone_mode=False)
    except AssuraError as exc:
        sys.stderr.write(f"assura: error: {exc.diagnostics()}\n")
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return int(exc.exit_code or 0)
    except click.ClickException as exc:
        exc.show()
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
