"""Find, read and parse the source files of a tree, reporting what cannot be analysed.

Real trees are messy. Vendored and build folders, files that are too large or look
minified/generated, bytes that do not decode and code that does not parse (Python 2, a
syntax error, nesting too deep for the parser) come back as :class:`SkippedFile` values
with a reason; nothing here raises for a bad file.
"""

from __future__ import annotations

import ast
import io
import os
import re
import tokenize
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from assura.codescan.interface import SkippedFile, SourceFile

__all__ = ["MAX_BYTES", "SKIP_DIRS", "Discovered", "discover", "module_name", "parse_python"]

MAX_BYTES = 2_000_000
"""Files larger than this are skipped as generated."""
MAX_LINE = 4_000
"""A line longer than this marks a minified or generated file."""
MAX_DEPTH = 250
"""Syntax trees nested deeper than this are skipped (the analysis recurses over them)."""

SKIP_DIRS = {
    "node_modules": "vendored dependencies (node_modules)",
    ".venv": "virtual environment",
    "venv": "virtual environment",
    "site-packages": "installed packages (site-packages)",
    "dist-packages": "installed packages (dist-packages)",
    "dist": "build output (dist)",
    "build": "build output (build)",
    ".git": "version-control metadata",
    ".hg": "version-control metadata",
    ".svn": "version-control metadata",
    ".tox": "tool cache",
    ".nox": "tool cache",
    "vendor": "vendored code",
    "_vendor": "vendored code",
    "third_party": "vendored code",
    ".eggs": "build output",
}

# Folders that never hold sources: pruned without a report.
QUIET_DIRS = {
    "__pycache__",
    ".mypy_cache",
    ".pytest_cache",
    ".ruff_cache",
    ".hypothesis",
    ".idea",
    ".vscode",
}

PY_EXT = (".py", ".pyw")
JS_EXT = (".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".mts", ".cts")


@dataclass(frozen=True, slots=True)
class Discovered:
    python: tuple[Path, ...]
    javascript: tuple[Path, ...]
    skipped: tuple[SkippedFile, ...]


def _is_venv(path: Path) -> bool:
    return (path / "pyvenv.cfg").is_file()


def discover(root: Path) -> Discovered:
    """Source files under ``root`` (a file or a folder), in a stable order."""
    if root.is_file():
        one_py = (root,) if root.suffix in PY_EXT else ()
        one_js = (root,) if root.suffix in JS_EXT else ()
        return Discovered(one_py, one_js, ())
    py: list[Path] = []
    js: list[Path] = []
    skipped: list[SkippedFile] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        keep = []
        for d in sorted(dirnames):
            if d in QUIET_DIRS:
                continue
            sub = here / d
            reason = SKIP_DIRS.get(d) or ("virtual environment" if _is_venv(sub) else None)
            if d.endswith(".egg-info"):
                reason = "packaging metadata"
            if reason is not None:
                skipped.append(SkippedFile(_rel(sub, root) + "/", f"skipped folder: {reason}"))
            elif not os.path.islink(sub):
                keep.append(d)
        dirnames[:] = keep
        for f in sorted(filenames):
            p = here / f
            if p.is_symlink():
                continue
            if f.endswith(PY_EXT):
                py.append(p)
            elif f.endswith(JS_EXT) and not f.endswith((".d.ts", ".min.js")):
                js.append(p)
            elif f.endswith(".min.js"):
                skipped.append(SkippedFile(_rel(p, root), "minified JavaScript"))
    return Discovered(tuple(py), tuple(js), tuple(skipped))


def _rel(path: Path, root: Path) -> str:
    try:
        rel = path.relative_to(root)
    except ValueError:
        return path.as_posix()
    return rel.as_posix() if str(rel) != "." else path.name


def module_name(rel: str) -> str:
    """Dotted module name of a relative path (``pkg/sub/__init__.py`` → ``pkg.sub``)."""
    parts = rel.split("/")
    parts[-1] = parts[-1].rsplit(".", 1)[0]
    if parts[-1] == "__init__":
        parts.pop()
    if parts and parts[0] in ("src", "lib") and len(parts) > 1:
        parts = parts[1:]
    return ".".join(p for p in parts if p) or "__main__"


def read_text(path: Path, rel: str) -> tuple[str | None, SkippedFile | None]:
    """Decoded text of a source file, or why it is skipped."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return None, SkippedFile(
                rel, f"too large ({size} bytes > {MAX_BYTES}): likely generated"
            )
        data = path.read_bytes()
    except OSError as exc:
        return None, SkippedFile(rel, f"unreadable: {exc.strerror or exc}")
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        text = data.decode(encoding)
    except (SyntaxError, UnicodeDecodeError, LookupError):
        return None, SkippedFile(rel, "not decodable as UTF-8 or its declared encoding")
    if text.startswith("\ufeff"):
        text = text[1:]
    if any(len(line) > MAX_LINE for line in text.splitlines()):
        return None, SkippedFile(
            rel, f"line longer than {MAX_LINE} characters: likely minified or generated"
        )
    return text, None


def parse_python(path: Path, root: Path) -> tuple[SourceFile | None, SkippedFile | None]:
    """Parse one Python file; a file that cannot be analysed comes back as skipped."""
    rel = _rel(path, root) if path != root else path.name
    text, skip = read_text(path, rel)
    if text is None:
        return None, skip
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(text, filename=rel)
    except SyntaxError as exc:
        hint = " (Python 2 code?)" if _looks_py2(text) else ""
        return None, SkippedFile(rel, f"syntax error at line {exc.lineno}{hint}")
    except (RecursionError, MemoryError, ValueError):
        return None, SkippedFile(rel, "too deeply nested or malformed for the parser")
    depth = _depth(tree)
    if depth > MAX_DEPTH:
        return None, SkippedFile(
            rel, f"syntax tree too deep to analyse (depth {depth} > {MAX_DEPTH})"
        )
    return SourceFile(rel, module_name(rel), tree, text.count("\n") + 1, _suppressions(text)), None


def _depth(tree: ast.AST) -> int:
    """Deepest nesting of the syntax tree, computed without recursion."""
    best = 0
    stack: list[tuple[ast.AST, int]] = [(tree, 1)]
    while stack:
        node, d = stack.pop()
        if d > best:
            best = d
            if best > MAX_DEPTH:
                return best
        stack.extend((child, d + 1) for child in ast.iter_child_nodes(node))
    return best


_IGNORE = re.compile(r"#\s*assura:\s*ignore(?:\[([A-Za-z0-9_,\- ]+)\])?")


def _suppressions(text: str) -> dict[int, frozenset[str]]:
    """``# assura: ignore`` or ``# assura: ignore[CODE-LLM-SQL, ...]`` comments by line."""
    out: dict[int, frozenset[str]] = {}
    if "assura:" not in text:
        return out
    for no, line in enumerate(text.splitlines(), 1):
        m = _IGNORE.search(line)
        if m:
            rules = m.group(1) or ""
            out[no] = frozenset(r.strip() for r in rules.split(",") if r.strip())
    return out


def _looks_py2(text: str) -> bool:
    return bool(
        re.search(r"^\s*print\s+[\"'\w]|^\s*exec\s+[\"'\w]|except\s+\w+\s*,\s*\w+\s*:", text, re.M)
    )


def iter_parsed(
    files: tuple[Path, ...], root: Path
) -> Iterator[tuple[SourceFile | None, SkippedFile | None]]:
    for p in files:
        yield parse_python(p, root)
