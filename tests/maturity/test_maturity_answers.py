"""Answers files: valid forms, and every kind of mistake named by file and line."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assura.errors import UserError
from assura.maturity import AnswersError, Catalog, OrgSize, load_answers, parse_answers

GOOD = """\
organisation: Example Ltd
org_size: medium
answers:
  AIM-GOV-1.1:
    answer: whole
    evidence:
      - https://wiki.example.com/ai-policy
      - policy.pdf
    owner: ciso@example.com
    notes: approved in March
  AIM-TRN-1.1: half
  AIM-INV-1.2:
    answer: no
"""


def test_a_valid_file(tmp_path: Path, catalog: Catalog) -> None:
    (tmp_path / "policy.pdf").write_bytes(b"%PDF-1.4\n")
    path = tmp_path / "answers.yaml"
    path.write_text(GOOD)
    parsed = load_answers(path, catalog)
    assert parsed.organisation == "Example Ltd" and parsed.org_size is OrgSize.MEDIUM
    gov = parsed.answers["AIM-GOV-1.1"]
    assert (gov.answer, gov.value, gov.owner, gov.line) == ("whole", 1.0, "ciso@example.com", 4)
    assert gov.evidence == ("https://wiki.example.com/ai-policy", "policy.pdf")
    assert parsed.answers["AIM-TRN-1.1"].value == 0.5
    assert parsed.answers["AIM-INV-1.2"].answer == "no"  # YAML's boolean "no" is read as the key


def _problem(catalog: Catalog, text: str, tmp_path: Path, **kw: object) -> AnswersError:
    with pytest.raises(AnswersError) as exc:
        parse_answers(text, "answers.yaml", catalog, base_dir=tmp_path, **kw)  # type: ignore[arg-type]
    return exc.value


def test_unknown_activity_id_names_the_line(catalog: Catalog, tmp_path: Path) -> None:
    err = _problem(catalog, "answers:\n  AIM-GOV-1.1: partial\n  AIM-NOPE-1.1: whole\n", tmp_path)
    assert str(err) == "answers.yaml:3: unknown activity id 'AIM-NOPE-1.1'"
    assert err.path == "answers.yaml" and err.line == 3


def test_answer_outside_the_set_lists_the_allowed_keys(catalog: Catalog, tmp_path: Path) -> None:
    err = _problem(
        catalog, "answers:\n  AIM-GOV-1.1:\n    owner: a\n    answer: always\n", tmp_path
    )
    assert err.line == 4
    assert (
        "AIM-GOV-1.1: answer 'always' is not in the answer set (one of: no, started, partial, whole)"
        in str(err)
    )


def test_evidence_pointing_at_nothing(catalog: Catalog, tmp_path: Path) -> None:
    text = (
        "answers:\n"
        "  AIM-GOV-1.1:\n"
        "    answer: whole\n"
        "    evidence:\n"
        "      - https://ok.example.com/x\n"
        "      - missing/policy.pdf\n"
        "  AIM-INV-1.1:\n"
        "    answer: most\n"
        "    evidence: record:scan/0123456789abcdef\n"
    )
    err = _problem(catalog, text, tmp_path, resolver=lambda kind, rid: False)
    assert err.line == 6 and "points at a file that does not exist" in str(err)
    assert [line for line, _ in err.problems] == [6, 9]
    assert "names a record that does not exist in the store" in err.problems[1][1]
    assert "(and 1 more problem(s))" in str(err)


def test_several_problems_are_all_reported(catalog: Catalog, tmp_path: Path) -> None:
    err = _problem(
        catalog,
        "org_size: huge\ncolour: red\nanswers:\n  AIM-X-1.1: no\n  AIM-GOV-1.1: {}\n",
        tmp_path,
    )
    assert [line for line, _ in err.problems] == [1, 2, 4, 5]


def test_malformed_yaml_names_the_line(catalog: Catalog, tmp_path: Path) -> None:
    with pytest.raises(UserError) as exc:
        parse_answers("answers:\n  AIM-GOV-1.1: [whole\n", "a.yaml", catalog, base_dir=tmp_path)
    assert str(exc.value).startswith("a.yaml:")


def test_missing_file_is_input_not_found(catalog: Catalog, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="answers file not found"):
        load_answers(tmp_path / "nope.yaml", catalog)


_KEYS = st.sampled_from(
    ["answers", "org_size", "AIM-GOV-1.1", "answer", "evidence", "owner", "x", "- ", ": ", "no"]
)


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.one_of(_KEYS, st.text(max_size=12)), max_size=30).map(
        lambda parts: "".join(p + ("\n" if i % 3 == 2 else "") for i, p in enumerate(parts))
    )
)
def test_any_text_gives_answers_or_a_user_error(
    catalog: Catalog, tmp_path: Path, text: str
) -> None:
    try:
        parsed = parse_answers(text, "fuzz.yaml", catalog, base_dir=tmp_path)
    except UserError as exc:
        assert str(exc).startswith("fuzz.yaml")
    else:
        assert all(catalog.activity(a) is not None for a in parsed.answers)
