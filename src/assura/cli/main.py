"""The ``assura`` command: one Typer app, one sub-app per capability.

Every user error is caught here once and printed as one line with exit code 2; any
other assura error gets its own exit code. ``--verbose`` re-raises for a traceback.
"""

from __future__ import annotations

import sys

import typer

from assura import __version__
from assura.errors import AssuraError

app = typer.Typer(
    name="assura",
    help="AI security assurance: inventory, whitebox analysis, risk analysis, guards, records.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

_state = {"verbose": False}


@app.callback(invoke_without_command=True)
def _root(
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show tracebacks on errors."),
    version: bool = typer.Option(False, "--version", help="Print the version and exit."),
) -> None:
    _state["verbose"] = verbose
    if version:
        typer.echo(f"assura {__version__}")
        raise typer.Exit(0)


def _register() -> None:
    # One line per capability; each module exposes ``app`` (a typer.Typer).
    from assura.cli import inventory, serve

    app.add_typer(inventory.app, name="inventory")
    from assura.cli import ledger

    app.add_typer(ledger.app, name="ledger")
    from assura.cli import lineage

    app.add_typer(lineage.app, name="lineage")
    from assura.cli import access

    app.add_typer(access.app, name="access")
    from assura.cli import maturity

    app.add_typer(maturity.app, name="maturity")
    from assura.cli import code

    app.add_typer(code.app, name="code")
    from assura.cli import guard

    app.add_typer(guard.app, name="guard")
    from assura.cli import ara

    app.add_typer(ara.app, name="ara")
    from assura.cli import artifacts

    app.add_typer(artifacts.app, name="artifacts")
    from assura.cli import gateway, review

    app.add_typer(gateway.app, name="gateway")
    app.add_typer(review.app, name="review")
    app.command("serve")(serve.serve)
    from assura.cli import assess

    app.command("assess")(assess.assess_command)


_register()


def main(argv: list[str] | None = None) -> int:
    """Entry point. Returns the exit code (0 clean, 1 findings, 2 usage/input error)."""
    try:
        app(args=argv, prog_name="assura")
    except SystemExit as exc:  # click ends every run this way, usage errors (2) included
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    except AssuraError as exc:
        if _state["verbose"]:
            raise
        sys.stderr.write(f"assura: error: {exc.diagnostics()}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("assura: interrupted\n")
        return 130
    return 0


def run() -> None:
    """Console-script entry point."""
    raise SystemExit(main())


if __name__ == "__main__":
    run()
