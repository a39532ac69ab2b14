"""The sets written for assura in bench/guard load, and a malformed row is refused."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "guard"
sys.path.insert(0, str(BENCH))

from written import checked  # noqa: E402

SETS = {  # module: (rows, attacks)
    "train_ml_a": (390, 195),
    "train_ml_b": (360, 180),
    "train_ml_c": (330, 165),
    "train_ml_d": (408, 204),
    "train_ml_e": (456, 228),
    "train_ml_f": (624, 432),
    "train_docs": (320, 160),
    "train_docs_b": (401, 190),
    "train_docs_c": (242, 69),
    "prompts_heldout": (506, 270),
    "documents_heldout": (365, 183),
    "multilingual_heldout": (592, 296),
    "jailbreaks_heldout": (420, 200),
    "personas_dev": (110, 40),
    "agent_actions_dev": (120, 60),
    "agent_actions_test": (120, 60),
    "agent_actions_final": (120, 60),
    "generalisation_final": (300, 150),
    "generalisation_e": (240, 120),
    "generalisation_f": (300, 150),
    "generalisation_g": (240, 120),
    "generalisation_h": (200, 100),
    "generalisation_i": (160, 80),
    "generalisation_j": (180, 60),
    "generalisation_k": (200, 110),
    "generalisation_l": (180, 80),
    "train_en": (500, 230),
    "train_en_b": (597, 240),
    "train_en_c": (600, 200),
    "train_docs_d": (400, 200),
    "train_en_d": (450, 150),
    "train_docs_e": (400, 200),
}
HELD_OUT = (  # never trained on
    "prompts_heldout",
    "documents_heldout",
    "multilingual_heldout",
    "jailbreaks_heldout",
    "personas_dev",
    "agent_actions_dev",
    "agent_actions_test",
    "agent_actions_final",
    "generalisation_final",
    "generalisation_e",
    "generalisation_f",
    "generalisation_g",
    "generalisation_h",
    "generalisation_i",
    "generalisation_j",
    "generalisation_k",
    "generalisation_l",
)


@pytest.mark.parametrize("name", sorted(SETS))
def test_each_written_set_loads_whole(name: str) -> None:
    rows = importlib.import_module(name).rows()
    assert (len(rows), sum(r["label"] for r in rows)) == SETS[name]


def test_no_held_out_text_is_in_a_training_set() -> None:
    names = [n for n in SETS if n not in HELD_OUT] + ["assura_data"]
    train = {r["text"].strip() for n in names for r in importlib.import_module(n).rows()}
    held = {r["text"].strip() for n in HELD_OUT for r in importlib.import_module(n).rows()}
    assert not train & held


ROW = {"id": "x-1", "text": "hello", "label": 0, "role": "user"}


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([ROW, {**ROW, "text": "other"}], "duplicate id"),
        ([ROW, {**ROW, "id": "x-2", "text": " hello "}], "duplicate text"),
        ([{**ROW, "text": "  "}], "empty text"),
        ([{**ROW, "label": 2}], "label must be 0 or 1"),
        ([{**ROW, "role": "admin"}], "unknown role"),
    ],
)
def test_a_malformed_row_is_refused(rows: list[dict[str, object]], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        checked(rows)  # type: ignore[arg-type]
