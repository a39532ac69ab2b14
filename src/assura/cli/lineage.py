"""``assura lineage``: record which data, code and parameters made a model version."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.tree import Tree

from assura.cli._common import err_console, json_dumps, open_cli_store, out_console
from assura.config import current_actor
from assura.errors import InvalidInput
from assura.ledger.lineage import (
    check_lineage,
    hash_path,
    lineage_for_model,
    lineage_graph,
    list_versions,
    parse_model_ref,
    record_lineage,
)
from assura.ledger.lineage.importer import import_runs
from assura.ledger.lineage.ingest import parse_mlflow_run, parse_openlineage
from assura.ledger.lineage.model import ModelLineage
from assura.ledger.lineage.service import git_commit

app = typer.Typer(
    help="Model lineage: datasets (content-hashed), code, params → model versions.",
    no_args_is_help=True,
)

Actor = Annotated[str | None, typer.Option("--actor", help="Who records (default: the OS user).")]


def _params(items: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InvalidInput(f"--param {item!r}: expected KEY=VALUE")
        out[key.strip()] = value
    return out


@app.command("record")
def record(
    model: Annotated[str, typer.Option("--model", help="Model name.")],
    version: Annotated[str, typer.Option("--version", help="Model version.")],
    dataset: Annotated[
        list[Path] | None, typer.Option("--dataset", help="Dataset file or folder (repeat).")
    ] = None,
    code: Annotated[
        str | None, typer.Option("--code", help="Training code revision (git ref).")
    ] = None,
    param: Annotated[
        list[str] | None, typer.Option("--param", help="Training parameter KEY=VALUE (repeat).")
    ] = None,
    artifact: Annotated[
        Path | None, typer.Option("--artifact", help="The model file or folder.")
    ] = None,
    parent: Annotated[
        str | None, typer.Option("--parent", help="Base model NAME@VERSION it derives from.")
    ] = None,
    actor: Actor = None,
) -> None:
    """Hash the datasets (and artifact) now and append the lineage record to the ledger."""
    manifests = [hash_path(p) for p in dataset or []]
    art = hash_path(artifact) if artifact else None
    code_info: dict[str, str] = {}
    if code:
        code_info["git_ref"] = code
        commit = git_commit(code)
        if commit and commit != code:
            code_info["git_commit"] = commit
    with open_cli_store().session() as s:
        rec = record_lineage(
            s,
            actor=current_actor(actor),
            model=model,
            version=version,
            datasets=manifests,
            artifact=art,
            code=code_info,
            params=_params(param or []),
            parent=parent,
        )
    for d in rec.datasets:
        err_console.print(
            f"dataset {d.name}: {d.digest} ({d.files} files, {d.bytes} bytes)", highlight=False
        )
    typer.echo(f"recorded {rec.ref} as ledger entry {rec.entry_seq}")


def _tree(graph: dict[str, object], focus: list[ModelLineage]) -> Tree:
    root = Tree("lineage")
    for m in focus:
        node = root.add(f"[bold]{m.ref}[/] (ledger seq {m.entry_seq}, by {m.recorded_by})")
        for d in m.datasets:
            node.add(f"dataset {d.name}@{d.version} {d.kind} {d.location}")
        if m.artifact:
            node.add(f"artifact {m.artifact.digest} {m.artifact.location}")
        if m.code:
            node.add("code " + ", ".join(f"{k}={v}" for k, v in sorted(m.code.items())))
        if m.params:
            node.add("params " + ", ".join(f"{k}={v}" for k, v in sorted(m.params.items())))
        if m.parent:
            node.add(f"derived from {m.parent}")
        for c in m.children:
            node.add(f"parent of {c}")
    return root


@app.command("show")
def show(
    ref: Annotated[str, typer.Argument(help="NAME or NAME@VERSION.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the graph as JSON.")] = False,
) -> None:
    """Print the lineage graph: dataset versions → model versions → derived models."""
    name, version = parse_model_ref(ref, need_version=False)
    with open_cli_store().session() as s:
        graph = lineage_graph(s, name, version)
        focus = [lineage_for_model(s, name, version)] if version else list_versions(s, name)
    if as_json:
        typer.echo(
            json_dumps(
                {
                    "models": [m.to_json() | {"entry_seq": m.entry_seq} for m in focus],
                    "graph": graph,
                }
            ).rstrip()
        )
        return
    out_console.print(_tree(graph, focus), highlight=False)


@app.command("check")
def check(
    ref: Annotated[str, typer.Argument(help="NAME@VERSION.")],
    actor: Actor = None,
) -> None:
    """Re-hash the recorded datasets and artifact; report drift per file (exit 1 on drift)."""
    name, version = parse_model_ref(ref)
    with open_cli_store().session() as s:
        result = check_lineage(s, name, str(version), actor=current_actor(actor))
    items = [*result.datasets, *([result.artifact] if result.artifact else [])]
    for c in items:
        out_console.print(f"{c.status:10} {c.name} {c.location}", highlight=False)
        if c.drift:
            for p in c.drift.changed:
                out_console.print(f"    changed  {p}", highlight=False)
            for p in c.drift.added:
                out_console.print(f"    added    {p}", highlight=False)
            for p in c.drift.removed:
                out_console.print(f"    removed  {p}", highlight=False)
    if not result.clean:
        raise typer.Exit(1)


ingest_app = typer.Typer(
    help="Import lineage recorded by OpenLineage or MLflow.", no_args_is_help=True
)
app.add_typer(ingest_app, name="ingest")


@ingest_app.command("openlineage")
def ingest_openlineage(
    path: Annotated[Path, typer.Argument(help="OpenLineage RunEvents, one JSON per line.")],
    model: Annotated[
        str | None, typer.Option("--model", help="Record every output under this model name.")
    ] = None,
    actor: Actor = None,
) -> None:
    """Record each run's output as a model version with the run's inputs."""
    runs = parse_openlineage(path)
    with open_cli_store().session() as s:
        res = import_runs(s, runs, actor=current_actor(actor), model=model)
    for r in res.recorded:
        typer.echo(f"recorded {r}")
    for r in res.skipped:
        typer.echo(f"skipped {r} (already recorded)")


@ingest_app.command("mlflow")
def ingest_mlflow(
    path: Annotated[Path, typer.Argument(help="An MLflow run as JSON (runs/get).")],
    model: Annotated[str, typer.Option("--model", help="Model name the run trained.")],
    version: Annotated[
        str | None, typer.Option("--version", help="Model version (default: run id).")
    ] = None,
    actor: Actor = None,
) -> None:
    """Record an MLflow run's logged dataset inputs, params and git commit."""
    run = parse_mlflow_run(path, model=model, version=version)
    with open_cli_store().session() as s:
        res = import_runs(s, [run], actor=current_actor(actor))
    for r in res.recorded:
        typer.echo(f"recorded {r}")
    for r in res.skipped:
        typer.echo(f"skipped {r} (already recorded)")


def _sig_path(model: Path, output: Path | None) -> Path:
    return output or model.with_name(model.name + ".sig")


@app.command("keygen")
def keygen(
    out: Annotated[Path, typer.Option("--out", help="Writes OUT.pem (private, 0600) and OUT.pub.")],
) -> None:
    """Make a P-256 key pair for model signing (the key type model_signing accepts)."""
    from assura.ledger.signing import generate_key

    priv, pub = out.with_suffix(".pem"), out.with_suffix(".pub")
    if priv.exists():
        raise InvalidInput(f"{priv} already exists")
    generate_key(priv, pub)
    typer.echo(f"wrote {priv} and {pub}")


@app.command("sign")
def sign(
    model: Annotated[Path, typer.Argument(help="Model file or folder.")],
    key: Annotated[Path, typer.Option("--key", help="EC private key (PEM).")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Signature file (default MODEL.sig).")
    ] = None,
    attest: Annotated[
        Path | None,
        typer.Option("--attest", help="JSON results (e.g. the artifacts scan) to attach."),
    ] = None,
    actor: Actor = None,
) -> None:
    """Sign a model in the OpenSSF model-signing format; the signing is logged in the ledger."""
    import hashlib
    import json

    from assura.ledger.service import append_event
    from assura.ledger.signing import sign_model

    attestation = None
    if attest is not None:
        if not attest.is_file():
            raise InvalidInput(f"no such file: {attest}")
        raw = attest.read_bytes()
        try:
            content = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise InvalidInput(f"--attest {attest}: not JSON: {exc}") from None
        attestation = {
            "source": attest.name,
            "sha256": hashlib.sha256(raw).hexdigest(),
            "content": content,
        }
    sig = _sig_path(model, output)
    st = sign_model(model, key, sig, attestation=attestation)
    digest = st["subject"][0]["digest"]["sha256"]
    with open_cli_store().session() as s:
        e = append_event(
            s,
            actor=current_actor(actor),
            action="model.signed",
            resource=f"model-file:{model.resolve()}",
            evidence=[digest],
            data={
                "signature": str(sig.resolve()),
                "files": len(st["predicate"]["resources"]),
                "attested": bool(attestation),
            },
        )
    typer.echo(f"signed {model} → {sig} (sha256:{digest}, ledger seq {e.seq})")


@app.command("verify-signature")
def verify_signature(
    model: Annotated[Path, typer.Argument(help="Model file or folder.")],
    key: Annotated[Path, typer.Option("--key", help="EC public key (PEM).")],
    signature: Annotated[
        Path | None, typer.Option("--signature", help="Signature file (default MODEL.sig).")
    ] = None,
    actor: Actor = None,
) -> None:
    """Verify a model-signing signature (ours or model_signing's); the result is logged."""
    from assura.errors import IntegrityError
    from assura.ledger.service import append_event
    from assura.ledger.signing import verify_model

    sig = _sig_path(model, signature)
    res = verify_model(model, sig, key)
    with open_cli_store().session() as s:
        e = append_event(
            s,
            actor=current_actor(actor),
            action="model.signature.verified",
            resource=f"model-file:{model.resolve()}",
            evidence=[res.root_digest] if res.root_digest else [],
            data={
                "ok": res.ok,
                "problems": list(res.problems[:50]),
                "signature": str(sig.resolve()),
            },
        )
    for p in res.problems:
        out_console.print(f"FAIL {p}", highlight=False)
    if not res.ok:
        raise IntegrityError(
            f"model signature check failed: {len(res.problems)} problem(s) (ledger seq {e.seq})"
        )
    typer.echo(f"ok: {model} matches {sig} (ledger seq {e.seq})")
