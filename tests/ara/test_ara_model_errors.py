"""Bad system models give one clear error naming the file and the line."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assura.ara import json_schema, load_system, load_system_text
from assura.errors import InputNotFound, ParseError, UserError

HEAD = "system: {name: t}\ncomponents:\n"


@pytest.mark.parametrize(
    ("text", "line", "needle"),
    [
        (
            HEAD + "  - {id: u, type: user}\n  - {id: v, type: vectorstore}\n",
            4,
            "unknown component type 'vectorstore'",
        ),
        (
            HEAD + "  - {id: u, type: user}\nflows:\n  - {from: u, to: ghost}\n",
            5,
            "no component with id 'ghost' (dangling flow endpoint)",
        ),
        (
            HEAD + "  - {id: u, type: user}\n  - {id: u, type: app}\n",
            4,
            "duplicate component id 'u'",
        ),
        (
            HEAD + "  - {id: u, type: user}\ntrust_boundaries:\n  - {id: a, boundaries: [b]}\n"
            "  - {id: b, boundaries: [a]}\n",
            5,
            "cycle",
        ),
        (
            HEAD + "  - {id: u, type: user}\ntrust_boundaries:\n  - {id: a, boundaries: [a]}\n",
            5,
            "contains itself",
        ),
        (
            HEAD + "  - {id: u, type: user}\n  - {id: x, type: app}\ntrust_boundaries:\n"
            "  - {id: a, components: [u]}\n  - {id: b, components: [u]}\n",
            7,
            "overlapping trust boundaries",
        ),
        (
            HEAD + "  - {id: u, type: user}\ntrust_boundaries:\n  - {id: a, components: [nope]}\n",
            5,
            "unknown component 'nope'",
        ),
        (HEAD + "  - id: u\n    type: user\n    colour: red\n", 5, "unknown key 'colour'"),
        (HEAD + "  - id: u\n    type: user\n    type: app\n", 5, "duplicate key 'type'"),
        (HEAD + "  - {id: u, type: user\n", 4, "malformed YAML"),
        ("system: {name: t}\ncomponents: [\n", 3, "malformed YAML"),
        (HEAD + "  - {id: u, type: user, human_approval: maybe}\n", 3, "human_approval"),
        ("- just\n- a list\n", 1, "must be a YAML mapping"),
    ],
)
def test_bad_model_names_file_and_line(text: str, line: int, needle: str) -> None:
    with pytest.raises(ParseError) as err:
        load_system_text(text, "bad.yaml")
    assert err.value.path == "bad.yaml"
    assert err.value.line == line, str(err.value)
    assert needle in str(err.value)
    assert str(err.value).startswith(f"bad.yaml:{line}: ")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputNotFound):
        load_system(tmp_path / "nope.yaml")


def test_not_utf8(tmp_path: Path) -> None:
    p = tmp_path / "m.yaml"
    p.write_bytes(b"system: {name: \xff}\n")
    with pytest.raises(ParseError, match="UTF-8"):
        load_system(p)


def test_schema_is_json_schema() -> None:
    s = json_schema()
    assert s["$schema"].startswith("https://json-schema.org/")
    comp = s["$defs"]["Component"]
    assert comp["additionalProperties"] is False
    assert "vector_store" in s["$defs"]["ComponentType"]["enum"]
    assert "from" in s["$defs"]["Flow"]["properties"]


_yamlish = st.text(alphabet=st.sampled_from(list("abc:-[]{}, \n'\"&*!#|>12")), max_size=200)


@settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(_yamlish)
def test_loader_never_crashes_on_junk(text: str) -> None:
    try:
        load_system_text(text, "fuzz.yaml")
    except UserError:
        pass


@settings(max_examples=60, deadline=2000)
@given(
    st.lists(st.sampled_from(["user", "app", "llm", "tool", "bogus"]), min_size=1, max_size=6),
    st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7)), max_size=8),
)
def test_generated_models_load_or_fail_cleanly(
    types: list[str], edges: list[tuple[int, int]]
) -> None:
    lines = [HEAD.rstrip("\n")]
    lines += [f"  - {{id: c{i}, type: {t}}}" for i, t in enumerate(types)]
    lines.append("flows:" if edges else "flows: []")
    lines += [f"  - {{from: c{a}, to: c{b}}}" for a, b in edges]
    try:
        s = load_system_text("\n".join(lines) + "\n", "gen.yaml")
    except ParseError as exc:
        assert exc.line is not None
        return
    assert len(s.components) == len(types)


def test_alias_bomb_is_bounded() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    with pytest.raises(ParseError, match="alias expansion"):
        load_system_text("\n".join(lines) + "\n", "bomb.yaml")
