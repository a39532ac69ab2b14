"""Datasets referenced by training/eval code and configs; model files referenced by code."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from assura.inventory.detectors.asset_datasets import DatasetDetector
from assura.inventory.interface import Component, SourceFile


def run(root: Path, rel: str, text: str) -> list[Component]:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    det = DatasetDetector()
    assert det.applies_to(rel)
    return list(det.detect(SourceFile(rel, path, text, len(text))))


def by_kind(comps: list[Component]) -> dict[str, set[tuple[str, int | None]]]:
    out: dict[str, set[tuple[str, int | None]]] = {}
    for c in comps:
        out.setdefault(c.kind.value, set()).add((c.name, c.evidence[0].line))
    return out


TRAIN = """import pandas as pd
import fire
from datasets import load_dataset
from sklearn.linear_model import LinearRegression

df = pd.read_csv("data/hiring.csv")
ds = load_dataset("yahma/alpaca-cleaned")
local = load_dataset("json", data_files="alpaca_data.json")
glue = load_dataset("glue", "mrpc")
out = df.to_csv("predictions.csv")
with open("train.jsonl") as fh:
    pass
with open("config.json") as fh:
    pass


def train(base_model: str = "", data_path: str = "tatsu-lab/alpaca", val_set_size: int = 0):
    pass
"""


def test_training_code(tmp_path: Path) -> None:
    got = by_kind(run(tmp_path, "finetune.py", TRAIN))
    assert got["dataset"] == {
        ("hiring.csv", 6),
        ("yahma/alpaca-cleaned", 7),
        ("alpaca_data.json", 8),
        ("glue", 9),
        ("train.jsonl", 11),
        ("tatsu-lab/alpaca", 17),
    }


def test_reads_outside_ml_code_are_not_datasets(tmp_path: Path) -> None:
    text = 'import pandas as pd\nsales = pd.read_csv("sales.csv")\n'
    assert run(tmp_path, "report.py", text) == []


def test_builtin_datasets(tmp_path: Path) -> None:
    text = (
        "import torchvision\nfrom tensorflow import keras\nfrom sklearn import datasets\n"
        'train = torchvision.datasets.CIFAR10(root="./d", download=True)\n'
        "(x, y), _ = keras.datasets.mnist.load_data()\n"
        "iris = datasets.load_iris()\n"
    )
    got = by_kind(run(tmp_path, "t.py", text))
    assert got["dataset"] == {("CIFAR10", 4), ("mnist", 5), ("iris", 6)}


def test_model_file_references(tmp_path: Path) -> None:
    (tmp_path / "model.pkl").write_bytes(b"\x80\x04K\x01.")
    app = "import pickle\nmodel = pickle.load(open('model.pkl', 'rb'))\nm2 = pickle.load(open('gone.pkl','rb'))\n"
    got = by_kind(run(tmp_path, "app.py", app))
    assert got["model_file"] == {("model.pkl", 2)}
    assert got["model"] == {("model.pkl", 2), ("gone.pkl", 3)}
    trainer = "import pickle\nfrom sklearn.linear_model import LinearRegression\npickle.dump(r, open('model.pkl','wb'))\n"
    got = by_kind(run(tmp_path, "model.py", trainer))
    assert got == {"model_file": {("model.pkl", 3)}}


def test_reference_outside_tree_is_ignored(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    (tmp_path / "secret.pkl").write_bytes(b"\x80\x04K\x01.")
    text = "import joblib\nm = joblib.load('../secret.pkl')\n"
    got = by_kind(run(root, "app.py", text))
    assert "model_file" not in got


def test_configs_and_scripts(tmp_path: Path) -> None:
    yml = "base_model: meta-llama/Llama-2-7b-hf\ndatasets:\n  - path: x\ndataset_name: acme/support-tickets\ntrain_file: data/train.parquet\n"
    assert by_kind(run(tmp_path, "train.yaml", yml))["dataset"] == {
        ("acme/support-tickets", 4),
        ("train.parquet", 5),
    }
    sh = "python finetune.py --base_model x --data_path 'yahma/alpaca-cleaned' --output_dir out\n"
    assert by_kind(run(tmp_path, "run.sh", sh))["dataset"] == {("yahma/alpaca-cleaned", 1)}


def test_notebook(tmp_path: Path) -> None:
    nb = {
        "cells": [
            {
                "cell_type": "code",
                "metadata": {},
                "outputs": [],
                "execution_count": None,
                "source": ["from datasets import load_dataset\n", 'd = load_dataset("imdb")\n'],
            }
        ],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    text = json.dumps(nb, indent=1)
    comps = run(tmp_path, "nb.ipynb", text)
    assert [c.name for c in comps] == ["imdb"]
    line = comps[0].evidence[0].line
    assert line is not None and "imdb" in text.splitlines()[line - 1]


@settings(max_examples=120, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["a.py", "a.yaml", "a.sh", "a.ipynb"]))
def test_never_raises(text: str, rel: str) -> None:
    det = DatasetDetector()
    list(det.detect(SourceFile(rel, Path("/nonexistent") / rel, text, len(text))))


def test_axolotl_dataset_block(tmp_path: Path) -> None:
    yml = (
        "base_model: NousResearch/Llama-2-7b-hf\n"
        "datasets:\n"
        "  - path: mhenrichsen/alpaca_2k_test\n"
        "    type: alpaca\n"
        "val_set_size: 0.05\n"
        "output_dir: ./out\n"
    )
    assert by_kind(run(tmp_path, "lora.yml", yml)) == {
        "dataset": {("mhenrichsen/alpaca_2k_test", 3)}
    }


def test_dataset_mixer_blocks(tmp_path: Path) -> None:
    yml = (
        "dataset_mixer:\n"
        "  HuggingFaceH4/ultrachat_200k: 1.0\n"
        "dataset_mixture:\n"
        "  datasets:\n"
        "    - id: HuggingFaceTB/smoltalk2\n"
        "      weight: 1.0\n"
        "learning_rate: 2.0e-05\n"
    )
    assert by_kind(run(tmp_path, "recipe.yaml", yml))["dataset"] == {
        ("HuggingFaceH4/ultrachat_200k", 2),
        ("HuggingFaceTB/smoltalk2", 5),
    }


def test_hf_datasets_module_is_not_sklearn(tmp_path: Path) -> None:
    text = "import datasets\nds = datasets.load_dataset(args.name)\n"
    assert run(tmp_path, "data.py", text) == []


def test_paths_built_from_names_joins_and_fstrings(tmp_path: Path) -> None:
    text = (
        "import os\nimport pandas as pd\nfrom sklearn.svm import SVC\n"
        'DATA_DIR = "data"\n'
        'TRAIN = os.path.join(DATA_DIR, "train.csv")\n'
        "train = pd.read_csv(TRAIN)\n"
        'test = pd.read_csv(f"{DATA_DIR}/test.csv")\n'
        'extra = pd.read_parquet(DATA_DIR + "/extra.parquet")\n'
    )
    got = by_kind(run(tmp_path, "train.py", text))
    assert got["dataset"] == {("train.csv", 6), ("test.csv", 7), ("extra.parquet", 8)}


def test_model_path_through_a_name(tmp_path: Path) -> None:
    (tmp_path / "clf.joblib").write_bytes(b"\x80\x04K\x01.")
    text = 'import joblib\nMODEL_PATH = "clf.joblib"\nclf = joblib.load(MODEL_PATH)\n'
    got = by_kind(run(tmp_path, "serve.py", text))
    assert got == {"model_file": {("clf.joblib", 3)}, "model": {("clf.joblib", 3)}}


def test_readme_cli_flags(tmp_path: Path) -> None:
    md = "# Train\n\n```bash\npython finetune.py \\\n    --data_path 'yahma/alpaca-cleaned' \\\n    --output_dir out\n```\nWe used data/train.csv.\n"
    comps = run(tmp_path, "README.md", md)
    assert [(c.name, c.evidence[0].line, c.confidence) for c in comps] == [
        ("yahma/alpaca-cleaned", 5, 0.5)
    ]
