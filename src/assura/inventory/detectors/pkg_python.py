"""Python imports → AI packages, the services they call and the vector stores they use.

Imports are read with :mod:`ast` when the file parses and with a line regex when it does
not (Python 2 files, templates, notebooks with magics). ``import x``, ``from x.y import z``,
``__import__("x")`` and ``importlib.import_module("x")`` count; relative imports and
modules that resolve to a file of the project itself (a local ``datasets.py``) do not.
"""

from __future__ import annotations

import ast
import functools
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import ClassVar

from assura.findings import Location
from assura.inventory.catalog_packages import PackageCatalog, PackageInfo, load_package_catalog
from assura.inventory.detectors.pkg_common import (
    CONF_IMPLIED_IMPORT,
    dedupe,
    emit_implication,
    emit_package,
    narrow_service,
)
from assura.inventory.detectors.python_ast import parse_python
from assura.inventory.interface import Component, ComponentKind, SourceFile
from assura.presence import other_line_breaks, present, words

__all__ = ["ImportRef", "PythonImportDetector", "PythonImportResolver", "python_imports"]

_FROM = re.compile(r"^[ \t]*from[ \t]+([A-Za-z_][\w.]{0,200})[ \t]+import[ \t]+(.{0,2000})$")
_IMPORT = re.compile(r"^[ \t]*import[ \t]+([A-Za-z_][\w., \t]{0,2000})$")
_NAME = re.compile(r"[A-Za-z_]\w*")
_DYNAMIC = re.compile(r"""(?:__import__|import_module)\(\s*['"]([A-Za-z_][\w.]{0,200})['"]""")
_BEDROCK = re.compile(
    r"""\.client\(\s*(?:service_name\s*=\s*)?['"](?P<svc>bedrock(?:-runtime|-agent-runtime|-agent)?"""
    r"""|sagemaker-runtime)['"]"""
)


@dataclass(frozen=True, slots=True)
class ImportRef:
    """One imported module: dotted name, the names taken from it, 1-based line."""

    module: str
    names: tuple[str, ...]
    line: int


def python_imports(code: str) -> list[ImportRef]:
    """Every absolute import in ``code`` (AST when it parses, else a line regex)."""
    tree = parse_python(code)  # shared with the asset detectors that read the same file
    if tree is None:
        return _regex_imports(code)
    refs: list[ImportRef] = []
    for node in _statements(tree):
        if isinstance(node, ast.Import):
            refs.extend(ImportRef(a.name, (), node.lineno) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module:
                refs.append(ImportRef(node.module, tuple(a.name for a in node.names), node.lineno))
    if "__import__" in code or "import_module" in code:
        refs.extend(_dynamic_imports(tree))
    refs.sort(key=lambda r: r.line)
    return refs


_BLOCKS = ("body", "orelse", "finalbody", "handlers", "cases")


def _statements(tree: ast.AST) -> Iterator[ast.AST]:
    """Every statement of the module, nested blocks included (expressions are skipped)."""
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        yield node
        for field in _BLOCKS:
            block = getattr(node, field, None)
            if isinstance(block, list):
                stack.extend(block)


def _dynamic_imports(tree: ast.AST) -> Iterator[ImportRef]:
    """``__import__("x")`` and ``importlib.import_module("x")`` with a literal name."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        fname = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        arg = node.args[0]
        if (
            fname in ("__import__", "import_module")
            and isinstance(arg, ast.Constant)
            and isinstance(arg.value, str)
            and not arg.value.startswith(".")
        ):
            yield ImportRef(arg.value, (), node.lineno)


def _regex_imports(code: str) -> list[ImportRef]:
    refs: list[ImportRef] = []
    for i, full, following in _import_lines(code):
        for line in full.split(";") if ";" in full else (full,):
            _regex_statement(line, following, i, refs)
    return refs


_BEDROCK_WORDS = words("bedrock", "sagemaker-runtime")
_FOLLOWING = 49  # lines read after a `from x import (` for its closing parenthesis

Following = Callable[[], list[str]]


def _import_lines(code: str) -> Iterator[tuple[int, str, Following]]:
    """(index, text, the lines after it) of each line of ``code.splitlines()`` that holds
    "import", ascending; the lines after are read only when asked for (``_FOLLOWING``).

    Where "\n" is the only line break, each occurrence is placed by counting the breaks
    before it and its line is cut out of ``code``: the file is never split into lines.
    """
    if other_line_breaks(code):
        lines = code.splitlines()
        for i, text in enumerate(lines):
            if "import" in text:
                yield i, text, functools.partial(_slice, lines, i + 1)
        return
    last, line = -1, 0
    pos = code.find("import")
    while pos != -1:
        line += code.count("\n", last + 1, pos) if last >= 0 else code.count("\n", 0, pos)
        start = code.rfind("\n", 0, pos) + 1
        nl = code.find("\n", pos)
        end = len(code) if nl == -1 else nl
        yield line, code[start:end], functools.partial(_lines_from, code, end + 1)
        if nl == -1:
            return
        last, pos = nl, code.find("import", nl + 1)
        line += 1


def _slice(lines: list[str], start: int) -> list[str]:
    return lines[start : start + _FOLLOWING]


def _lines_from(code: str, pos: int) -> list[str]:
    """Up to ``_FOLLOWING`` lines of ``code`` from offset ``pos`` ("\n" breaks only), as
    ``splitlines()`` would give them (no empty line after a final break)."""
    out: list[str] = []
    size = len(code)
    while len(out) < _FOLLOWING and pos < size:
        nl = code.find("\n", pos)
        if nl == -1:
            out.append(code[pos:])
            break
        out.append(code[pos:nl])
        pos = nl + 1
    return out


def _regex_statement(line: str, following: Following, i: int, refs: list[ImportRef]) -> None:
    m = _FROM.match(line)
    if m:
        rest = m.group(2).split("#", 1)[0]
        if rest.strip().startswith("(") and ")" not in rest:
            for extra in following():
                rest += " " + extra.split("#", 1)[0]
                if ")" in extra:
                    break
        names = tuple(n for n in _NAME.findall(rest.replace(" as ", " , ")) if n != "as")
        refs.append(ImportRef(m.group(1), names, i + 1))
        return
    m = _IMPORT.match(line)
    if m:
        for part in m.group(1).split(","):
            words = part.split()
            if words and _NAME.fullmatch(words[0].replace(".", "_")):
                refs.append(ImportRef(words[0], (), i + 1))


def _accepts(info: PackageInfo, ref: ImportRef) -> bool:
    """Generic import names (``agents``) only count with a telling symbol or submodule."""
    if not info.require_symbols and not info.require_submodules:
        return True
    if any(n in info.require_symbols for n in ref.names):
        return True
    if info.require_symbols and not ref.names and "." not in ref.module:
        return True  # `import datasets`: the API is reached by attribute access
    return any(ref.module == s or ref.module.startswith(s + ".") for s in info.require_submodules)


class PythonImportResolver:
    """Turns a file's imports into components; remembers which modules are project-local."""

    def __init__(self, catalog: PackageCatalog, detector: str) -> None:
        self.catalog = catalog
        self.detector = detector
        self._local: dict[tuple[str, str], bool] = {}
        self._modules: dict[str, PackageInfo | None] = {}  # module -> package, a pure memo
        self._words = words(catalog.python_import_words())

    def components(
        self, file: SourceFile, code: str, line_of: Callable[[int], int] | None = None
    ) -> Iterator[Component]:
        relpath = file.relpath

        def where(line: int) -> int:
            return line_of(line) if line_of else line

        # Cheap line scan first; the AST (which ignores imports inside strings) only runs
        # when the scan saw an AI import that is not a module of the project itself.
        refs: list[ImportRef] = []
        candidates: list[ImportRef] = []
        # without the name of a module the catalog knows, no import can resolve
        if present(code, self._words):
            candidates = _regex_imports(code)
            if "__import__" in code or "import_module" in code:
                candidates += [ImportRef(m, (), 0) for m in _DYNAMIC.findall(code)]
        if any(self._relevant(file, ref) for ref in candidates):
            refs = python_imports(code)
        for ref in refs:
            info = self._module(ref.module)
            if info is not None and not _accepts(info, ref):
                info = None
            implied = self.catalog.implications(ref.module, ref.names, resolved=info is not None)
            if info is None and not implied:
                continue
            if self._is_local(file, ref.module.split(".")[0]):
                continue
            line = where(ref.line)
            if info is not None:
                yield from emit_package(
                    self.catalog,
                    narrow_service(self.catalog, info, ref.module, ref.names),
                    path=relpath,
                    line=line,
                    detector=self.detector,
                    source="import",
                    ecosystem="pypi",
                    package=info.package or info.name,
                )
            for imp in implied:
                yield from emit_implication(
                    self.catalog,
                    imp,
                    loc=Location(path=relpath, line=line),
                    detector=self.detector,
                    confidence=CONF_IMPLIED_IMPORT,
                    via=ref.module,
                )
        if present(code, _BEDROCK_WORDS):  # from the file's one scan, not two more
            for m in _BEDROCK.finditer(code):
                line = where(code.count("\n", 0, m.start()) + 1)
                loc = Location(path=relpath, line=line)
                svc = "aws-sagemaker" if m.group("svc").startswith("sagemaker") else "aws-bedrock"
                yield Component(
                    kind=ComponentKind.SDK,
                    name="boto3",
                    evidence=(loc,),
                    provider="aws",
                    properties={"package": "boto3", "ecosystem": "pypi", "source": "call"},
                    detector=self.detector,
                )
                yield Component(
                    kind=ComponentKind.SERVICE,
                    name=svc,
                    evidence=(loc,),
                    provider="aws",
                    confidence=0.9,
                    properties={"via": "boto3", "client": m.group("svc")},
                    detector=self.detector,
                )

    def _relevant(self, file: SourceFile, ref: ImportRef) -> bool:
        info = self._module(ref.module)
        if info is None and not self.catalog.implications(ref.module, ref.names, resolved=False):
            return False
        return not self._is_local(file, ref.module.split(".")[0])

    def _module(self, module: str) -> PackageInfo | None:
        """``catalog.python_module``, remembered: the same few modules are imported everywhere."""
        try:
            return self._modules[module]
        except KeyError:
            info = self.catalog.python_module(module)
            if len(self._modules) < 50_000:
                self._modules[module] = info
            return info

    def _is_local(self, file: SourceFile, top: str) -> bool:
        """Whether ``top`` is a module of the scanned project (beside the file or above)."""
        depth = file.relpath.replace("\\", "/").count("/")
        folder = os.path.dirname(os.fspath(file.abspath))  # strings: Path hashing cost more
        for _ in range(depth + 1):
            key = (folder, top)
            hit = self._local.get(key)
            if hit is None:
                hit = _defines_module(folder, top) or _defines_module(
                    os.path.join(folder, "src"), top
                )
                self._local[key] = hit
            if hit:
                return True
            folder = os.path.dirname(folder)
        return False


def _defines_module(folder: str, top: str) -> bool:
    try:
        if os.path.isfile(os.path.join(folder, f"{top}.py")) or os.path.isfile(
            os.path.join(folder, top, "__init__.py")
        ):
            return True
        pkg = os.path.join(folder, top)
        if not os.path.isdir(pkg):
            return False
        with os.scandir(pkg) as entries:
            return any(e.name.endswith(".py") and e.name != ".py" for e in entries)
    except OSError:
        return False


class PythonImportDetector:
    """AI packages imported by Python source files."""

    id: ClassVar[str] = "pkg.python-imports"

    def __init__(self, catalog: PackageCatalog | None = None) -> None:
        self._resolver = PythonImportResolver(catalog or load_package_catalog(), self.id)

    def applies_to(self, relpath: str) -> bool:
        return relpath.endswith((".py", ".pyw"))

    def detect(self, file: SourceFile) -> Iterator[Component]:
        if not file.text or "import" not in file.text:
            return
        yield from dedupe(self._resolver.components(file, file.text))
