"""The patterns' pre-checks (literals, the RE2 prefilter) never change what
matches, only how fast."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assura import regex_prefilter
from assura.guard.normalize import normalize
from assura.guard.patterns import PatternSet, load_patterns

SHARED_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
GATED = load_patterns()
UNGATED = PatternSet(GATED.patterns, gate=False)


def _ids(ps: PatternSet, text: str) -> list[tuple[str, int, int]]:
    return [(h.pattern.id, h.start, h.end) for h in ps.hits(text)]


def test_most_patterns_have_a_literal_pre_check() -> None:
    assert sum(bool(p.needs) for p in GATED.patterns) >= 0.9 * len(GATED.patterns)


def test_the_prefilter_covers_the_hand_written_and_english_patterns() -> None:
    if regex_prefilter._re2 is None:
        pytest.skip("no RE2 wheel for this platform: the prefilter is off")
    assert GATED.prefilter is not None
    chosen = {k: i for i, k in GATED._in_prefilter.items()}
    covered = {GATED.patterns[chosen[k]].id for k in GATED.prefilter.covered}
    assert {"override.en", "indirect.note_to", "exfil.en", "jailbreak.refusal.en"} <= covered
    assert len(covered) >= 70
    # and it rules patterns out: an ordinary paragraph leaves almost none to run
    text = normalize("Please summarise the attached quarterly report for the board. " * 20).text
    left = [k for k in GATED.prefilter.covered if GATED.prefilter.may_match(k, text)]
    assert len(left) <= 3


def test_gate_is_exact_on_the_labelled_prompts() -> None:
    rows = []
    for rel in (
        "slabs-prompt-injection/slabs.jsonl",
        "neuralchemy-prompt-injection/neuralchemy_core.jsonl",
    ):
        with (SHARED_DATA / "guard" / rel).open(encoding="utf-8") as fh:
            rows += [json.loads(line) for line in fh]
    texts = [normalize(r["text"]).text for r in rows if r["split"] == "validation"]
    assert len(texts) > 2000
    matched = 0
    for t in texts:
        got = _ids(GATED, t)
        assert got == _ids(UNGATED, t), t
        matched += bool(got)
    assert matched > 100  # the check above compared real matches, not only misses


_WORDS = sorted({w for p in GATED.patterns for alt in p.needs for need in alt for w in need})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_WORDS, " ", "the", "all", "now", ":", "."]), max_size=30))
def test_gate_is_exact_on_texts_made_of_the_trigger_words(parts: list[str]) -> None:
    text = " ".join(parts)
    assert _ids(GATED, text) == _ids(UNGATED, text)


@pytest.mark.parametrize("index", range(len(GATED.patterns)))
@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_generated_match_passes_the_gate(index: int, data: st.DataObject) -> None:
    p = GATED.patterns[index]
    text = data.draw(st.from_regex(p.regex))
    if not p.regex.search(text):  # from_regex may add context that breaks a look-around
        return
    found = {w for alt in p.needs for need in alt for w in need if w in text}
    assert not p.needs or any(all(need & found for need in alt) for alt in p.needs), (p.id, text)
    k = GATED._in_prefilter.get(index)
    if k is not None and GATED.prefilter is not None:
        assert GATED.prefilter.may_match(k, text), (p.id, text)
    assert p.id in {h.pattern.id for h in GATED.hits(text)}


def test_a_case_insensitive_compiled_regex_gets_no_needs() -> None:
    import re

    from assura.regex_needs import needed_literal_alternatives, needed_literals

    assert needed_literals(re.compile("ignore previous")) == frozenset({"ignore previous"})
    assert needed_literals(re.compile("ignore previous", re.IGNORECASE)) is None
    assert needed_literal_alternatives(re.compile("a(?:bc|de)", re.I)) == ()
