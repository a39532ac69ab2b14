"""The normalisation layer the scanners share: undo the cheap obfuscations.

``normalize(text)`` returns a :class:`Normalized` with a lower-cased, whitespace-collapsed
form for pattern matching and classification: NFKC (fullwidth and mathematical letters),
homoglyphs folded to Latin in words that mix scripts (``іgnоrе`` with Cyrillic і/о/е),
Latin diacritics stripped, invisible characters removed and counted: zero-width
characters, bidi controls, variation selectors and Unicode tag characters (U+E0000 block),
whose hidden ASCII payload is decoded into ``hidden``; characters spelled out one by one
with a separator (``i-g-n-o-r-e``, ``\\忽\\略``, ``i g n o r e``) are joined back. Pure ASCII
input takes a fast path.

``leet(text)`` is a separate variant (``1gn0r3`` → ``ignore``) used only for patterns.
Offsets in the normalised text do not map back to the original; scanners that redact
work on the original text.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from assura.regex_prefilter import Prefilter

__all__ = ["Normalized", "invisible_chars", "leet", "leet_sentences", "normalize", "unseparate"]

_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e\u034f")
_BIDI = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")
_TAG_LO, _TAG_HI = 0xE0000, 0xE007F


def _is_variation_selector(cp: int) -> bool:
    return 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF


# Cyrillic and Greek letters that look like Latin ones; folded only inside words that
# already mix Latin with one of these scripts, so real Russian or Greek text is untouched.
_CONFUSABLES = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i",
    "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l", "ɡ": "g", "ɑ": "a",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S",
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "ω": "w", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z",
    "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T",
    "Υ": "Y", "Χ": "X",
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ɢ": "g", "ʜ": "h", "ɪ": "i",
    "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ʀ": "r",
    "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
    "ь": "b", "ς": "c", "ϲ": "c", "ɩ": "i", "ѵ": "v",
}  # fmt: skip
_CONFUSABLE_TABLE = str.maketrans(_CONFUSABLES)
_CONFUSABLE_CHARS = frozenset(_CONFUSABLES)
# Latin small capitals and the IPA look-alikes: Latin letters that no language writes
# words in ("ɪɢɴᴏʀᴇ ʏᴏᴜʀ ʀᴜʟᴇs", from small-caps "font" generators), folded wherever found.
_LATIN_LOOKALIKES = frozenset("ᴀʙᴄᴅᴇɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢɡɑɩ")


def _latin_strip_table() -> dict[int, str]:
    """Accents off Latin letters (Vietnamese included) and Greek vowels; Arabic and Hebrew
    vowel points and the Arabic tatweel dropped: people write all of these with and
    without them, and an attacker can add them to break a word."""
    table: dict[int, str] = {}
    for cp in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00), *range(0x370, 0x400)):
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        greek = len(base) == 1 and 0x391 <= ord(base) <= 0x3C9
        if base and base != ch and (base.isascii() or greek):
            table[cp] = base
    for cp in (*range(0x591, 0x5C8), *range(0x610, 0x61B), *range(0x64B, 0x660), 0x670, 0x640):
        if unicodedata.combining(chr(cp)) or cp == 0x640:
            table[cp] = ""
    table.update({ord("ß"): "ss", ord("æ"): "ae", ord("ø"): "o", ord("đ"): "d", ord("ł"): "l"})
    return table


_STRIP_ACCENTS = _latin_strip_table()
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_ENCODED_TOKEN = 16  # leetspeak words are shorter; encoded tokens are not words
_TECH_WORD = re.compile(
    r"(?:base|utf|ucs|ipv|sha|md|aes|rsa|win|mp|x|h|ps|gpt|python|php|es|iso|rfc|cve)\d+$"
)
# A token of 3+ such characters holding a small letter and a digit or symbol. It is tried
# at token starts only (a part of a token has no letter or digit the whole lacks): the two
# look-aheads at every position inside words made this scan most of leet_sentences' time.
_LEET_WORD = re.compile(
    r"(?<![\w@$!|€+])(?=[\w@$!|€+]*[a-z])(?=[\w@$!|€+]*[0-9@$!|€+])[\w@$!|€+]{3,}"
)
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b",
                       "6": "g", "9": "g", "@": "a", "$": "s", "!": "i", "|": "l", "€": "e",
                       "+": "t"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Normalized:
    """The normalised text and what was removed on the way.

    ``text``: casefolded, whitespace collapsed, obfuscations undone. ``hidden``: the
    ASCII smuggled in tag characters (empty when none). Counts are of the original text.
    """

    text: str
    hidden: str = ""
    zero_width: int = 0
    bidi: int = 0
    tags: int = 0
    variation_selectors: int = 0
    confusables: int = 0

    @property
    def obfuscated(self) -> bool:
        return bool(self.tags or self.bidi or self.confusables or self.zero_width)


def invisible_chars(text: str) -> tuple[str, str, int, int, int, int]:
    """Strip invisible characters. Returns (clean, hidden_tag_ascii, zw, bidi, tags, vs)."""
    if text.isascii():
        return text, "", 0, 0, 0, 0
    out: list[str] = []
    hidden: list[str] = []
    zw = bidi = tags = vs = 0
    for ch in text:
        cp = ord(ch)
        if cp < 0x80:
            out.append(ch)
        elif ch in _ZERO_WIDTH:
            zw += 1
        elif ch in _BIDI:
            bidi += 1
        elif _TAG_LO <= cp <= _TAG_HI:
            tags += 1
            if 0xE0020 <= cp <= 0xE007E:
                hidden.append(chr(cp - 0xE0000))
        elif _is_variation_selector(cp):
            vs += 1
        else:
            out.append(ch)
    return "".join(out), "".join(hidden), zw, bidi, tags, vs


def _fold_word(m: re.Match[str]) -> str:
    w = m.group(0)
    if any(c in _LATIN_LOOKALIKES for c in w):
        return w.translate(_CONFUSABLE_TABLE)
    if any(c in _CONFUSABLE_CHARS for c in w) and any(c.isascii() and c.isalpha() for c in w):
        return w.translate(_CONFUSABLE_TABLE)
    if all(c in _CONFUSABLE_CHARS for c in w) and len(w) > 1 and _looks_spoofed(w):
        return w.translate(_CONFUSABLE_TABLE)
    return w


_SPOOF_WORDS = frozenset({"ignore", "system", "prompt", "previous", "reveal", "rules", "secret"})


def _looks_spoofed(word: str) -> bool:
    return word.translate(_CONFUSABLE_TABLE).lower() in _SPOOF_WORDS


# Characters spelled out one by one with a separator: "i-g-n-o-r-e", "\\忽\\略", "i g n o r e".
_SEPARATED = re.compile(
    r"(?<![^\s])([\\\-._/*|,])?(?:[^\s\\\-._/*|,0-9]([\\\-._/*|,])){4,}[^\s\\\-._/*|,0-9]?"
)
_SPACED = re.compile(r"(?<!\S)(?:[^\W\d_] ){4,}[^\W\d_](?!\S)")
# What every _LEET_WORD match holds: a letter and a leetspeak character in one token.
_LEET_NEED = re.compile(r"[a-z][\w@$!|€+]*[0-9@$!|€+]|[0-9@$!|€+][\w@$!|€+]*[a-z]")


@functools.cache
def _gate() -> Prefilter:
    """Loose RE2 copies (:mod:`assura.regex_prefilter`) of _SEPARATED, _SPACED and
    _LEET_NEED, regexes that ``re`` tries at every word of a prompt: on ordinary prose RE2
    finds in microseconds that none can match."""
    return Prefilter([_SEPARATED, _SPACED, _LEET_NEED], counts=4)


def _join_separated(m: re.Match[str]) -> str:
    seq = m.group(0)
    seps = set(seq[1::2]) if seq[:1] not in "\\-._/*|," else set(seq[0::2])
    if len(seps) != 1:
        return seq
    (sep,) = seps
    return seq.replace(sep, "")


def unseparate(text: str) -> str:
    """Join characters spelled out with one separator (``i-g-n-o-r-e`` → ``ignore``).

    This cleans the main reading (a spelled-out benign text no longer looks odd to the
    classifier); :mod:`assura.guard.decoders` also scans a joined reading of whole spelled
    phrases as an extra variant. Folding both into one place was measured: on spelled-out
    slabs attacks it lost 6 points of recall for 5 points of false positives.
    """
    gate = _gate()
    encoded = gate.encode(text)
    if gate.may_match(0, encoded) and _SEPARATED.search(text):
        text = _SEPARATED.sub(_join_separated, text)
        encoded = gate.encode(text)
    if gate.may_match(1, encoded) and _SPACED.search(text):
        text = _SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)
    return text


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for detection (see the module docstring)."""
    if text.isascii():  # " ".join(split()) is _SPACE.sub(" ", …).strip(): \s is isspace()
        return Normalized(unseparate(" ".join(text.split()).lower()))
    clean, hidden, zw, bidi, tags, vs = invisible_chars(text)
    clean = unicodedata.normalize("NFKC", clean)
    folded = _WORD.sub(_fold_word, clean)
    confusables = sum(1 for a, b in zip(clean, folded, strict=False) if a != b)
    folded = folded.translate(_STRIP_ACCENTS)
    if hidden:
        folded = folded + " " + hidden
    return Normalized(
        text=unseparate(" ".join(folded.split()).casefold()),
        hidden=hidden,
        zero_width=zw,
        bidi=bidi,
        tags=tags,
        variation_selectors=vs,
        confusables=confusables,
    )


_SENTENCE = re.compile(r"[^.!?\n]*[.!?\n]?")
_LONG_SENTENCE = 300
_CONTEXT_WORDS = 12  # the longest pattern spans fewer words than this on either side
_LEET_CHARS = frozenset("01345789@$!|€+6")


def _fold_leet(m: re.Match[str]) -> str:
    w = m.group(0)
    nxt = m.string[m.end() : m.end() + 1]
    if w.isdigit() or ("@" in w[1:] and nxt == "."):  # an e-mail address, not leetspeak
        return w
    if len(w) >= _ENCODED_TOKEN or _TECH_WORD.match(w):  # base64 text, "base64", "utf8"
        return w
    inner = any(
        w[i] in _LEET_CHARS and w[i - 1].isalpha() and w[i + 1].isalpha()
        for i in range(1, len(w) - 1)
    )
    # "+" counts only between letters ("ins+ruct"): "c++" and "n+1" are not leetspeak.
    if not inner and sum(1 for c in w if c in _LEET_CHARS and c != "+") < 2:
        return w
    folded = w.translate(_LEET)
    return w if any(c.isdigit() for c in folded) else folded  # a 2 left: base64, not a word


_LEET_CHAR = re.compile(r"[0-9@$!|€+]")
_RUN = re.compile(r"[\w@$!|€+]+")
_RUN_CHARS = frozenset("_@$!|€+")


def _leet_words(text: str) -> Iterator[re.Match[str]]:
    """``_LEET_WORD.finditer(text)``, trying only the runs of word characters that hold a
    leetspeak character: each match is such a whole run, so the rest of a prompt need not
    be tried word by word."""
    end = 0
    for c in _LEET_CHAR.finditer(text):
        if c.start() < end:
            continue  # in the run just looked at
        start = c.start()
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in _RUN_CHARS):
            start -= 1  # back to where the run begins (\w is isalnum() or "_")
        run = _RUN.match(text, start)
        end = run.end() if run is not None else c.end()
        m = _LEET_WORD.match(text, start)
        if m is not None:
            yield m


def leet_sentences(text: str) -> str:
    """Only the parts of ``text`` that leetspeak folding changes, folded ("" if none).

    A changed sentence is kept whole when it is short; in a long one (a document without
    full stops) only the words around each changed word are kept, so one ``mp3x`` in a
    2 KB paragraph does not make every pattern run over the paragraph twice.
    """
    if not _gate().may_match(2, text):
        return ""  # no token holds both a letter and a leetspeak character
    if not any(_fold_leet(m) != m.group(0) for m in _leet_words(text)):
        return ""  # candidates such as "mp3" or "2fa" that folding leaves alone
    out: list[str] = []
    last_end = -1  # where the last kept sentence ended: a sentence right after it joins as is
    for m in _SENTENCE.finditer(text):
        sent = m.group(0)
        if not sent:
            continue
        folded = leet(sent)
        if folded == sent:
            continue
        if out and m.start() != last_end:
            out.append(" ")
        last_end = m.end()
        if len(sent) <= _LONG_SENTENCE:
            out.append(folded)
            continue
        before, after = sent.split(" "), folded.split(" ")  # folding maps char to char
        keep = [False] * len(after)
        for i, (x, y) in enumerate(zip(before, after, strict=True)):
            if x != y:
                for j in range(max(0, i - _CONTEXT_WORDS), min(len(after), i + _CONTEXT_WORDS + 1)):
                    keep[j] = True
        runs: list[str] = []
        run: list[str] = []
        for word, kept in zip(after, keep, strict=True):
            if kept:
                run.append(word)
            elif run:
                runs.append(" ".join(run))
                run = []
        if run:
            runs.append(" ".join(run))
        out.append(" ".join(runs))
    return _SPACE.sub(" ", "".join(out))


def leet(text: str) -> str:
    """The leetspeak-folded variant of a normalised text: tokens with a stand-in between
    two letters or with two or more (``1gn0r3`` → ``ignore``; ``mp3`` stays)."""
    return _LEET_WORD.sub(_fold_leet, text)
