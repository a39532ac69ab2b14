"""Realistic fake keys in each provider's documented shape (generated, never real)."""

from __future__ import annotations

import random
import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assura.guard import Guard, ScanContext
from assura.guard.scanners.secrets import (
    _KEYWORD,
    _KEYWORD_NEEDLES,
    PROVIDER_RULES,
    SecretsScanner,
    _fold,
)

R = random.Random(6)
AN = string.ascii_letters + string.digits


def rand(n: int, alphabet: str = AN) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


FAKE_KEYS = {
    "OPENAI_KEY": "sk-proj-" + rand(48) + "_" + rand(40) + "T3BlbkFJ" + rand(20),
    "OPENAI_KEY legacy": "sk-" + rand(20) + "T3BlbkFJ" + rand(20),
    "ANTHROPIC_KEY": "sk-ant-api03-" + rand(93, AN + "-_") + "AA",
    "HUGGINGFACE_TOKEN": "hf_" + rand(34, string.ascii_letters),
    "GOOGLE_API_KEY": "AIza" + rand(35, AN + "-_"),
    "GROQ_KEY": "gsk_" + rand(52),
    "REPLICATE_TOKEN": "r8_" + rand(37),
    "AWS_ACCESS_KEY": "AKIA" + rand(16, string.ascii_uppercase + "234567"),
    "GITHUB_TOKEN": "ghp_" + rand(36),
    "GITHUB_TOKEN fine-grained": "github_pat_" + rand(22) + "_" + rand(59),
    "SLACK_TOKEN": "xoxb-"
    + rand(12, string.digits)
    + "-"
    + rand(13, string.digits)
    + "-"
    + rand(24),
    "STRIPE_KEY": "sk_live_" + rand(24),
    "JWT": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkphbmUifQ."
    + rand(43, AN + "-_"),
}


@pytest.mark.parametrize("label", sorted(FAKE_KEYS))
def test_provider_keys_detected(label: str) -> None:
    key = FAKE_KEYS[label]
    text = f"here is my key {key} please use it"
    res = SecretsScanner().scan(text, ScanContext())
    assert res.score >= 0.9
    assert any(text[s.start : s.end] == key for s in res.spans), res.spans
    assert res.findings[0].data["label"] == label.split()[0]
    assert key not in res.findings[0].message  # never echo the secret


def test_private_key_block() -> None:
    pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEow" + rand(200) + "\n-----END RSA PRIVATE KEY-----"
    res = SecretsScanner().scan("key:\n" + pem, ScanContext())
    assert res.spans[0].label == "PRIVATE_KEY"


def test_aws_secret_and_keyword_secret() -> None:
    text = "aws_secret_access_key = " + rand(40, AN + "/+") + "\npassword: Tr0ub4dor&3xyzzy!"
    labels = {s.label for s in SecretsScanner().scan(text, ScanContext()).spans}
    assert labels == {"AWS_SECRET_KEY", "SECRET"}


@pytest.mark.parametrize(
    "text",
    [
        "the commit is 3f786850e387550fdab836ed7e6dc881de23001b",
        "uuid 123e4567-e89b-12d3-a456-426614174000",
        "Decode this base64: aGVsbG8gd29ybGQ=",
        "a long readable base64: " + "SGVsbG8gdGhlcmUsIHRoaXMgaXMgYSBoYXJtbGVzcyBzZW50ZW5jZS4=",
        "How should I store my OpenAI API key securely?",
        "the token limit is 4096 and the password policy needs 12 chars",
        "sk-learn is a typo for scikit-learn",
    ],
)
def test_no_false_positives(text: str) -> None:
    assert SecretsScanner().scan(text, ScanContext()).score < 0.5


def test_guard_redacts_keys(guard: Guard) -> None:
    key = FAKE_KEYS["ANTHROPIC_KEY"]
    res = guard.scan_input(f"call the API with {key} now")
    assert res.action.value == "redact"
    assert key not in res.text and "[ANTHROPIC_KEY_1]" in res.text
    assert res.redactions["[ANTHROPIC_KEY_1]"] == key


# Pieces of every rule's matches, and the characters re's IGNORECASE folds to ASCII letters.
PIECES = ["aws", "AWS", "Aws", "_", "-", "secret", "SECRET", "ſecret", "ſECRET", "KEY", "Key",
          "key", "api", "apı", "token", "TOKEN", "passwd", "PASSWORD", "pwd", "bearer", "BEARER",
          "İ", "ı", "ſ", "K", "=", ":", " is ", " ", "'", '"', "AKIA", "ASIA", "ghp_", "ghs_",
          "sk_live_", "rk_test_", "sk-", "xox", "r8_", "eyJ", ".", rand(40, AN + "/+"),
          rand(24), rand(16, string.ascii_uppercase + "234567")]  # fmt: skip


# a keyword spelt with the characters IGNORECASE folds (ſ for s, ı for i, K for k), then
# an assignment: the shape the keyword rule and the AWS secret rule match
SPELLINGS = st.lists(st.sampled_from(["ſ", "ı", "K", "İ", "s", "S", "i", "k", "e", "c", "r", "t",
                                      "a", "w", "_", "p", "o", "n", "y", "d", "b"]), max_size=3)  # fmt: skip
WORDS = ["secret", "aws_secret_key", "aws_secret_access_key", "api_key", "token", "passwd",
         "pwd", "bearer", "client_secret"]  # fmt: skip


@st.composite
def assignments(draw: st.DrawFn) -> str:
    word = draw(st.sampled_from(WORDS))
    chars = list(word)
    for _ in range(draw(st.integers(0, 3))):  # swap letters for look-alikes
        i = draw(st.integers(0, len(chars) - 1))
        chars[i] = {"s": "ſ", "i": "ı", "k": "K"}.get(chars[i], chars[i].upper())
    sep = draw(st.sampled_from(["=", ": ", " is ", ":=", "='"]))
    return "x " + "".join(chars) + sep + rand(40, AN + "/+") + " " + "".join(draw(SPELLINGS))


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.lists(st.sampled_from(PIECES), max_size=24).map("".join), assignments()))
def test_a_rule_skipped_for_want_of_its_needles_cannot_match(text: str) -> None:
    """The needles gate is exact: whenever a rule's regex matches, one of its needles is
    in the text (in the folded text for a case-insensitive rule)."""
    folded = _fold(text)
    for _label, needles, rx in PROVIDER_RULES:
        if re.search(rx, text):
            assert any(n in (folded if rx.startswith("(?i)") else text) for n in needles), rx
    if _KEYWORD.search(text):
        assert any(n in folded for n in _KEYWORD_NEEDLES)
