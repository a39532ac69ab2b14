"""CaselessRegex finds what the same pattern under re.IGNORECASE finds, at the same offsets."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assura.inventory.detectors.asset_mcp import _MARKER
from assura.inventory.detectors.asset_mcp_code import _USES_MCP
from assura.inventory.detectors.caseless import CaselessRegex
from assura.inventory.detectors.pkg_vectorsql import _COLUMN, _EXTENSION

_IN_USE = [_USES_MCP, _MARKER, _EXTENSION, _COLUMN]


def _pieces(rx: CaselessRegex) -> list[str]:
    words = re.findall(r"[A-Za-z_]{3,}", rx.pattern)
    return words + [w.upper() for w in words] + [w.title() for w in words]


@pytest.mark.parametrize("rx", _IN_USE, ids=lambda rx: rx.pattern[:30])
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_same_matches_as_ignorecase(rx: CaselessRegex, data: st.DataObject) -> None:
    extra = ["\n", " ", "  ", "(", "'", '"', "`", "1536", ".", "-", "\u212a", "\u0130", "é", "ſ"]
    parts = data.draw(st.lists(st.sampled_from(_pieces(rx) + extra), max_size=12))
    text = "".join(parts)
    reference = re.compile(rx.pattern, rx._any.flags)
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in reference.finditer(text)]
    assert (rx.search(text) is None) == (reference.search(text) is None)


def test_an_upper_case_escape_is_refused() -> None:
    with pytest.raises(ValueError, match="upper-case escape"):
        CaselessRegex(r"a\Sb")


def test_non_ascii_text_is_matched_as_written() -> None:
    """The Kelvin sign folds to k under IGNORECASE; str.lower() would not find it."""
    rx = CaselessRegex("kms")
    assert rx.search("\u212ams") is not None
    assert rx.search("KMS") is not None
