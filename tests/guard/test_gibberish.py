"""The adversarial-suffix heuristic's short cuts change no score."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from assura.guard.gibberish import _CODE, _glued, _records, _weird, suffix_score

TOKENS = st.one_of(
    st.text(alphabet=st.characters(categories=("Lu", "Ll", "Lo")), min_size=2, max_size=8),
    st.text(alphabet="aZ9.!*(]\\'-é", min_size=1, max_size=8),
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(categories=("Lu", "Ll", "Lt", "Lm", "Lo")), min_size=2))
def test_a_word_of_letters_is_weird_exactly_when_the_general_test_says_so(tok: str) -> None:
    assert _weird(tok) == _glued(tok)


@settings(max_examples=300, deadline=None)
@given(st.lists(TOKENS, min_size=8, max_size=45))
def test_stopping_early_gives_the_share_of_weird_tokens(toks: list[str]) -> None:
    text = "Please help me with this. " + " ".join(toks)
    tail = text[-400:]
    words = tail.split()[-40:]
    frac = sum(1 for t in words if _weird(t)) / len(words)
    data = bool(_CODE.search(tail)) or _records(tail)
    expected = 0.0 if data or frac < 0.3 else min(1.0, 0.35 + frac)
    assert suffix_score(text) == expected
