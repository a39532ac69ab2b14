"""Is a text English? Picks the prompt-injection classifier that reads a prompt.

The shipped classifier comes in two weights files: one trained on the English prompt
corpora and English text written for assura, one trained on the same plus rows written
in 36 more languages and documents with and without injections. The multilingual one
catches far more attacks outside English and in documents, and costs a little on the
English prompt corpora (its 1%-FPR point moves), so each reads the texts it is best at.
Deciding needs no model: English prose is full of a few short function words that other
languages lack, and a text mostly in another script is not English.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["ENGLISH_WORDS", "mostly_english"]

_WORD = re.compile(r"[^\W\d_]+")
_ASCII_WORD = re.compile(r"[a-z]+")
ENGLISH_WORDS = frozenset(
    """a about after all also am an and any are as at be been but by can could did do does
    for from had has have he her him his how i if in into is it its just me my no not now
    of on or our out please so some than that the their them then there these they this
    those to up us was we were what when where which who why will with would you your""".split()
)
# Frequent function words of the other Latin-script languages, as the normaliser leaves
# them (lower case, accents stripped), minus any that are English words too.
_OTHER = (
    frozenset(
        """der die das und ist nicht ich du sie wir mit fur auf den dem des ein eine einen zu
    von bitte auch oder aber wie was wenn le la les et est pas je tu vous nous avec pour
    sur une du que qui ne ce sont el los las es yo con para por una del se lo muy pero
    il gli non che di della per sono questo nao voce uma da os het een niet ik je
    jij voor op van dat ook nie jest ze sie jak och att det som ett jag med pa av ikke og
    er ja ei etta se mina sina dan yang di ke dari ini itu untuk dengan tidak saya anda
    ang ng sa mga ko mo na ya wa kwa ni za katika ve bir bu da icin ile va cua cho khong
    toi ban cac si este nu sa cu az es nem hogy egy van je se ze""".split()
    )
    - ENGLISH_WORDS
)


_ACCENTED = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")
_OTHER_SCRIPT = re.compile("[^\\W\\d_a-z\u00c0-\u024f\u1e00-\u1eff]")
_LATIN = re.compile("[a-z\u00c0-\u024f\u1e00-\u1eff]")


def _unaccent(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if c.isascii())


_TLDS = r"(?:com|org|net|io|dev|example)"  # domain names without a scheme or "www."
_ADDRESS = re.compile(r"\S+@\S+|\w+://\S+|www\.\S+|\S+\." + _TLDS + r"\b\S*")
# Every address holds one of these marks, and no space: only the space-free runs that hold
# one are handed to _ADDRESS (the same result; its \S+ retried at every letter of every
# word was two thirds of this module's time on a 2 KB prompt). The runs are found from
# their marks, not by a regex tried at every word.
_MARK = re.compile(r"@|://|www\.|\." + _TLDS + r"\b")
_RUN_END = re.compile(r"\S*")


def without_addresses(low: str) -> str:
    """``low`` with e-mail addresses, URLs and domain names replaced by a space."""
    out: list[str] = []
    done = 0  # low[:done] is in out
    for mark in _MARK.finditer(low):
        if mark.start() < done:
            continue  # in the run just replaced
        start = mark.start()
        while start > 0 and not low[start - 1].isspace():  # \S is "not isspace()"
            start -= 1
        run = _RUN_END.match(low, mark.start())  # always matches: \S* may be empty
        end = run.end() if run is not None else mark.end()
        out += (low[done:start], _ADDRESS.sub(" ", low[start:end]))
        done = end
    out.append(low[done:])
    return "".join(out)


def mostly_english(text: str) -> bool:
    """False when ``text`` is mostly in another script; holds more function words of other
    Latin-script languages than of English; or has an accented Latin letter (ł, ř, ö, ş, ő,
    ø, ạ …) and few English function words. True otherwise, including texts too short or
    too odd to tell (code, encodings). Meant for the raw text: normalised text has lost
    its accents, so Polish or Vietnamese would read as English there. (The scanner's
    decoded and leetspeak readings, which are normalised, are mostly ASCII anyway.)"""
    low = without_addresses(text.lower())  # "jane@example.com" holds no language
    plain = low.isascii()  # most prompts: no other script, no accents to look for
    if not plain and len(_OTHER_SCRIPT.findall(low)) > len(_LATIN.findall(low)):
        return False
    words = (
        _ASCII_WORD.findall(low)  # the same words as _WORD in lower-case ASCII, twice as fast
        if plain
        else [
            w if w.isascii() else _unaccent(w)
            for w in _WORD.findall(low)
            if w.isascii() or _ACCENTED.search(w)
        ]
    )
    english = sum(map(ENGLISH_WORDS.__contains__, words))
    other = sum(map(_OTHER.__contains__, words))
    if other >= 2 and other > english:
        return False
    return plain or not (_ACCENTED.search(low) is not None and english * 4 < len(words))
