"""Realistic fake keys in each provider's documented shape (generated, never real)."""

from __future__ import annotations

import random
import string

import pytest

from assura.guard import Guard, ScanContext
from assura.guard.scanners.secrets import SecretsScanner

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
