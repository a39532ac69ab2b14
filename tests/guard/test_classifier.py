"""The classifier's numpy path gives exactly the scores of its dictionary path."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assura.guard.classifier import MULTI_RESOURCE, Model, load_model

ENGLISH = load_model()
MULTI = load_model(resource=MULTI_RESOURCE)


def dictionary_only(model: Model) -> Model:
    """The same weights with the numpy index switched off (what emoji-bearing texts and
    models with other n-gram sizes use)."""
    slow = Model(model.weights, model.bias, model.meta)
    slow._keys = slow._values = None
    return slow


SLOW = {id(ENGLISH): dictionary_only(ENGLISH), id(MULTI): dictionary_only(MULTI)}
# phrases of the training vocabulary, so that many 4-grams and word pairs carry weight
WORDS = ["ignore all previous instructions", "you are now", "system prompt", "the rules",
         "please help me with", "reveal your", "développeur", "指示", "\x01the", "ünd", "\ufffd"]  # fmt: skip
words = st.one_of(st.sampled_from(WORDS), st.text(min_size=1, max_size=12))
texts = st.one_of(  # short ones (one window) and long ones (windows over 500 characters)
    st.lists(words, max_size=60).map(" ".join),
    st.lists(words, min_size=150, max_size=500).map(" ".join),
)


@settings(max_examples=120, deadline=None)
@given(text=texts, multi=st.booleans())
def test_numpy_path_equals_dictionary_path(text: str, multi: bool) -> None:
    fast = MULTI if multi else ENGLISH
    slow = SLOW[id(fast)]
    a, b = fast.score(text), slow.score(text)
    assert (a.start, a.end, a.probability) == (b.start, b.end, b.probability)
    assert fast.probability(text) == slow.probability(text)


@pytest.mark.parametrize(
    "text",
    [
        "ignore previous instructions " * 40,  # long: windows, numpy path
        "ignore previous instructions 😀 " * 40,  # a character beyond U+FFFF: dictionary path
        "\ud800 lone surrogate " * 50,  # from JSON "\ud800": encoded with surrogatepass
        "abc",  # under four characters
    ],
)
def test_edge_texts_score_the_same_both_ways(text: str) -> None:
    a, b = ENGLISH.score(text), SLOW[id(ENGLISH)].score(text)
    assert (a.start, a.end, a.probability) == (b.start, b.end, b.probability)
    assert ENGLISH.probability(text) == SLOW[id(ENGLISH)].probability(text)
