"""Read and validate a questionnaire answers file (YAML).

Format::

    organisation: Example Ltd          # optional
    org_size: small                    # optional: small | medium | large
    answers:
      AIM-INV-1.1:
        answer: most                   # a key of the activity's answer set
        evidence:                      # links, files (relative to this file) or records
          - https://wiki.example.com/ai-inventory
          - evidence/inventory-review.pdf
          - record:scan/5f0c...        # a store record: scan, ara_analysis, ara_decision,
                                       # lineage, ledger_entry, ledger_checkpoint, assessment
        owner: alice@example.com
        notes: free text
      AIM-TRN-1.1: half                # short form: just the answer key

Every problem names ``file:line``; nothing is returned (so nothing is stored) unless the
whole file is valid.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assura.errors import InputNotFound, ParseError
from assura.maturity._yaml import LineDict, LineList, load_yaml
from assura.maturity.interface import Answer, AnswersFile, Catalog, OrgSize

__all__ = ["AnswersError", "RecordResolver", "load_answers", "parse_answers"]

#: ``resolver(record_type, record_id) -> bool`` says whether a store record exists.
RecordResolver = Callable[[str, str], bool]

_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
_RECORD = re.compile(r"^record:([a-z_]+)/([A-Za-z0-9_.:-]+)$")
_TOP_KEYS = {"organisation", "org_size", "answers", "assessor", "date"}
_ANSWER_KEYS = {"answer", "evidence", "owner", "notes"}


class AnswersError(ParseError):
    """An invalid answers file. ``problems`` holds every (line, message) found."""

    def __init__(self, path: str, problems: list[tuple[int | None, str]]) -> None:
        self.problems = problems
        line, message = problems[0]
        more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
        super().__init__(message + more, path=path, line=line)


def load_answers(
    path: str | Path, catalog: Catalog, resolver: RecordResolver | None = None
) -> AnswersFile:
    file = Path(path)
    if not file.is_file():
        raise InputNotFound(f"answers file not found: {file}")
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ParseError(f"cannot read: {exc}", path=str(file)) from None
    return parse_answers(text, str(file), catalog, base_dir=file.parent, resolver=resolver)


def parse_answers(
    text: str,
    path: str,
    catalog: Catalog,
    *,
    base_dir: Path | None = None,
    resolver: RecordResolver | None = None,
) -> AnswersFile:
    """Validate ``text`` (named ``path``); raise :class:`AnswersError` listing every problem."""
    data = load_yaml(text, path)
    problems: list[tuple[int | None, str]] = []
    if data is None:
        data = LineDict()
        data.line, data.lines = 1, {}
    if not isinstance(data, LineDict):
        raise AnswersError(
            path, [(getattr(data, "line", 1), "the file must be a mapping with an 'answers' key")]
        )
    expected = ", ".join(sorted(_TOP_KEYS))
    problems.extend(
        (data.line_of(key), f"unknown key {key!r} (expected one of: {expected})")
        for key in data
        if key not in _TOP_KEYS
    )
    org_size = None
    if data.get("org_size") is not None:
        try:
            org_size = OrgSize(str(data["org_size"]))
        except ValueError:
            problems.append(
                (
                    data.line_of("org_size"),
                    f"org_size {data['org_size']!r} is not small, medium or large",
                )
            )
    raw_answers = data.get("answers")
    answers: dict[str, Answer] = {}
    if raw_answers is None:
        raw_answers = LineDict()
        raw_answers.line, raw_answers.lines = data.line, {}
    if not isinstance(raw_answers, LineDict):
        problems.append(
            (data.line_of("answers"), "'answers' must be a mapping of activity id to answer")
        )
        raw_answers = LineDict()
        raw_answers.line, raw_answers.lines = data.line, {}
    for act_id, raw in raw_answers.items():
        line = raw_answers.line_of(act_id)
        answer = _one(act_id, raw, line, catalog, base_dir, resolver, problems)
        if answer is not None:
            answers[act_id] = answer
    if problems:
        problems.sort(key=lambda p: p[0] or 0)
        raise AnswersError(path, problems)
    org = data.get("organisation")
    return AnswersFile(path, str(org) if org is not None else None, org_size, answers)


def _one(
    act_id: str,
    raw: Any,
    line: int,
    catalog: Catalog,
    base_dir: Path | None,
    resolver: RecordResolver | None,
    problems: list[tuple[int | None, str]],
) -> Answer | None:
    activity = catalog.activity(act_id)
    if activity is None:
        problems.append((line, f"unknown activity id {act_id!r}"))
        return None
    if not isinstance(raw, LineDict):
        raw_dict = LineDict({"answer": raw})
        raw_dict.line, raw_dict.lines = line, {"answer": line}
        raw = raw_dict
    problems.extend(
        (raw.line_of(k), f"{act_id}: unknown key {k!r} (expected answer, evidence, owner, notes)")
        for k in raw
        if k not in _ANSWER_KEYS
    )
    key = raw.get("answer")
    key = "no" if key is False else "yes" if key is True else key
    options = catalog.options(activity)
    chosen = next((o for o in options if o.key == str(key)), None) if key is not None else None
    if chosen is None:
        allowed = ", ".join(o.key for o in options)
        what = "missing answer" if key is None else f"answer {key!r} is not in the answer set"
        problems.append((raw.line_of("answer"), f"{act_id}: {what} (one of: {allowed})"))
        return None
    evidence = raw.get("evidence") or []
    if isinstance(evidence, str):
        evidence = [evidence]
    refs: list[str] = []
    if not isinstance(evidence, list):
        problems.append((raw.line_of("evidence"), f"{act_id}: evidence must be a string or a list"))
        evidence = []
    for i, ref in enumerate(evidence):
        ref_line = evidence.lines[i] if isinstance(evidence, LineList) else raw.line_of("evidence")
        msg = _check_ref(str(ref), base_dir, resolver)
        if msg is not None:
            problems.append((ref_line, f"{act_id}: evidence {ref!r} {msg}"))
        refs.append(str(ref))
    owner = raw.get("owner")
    notes = raw.get("notes")
    return Answer(
        activity_id=act_id,
        answer=chosen.key,
        value=chosen.value,
        evidence=tuple(refs),
        owner=str(owner) if owner is not None else None,
        notes=str(notes) if notes is not None else None,
        line=line,
    )


def _check_ref(ref: str, base_dir: Path | None, resolver: RecordResolver | None) -> str | None:
    """None when ``ref`` points at something; otherwise what is wrong with it."""
    ref = ref.strip()
    if not ref:
        return "is empty"
    if "://" in ref:
        return None if _URL.match(ref) else "is not a valid http(s) link"
    m = _RECORD.match(ref)
    if m is not None:
        if resolver is None:
            return "names a store record but no store is open to check it"
        return (
            None
            if resolver(m.group(1), m.group(2))
            else "names a record that does not exist in the store"
        )
    if ref.startswith("record:"):
        return "is not like record:<type>/<id>"
    file = Path(ref)
    if not file.is_absolute() and base_dir is not None:
        file = base_dir / file
    return None if file.exists() else f"points at a file that does not exist ({file})"
