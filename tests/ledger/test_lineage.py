"""Lineage: hashing, record/show/check, tamper evidence, OpenLineage and MLflow import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import update

from assura.cli.main import main
from assura.errors import InputNotFound, IntegrityError, InvalidInput, ParseError
from assura.ledger import lineage_for_model, service
from assura.ledger.lineage import check_lineage, hash_path, lineage_graph, record_lineage
from assura.ledger.lineage.importer import import_runs
from assura.ledger.lineage.ingest import parse_mlflow_run, parse_openlineage
from assura.store import Store
from assura.store.tables.ledger import LineageRow


@pytest.fixture
def data(tmp_path: Path) -> Path:
    d = tmp_path / "ds"
    (d / "sub").mkdir(parents=True)
    (d / "a.csv").write_text("x,y\n1,2\n")
    (d / "sub" / "b.csv").write_text("x,y\n3,4\n")
    return d


def test_manifest_is_stable_and_streaming(data: Path, tmp_path: Path) -> None:
    m1, m2 = hash_path(data), hash_path(data)
    assert m1 == m2 and m1.kind == "dir" and [f.path for f in m1.files] == ["a.csv", "sub/b.csv"]
    big = tmp_path / "big.bin"
    big.write_bytes(b"\x01" * (3 << 20))
    m = hash_path(big)
    assert m.kind == "file" and m.files[0].size == 3 << 20
    with pytest.raises(InputNotFound):
        hash_path(tmp_path / "nope")


def test_record_show_check(store: Store, data: Path, tmp_path: Path) -> None:
    art = tmp_path / "model.bin"
    art.write_bytes(b"weights")
    with store.session() as s:
        rec = record_lineage(
            s,
            actor="ml-eng",
            model="fraud",
            version="1",
            datasets=[hash_path(data)],
            artifact=hash_path(art),
            code={"git_ref": "v1"},
            params={"lr": "0.1"},
        )
    assert rec.entry_seq == 0
    art2 = tmp_path / "ft.bin"
    art2.write_bytes(b"ft")
    with store.session() as s:
        record_lineage(
            s,
            actor="ml-eng",
            model="fraud-ft",
            version="1",
            artifact=hash_path(art2),
            parent="fraud@1",
        )
        with pytest.raises(InvalidInput):
            record_lineage(s, actor="x", model="fraud", version="1")
        with pytest.raises(InputNotFound):
            record_lineage(s, actor="x", model="y", version="1", parent="nope@1")
    with store.session() as s:
        lin = lineage_for_model(s, "fraud", "1")
        assert lin.children == ("fraud-ft@1",)
        assert lin.datasets[0].digest.startswith("sha256:") and lin.datasets[0].files == 2
        entry = service.get_entry(s, 0)
        assert lin.datasets[0].digest in entry.evidence and lin.artifact is not None
        assert lin.artifact.digest in entry.evidence
        g = lineage_graph(s, "fraud-ft")
        kinds = {(e["from"].split("@")[0], e["to"], e["kind"]) for e in g["edges"]}
        assert ("fraud", "fraud-ft@1", "derived") in kinds
        assert ("dataset:ds", "fraud@1", "trained") in kinds
        assert check_lineage(s, "fraud", "1", actor="auditor").clean

    (data / "a.csv").write_text("tampered\n")
    (data / "sub" / "b.csv").unlink()
    (data / "new.csv").write_text("n")
    art.write_bytes(b"other weights")
    with store.session() as s:
        res = check_lineage(s, "fraud", "1", actor="auditor")
    assert not res.clean
    drift = res.datasets[0].drift
    assert drift is not None
    assert (
        drift.changed == ("a.csv",)
        and drift.removed == ("sub/b.csv",)
        and drift.added == ("new.csv",)
    )
    assert res.artifact is not None and res.artifact.status == "drift"
    with store.session() as s:
        last = service.get_entry(s, service.head(s)[0] - 1)
    assert last.action == "lineage.checked" and last.data["clean"] is False


def test_stored_manifest_tampering_is_caught(sqlite_store: Store, data: Path) -> None:
    store = sqlite_store
    with store.session() as s:
        record_lineage(s, actor="a", model="m", version="1", datasets=[hash_path(data)])
    with store.session() as s:
        row = s.query(LineageRow).one()
        rec = json.loads(json.dumps(row.record))
        files = rec["manifests"]["datasets"][0]["files"]
        files["a.csv"][0] = "0" * 64  # pretend the dataset always had other bytes
        s.execute(update(LineageRow).values(record=rec))
    with pytest.raises(IntegrityError), store.session() as s:
        check_lineage(s, "m", "1", actor="a")


OL_EVENTS = [
    {
        "eventType": "START",
        "eventTime": "2026-01-01T00:00:00Z",
        "run": {
            "runId": "r-1",
            "facets": {
                "sourceCodeLocation": {
                    "type": "git",
                    "url": "https://git.example/x",
                    "version": "abc123",
                }
            },
        },
        "job": {"namespace": "train", "name": "fraud"},
        "inputs": [],
        "outputs": [],
    },
    {
        "eventType": "COMPLETE",
        "eventTime": "2026-01-01T01:00:00Z",
        "run": {"runId": "r-1"},
        "job": {"namespace": "train", "name": "fraud"},
        "inputs": [
            {
                "namespace": "s3://bucket",
                "name": "train.parquet",
                "facets": {"version": {"datasetVersion": "v7"}},
            }
        ],
        "outputs": [{"namespace": "models", "name": "fraud-model"}],
    },
]


def test_openlineage_and_mlflow_import(sqlite_store: Store, tmp_path: Path, data: Path) -> None:
    store = sqlite_store
    f = tmp_path / "ol.jsonl"
    events = json.loads(json.dumps(OL_EVENTS))
    events[1]["inputs"].append({"namespace": "file", "name": str(data)})
    f.write_text("\n".join(json.dumps(e) for e in events) + "\n")
    runs = parse_openlineage(f)
    assert len(runs) == 1 and runs[0].model == "fraud-model" and runs[0].code["version"] == "abc123"
    mlf = tmp_path / "run.json"
    mlf.write_text(
        json.dumps(
            {
                "run": {
                    "info": {"run_id": "abc", "start_time": 1},
                    "data": {
                        "params": [{"key": "lr", "value": "0.01"}],
                        "tags": [{"key": "mlflow.source.git.commit", "value": "deadbeef"}],
                    },
                    "inputs": {
                        "dataset_inputs": [
                            {
                                "dataset": {
                                    "name": "iris",
                                    "digest": "d41d8cd9",
                                    "source_type": "http",
                                    "source": '{"url": "https://x"}',
                                }
                            }
                        ]
                    },
                }
            }
        )
    )
    run = parse_mlflow_run(mlf, model="iris-clf")
    with store.session() as s:
        res = import_runs(s, runs, actor="pipeline")
        res2 = import_runs(s, [run], actor="pipeline")
        again = import_runs(s, runs, actor="pipeline")
    assert res.recorded == ("fraud-model@r-1",) and again.skipped == ("fraud-model@r-1",)
    assert res2.recorded == ("iris-clf@abc",)
    with store.session() as s:
        lin = lineage_for_model(s, "fraud-model", "r-1")
        kinds = sorted(d.kind for d in lin.datasets)
        assert kinds == ["dir", "external"]
        ext = next(d for d in lin.datasets if d.kind == "external")
        assert ext.digest == "v7" and lin.code["hashed_at"] == "import"
        ml = lineage_for_model(s, "iris-clf", "abc")
        assert ml.params == {"lr": "0.01"} and ml.code["git_commit"] == "deadbeef"
        assert ml.datasets[0].digest == "d41d8cd9"
        assert check_lineage(s, "fraud-model", "r-1", actor="a").clean


def test_parsers_reject_junk(tmp_path: Path) -> None:
    f = tmp_path / "x.jsonl"
    f.write_text('{"run": {"runId": "1"}}\nnot json\n')
    with pytest.raises(ParseError) as exc:
        parse_openlineage(f)
    assert exc.value.line == 2
    f.write_text("[]")
    with pytest.raises(ParseError):
        parse_mlflow_run(f, model="m")


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda c: (
        st.lists(c, max_size=3)
        | st.dictionaries(
            st.sampled_from(
                [
                    "run",
                    "runId",
                    "job",
                    "name",
                    "namespace",
                    "inputs",
                    "outputs",
                    "facets",
                    "version",
                    "eventType",
                ]
            )
            | st.text(max_size=5),
            c,
            max_size=5,
        )
    ),
    max_leaves=15,
)


@settings(max_examples=100, deadline=None)
@given(st.lists(_json, max_size=4))
def test_openlineage_parser_total(
    tmp_path_factory: pytest.TempPathFactory, events: list[object]
) -> None:
    f = tmp_path_factory.mktemp("ol") / "e.jsonl"
    f.write_text("\n".join(json.dumps(e) for e in events))
    try:
        runs = parse_openlineage(f)
    except ParseError:
        return
    assert all(r.run_id for r in runs)


def test_cli_record_show_check(
    assura_home: Path, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            [
                "lineage",
                "record",
                "--model",
                "m",
                "--version",
                "1",
                "--dataset",
                str(data),
                "--param",
                "epochs=3",
                "--actor",
                "alice",
            ]
        )
        == 0
    )
    assert main(["lineage", "show", "m@1", "--json"]) == 0
    out = capsys.readouterr().out
    shown = json.loads(out[out.index("{") :])
    assert shown["models"][0]["params"] == {"epochs": "3"}
    assert main(["lineage", "check", "m@1"]) == 0
    (data / "a.csv").write_text("changed")
    capsys.readouterr()
    assert main(["lineage", "check", "m@1"]) == 1
    assert "changed  a.csv" in capsys.readouterr().out
    assert main(["lineage", "record", "--model", "m", "--version", "2", "--param", "bad"]) == 2
    assert main(["lineage", "check", "nope@1"]) == 2
    assert main(["ledger", "verify"]) == 0


@settings(max_examples=100, deadline=None)
@given(_json)
def test_mlflow_parser_total(tmp_path_factory: pytest.TempPathFactory, obj: object) -> None:
    f = tmp_path_factory.mktemp("ml") / "run.json"
    f.write_text(json.dumps({"run": {"info": {"run_id": "r1"}, "data": obj, "inputs": obj}}))
    try:
        run = parse_mlflow_run(f, model="m")
    except ParseError:
        return
    assert run.run_id == "r1" and run.version == "r1"


def test_public_api_is_honest() -> None:
    import assura.access
    import assura.ledger
    import assura.ledger.lineage

    for mod in (assura.ledger, assura.ledger.lineage, assura.access):
        for name in mod.__all__:
            assert hasattr(mod, name), (mod.__name__, name)
