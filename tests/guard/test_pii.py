from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assura import regex_prefilter
from assura.guard import ScanContext
from assura.guard import checksums as ck
from assura.guard.scanners.pii import (
    _PIVOTS,
    RULES,
    PiiScanner,
    _prefilter,
    first_class,
    min_digits,
    pivoted,
)
from assura.regex_prefilter import Prefilter

POSITIVE = [
    ("EMAIL", "write to jane.doe+news@example.co.uk today", "jane.doe+news@example.co.uk"),
    ("PHONE", "call me on +49 30 1234 5678 tomorrow", "+49 30 1234 5678"),
    ("PHONE", "my phone: (415) 555-2671", "(415) 555-2671"),
    ("CREDIT_CARD", "card 4111 1111 1111 1111 exp 12/29", "4111 1111 1111 1111"),
    ("IBAN", "pay to DE89 3704 0044 0532 0130 00 please", "DE89 3704 0044 0532 0130 00"),
    ("US_SSN", "SSN 536-90-4399 on file", "536-90-4399"),
    ("UK_NINO", "NI number AB 12 34 56 C", "AB 12 34 56 C"),
    ("FR_INSEE", "numéro de sécurité sociale 1 84 12 76 451 089 46", "1 84 12 76 451 089 46"),
    ("IN_AADHAAR", "Aadhaar 2341 2341 2346", "2341 2341 2346"),
    ("ES_DNI", "DNI 12345678Z", "12345678Z"),
    ("IT_CODICE_FISCALE", "CF RSSMRA85T10A562S", "RSSMRA85T10A562S"),
    ("DE_TAX_ID", "Steuer-ID 86095742719", "86095742719"),
    ("IP_ADDRESS", "server at 203.0.113.42 is down", "203.0.113.42"),
    ("IP_ADDRESS", "v6 host 2001:db8:85a3::8a2e:370:7334 responds", "2001:db8:85a3::8a2e:370:7334"),
    (
        "STREET_ADDRESS",
        "ship to 1600 Amphitheatre Parkway, Mountain View",
        "1600 Amphitheatre Parkway",
    ),
    ("STREET_ADDRESS", "Ich wohne in der Goethestraße 12 in Köln", "Goethestraße 12"),
]


@pytest.mark.parametrize(("label", "text", "value"), POSITIVE)
def test_entities(label: str, text: str, value: str) -> None:
    res = PiiScanner().scan(text, ScanContext())
    got = {(s.label, text[s.start : s.end]) for s in res.spans}
    assert (label, value) in got, got


@pytest.mark.parametrize(
    "text",
    [
        "card 4111 1111 1111 1112 is invalid",  # Luhn fails
        "IBAN DE89 3704 0044 0532 0130 01",  # mod-97 fails
        "SSN 000-12-3456",  # invalid area
        "DNI 12345678A",  # wrong check letter
        "The individual results are in table 3.",
        "Version 1.2.3.4 was released in 2023-04-05.",
        "We sold 1234 units in Q3 2024 for 5678 EUR.",
        "Hello world",
    ],
)
def test_no_false_positives(text: str) -> None:
    res = PiiScanner().scan(text, ScanContext())
    assert not [s for s in res.spans if s.label != "PHONE"] and res.score < 0.9, res.findings


def test_checksums() -> None:
    assert ck.luhn_ok("4539 1488 0343 6467") and not ck.luhn_ok("4539 1488 0343 6468")
    assert ck.iban_ok("GB82 WEST 1234 5698 7654 32") and not ck.iban_ok(
        "GB82 WEST 1234 5698 7654 33"
    )
    assert ck.aadhaar_ok("234123412346") and not ck.aadhaar_ok("234123412347")
    assert ck.es_dni_ok("X1234567L")
    assert ck.de_steuer_id_ok("86095742719") and not ck.de_steuer_id_ok("86095742718")
    assert ck.uk_nino_ok("AB123456C") and not ck.uk_nino_ok("GB123456C")
    assert ck.codice_fiscale_ok("RSSMRA85T10A562S") and not ck.codice_fiscale_ok("RSSMRA85T10A562T")


def test_entity_selection() -> None:
    res = PiiScanner(entities=["EMAIL"]).scan("a@b.io 4111 1111 1111 1111", ScanContext())
    assert {s.label for s in res.spans} == {"EMAIL"}
    with pytest.raises(ValueError):
        PiiScanner(entities=["NOPE"])


@pytest.mark.parametrize(
    ("index", "label", "regex"), [(i, r[0], r[1]) for i, r in enumerate(RULES)]
)
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_digit_gate_and_prefilter_pass_every_match(
    index: int, label: str, regex: re.Pattern[str], data: st.DataObject
) -> None:
    # The scanner skips a rule when the text has fewer digits than min_digits(rule), or
    # when the rule's RE2 copy does not match: sound only if no match is skipped.
    match = data.draw(st.from_regex(regex, fullmatch=True))
    assert len(re.findall(r"\d", match)) >= min_digits(regex.pattern), (label, match)
    cls = first_class(regex.pattern)
    if cls:  # the rule runs behind (?=[...])
        assert re.match(cls, match), (label, cls, match)
    pf = _prefilter()
    text = data.draw(st.text(max_size=5)) + match + data.draw(st.text(max_size=5))
    assert pf.may_match(index, text), (label, text)


def test_digit_and_literal_gates_change_no_result_on_the_pii_corpus() -> None:
    corpus = Path(__file__).resolve().parents[2].parent / "shared/data/guard/pii-synthetic"
    rows = [json.loads(line) for line in (corpus / "presidio_synth_dataset_v2.jsonl").open()]
    gated, ungated = PiiScanner(), PiiScanner()
    # the regexes as written: no digit or literal gate, no RE2 prefilter
    ungated._rules = [(rule, 0, (), i) for i, rule in enumerate(RULES)]
    ungated._prefilter = Prefilter([])
    assert any(digits for _rule, digits, _needs, _i in gated._rules)
    assert any(needs for _rule, _digits, needs, _i in gated._rules)
    assert any(rule[1].pattern.startswith("(?=") for rule, _d, _n, _i in gated._rules)
    if regex_prefilter._re2 is not None:
        assert len(gated._prefilter.covered) == len(RULES)
    for row in rows:  # all 1,500 sentences
        a = gated.scan(row["text"], ScanContext())
        b = ungated.scan(row["text"], ScanContext())
        assert a.spans == b.spans, row["text"]


EMAIL_PIECES = ["@", "a", "Z", "0", ".", "-", "+", "_", "%", " ", "example", ".com", ".org",
                "x" * 30, "y" * 40, "é", "\n", "mail@", "@@", "a.b", "jane.roe"]  # fmt: skip


NOISE = st.lists(st.sampled_from(EMAIL_PIECES), max_size=12).map("".join)
LOCAL = st.one_of(  # local parts up to and past 64 characters
    st.text(alphabet="abcXYZ019._%+-", min_size=1, max_size=8),
    st.text(alphabet="abcXYZ019._+-", min_size=58, max_size=70),
)
ADDRESSES = st.tuples(NOISE, LOCAL, st.sampled_from(["@example.com", "@a.org", "@@x.io"]), NOISE)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.lists(st.sampled_from(EMAIL_PIECES), max_size=40), ADDRESSES).map("".join))
def test_the_email_rule_searched_near_each_at_sign_finds_what_finditer_finds(text: str) -> None:
    rx = next(r for label, r, _judge in RULES if label == "EMAIL")
    pivot, before = _PIVOTS["EMAIL"]
    got = [m.span() for m in pivoted(rx, text, pivot, before)]
    assert got == [m.span() for m in rx.finditer(text)]


def test_no_first_class_where_a_scoped_flag_ignores_case() -> None:
    assert first_class(r"(?:abc)d") == "[a]"
    assert first_class(r"(?i:abc)d") is None  # "[a]" would miss "ABCd"
