"""The detectors' literal pre-checks: exact answers, sound needs, and gates that change nothing.

Every gate skips work only when a literal is absent from a text, so reporting every
literal present (no gate at all) must give the same inventory; the needs derived from
regexes must hold for any match; the word lists must cover the rules they stand for.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from assura import presence
from assura.inventory.catalog_providers import default_catalog
from assura.inventory.detectors import asset_common, asset_infra, asset_model_ids
from assura.inventory.detectors.asset_credentials import (
    CredentialRefDetector,
    credential_provider,
)
from assura.inventory.detectors.asset_keys import HardcodedKeyDetector
from assura.inventory.detectors.asset_model_ids import MODEL_KEY_WORDS, literal_gate
from assura.inventory.scanner import scan_path
from assura.presence import any_case_words, present, present_any_case, words
from assura.regex_needs import needed_literals

REPO = Path(__file__).resolve().parents[2]
CORPORA = [REPO / "tests" / "inventory" / "fixtures", REPO / "examples"]

_ALPHABET = st.sampled_from(list("abkKmode-_/:. \n\"'") + ["é", "\u212a", "İ", "😀", "\ud800"])
_TEXT = st.text(_ALPHABET, max_size=60)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.lists(st.text(_ALPHABET, min_size=1, max_size=4), max_size=8))
def test_present_is_exactly_substring_containment(text: str, items: list[str]) -> None:
    wanted = words(items)
    assert present(text, wanted) == {w for w in wanted if w in text}
    assert present(text.lower(), wanted) == {w for w in wanted if w in text.lower()}


def test_present_without_hyperscan_gives_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    wanted = words("model", "KEY", "é/", "\ud800")
    text = "a Model KEY é/x \ud800"
    expected = present(text, wanted)
    monkeypatch.setattr(presence, "_hs", None)
    assert present(text, wanted) == expected == {"KEY", "é/", "\ud800"}


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.lists(st.text(_ALPHABET, min_size=1, max_size=4), max_size=8))
def test_present_any_case_is_containment_in_the_lower_cased_text(
    text: str, items: list[str]
) -> None:
    """From the one scan of ``text``; words with capitals or not ASCII, and texts holding
    a character whose lower case is ASCII (İ, the Kelvin sign), included."""
    wanted = any_case_words(items)
    assert present_any_case(text, wanted) == {w for w in wanted if w in text.lower()}


def test_present_any_case_without_hyperscan_gives_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wanted = any_case_words("model", "key", "KEY", "é/", "openai")
    text = "a Model kEy É/x OPENA\u0130"
    expected = present_any_case(text, wanted)
    monkeypatch.setattr(presence, "_hs", None)
    assert present_any_case(text, wanted) == expected == {"model", "key", "é/", "openai"}


def test_only_two_characters_lower_case_to_ascii_letters() -> None:
    """What present_any_case's exactness rests on, for the Unicode of this Python."""
    found = [
        chr(c)
        for c in range(0x80, sys.maxunicode + 1)
        if not 0xD800 <= c <= 0xDFFF and any(ch.isascii() for ch in chr(c).lower())
    ]
    assert tuple(found) == presence._LOWER_TO_ASCII


def test_a_scan_registers_no_word() -> None:
    """Every word set is registered when detectors load, so that no scan recompiles the
    database halfway (each worker would pay for it)."""
    from assura.inventory.registry import load_detectors

    detectors = load_detectors()
    before = presence._state["generation"]
    for root in CORPORA:
        scan_path(root, detectors=detectors, jobs=1)
    assert presence._state["generation"] == before


def test_prepare_builds_the_database_before_any_scan() -> None:
    wanted = words("prepared-word-x")  # a new word: the database is to be built again
    assert presence._state["compiled"] is None
    presence.prepare()
    if presence._hs is not None:
        compiled = presence._state["compiled"]
        assert compiled is not None
        assert ("prepared-word-x", False) in compiled[1]
    assert present("a prepared-word-x b", wanted) == wanted


def test_words_drop_the_empty_string() -> None:
    assert words("", ["a", ""], "b") == {"a", "b"}


def _line_regexes() -> list[str]:
    cat = default_catalog()
    infra = asset_infra.InfraServiceDetector()
    return [
        cat.model_anywhere.pattern,
        asset_model_ids._ARN.pattern,
        asset_common._ML_IMPORT.pattern,
        asset_infra._IAM.pattern,
        asset_infra._BICEP_COG.pattern,
        *(rx.pattern for rx, _, _ in infra._images),
        *(rx.pattern for rx, _ in cat.cloud_resource_types),
        *(f.pattern.pattern for f in cat.model_families),
        *(h.pattern for p in cat.providers for h in p.hosts),
        r"ab?c(?:d|ef)+[gh]",
    ]


@pytest.mark.parametrize("pattern", _line_regexes())
def test_every_match_holds_a_needed_literal(pattern: str) -> None:
    need = needed_literals(pattern)
    assert need, f"no literal known for {pattern!r}: that rule would never be skipped"

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.data())
    def check(data: Any) -> None:
        text = data.draw(st.from_regex(re.compile(pattern)))
        m = re.search(pattern, text)
        assert m is not None
        assert any(n in m.group(0) for n in need), (pattern, m.group(0), need)

    check()


@pytest.mark.parametrize(
    "pattern", [r"(?i)abc", r"a?", r"\w+", r"x|y*", r"(?i:abc)", r"\d+", r".+"]
)
def test_no_need_where_none_is_certain(pattern: str) -> None:
    assert needed_literals(pattern) is None


def test_needs_claim_only_what_a_match_consumes() -> None:
    assert needed_literals(r"a(?=bc)") == {"a"}
    assert needed_literals(r"[ab]+") == {"a", "b"}


def test_needs_follow_optional_parts_and_classes() -> None:
    assert needed_literals(r"[Ll]lama-?\d") == {"Llama", "llama"}
    assert needed_literals(r"o[13](?:-mini)?x") == {"o1x", "o3x", "o1-minix", "o3-minix"}
    assert needed_literals(r"o[13](?:-mini)+") == {"o1-mini", "o3-mini"}
    assert needed_literals(r"a(?:bc)+d") in ({"abc"}, {"bcd"})


def test_model_key_words_cover_every_model_key() -> None:
    body = asset_model_ids._MODEL_KEY.pattern.split("(?:model|", 1)[1].split(")$", 1)[0]
    keys = ["model", *body.split("|")]
    for key in keys:
        assert any(w in key for w in MODEL_KEY_WORDS), key
        assert asset_model_ids.is_model_key(key), key


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_literal_gate_admits_every_family_and_org_id(data: Any) -> None:
    cat = default_catalog()
    gate = literal_gate(cat)
    assert gate is not None
    value = data.draw(st.from_regex(cat.model_anywhere, fullmatch=True))
    assert gate.admits(f'x = "{value}"')
    org = data.draw(st.sampled_from(sorted(cat.hf_orgs)))
    assert gate.admits(f'x = "{org.upper()}/some-model"')


def test_literal_gate_admits_model_keys_and_calls() -> None:
    gate = literal_gate(default_catalog())
    assert gate is not None
    for text in ('BaseModel = "a/b"', 'REPO_ID: "a/b"', 'pipeline("t", "a/b")', 'chat("a/b")'):
        assert gate.admits(text), text
    assert not gate.admits('path = "a/b"')


_NAME_PARTS = st.sampled_from(
    sorted(
        {pre for p in default_catalog().providers for pre in p.env_prefixes}
        | {v for p in default_catalog().providers for v in p.env_vars}
        | {"NEXT_PUBLIC_", "VITE_", "API", "KEY", "TOKEN", "SECRET", "X", "MY", "_", "PAT"}
    )
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_NAME_PARTS, min_size=1, max_size=4))
def test_credential_gates_hold_for_every_provider_name(parts: list[str]) -> None:
    name = "_".join(parts)
    if credential_provider(name) is None:
        return
    assert present(name, CredentialRefDetector()._named)
    assert present(name.lower(), HardcodedKeyDetector()._named)


def _scan_all(root: Path) -> dict[str, Any]:
    doc = scan_path(root, jobs=1).to_dict()
    doc["stats"].pop("seconds")
    return doc


def test_gates_change_no_result(monkeypatch: pytest.MonkeyPatch) -> None:
    """With every literal reported present (no gate skips anything) nothing changes."""
    gated = [_scan_all(root) for root in CORPORA]

    def everything(text: str, wanted: frozenset[str]) -> frozenset[str]:
        return wanted

    for name, module in list(sys.modules.items()):
        if name.startswith("assura.inventory") and getattr(module, "present", None) is present:
            monkeypatch.setattr(module, "present", everything)
        if getattr(module, "present_any_case", None) is present_any_case:
            monkeypatch.setattr(module, "present_any_case", everything)
    ungated = [_scan_all(root) for root in CORPORA]
    assert gated == ungated
    assert any(doc["components"] for doc in gated)


def test_the_parse_skip_changes_no_result(monkeypatch: pytest.MonkeyPatch) -> None:
    """Python the model-id and dataset detectors do not parse (no literal could be reported,
    or only loader calls, read from the text) gives the same inventory as when every such
    file is parsed and read from its tree."""
    from assura.inventory.detectors import asset_dataset_text, asset_datasets, asset_mcp_code
    from assura.inventory.detectors.asset_models import ModelIdDetector

    gated = [_scan_all(root) for root in CORPORA]
    monkeypatch.setattr(ModelIdDetector, "_may_hold_model", lambda self, text: True)
    monkeypatch.setattr(asset_dataset_text, "ml_reading", lambda text: "tree")
    monkeypatch.setattr(asset_mcp_code, "_SPEC_KEY", re.compile(""))  # every MCP file read
    monkeypatch.setattr(
        asset_datasets.DatasetDetector, "_may_yield_outside_ml", staticmethod(lambda text: True)
    )
    assert [_scan_all(root) for root in CORPORA] == gated


def test_a_word_with_nul_is_found_too() -> None:
    wanted = words("a\x00b", "zz")
    assert present("xa\x00bx", wanted) == {"a\x00b"}
    assert present("a b zz", wanted) == {"zz"}


_LINE_PARTS = [
    "import", "x", "\n", "\n", "\r\n", "\r", " ", "from a import b", ";", "\u2028", "\x85", "(",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PARTS), max_size=14))
def test_import_lines_are_those_splitlines_gives(parts: list[str]) -> None:
    from assura.inventory.detectors.pkg_python import _FOLLOWING, _import_lines

    code = "".join(parts)
    lines = code.splitlines()
    expected = [
        (i, t, lines[i + 1 : i + 1 + _FOLLOWING]) for i, t in enumerate(lines) if "import" in t
    ]
    assert [(i, t, following()) for i, t, following in _import_lines(code)] == expected


def test_a_failing_engine_falls_back_to_plain_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str, generation: int) -> frozenset[str]:
        raise RuntimeError("no engine here")

    monkeypatch.setattr(presence, "_scan", broken)
    monkeypatch.setitem(presence._state, "failed", False)
    assert present("a model", words("model", "zz")) == {"model"}
    assert presence._state["failed"] is True


_KEY_PART = st.sampled_from(
    ["model", "Model", "MODEL", "models", "llm", "Llm", "LLM", "engine", "Engine", "lora",
     "Lora", "tokenizer", "Tokenizer", "checkpoint", "repo_id", "deployment_name", "base",
     "Base", "BASE", "graphical", "openai", "OpenAI", "gpt4", "x", "HTTP", "my", "peft"]
)  # fmt: skip
_SEP = st.sampled_from(["", "_", "-", ".", "--", "__"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_SEP, _KEY_PART), min_size=1, max_size=4))
@example([("", "base"), ("", "Model")])
@example([("", "gpt4"), ("", "Llm")])
@example([("--", "base"), ("-", "model")])
def test_model_key_gate_never_rejects_a_model_key(parts: list[tuple[str, str]]) -> None:
    # py_gate may skip the syntax-tree path only where no model key can begin: every name
    # that is_model_key accepts must have a key word at a position _key_starts accepts.
    # And what follows that word must be a rest of a model key that _GATE_TAILS accepts.
    from assura.inventory.detectors.asset_model_ids import (
        _GATE_KEY_REST,
        _GATE_KEYS,
        _WHOLE_KEYS,
        _key_starts,
        is_model_key,
    )

    name = "".join(sep + part for sep, part in parts)
    if not is_model_key(name):
        return
    low = name.lower()
    starts = [
        pos
        for kw in _GATE_KEYS
        for pos in range(len(low))
        if low.startswith(kw, pos)
        and _key_starts(name, pos, kw in _WHOLE_KEYS)
        and re.compile(_GATE_KEY_REST[kw] + r"(?!\w)").match(low, pos + len(kw))
    ]
    assert starts, name


@pytest.mark.parametrize(
    "code",
    [
        'client.chat(model="gpt-x", messages=m)',
        "def load(model_name_or_path: str = 'org/x'):",
        'cfg = {"base_model": "org/x"}',
        'MODEL = os.getenv("OPENAI_MODEL", "x")',
        'p.add_argument("-m", "--base-model", default="org/x")',
        "self.tokenizerName = f'{org}/x'",
        "lora_weights = 'org/x'",
        "bot = Agent('org/x', tools=[])",
        "nlp = pipeline('ner', 'org/x')",
        "reply = client.chat('org/x')",
    ],
)
def test_model_gate_admits_model_bearing_positions(code: str) -> None:
    from assura.inventory.detectors.asset_model_ids import py_gate

    assert py_gate(code)


@pytest.mark.parametrize(
    "code",
    [
        "__all__ = ['Model', 'BaseModel', 'create_model']",  # items of a list, not arguments
        "model_config = ConfigDict(extra='forbid')",  # not a model key
        "def f(model: 'BaseModel') -> None:",  # an annotation, not a default
        "if model == 'x':",  # a comparison
        "modeling = 'causal'",
        "engines = ('a', 'engine', 'b')",
        "headers['User-Agent'] = default_user_agent('python-requests')",  # not Agent(
    ],
)
def test_model_gate_skips_code_with_no_model_position(code: str) -> None:
    from assura.inventory.detectors.asset_model_ids import py_gate

    assert not py_gate(code)


_ML_PARTS = ["from", "import", "torch", "torchvision", "sklearn", "x", " ", "\n", "\t", "\r",
             ",", ".", "(", "_", "\u00a0", "\u2028", "1", "é", "fromimport"]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_ML_PARTS), max_size=12))
@example(["x", " ", "\n", " ", "import", " ", "torch"])
@example(["from", " ", "sklearn", "_"])
@example(["import", "\n", "torch"])
def test_ml_import_check_is_its_regex(parts: list[str]) -> None:
    from assura.inventory.detectors.asset_common import _ML_IMPORT, looks_ml_context

    text = "".join(parts)
    assert looks_ml_context(text) == bool(_ML_IMPORT.search(text)), repr(text)
