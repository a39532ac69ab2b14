"""Reversible redaction: spans become ``[LABEL_n]`` placeholders; ``restore`` puts them back.

The same value gets the same placeholder within one map, so a model can still refer to
"[EMAIL_1]" consistently. Numbering continues an existing map, so output redactions
never clash with the input's placeholders.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

__all__ = ["Redactor", "restore"]

_PLACEHOLDER = re.compile(r"\[([A-Z][A-Z0-9_]*?)_(\d+)\]")


class Redactor:
    """Accumulates a placeholder map across several texts (e.g. the messages of one chat)."""

    def __init__(self, existing: Mapping[str, str] | None = None) -> None:
        self.mapping: dict[str, str] = dict(existing or {})
        self._by_value: dict[tuple[str, str], str] = {}
        self._count: dict[str, int] = {}
        for ph, value in self.mapping.items():
            m = _PLACEHOLDER.fullmatch(ph)
            if m:
                label, n = m.group(1), int(m.group(2))
                self._count[label] = max(self._count.get(label, 0), n)
                self._by_value[(label, value)] = ph

    def placeholder(self, label: str, value: str) -> str:
        label = re.sub(r"[^A-Z0-9_]", "_", label.upper()) or "REDACTED"
        key = (label, value)
        if key not in self._by_value:
            n = self._count.get(label, 0) + 1
            self._count[label] = n
            ph = f"[{label}_{n}]"
            self._by_value[key] = ph
            self.mapping[ph] = value
        return self._by_value[key]

    def redact(self, text: str, spans: Iterable[tuple[int, int, str]]) -> str:
        """Replace non-overlapping ``(start, end, label)`` spans (longest first on overlap)."""
        chosen: list[tuple[int, int, str]] = []
        for s in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
            if s[0] < s[1] and (not chosen or s[0] >= chosen[-1][1]):
                chosen.append(s)
        out: list[str] = []
        pos = 0
        for start, end, label in chosen:
            out.append(text[pos:start])
            out.append(self.placeholder(label, text[start:end]))
            pos = end
        out.append(text[pos:])
        return "".join(out)


def restore(text: str, redactions: Mapping[str, str]) -> str:
    """Put original values back for every placeholder of ``redactions`` found in ``text``."""
    if not redactions:
        return text
    return _PLACEHOLDER.sub(lambda m: redactions.get(m.group(0), m.group(0)), text)
