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


# Sub-command name -> (module under assura.cli, attribute, kind). Only the module of the
# command being run is imported, so `assura artifacts scan` does not pay for the rest.
_COMMANDS: dict[str, tuple[str, str, str]] = {
    "assess": ("assess", "assess_command", "command"),
    "inventory": ("inventory", "app", "group"),
    "artifacts": ("artifacts", "app", "group"),
    "code": ("code", "app", "group"),
    "ara": ("ara", "app", "group"),
    "guard": ("guard", "app", "group"),
    "gateway": ("gateway", "app", "group"),
    "review": ("review", "app", "group"),
    "ledger": ("ledger", "app", "group"),
    "lineage": ("lineage", "app", "group"),
    "access": ("access", "app", "group"),
    "maturity": ("maturity", "app", "group"),
    "serve": ("serve", "serve", "command"),
}
_registered: set[str] = set()


def _register(names: list[str] | None = None) -> None:
    """Attach the named sub-commands (all of them when ``names`` is None)."""
    import importlib

    for name in names if names is not None else list(_COMMANDS):
        if name in _registered:
            continue
        module, attr, kind = _COMMANDS[name]
        obj = getattr(importlib.import_module(f"assura.cli.{module}"), attr)
        if kind == "group":
            app.add_typer(obj, name=name)
        else:
            app.command(name)(obj)
        _registered.add(name)


def _wanted(argv: list[str]) -> list[str] | None:
    """The one sub-command ``argv`` runs, when that is clear; else None (load them all)."""
    words = [a for a in argv if not a.startswith("-")]
    if words and words[0] in _COMMANDS and "--help" not in argv[: argv.index(words[0])]:
        return [words[0]]
    return None


def main(argv: list[str] | None = None) -> int:
    """Entry point. Returns the exit code (0 clean, 1 findings, 2 usage/input error)."""
    args = sys.argv[1:] if argv is None else argv
    _register(_wanted(args))
    try:
        app(args=args, prog_name="assura")
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
