"""Personal data: e-mail, phone, payment cards, IBAN, national ids, IP addresses, addresses.

Every numeric identifier with a check digit is validated (Luhn, IBAN mod-97, Verhoeff,
ISO 7064, DNI letter, codice fiscale, INSEE key) so random numbers stay quiet; ids whose
check is weak (German tax id, Aadhaar without spacing) need a keyword nearby. Names of
people are not detected: that needs NER, which this scanner does not ship.
Spans are offsets into the original text; earlier entities win overlaps.
"""

from __future__ import annotations

import functools
import ipaddress
import re
from collections.abc import Callable, Iterable, Iterator
from typing import ClassVar

from assura.findings import Finding, Severity
from assura.guard import checksums as ck
from assura.guard.interface import Direction, ScanContext, ScanResult, Span
from assura.guard.scanners._base import finding, mask
from assura.presence import present, words
from assura.regex_ast import REPEATS, parse
from assura.regex_needs import needed_literal_sets
from assura.regex_prefilter import Prefilter

__all__ = ["ENTITIES", "PiiScanner"]

REFS = ("CWE-359", "LLM02:2025")

Rule = tuple[str, re.Pattern[str], Callable[[str, str, int], float]]


def _fixed(
    score: float, check: Callable[[str], bool] | None = None
) -> Callable[[str, str, int], float]:
    def f(value: str, text: str, start: int) -> float:
        return score if check is None or check(value) else 0.0

    return f


def _near(text: str, start: int, words: re.Pattern[str], width: int = 48) -> bool:
    return bool(words.search(text[max(0, start - width) : start]))


_PHONE_WORDS = re.compile(
    r"(?i)(?:phone|tel|mobile|cell|call|fax|whatsapp|contact|number|nr|telefon|numero|teléfono)"
)
_SSN_WORDS = re.compile(r"(?i)(?:ssn|social\s+security)")
_DE_TAX_WORDS = re.compile(r"(?i)(?:steuer|tax\s*id|identifikationsnummer|idnr|tin\b)")
_AADHAAR_WORDS = re.compile(r"(?i)(?:aadhaar|aadhar|uidai|आधार)")
_DATE_LIKE = re.compile(r"^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$")
_DATE_IN = re.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4}")
_CARD_PREFIX = re.compile(r"^(?:4|5[1-5]|2[2-7]|3[0-9]|6|1800|2131|35)")


def _card(value: str, text: str, start: int) -> float:
    d = "".join(c for c in value if c.isdigit())
    return 0.95 if _CARD_PREFIX.match(d) and ck.luhn_ok(d) else 0.0


def _ssn(value: str, text: str, start: int) -> float:
    if not ck.us_ssn_ok(value):
        return 0.0
    return 0.9 if "-" in value or _near(text, start, _SSN_WORDS) else 0.6


def _phone(value: str, text: str, start: int) -> float:
    digits = sum(c.isdigit() for c in value)
    if not 7 <= digits <= 15 or _DATE_LIKE.match(value.strip()) or _DATE_IN.search(value):
        return 0.0
    after = text[start + len(value) : start + len(value) + 1]
    if after == ":":  # a date followed by a time
        return 0.0
    if value.lstrip().startswith("+"):
        return 0.9
    if _near(text, start, _PHONE_WORDS):
        return 0.85
    groups = [g for g in re.split(r"[\s.\-()]+", value.strip("() ")) if g]
    if len(groups) < 2 or not all(g.isdigit() for g in groups):
        return 0.0
    if len(groups) == 2 and not re.search(r"[-.()]", value):
        return 0.0  # "17151 2450": a house number and a code as often as a phone
    return 0.6 if digits >= 8 or "(" in value or "-" in value else 0.55


def _ip(value: str, text: str, start: int) -> float:
    try:
        ip = ipaddress.ip_address(value)
    except ValueError:
        return 0.0
    if ip.is_loopback or ip.is_unspecified:
        return 0.3
    before = text[max(0, start - 9) : start].lower()
    if re.search(r"(?:version|\bv)\s*$", before):
        return 0.0
    return 0.8


def _with_words(
    score: float, check: Callable[[str], bool], words: re.Pattern[str], alone: float = 0.0
) -> Callable[[str, str, int], float]:
    def f(value: str, text: str, start: int) -> float:
        if not check(value):
            return 0.0
        return score if _near(text, start, words) else alone

    return f


def _aadhaar_alone(value: str) -> bool:
    return bool(re.fullmatch(r"\d{4}[ -]\d{4}[ -]\d{4}", value)) and ck.aadhaar_ok(value)


_STREET = (
    r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|"
    r"Terrace|Parkway|Pkwy|Circle|Cir|Highway|Hwy|Square|Sq|Trail|Crescent|Close"
)

RULES: tuple[Rule, ...] = (
    ("EMAIL", re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\b"), _fixed(0.95)),
    ("IBAN", re.compile(r"\b[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]{4}){2,7}(?:[ ]?[A-Za-z0-9]{1,4})?\b"), _fixed(0.95, ck.iban_ok)),
    ("CREDIT_CARD", re.compile(r"(?<![\d-])(?:\d[ -]?){11,18}\d(?![\d-])"), _card),
    ("US_SSN", re.compile(r"(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?![\d-])"), _ssn),
    ("IT_CODICE_FISCALE", re.compile(r"\b[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z]\b"), _fixed(0.95, ck.codice_fiscale_ok)),
    ("UK_NINO", re.compile(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b"), _fixed(0.85, ck.uk_nino_ok)),
    ("FR_INSEE", re.compile(r"\b[12] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[ABab]) ?\d{3} ?\d{3} ?\d{2}\b"), _fixed(0.9, ck.fr_insee_ok)),
    ("ES_DNI", re.compile(r"\b[XYZ]?\d{7,8}-?[A-Z]\b"), _fixed(0.85, ck.es_dni_ok)),
    ("DE_TAX_ID", re.compile(r"(?<!\d)\d{2} ?\d{3} ?\d{3} ?\d{3}(?!\d)"), _with_words(0.9, ck.de_steuer_id_ok, _DE_TAX_WORDS)),
    ("IN_AADHAAR", re.compile(r"(?<!\d)[2-9]\d{3}[ -]?\d{4}[ -]?\d{4}(?!\d)"), _with_words(0.9, ck.aadhaar_ok, _AADHAAR_WORDS)),
    ("IN_AADHAAR", re.compile(r"(?<!\d)[2-9]\d{3}[ -]\d{4}[ -]\d{4}(?!\d)"), _fixed(0.55, _aadhaar_alone)),
    ("IP_ADDRESS", re.compile(r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\w.]|\.\d)"), _ip),
    ("IP_ADDRESS", re.compile(r"(?<![\w:])(?=[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:)[0-9A-Fa-f:]{6,39}(?![\w:])"), _ip),
    ("PHONE", re.compile(r"(?<![\w+])\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]?\d{2,4}){1,4}(?![\w])"), _phone),
    ("PHONE", re.compile(r"(?<![\w.+-])(?:\(\d{2,4}\) ?|\d{2,5}[ .-])\d{2,4}(?:[ .-]\d{2,4}){0,3}(?![\w-]|\.\d)"), _phone),
    ("STREET_ADDRESS", re.compile(rf"\b\d{{1,6}}(?: [A-Z][A-Za-z.'-]*){{1,4}} (?:{_STREET})\b\.?(?:,? (?:Apt|Apartment|Suite|Ste|Unit|#)\.? ?\w+)?"), _fixed(0.75)),
    ("STREET_ADDRESS", re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+(?:straße|strasse|str\.|weg|gasse|platz|allee|ring) \d{1,4}[a-z]?\b"), _fixed(0.75)),
    ("STREET_ADDRESS", re.compile(r"\b\d{1,4},? (?:rue|avenue|boulevard|place|chemin|allée|impasse) (?:[A-Za-zÀ-ÿ'-]+ ?){1,4}"), _fixed(0.7)),
    ("STREET_ADDRESS", re.compile(r"\b(?:Calle|Avenida|Via|Viale|Rua|Piazza|Plaza|Corso) (?:[A-Za-zÀ-ÿ'-]+ ){1,4}\d{1,4}\b"), _fixed(0.7)),
    ("STREET_ADDRESS", re.compile(r"\b(?:Apt|Apartment|Suite|Ste|Unit)\.? \d{1,5}\b|\bP\.? ?O\.? Box \d{1,6}\b|\bPSC \d{4}, Box \d{4}"), _fixed(0.6)),
)  # fmt: skip

ENTITIES = tuple(dict.fromkeys(r[0] for r in RULES))


_DIGIT = re.compile(r"\d")


def _digit_set(items: list[tuple[object, object]]) -> bool:
    for op, av in items:
        name = str(op)
        if name == "CATEGORY" and str(av) == "CATEGORY_DIGIT":
            continue
        if name == "RANGE" and isinstance(av, tuple) and 48 <= av[0] <= av[1] <= 57:
            continue
        if name == "LITERAL" and isinstance(av, int) and chr(av).isdecimal():
            continue
        return False
    return True


def _count_digits(items: object) -> int:
    total = 0
    for op, av in items:  # type: ignore[attr-defined]
        name = str(op)
        if name == "LITERAL":
            total += chr(av).isdecimal()
        elif name == "IN":
            total += _digit_set(av)
        elif name in REPEATS:
            total += av[0] * _count_digits(av[2])
        elif name == "SUBPATTERN":
            total += _count_digits(av[3])
        elif name == "BRANCH":
            total += min(_count_digits(alt) for alt in av[1])
        # anything else (anchors, look-arounds, back-references, ANY) may match no digit
    return total


def _first_chars(items: object) -> frozenset[str] | None:
    """The characters every match of ``items`` starts with (``\\d`` standing for any
    digit), or None when unknown."""
    for op, av in items:  # type: ignore[attr-defined]
        name = str(op)
        if (
            name == "AT"
            or (name == "ASSERT_NOT" and av[0] == -1)
            or (name == "ASSERT" and av[0] == -1)
        ):
            continue  # anchors and look-behinds consume nothing
        if name == "LITERAL":
            return frozenset({chr(av)})
        if name == "IN":
            return frozenset({r"\d"}) if _digit_set(av) else None
        if name in REPEATS:
            return _first_chars(av[2]) if av[0] >= 1 else None
        if name == "SUBPATTERN":  # (?i:…) would make a literal match its other case too
            return None if av[1] & re.IGNORECASE else _first_chars(av[3])
        if name == "BRANCH":
            alts = [_first_chars(alt) for alt in av[1]]
            return None if any(a is None for a in alts) else frozenset().union(*alts)  # type: ignore[arg-type]
        return None
    return None


def first_class(pattern: str) -> str | None:
    """A character class every match of ``pattern`` starts with (``[\\d(]``), or None.

    Such a rule gets ``(?=[…])`` in front: ``re`` then tries the rest, the leading
    look-behind first, only where the class matches instead of at every position (about
    2x faster on ordinary text for a rule behind a "+" or a digit)."""
    parsed = parse(pattern)
    try:
        chars = _first_chars(parsed) if parsed is not None else None
    except (TypeError, ValueError, IndexError, RecursionError):
        return None
    if not chars:
        return None
    return "[" + "".join(c if c == r"\d" else re.escape(c) for c in sorted(chars)) + "]"


def min_digits(pattern: str) -> int:
    """How many digits every match of ``pattern`` contains at least (0 when unknown).

    Read with the standard library's own parser (any failure means 0). The scanner skips a rule when the text has fewer digits: most prompts have none or a few,
    and a digit-hungry regex still costs a full scan of the text to find nothing.
    """
    parsed = parse(pattern)
    try:
        return int(_count_digits(parsed)) if parsed is not None else 0
    except (TypeError, ValueError, IndexError, RecursionError):
        return 0


def _fast(rx: re.Pattern[str]) -> re.Pattern[str]:
    cls = first_class(rx.pattern)
    if cls is None:
        return rx
    try:  # the look-ahead shares the rule's flags; inline global flags must come first
        return re.compile(f"(?={cls})" + rx.pattern, rx.flags)
    except re.error:
        return rx


_PIVOTS = {"EMAIL": ("@", 64)}
"""Rules every match of which holds a literal at most so many characters after its start
(an e-mail's local part is 1-64 characters before its "@")."""


def pivoted(rx: re.Pattern[str], text: str, pivot: str, before: int) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a rule whose matches hold ``pivot`` at most ``before``
    characters after their start and nowhere earlier: each search starts that far before
    the next ``pivot``, so a 2 KB prompt with one address at its end is not tried at every
    word. (A look-behind still sees the text before where a search starts.)"""
    pos = 0
    while True:
        at = text.find(pivot, pos)
        if at < 0:
            return
        m = rx.search(text, max(pos, at - before))
        if m is None:
            return
        yield m
        pos = max(m.end(), m.start() + 1)


Needs = tuple[frozenset[str], ...]


@functools.cache
def _prepared() -> tuple[tuple[Rule, int, Needs], ...]:
    """Every rule with its digit guard, its digit bound and the literals every match holds
    (one string of each set; :mod:`assura.regex_needs`), worked out once per process."""
    return tuple(
        ((label, _fast(rx), judge), min_digits(rx.pattern), needed_literal_sets(rx))
        for label, rx, judge in RULES
    )


@functools.cache
def _prefilter() -> Prefilter:
    """Loose RE2 copies of every rule (:mod:`assura.regex_prefilter`), indexed as
    :func:`_prepared`; counted digit runs stay counted, so a rule for 11-digit ids is
    not run because a text holds "2 KB". Built once per process."""
    return Prefilter([rx for (_label, rx, _judge), _d, _n in _prepared()], counts=64)


class PiiScanner:
    id: ClassVar[str] = "pii"
    direction: ClassVar[Direction] = Direction.BOTH

    def __init__(self, *, entities: Iterable[str] | None = None, min_score: float = 0.5) -> None:
        wanted = set(entities) if entities is not None else set(ENTITIES)
        unknown = wanted - set(ENTITIES)
        if unknown:
            raise ValueError(f"unknown PII entities: {sorted(unknown)}")
        self._rules = [(*r, i) for i, r in enumerate(_prepared()) if r[0][0] in wanted]
        self._words = words(*(need for _, _, needs, _ in self._rules for need in needs))
        self._prefilter = _prefilter()
        self.min_score = min_score

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        taken: list[tuple[int, int]] = []
        spans: list[Span] = []
        findings: list[Finding] = []
        digits = len(_DIGIT.findall(text))
        found = present(text, self._words) if self._words else frozenset()
        encoded: bytes | None = None
        for (label, rx, judge), min_digits_, needs, index in self._rules:
            if min_digits_ > digits:
                continue  # every match of this rule holds more digits than the whole text
            if not all(need & found for need in needs):
                continue  # the text lacks a literal every match holds
            if encoded is None:
                encoded = self._prefilter.encode(text)
            if not self._prefilter.may_match(index, encoded):
                continue  # its loose copy does not match: neither can the rule
            pivot = _PIVOTS.get(label)
            for m in pivoted(rx, text, *pivot) if pivot else rx.finditer(text):
                start, end = m.start(), m.end()
                value = m.group(0)
                while value and value[-1] in " .-":
                    value, end = value[:-1], end - 1
                if any(s < end and start < e for s, e in taken):
                    continue
                score = judge(value, text, start)
                if score < self.min_score:
                    continue
                taken.append((start, end))
                spans.append(Span(start, end, label))
                findings.append(
                    finding(
                        "GUARD-PII-001",
                        Severity.MEDIUM,
                        f"{label.lower().replace('_', ' ')} ({mask(value, 2)})",
                        scanner=self.id,
                        label=label,
                        score=score,
                        references=REFS,
                        span=(start, end),
                    )
                )
        score = max((float(f.confidence) for f in findings), default=0.0)
        spans.sort(key=lambda s: s.start)
        return ScanResult(score, tuple(spans), tuple(findings))
