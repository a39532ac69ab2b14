"""``assura ledger``: the tamper-evident audit log — checkpoint, verify, export, prove."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from assura.cli._common import err_console, json_dumps, open_cli_store, out_console, write_output
from assura.config import current_actor, load_settings
from assura.errors import IntegrityError, InvalidInput
from assura.ledger import audit, service
from assura.ledger.bundle import read_bundle, write_bundle
from assura.ledger.entry import Entry
from assura.ledger.verify import VerifyReport

app = typer.Typer(
    help="Tamper-evident audit ledger (RFC 6962 Merkle log, signed checkpoints).",
    no_args_is_help=True,
)


def _home() -> Path:
    return load_settings().home


@app.command("key")
def key() -> None:
    """Print the ledger's public verifier key (give it to auditors to pin)."""
    typer.echo(audit.signer(_home()).verifier.vkey)


@app.command("append")
def append(
    action: Annotated[str, typer.Option("--action", help="What happened, e.g. model.deployed.")],
    resource: str = typer.Option(..., "--resource", help="On what, e.g. model:fraud@3."),
    actor: Annotated[
        str | None, typer.Option("--actor", help="Who (default: the OS user).")
    ] = None,
    data: str | None = typer.Option(None, "--data", help="A JSON object with details."),
    evidence: Annotated[
        list[str] | None,
        typer.Option("--evidence", help="sha256:<hex> of an artefact (repeat)."),
    ] = None,
) -> None:
    """Append one event by hand (scripts, pipelines without the API)."""
    try:
        payload = json.loads(data) if data else {}
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"--data is not JSON: {exc}") from None
    if not isinstance(payload, dict):
        raise InvalidInput("--data must be a JSON object")
    with open_cli_store().session() as s:
        entry = service.append_event(
            s,
            actor=current_actor(actor),
            action=action,
            resource=resource,
            data=payload,
            evidence=evidence or [],
        )
    typer.echo(f"appended seq {entry.seq}")


@app.command("checkpoint")
def checkpoint(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Also write the note here.")
    ] = None,
) -> None:
    """Re-hash the log, then sign and store a checkpoint (C2SP tlog-checkpoint note)."""
    signer = audit.signer(_home())
    with open_cli_store().session() as s:
        cp = service.checkpoint(s, signer)
    write_output(cp.note, output)
    if output is not None:
        err_console.print(f"checkpoint of size {cp.size} written to {output}")


def _print_report(report: VerifyReport, key: str, pinned: bool, as_json: bool) -> None:
    if as_json:
        typer.echo(
            json_dumps(
                {
                    "ok": report.ok,
                    "tree_size": report.size,
                    "root": report.root.hex(),
                    "checkpoints_verified": report.checkpoints_verified,
                    "key": key,
                    "key_pinned": pinned,
                    "problems": [
                        {"kind": p.kind, "seq": p.seq, "message": p.message}
                        for p in report.problems
                    ],
                    "notes": list(report.notes),
                }
            ).rstrip()
        )
        return
    for p in report.problems:
        out_console.print(f"[red]FAIL[/] {p.kind}: {p.message}", highlight=False)
    for n in report.notes:
        out_console.print(f"note: {n}", highlight=False)
    if not pinned:
        out_console.print(
            f"warning: key not pinned; used the bundle's own key {key} — compare it with the "
            "operator's published key or pass --key",
            highlight=False,
        )
    status = "ok" if report.ok else "FAILED"
    out_console.print(
        f"{status}: {report.size} entries, root {report.root.hex()}, "
        f"{report.checkpoints_verified} checkpoint(s) verified with key {key}",
        highlight=False,
    )


@app.command("verify")
def verify(
    from_checkpoint: Annotated[
        list[Path] | None,
        typer.Option(
            "--from-checkpoint", help="A checkpoint you kept earlier; must be consistent (repeat)."
        ),
    ] = None,
    bundle: Annotated[
        Path | None,
        typer.Option("--bundle", help="Verify an exported bundle offline (no database)."),
    ] = None,
    key: Annotated[
        str | None, typer.Option("--key", help="Trusted verifier key (string or file).")
    ] = None,
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Recompute the whole tree and check every entry, signature and checkpoint.

    Exit 0 if everything checks out, 1 on any integrity failure (each one named), 2 on
    usage errors.
    """
    external = audit.read_checkpoint_files(from_checkpoint or [])
    pinned = audit.trusted_verifier(key) if key else None
    if bundle is not None:
        b = read_bundle(bundle)
        local = None
        path = audit.key_path(_home())
        if pinned is None and path.is_file():
            local = audit.signer(_home(), create=False).verifier
        result = audit.verify_bundle(b, pinned=pinned, local=local, external=external)
        report, vkey, is_pinned = result.report, result.key, result.key_pinned
    else:
        verifier = pinned or audit.signer(_home()).verifier
        with open_cli_store().session() as s:
            report = audit.verify_store(s, verifier, external)
        vkey, is_pinned = verifier.vkey, True
    _print_report(report, vkey, is_pinned, as_json)
    if not report.ok:
        raise IntegrityError(f"ledger verification failed: {len(report.problems)} problem(s)")


@app.command("export")
def export(
    output: Annotated[Path, typer.Option("--output", "-o", help="Bundle file to write (JSON).")],
) -> None:
    """Write a self-contained bundle (entries, checkpoints, public key) for offline audit."""
    verifier = audit.signer(_home()).verifier
    with open_cli_store().session() as s:
        report = audit.verify_store(s, verifier)
        data = audit.export_bundle(s, verifier)
    write_bundle(output, data)
    err_console.print(
        f"exported {data['tree_size']} entries, {len(data['checkpoints'])} checkpoint(s) to {output}"
    )
    if not report.ok:
        err_console.print(
            f"[red]warning[/]: the exported log does not verify ({len(report.problems)} problem(s))"
        )


def _entry_dict(body: bytes) -> dict[str, object]:
    try:
        return Entry.parse(body).to_json()
    except ValueError as exc:
        return {"invalid_entry": body.decode("utf-8", "replace"), "error": str(exc)}


@app.command("show")
def show(seq: int = typer.Argument(..., help="Entry number.")) -> None:
    """Print one entry as JSON."""
    with open_cli_store().session() as s:
        row = next(service.iter_entries(s, start=seq, limit=1), None)
        if row is None or row.seq != seq:
            raise InvalidInput(f"no ledger entry {seq}")
        typer.echo(json_dumps(_entry_dict(bytes(row.body))).rstrip())


@app.command("tail")
def tail(
    n: Annotated[int, typer.Option("-n", help="How many entries.")] = 20,
    as_json: bool = typer.Option(False, "--json", help="JSON lines instead of a table."),
) -> None:
    """The last N entries."""
    with open_cli_store().session() as s:
        size, _ = service.head(s)
        rows = list(service.iter_entries(s, start=max(0, size - n)))
    if as_json:
        for r in rows:
            typer.echo(json.dumps(_entry_dict(bytes(r.body)), sort_keys=True))
        return
    table = Table("seq", "time", "actor", "action", "resource")
    for r in rows:
        table.add_row(str(r.seq), str(r.ts)[:19], r.actor, r.action, r.resource)
    out_console.print(table)


@app.command("prove")
def prove(
    seq: Annotated[int, typer.Argument(help="Entry number.")],
    size: int | None = typer.Option(None, "--size", help="Tree size (default: current)."),
    consistency: Annotated[
        bool,
        typer.Option(
            "--consistency", help="SEQ is a first tree size: print a consistency proof to --size."
        ),
    ] = False,
) -> None:
    """Print an inclusion proof for entry SEQ (or a consistency proof) as JSON."""
    with open_cli_store().session() as s:
        data = (
            service.prove_consistency(s, seq, size)
            if consistency
            else service.prove_inclusion(s, seq, size)
        )
    typer.echo(json_dumps(data).rstrip())


@app.command("verify-proof")
def verify_proof(
    proof_file: Annotated[Path, typer.Argument(help="JSON from `assura ledger prove SEQ`.")],
    key: Annotated[
        str | None, typer.Option("--key", help="Trusted verifier key: also check the checkpoint.")
    ] = None,
) -> None:
    """Check one inclusion proof offline (entry → leaf → root, and the signed checkpoint)."""
    from assura.errors import ParseError
    from assura.ledger.merkle import leaf_hash, verify_inclusion
    from assura.ledger.note import parse_checkpoint

    if not proof_file.is_file():
        raise InvalidInput(f"no such file: {proof_file}")
    try:
        p = json.loads(proof_file.read_text(encoding="utf-8"))
        seq, size = int(p["seq"]), int(p["tree_size"])
        entry = str(p["entry"]).encode("utf-8")
        root = bytes.fromhex(p["root"])
        path = [bytes.fromhex(h) for h in p["proof"]]
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise ParseError(f"not an inclusion proof: {exc}", path=str(proof_file)) from None
    if not verify_inclusion(seq, size, leaf_hash(entry), path, root):
        raise IntegrityError(
            f"entry {seq} is not included in the tree of size {size} with that root"
        )
    if key is not None:
        note = p.get("checkpoint")
        if not isinstance(note, str):
            raise IntegrityError("the proof carries no signed checkpoint to tie the root to")
        try:
            cp = parse_checkpoint(note, audit.trusted_verifier(key))
        except ValueError as exc:
            raise IntegrityError(f"checkpoint: {exc}") from None
        if (cp.size, cp.root) != (size, root):
            raise IntegrityError("the signed checkpoint is for another tree size or root")
    typer.echo(
        f"ok: entry {seq} is in the tree of size {size}"
        + (" (signed checkpoint verified)" if key else "")
    )
