"""Bounded decoders for encoded segments an attacker may hide instructions in.

``decoded_variants(text)`` finds base64, hex, percent-encoded and Morse segments, decodes
those that yield mostly printable UTF-8 (Morse: mostly letters), and returns the decoded
strings; it also returns the ROT13 and the backwards readings of the text when they
contain trigger words. Everything is bounded: at most ``MAX_SEGMENTS`` segments,
``MAX_DECODED`` characters in all, two levels of nesting. Never raises on any input.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import functools
import html
import re
from urllib.parse import unquote

from assura.regex_needs import needed_literal_sets
from assura.regex_prefilter import Prefilter

__all__ = ["MAX_DECODED", "MAX_SEGMENTS", "decoded_variants", "printable_ratio"]

MAX_SEGMENTS = 8
MAX_DECODED = 8192
_MAX_SEGMENT_IN = 6000

_B64 = re.compile(r"(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{16,}={0,2}")
_HEX = re.compile(r"(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}[ :]?){10,}")
_HEX_ESC = re.compile(r"(?:\\x[0-9A-Fa-f]{2}){6,}")
_PCT = re.compile(r"(?:%[0-9A-Fa-f]{2}[^%\s]{0,3}){6,}")
_ENTITY = re.compile(r"(?:&#x?[0-9A-Fa-f]{1,6};\s?){6,}")
# One character, one separator, repeated: "i.g.n.o.r.e", "\\こ\\れ", "i-g-n-o-r-e".
_SPACED = re.compile(
    r"(?:[^\s\\.\-_*|/+~]([\\.\-_*|/+~])){4,}\S?(?:\s+(?:\S[\\.\-_*|/+~]){2,}\S?)*"
)
# Every character escaped with a backslash, spaces and line breaks too: "\第\ \1\ \部"
_BACKSLASHED = re.compile(r"(?:\\[^\\]){6,}")
# Morse: runs of dot-dash letters separated by spaces, words by " / " or wider gaps.
_MORSE = re.compile(r"(?<![.\-\w])[.\-]{1,6}(?:(?: {1,3}| ?/ ?)[.\-]{1,6}){7,}(?![.\-\w])")
_MORSE_CODE = dict(
    zip(
        ".- -... -.-. -.. . ..-. --. .... .. .--- -.- .-.. -- -. --- .--. --.- .-. ... - ..- "
        "...- .-- -..- -.-- --.. ----- .---- ..--- ...-- ....- ..... -.... --... ---.. ----. "
        ".-.-.- --..-- ..--.. -.-.-- -..-. .----. ---... -.--. -.--.- .-..-. .--.-.".split(),
        "abcdefghijklmnopqrstuvwxyz0123456789.,?!/':()\"@",
        strict=True,
    )
)
_ROT13_HINT = re.compile(
    r"\b(?:ignore|instructions?|previous|system prompt|disregard|jailbreak|password|"
    r"reveal|bypass|forget|override|restrictions)\b"
)
# sets of literals every _ROT13_HINT match holds one of (read off the regex): looked for
# with ``in`` first (microseconds, not tens of them)
_HINT_NEEDS = needed_literal_sets(_ROT13_HINT)


def _hinted(text: str) -> bool:
    return (
        all(any(w in text for w in need) for need in _HINT_NEEDS)
        and _ROT13_HINT.search(text) is not None
    )


def printable_ratio(s: str) -> float:
    if not s:
        return 0.0
    ok = sum(1 for c in s if c.isprintable() or c in "\n\t\r")
    return ok / len(s)


def _text_of(raw: bytes) -> str | None:
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if len(s) < 4 or printable_ratio(s) < 0.9:
        return None
    letters = sum(1 for c in s if c.isalpha())
    if letters < 0.5 * len(s.replace(" ", "")):
        return None
    return s


def _b64(seg: str) -> str | None:
    if seg.isdigit() or seg.isalpha() and (seg.islower() or seg.isupper()):
        return None
    s = seg.rstrip("=")
    s = s + "=" * (-len(s) % 4)
    try:
        raw = (
            base64.urlsafe_b64decode(s)
            if ("-" in s or "_" in s)
            else base64.b64decode(s, validate=True)
        )
    except (binascii.Error, ValueError):
        return None
    return _text_of(raw)


def _hex(seg: str) -> str | None:
    s = re.sub(r"[^0-9A-Fa-f]", "", seg)
    if len(s) % 2:
        s = s[:-1]
    try:
        raw = bytes.fromhex(s)
    except ValueError:
        return None
    return _text_of(raw)


@functools.cache
def _gate() -> Prefilter:
    """Loose RE2 copies of the four regexes no literal gates (:mod:`assura.regex_prefilter`):
    on ordinary prose each finds nothing, and RE2 says so in microseconds."""
    return Prefilter([_B64, _HEX, _SPACED, _MORSE], counts=16)


def _decode_once(text: str) -> list[str]:
    found: list[str] = []
    gate = _gate()
    encoded = gate.encode(text)
    for k, rx, fn in ((0, _B64, _b64), (1, _HEX, _hex)):
        if not gate.may_match(k, encoded):
            continue
        for m in rx.finditer(text):
            seg = m.group(0)[:_MAX_SEGMENT_IN]
            dec = fn(seg)
            if dec:
                found.append(dec)
            if len(found) >= MAX_SEGMENTS:
                return found
    # Each regex below needs a literal its text may lack: checking for it is far cheaper.
    if "\\x" in text:
        for m in _HEX_ESC.finditer(text):
            dec = _hex(m.group(0).replace("\\x", "")[:_MAX_SEGMENT_IN])
            if dec:
                found.append(dec)
    if "%" in text:
        for m in _PCT.finditer(text):
            dec = unquote(m.group(0)[:_MAX_SEGMENT_IN])
            if dec != m.group(0):
                found.append(dec)
    if "&#" in text:
        found.extend(html.unescape(m.group(0)[:_MAX_SEGMENT_IN]) for m in _ENTITY.finditer(text))
    if text.count("\\") >= 6:
        for m in _BACKSLASHED.finditer(text):
            dec = m.group(0)[1 : 2 * _MAX_SEGMENT_IN : 2]
            if len(set(dec)) >= 3:
                found.append(dec)
    if len(text) <= 50_000:
        for m in _SPACED.finditer(text) if gate.may_match(2, encoded) else ():
            seg = m.group(0)[:_MAX_SEGMENT_IN]
            found.append(re.sub(r"(?<=\S)[\\.\-_*|/+~](?=\S)", "", seg))
        # a Morse run has eight codes or more
        if text.count(".") + text.count("-") >= 8 and gate.may_match(3, encoded):
            for m in _MORSE.finditer(text):
                dec = _morse(m.group(0)[:_MAX_SEGMENT_IN])
                if dec:
                    found.append(dec)
    return found[:MAX_SEGMENTS]


def _morse(seg: str) -> str | None:
    """The letters of a Morse run, or None when too many of its codes are not letters."""
    words = re.split(r" ?/ ?| {2,}", seg)
    codes = [c for w in words for c in w.split()]
    out = " ".join("".join(_MORSE_CODE.get(c, "?") for c in w.split()) for w in words)
    bad = out.count("?")
    if bad * 5 > len(codes) or sum(c.isalpha() for c in out) < 6:
        return None
    return out


def decoded_variants(text: str) -> list[str]:
    """Decoded readings of ``text`` worth scanning (possibly empty). Bounded; never raises."""
    out: list[str] = []
    total = 0
    frontier = [text]
    for _depth in range(2):
        nxt: list[str] = []
        for t in frontier:
            for dec in _decode_once(t):
                if total >= MAX_DECODED or len(out) >= MAX_SEGMENTS:
                    return out
                dec = dec[: MAX_DECODED - total]
                total += len(dec)
                out.append(dec)
                nxt.append(dec)
        frontier = nxt
        if not frontier:
            break
    low = text.lower()
    if len(low) <= 50_000:
        rot = codecs.encode(low, "rot13")
        if _hinted(rot):
            out.append(rot[:MAX_DECODED])
        backwards = low[::-1]  # "snoitcurtsni suoiverp erongi"
        if _hinted(backwards):
            out.append(backwards[:MAX_DECODED])
    return out
