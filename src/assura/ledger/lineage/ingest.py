"""Parse lineage recorded elsewhere: OpenLineage run events and MLflow run JSON (pure).

OpenLineage: JSON lines, one RunEvent per line (``eventType``, ``run.runId``,
``job.namespace/name``, ``inputs``/``outputs`` datasets with optional ``version`` facet,
run facet ``sourceCodeLocation``). Events are grouped by run; each run with outputs
becomes one :class:`ExternalRun` per output dataset (the model it produced).

MLflow: the JSON of a run as the REST API ``runs/get`` or ``mlflow.get_run(...).to_dictionary()``
returns it: ``info.run_id``, ``data.params``/``data.tags`` (lists of key/value or dicts),
``inputs.dataset_inputs[].dataset`` (``name``, ``digest``, ``source``, ``source_type``).

Nothing here reads the named datasets; the service decides which local paths to hash.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assura.errors import InputNotFound, ParseError

__all__ = ["ExternalDataset", "ExternalRun", "parse_mlflow_run", "parse_openlineage"]

_MAX_BYTES = 64 << 20


@dataclass(frozen=True)
class ExternalDataset:
    namespace: str
    name: str
    version: str = ""

    @property
    def local_path(self) -> Path | None:
        """A path on this machine when the namespace says ``file``."""
        ns = self.namespace
        if ns == "file" or ns.startswith("file:"):
            p = self.name.removeprefix("file://")
            return Path(p)
        return None


@dataclass(frozen=True)
class ExternalRun:
    run_id: str
    model: str
    version: str
    inputs: tuple[ExternalDataset, ...]
    code: Mapping[str, str] = field(default_factory=dict)
    params: Mapping[str, str] = field(default_factory=dict)
    started_at: str = ""
    source: str = "openlineage"


def _read(path: Path) -> str:
    if not path.is_file():
        raise InputNotFound(f"no such file: {path}")
    if path.stat().st_size > _MAX_BYTES:
        raise ParseError("file is larger than 64 MiB", path=str(path))
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ParseError("not UTF-8 text", path=str(path)) from None


def _str(v: Any) -> str:
    return v if isinstance(v, str) else ""


def _dict(v: Any) -> dict[str, Any]:
    return v if isinstance(v, dict) else {}


def _dataset(obj: Any) -> ExternalDataset | None:
    if not isinstance(obj, dict) or not _str(obj.get("name")):
        return None
    ver = _dict(_dict(obj.get("facets")).get("version"))
    return ExternalDataset(_str(obj.get("namespace")), obj["name"], _str(ver.get("datasetVersion")))


def parse_openlineage(path: Path, text: str | None = None) -> list[ExternalRun]:
    """Group the RunEvents of a JSON-lines file into runs with their inputs and outputs."""
    text = _read(path) if text is None else text
    runs: dict[str, dict[str, Any]] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            ev = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ParseError(f"not JSON: {exc.msg}", path=str(path), line=lineno) from None
        run = ev.get("run") if isinstance(ev, dict) else None
        if not isinstance(run, dict) or not _str(run.get("runId")):
            raise ParseError(
                "not an OpenLineage RunEvent (no run.runId)", path=str(path), line=lineno
            )
        r = runs.setdefault(
            run["runId"], {"inputs": {}, "outputs": {}, "code": {}, "started": "", "job": ""}
        )
        job = _dict(ev.get("job"))
        if _str(job.get("name")):
            r["job"] = f"{_str(job.get('namespace'))}/{job['name']}".lstrip("/")
        if ev.get("eventType") == "START" and _str(ev.get("eventTime")):
            r["started"] = ev["eventTime"]
        scl = _dict(run.get("facets")).get("sourceCodeLocation")
        if isinstance(scl, dict):
            for k in ("url", "version", "repoUrl", "path", "branch", "tag"):
                if _str(scl.get(k)):
                    r["code"][k] = scl[k]
        for key in ("inputs", "outputs"):
            items = ev.get(key)
            for item in items if isinstance(items, list) else []:
                ds = _dataset(item)
                if ds is not None:
                    r[key][(ds.namespace, ds.name)] = ds
    out: list[ExternalRun] = []
    for run_id, r in runs.items():
        code = dict(r["code"])
        if r["job"]:
            code["job"] = r["job"]
        out.extend(
            ExternalRun(
                run_id=run_id,
                model=o.name,
                version=o.version or run_id,
                inputs=tuple(r["inputs"].values()),
                code=code,
                started_at=r["started"],
            )
            for o in r["outputs"].values()
        )
    return out


def _kv(obj: Any) -> dict[str, str]:
    if isinstance(obj, dict):
        return {str(k): str(v) for k, v in obj.items()}
    out: dict[str, str] = {}
    for item in obj if isinstance(obj, list) else []:
        if isinstance(item, dict) and "key" in item:
            out[str(item["key"])] = str(item.get("value", ""))
    return out


def parse_mlflow_run(path: Path, *, model: str, version: str | None = None) -> ExternalRun:
    """One MLflow run's logged inputs, params and git commit, as the model's lineage."""
    text = _read(path)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(f"not JSON: {exc.msg}", path=str(path), line=exc.lineno) from None
    run = _dict(_dict(obj).get("run", obj))
    info = run.get("info")
    if not isinstance(info, dict) or not _str(info.get("run_id")):
        raise ParseError("not an MLflow run (no info.run_id)", path=str(path))
    data = _dict(run.get("data"))
    tags = _kv(data.get("tags"))
    inputs: list[ExternalDataset] = []
    block = _dict(run.get("inputs"))
    dis = block.get("dataset_inputs")
    for di in dis if isinstance(dis, list) else []:
        ds = di.get("dataset") if isinstance(di, dict) else None
        if isinstance(ds, dict) and _str(ds.get("name")):
            src = _str(ds.get("source"))
            try:
                src_obj = json.loads(src) if src.startswith("{") else {}
            except json.JSONDecodeError:
                src_obj = {}
            uri = _str(src_obj.get("uri")) if isinstance(src_obj, dict) else ""
            ns = (
                "file"
                if uri.startswith("file://") or _str(ds.get("source_type")) == "local"
                else _str(ds.get("source_type"))
            )
            inputs.append(
                ExternalDataset(
                    ns or "mlflow",
                    uri.removeprefix("file://") or ds["name"],
                    _str(ds.get("digest")),
                )
            )
    code = {
        k: tags[t]
        for k, t in (("git_commit", "mlflow.source.git.commit"), ("source", "mlflow.source.name"))
        if t in tags
    }
    return ExternalRun(
        run_id=info["run_id"],
        model=model,
        version=version or info["run_id"],
        inputs=tuple(inputs),
        code=code,
        params=_kv(data.get("params")),
        started_at=str(info.get("start_time", "")),
        source="mlflow",
    )


def iter_local(inputs: Iterable[ExternalDataset]) -> list[tuple[ExternalDataset, Path | None]]:
    return [(d, d.local_path) for d in inputs]
