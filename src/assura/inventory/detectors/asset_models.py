"""Model identifiers written in code, notebooks and configuration.

Two rules keep precision high. Well-known provider families (``gpt-4o``, ``claude-…``,
Bedrock and Vertex ids, ``gemini-…``) are reported wherever a whole string literal or
config value matches. Generic Hugging Face ``org/name`` ids, classic unnamespaced ids
(``bert-base-uncased``) and bare names (``mistral``, ``o1``) are reported only in a
model-bearing context: a ``model=``/``model_name=``/``repo_id=`` keyword, a
``from_pretrained``/``SentenceTransformer``/``pipeline`` argument, a ``model:`` config key,
an argparse/click ``--base_model`` default, or a function parameter named like a model.
"""

from __future__ import annotations

import ast
import bisect
import posixpath
import re
from collections.abc import Iterator
from typing import ClassVar

from assura.inventory.catalog_providers import ProviderCatalog, default_catalog
from assura.inventory.detectors.asset_common import (
    CODE_EXTS,
    CONFIG_EXTS,
    Segment,
    base_of,
    ext_of,
    is_env_file,
    line_starts,
    lowered,
    py_nodes,
    segments,
)
from assura.inventory.detectors.asset_dataset_rules import (
    DATASET_BLOCK,
    DATASET_BLOCK_KEY,
    dataset_context_constants,
    is_dataset_key,
)
from assura.inventory.detectors.asset_model_ids import (
    CLI_HINT,
    MODEL_KEY_WORDS,
    PROVIDER_PREFIX,
    classify_model,
    is_model_key,
    literal_context,
    literal_gate,
    py_dataset_gate,
    py_gate,
    python_model_context,
)
from assura.inventory.detectors.python_lex import Lexed, lex
from assura.inventory.detectors.regex_guard import first_char_guard
from assura.inventory.interface import Component, ComponentKind, SourceFile
from assura.presence import any_case_words, other_line_breaks, present, present_any_case

__all__ = ["ModelIdDetector", "classify_model", "is_model_key"]


_CONTEXT_NODES = (
    ast.Call, ast.Dict, ast.Assign, ast.AnnAssign, ast.FunctionDef, ast.AsyncFunctionDef
)  # fmt: skip
_CONTEXT_TYPES = frozenset(_CONTEXT_NODES)
_SHELL_EXTS = frozenset({".sh", ".bash", ".zsh", ".bat", ".cmd", ".ps1", ".mk"})
_DOC_EXTS = frozenset({".md", ".mdx", ".rst"})
_MODELFILE_FROM = re.compile(r"^FROM\s+([A-Za-z0-9][\w.\-/:]*)\s*$")
_SHELL_NAMES = frozenset(
    {"dockerfile", "makefile", "procfile", "containerfile", "justfile", "modelfile"}
)
_SKIP_NAMES = frozenset(
    {
        "package.json",
        "package-lock.json",
        "npm-shrinkwrap.json",
        "composer.lock",
        "pnpm-lock.yaml",
        "yarn.lock",
        "poetry.lock",
        "uv.lock",
        "pipfile.lock",
        "tsconfig.json",
        "jsconfig.json",
        "cargo.lock",
        "bun.lockb",
    }
)
_MAX_CONFIG_CHARS = 1_500_000


_LICENCE_KEY = re.compile(r"(?i)licen[cs]e|spdx")
_KV = re.compile(r"""^\s*(?:-\s+)?["']?([A-Za-z_][\w.\-]*)["']?\s*[:=]\s*(.*?)\s*,?\s*$""")
_QUOTED = re.compile(r"""["']([^"'\n]{2,200})["']""")
_LIST_ITEM = re.compile(r"""^\s*-\s+["']?([^\s"'#]+)["']?\s*$""")
_FLAG = re.compile(r"""--([A-Za-z][\w\-]*)(?:=|\s+)["']?([^\s"'`\\;|&,)]+)""")
_ENVSET = re.compile(r"""\b([A-Za-z_][A-Za-z0-9_]*)=["']?([^\s"'`\\;|&,)]+)""")


class ModelIdDetector:
    """Model identifiers in Python/JS/TS/other code, notebooks, configs and scripts."""

    id: ClassVar[str] = "asset.model-id"

    def __init__(self, catalog: ProviderCatalog | None = None) -> None:
        self.catalog = catalog or default_catalog()
        classic = "|".join(re.escape(c) for c in sorted(self.catalog.hf_classic_ids)) or "(?!)"
        prefixes = PROVIDER_PREFIX.pattern.split("[/:]")[0]
        any_family = self.catalog.model_any.pattern
        value = (
            r"""(?:"""
            + any_family
            + r""")|[A-Za-z0-9][\w.\-]*/[^"'`\s\\]{1,150}|"""
            + prefixes
            + r"""[/:][^"'`\s]{1,150}|arn:aws[^"'`\s]{1,200}|(?i:"""
            + classic
            + r""")"""
        )
        # implied first-character lookaheads: they only skip quotes no value can follow
        guard = first_char_guard(value)
        classic_guard = first_char_guard(classic)
        if classic_guard:  # the long case-insensitive list is otherwise tried at every quote
            value = value.replace(
                "(?i:" + classic + ")", "(?i:" + classic_guard + "(?:" + classic + "))"
            )
        self._candidate = re.compile(r"""(["'`])""" + guard + "(" + value + r""")\1""")
        self._candidate_value = re.compile(
            r"\s*(?:(?:"
            + self.catalog.model_anywhere.pattern
            + r")|[A-Za-z0-9][\w.\-]*/\S{1,150}|"
            + prefixes
            + r"[/:]\S{1,150}|arn:aws\S{1,200})\s*"
        )

        self._gate = literal_gate(self.catalog)
        # what a config line must hold to be read (see _config_lines)
        self._config_words = any_case_words(
            MODEL_KEY_WORDS, self._gate.weak_any_case if self._gate else ()
        )

    def applies_to(self, relpath: str) -> bool:
        base = base_of(relpath)
        if base in _SKIP_NAMES or base.endswith(".lock"):
            return False
        ext = ext_of(relpath)
        return (
            ext in CODE_EXTS
            or ext in CONFIG_EXTS
            or ext in _SHELL_EXTS
            or ext in _DOC_EXTS
            or ext in {".tf", ".tfvars", ".hcl"}
            or is_env_file(relpath)
            or base in _SHELL_NAMES
            or base.startswith("dockerfile")
        )

    def detect(self, file: SourceFile) -> Iterator[Component]:
        if file.text is None:
            return
        seen: set[tuple[str, int]] = set()
        ext = ext_of(file.relpath)
        base = base_of(file.relpath)
        if ext in CODE_EXTS:
            for seg in segments(file):
                hits = self._python(seg) if seg.lang == "python" else self._literals(seg)
                yield from self._emit(seg, hits, seen)
            return
        if (
            self._gate is not None
            and not base.startswith("modelfile")  # FROM <name> needs no key word
            and not self._gate.admits(file.text)
        ):
            return  # no value here can be reported, with a key or without (see LiteralGate)
        if ext in _DOC_EXTS:
            seg = Segment(file.text, file.relpath, "other")
            yield from self._emit(seg, self._shell(seg, docs=True), seen, 0.5)
        elif ext in _SHELL_EXTS or base in _SHELL_NAMES or base.startswith("dockerfile"):
            seg = Segment(file.text, file.relpath, "other")
            yield from self._emit(seg, self._shell(seg), seen)
        elif len(file.text) <= _MAX_CONFIG_CHARS:
            seg = Segment(file.text, file.relpath, "other")
            yield from self._emit(seg, self._config(seg, ext), seen)

    def _emit(
        self,
        seg: Segment,
        hits: Iterator[tuple[str, int, bool]],
        seen: set[tuple[str, int]],
        cap: float = 1.0,
    ) -> Iterator[Component]:
        possible = self._candidate_value.fullmatch
        for value, line, strong in hits:
            if not strong and not possible(value):
                continue
            got = classify_model(value, strong, self.catalog)
            if got is None:
                continue
            name, provider, conf = got
            loc = seg.loc(line)
            if (name, loc.line or 0) in seen:
                continue
            seen.add((name, loc.line or 0))
            yield Component(
                kind=ComponentKind.MODEL,
                name=name,
                evidence=(loc,),
                provider=provider,
                confidence=min(conf, cap),
                detector=self.id,
            )

    def _python(self, seg: Segment) -> Iterator[tuple[str, int, bool]]:
        if self._gate is not None and not self._gate.admits(seg.text):
            return  # no constant can be reported, weakly or in context (see LiteralGate)
        weak = self._gate is None or self._gate.admits_weak(seg.text)
        # dataset strings are told apart from models only in the syntax tree: that matters
        # where a literal could be reported as a model without context
        if not py_gate(seg.text) and not (weak and py_dataset_gate(seg.text)):
            if weak:  # no model-bearing position here: only literals that need no context
                yield from self._literals(seg, context=False)
            return
        if not self._may_hold_model(seg.text):
            return  # no string of this code can be a model id, in context or not
        nodes = py_nodes(seg.text)
        if not nodes:
            yield from self._literals(seg)
            return
        possible = self._candidate_value.fullmatch
        # both context scans look only at these kinds (children are reached from them), so
        # one shared pass keeps exactly those nodes, in order. The nodes come from
        # ast.parse, which makes instances of the node classes themselves (never of a
        # subclass): a set lookup on the type is isinstance() here, five times faster
        ctx = tuple([n for n in nodes if type(n) in _CONTEXT_TYPES])
        strong_ids: set[int] = dataset_context_constants(ctx)
        for const in python_model_context(ctx):
            strong_ids.add(id(const))
            yield str(const.value), const.lineno, True
        for node in [n for n in nodes if type(n) is ast.Constant]:
            if not isinstance(node.value, str):
                continue
            value = node.value
            if id(node) not in strong_ids and len(value) <= 160 and possible(value):
                yield value, node.lineno, False  # _emit drops weak values possible() rejects
            if ("--" in value or "=" in value) and len(value) <= 20_000 and CLI_HINT.search(value):
                # CLI examples inside strings: "--base_model='org/name'", "MODEL=org/name"
                for rx in (_FLAG, _ENVSET):
                    for m in rx.finditer(value):
                        if is_model_key(m.group(1)):
                            line = node.lineno + value.count("\n", 0, m.start())
                            yield m.group(2), line, True

    def _may_hold_model(self, text: str) -> bool:
        """Whether a string of ``text`` can be reported: a quoted literal that could be a
        model id (what :meth:`_literals` looks for; a constant the syntax tree yields is
        written so, unless spelt with escapes or split into adjacent literals) and is a
        whole string, or a ``--model x`` / ``MODEL=x`` inside a string (read by
        ``_python``). Strings and comments are told apart by :mod:`python_lex`."""
        lexed: Lexed | None = None
        for m in self._candidate.finditer(text):
            # a constant is a whole string: a match inside a docstring or comment is none
            lexed = lexed or lex(text)
            k = lexed.span_ending_at(m.end())
            if k is not None and lexed.kinds[k] != "comment" and lexed.starts[k] == m.start():
                return True
        for rx in (_FLAG, _ENVSET):
            for m in rx.finditer(text):
                # _python reads flags inside strings only (``model=x`` in code is a call)
                if is_model_key(m.group(1)):
                    lexed = lexed or lex(text)
                    if lexed.where(m.start()) in ("string", "fstring"):
                        return True
        return False

    def _literals(self, seg: Segment, context: bool = True) -> Iterator[tuple[str, int, bool]]:
        """Quoted literals that could be model ids (one C-level regex pass finds them);
        with ``context``, also those after a model key or in a model call."""
        text = seg.text
        if self._gate is not None and not self._gate.admits(text):
            return  # no literal of this text can be reported (see LiteralGate)
        for m in self._candidate.finditer(text):
            value, start = m.group(2), m.start()
            head = text[max(0, start - 80) : start].rsplit("\n", 1)[-1].rstrip()
            if head.endswith(("from", "import", "require(", "import(")):
                continue
            if classify_model(value, False, self.catalog) is not None:
                yield value, seg.line_at(start), False
            elif context and head.endswith(("=", ":", "(", ",", "[")) and literal_context(head):
                yield value, seg.line_at(start), True

    def _config(self, seg: Segment, ext: str) -> Iterator[tuple[str, int, bool]]:
        hash_comments = ext not in {".json", ".jsonc"}
        block: int | None = None  # indent of an open `datasets:` block: hub ids there are data
        picked = self._config_lines(seg.text)
        numbered = enumerate(seg.text.splitlines(), start=1) if picked is None else picked
        for i, raw in numbered:
            line = raw
            stripped = line.lstrip()
            if not stripped or stripped.startswith(("//", ";")):
                continue
            indent = len(line) - len(stripped)
            if block is not None and indent <= block and not stripped.startswith("-"):
                block = None
            if DATASET_BLOCK.match(stripped):
                block = indent
            if block is not None:
                continue
            if hash_comments:
                if stripped.startswith("#"):
                    continue
                line = re.sub(r"\s#.*$", "", line)
            kv = _KV.match(line)
            if kv and is_dataset_key(kv.group(1).rsplit(".", 1)[-1]):
                continue
            if kv and _LICENCE_KEY.search(kv.group(1)):
                continue  # "license_key": "llama-4-cla-2025" names a licence, not a model
            if kv:
                key, val = kv.group(1), kv.group(2).strip()
                strong = is_model_key(key.rsplit(".", 1)[-1])
                if val.startswith("["):
                    for item in _QUOTED.finditer(val):
                        yield item.group(1), i, strong
                elif val and val[0] in "\"'":
                    first = _QUOTED.match(val)
                    if first:
                        yield first.group(1), i, strong
                elif val:
                    yield val.split()[0].rstrip(",;"), i, strong
            elif li := _LIST_ITEM.match(line):
                yield li.group(1), i, False
            for q in _QUOTED.finditer(line):
                yield q.group(1), i, False
            if "--" in line:
                for m in _FLAG.finditer(line):
                    if is_model_key(m.group(1)):
                        yield m.group(2), i, True

    def _config_lines(self, text: str) -> list[tuple[int, str]] | None:
        """The lines of a config that :meth:`_config` can report from, numbered as
        ``splitlines()`` numbers them, or None to read them all.

        A value is reported in context only after a model key, which holds a
        ``MODEL_KEY_WORDS`` word (any case), and without context only where it holds a word
        of the gate's weak ones (see LiteralGate): other lines yield nothing, and a big
        config (a licence index, an SBOM, a JSON schema) has few such lines. All lines are
        read where that cannot be told line by line: no gate, a line break other than
        "\n", a ``datasets:`` block (which hides the lines under it), or lower-casing that
        moves offsets.
        """
        if self._gate is None or other_line_breaks(text) or DATASET_BLOCK_KEY.search(text):
            return None
        low = lowered(text)
        if len(low) != len(text):
            return None
        hits = [(text, w) for w in present(text, self._gate.weak_exact)]
        hits += [(low, w) for w in present_any_case(text, self._config_words)]
        if not hits:
            return []
        starts = line_starts(text)
        numbers: set[int] = set()
        for where, word in hits:
            pos = where.find(word)
            while pos != -1:
                numbers.add(bisect.bisect_right(starts, pos))
                pos = where.find(word, pos + 1)
        size = len(text)
        out = []
        for n in sorted(numbers):
            end = starts[n] - 1 if n < len(starts) else size
            out.append((n, text[starts[n - 1] : end]))
        return out

    def _shell(self, seg: Segment, docs: bool = False) -> Iterator[tuple[str, int, bool]]:
        """Flags and VAR=value in scripts; in docs only those with a model-named key."""
        modelfile = posixpath.basename(seg.relpath).lower().startswith("modelfile")
        for i, line in enumerate(seg.text.splitlines(), start=1):
            if not docs and line.lstrip().startswith("#"):
                continue
            if docs and "--" not in line and "=" not in line:
                continue
            if modelfile and (frm := _MODELFILE_FROM.match(line)):  # Ollama Modelfile
                yield frm.group(1), i, True
            for rx in (_FLAG, _ENVSET):
                for m in rx.finditer(line):
                    strong = is_model_key(m.group(1))
                    if strong or not docs:
                        yield m.group(2), i, strong
            if not docs:
                for q in _QUOTED.finditer(line):
                    yield q.group(1), i, False
