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
import posixpath
import re
from collections.abc import Iterator
from typing import ClassVar

from assura.inventory.catalog_providers import ProviderCatalog, default_catalog
from assura.inventory.detectors.asset_common import (
    CODE_EXTS,
    CONFIG_EXTS,
    Segment,
    call_name,
    ext_of,
    is_env_file,
    is_placeholder,
    lowered,
    norm_key,
    py_nodes,
    py_str,
    segments,
)
from assura.inventory.detectors.asset_datasets import (
    DATASET_BLOCK,
    dataset_context_constants,
    is_dataset_key,
)
from assura.inventory.interface import Component, ComponentKind, SourceFile

__all__ = ["ModelIdDetector", "classify_model", "is_model_key"]

_MODEL_KEY = re.compile(
    r"^(?:[a-z0-9]+_)*(?:model|models|model_name|model_names|model_id|model_ids|"
    r"model_name_or_path|model_repo|model_version|repo_id|lora_weights|lora_model|adapter_model|"
    r"peft_model_id|peft_model|tokenizer_name|tokenizer_name_or_path|tokenizer_id|"
    r"model_checkpoint|llm|llm_name|engine|deployment_name)$"
)
_NOT_MODEL_KEY = re.compile(
    r"^(?:response|data|pydantic|db|orm|django|view|sql|user|output|input|schema|request|"
    r"serializer|form|threat|mental|business|domain|object|document|base_data|search|"
    r"database|storage|search_engine|template|sqlalchemy|app|api|pricing|cost|price)_"
)
_POSITIONAL_FUNCS = frozenset(
    {
        "from_pretrained",
        "SentenceTransformer",
        "CrossEncoder",
        "init_chat_model",
        "init_embeddings",
        "hf_hub_download",
        "snapshot_download",
        "InferenceClient",
        "AutoTokenizer",
        "HuggingFaceEmbeddings",
        "TextEmbedding",
        "LLM",
        "ChatOllama",
        "OllamaLLM",
        "OllamaEmbeddings",
        "openai",
        "anthropic",
        "google",
        "mistral",
        "groq",
        "bedrock",
        "vertex",
        "azure",
        "ollama",
        "xai",
        "deepseek",
        "cohere",
        "OpenAIModel",
        "AnthropicModel",
        "GeminiModel",
        "GroqModel",
        "MistralModel",
        "LiteLLMModel",
        "HfApiModel",
        "InferenceClientModel",
        "TransformersModel",
        "Agent",
        "languageModel",
        "textEmbeddingModel",
        "embedding",
        "chat",
    }
)
_ARG_FUNCS = frozenset({"add_argument", "option", "Option", "Argument", "argument", "Field"})
_ENV_FUNCS = frozenset({"getenv", "get", "environ_get", "config", "env"})
_COMMON_DIRS = frozenset(
    "models model data src app lib static assets config configs checkpoints checkpoint outputs "
    "output tmp cache weights ckpt saved_models artifacts resources public dist build docs "
    "images img api v1 v2 http https www pretrained experiments runs logs results local home "
    "usr mnt content drive gs s3 text image application audio video".split()
)
_FILE_EXT = re.compile(
    r"(?i)\.(?:json|jsonl|py|ya?ml|txt|csv|tsv|pt|pth|bin|pkl|onnx|gguf|h5|ckpt|safetensors|"
    r"md|html|js|ts|png|jpe?g|zip|tar|gz|sh|parquet|toml|env|log|xml|pdf)$"
)
_WS = re.compile(r"\s")
_IMPORT_BEFORE = re.compile(r"(?:\bfrom|\bimport|\brequire\s*\(|\bimport\s*\()\s*$")
# Python code without a model-bearing context is only scanned for well-known families
# (cheap pre-check: keyword positions found with str.find, then an anchored tail match).
_GATE_WORDS = (
    "from_pretrained", "sentencetransformer", "crossencoder", "init_chat_model",
    "init_embeddings", "hf_hub_download", "snapshot_download", "inferenceclient",
    "embeddings(", "textembedding", "ollama", "llm(", "agent(", "dataset", "data_files",
)  # fmt: skip
_GATE_KEYS = (
    "model", "repo_id", "lora", "tokenizer", "checkpoint", "llm", "deployment_name", "engine"
)  # fmt: skip
_GATE_TAIL = re.compile(
    r"""\w*(?:["']?\s*(?::[^=\n]{0,60})?[=:]\s*[(\[]?\s*(?:f?["']|os\.|getenv|environ|config)"""
    r"""|["']\s*[,)])"""
)


def _py_gate(text: str) -> bool:
    low = lowered(text)
    if any(w in low for w in _GATE_WORDS):
        return True
    for kw in _GATE_KEYS:
        pos, seen = low.find(kw), 0
        while pos != -1 and seen < 5000:
            if _GATE_TAIL.match(low, pos + len(kw)):
                return True
            pos, seen = low.find(kw, pos + 1), seen + 1
    return False


_CLI_HINT = re.compile(r"(?i)model|lora|checkpoint|tokenizer|repo_id")
_NOT_ID = re.compile(r"(?i)licen[cs]e|-tou-|terms|eula|polic|\.proto$")
# provider prefixes whose remainder may be any hub id (org/name) in a model context
_HUB_PREFIXES = frozenset(
    {"huggingface", "hf", "together_ai", "together", "togethercomputer", "openrouter",
     "fireworks_ai", "deepinfra", "replicate", "ollama", "ollama_chat", "groq", "vllm",
     "hosted_vllm", "lm_studio", "nvidia_nim", "sagemaker", "cerebras", "github"}
)  # fmt: skip
_HF_ID = re.compile(r"([A-Za-z0-9][\w\-.]{0,95})/([\w\-.]{1,120})")
_ARN = re.compile(r"arn:aws[\w-]*:bedrock:[\w-]*:\d*:(?:foundation-model|inference-profile)/(\S+)")
_PROVIDER_PREFIX = re.compile(
    r"(openai|anthropic|azure|azure_ai|bedrock|bedrock_converse|vertex_ai|vertex|gemini|google|"
    r"google-gla|google-vertex|groq|ollama|ollama_chat|together_ai|together|togethercomputer|"
    r"openrouter|mistral|mistralai|deepseek|fireworks_ai|huggingface|hf|cohere|xai|perplexity|"
    r"replicate|cerebras|deepinfra|nvidia_nim|sagemaker|watsonx|anyscale|lm_studio|vllm|"
    r"hosted_vllm|github|text-completion-openai)[/:](.+)"
)
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


def is_model_key(key: str) -> bool:
    k = norm_key(key)
    return bool(_MODEL_KEY.match(k)) and not _NOT_MODEL_KEY.match(k)


def _family(cat: ProviderCatalog, value: str, anywhere_only: bool) -> str | None:
    if not (cat.model_anywhere if anywhere_only else cat.model_any).fullmatch(value):
        return None
    for fam in cat.model_families:
        if (fam.anywhere or not anywhere_only) and fam.pattern.fullmatch(value):
            return fam.provider
    return None


def classify_model(
    value: str, strong: bool, cat: ProviderCatalog | None = None
) -> tuple[str, str | None, float] | None:
    """(name as written, provider, confidence) if ``value`` is a model id, else None."""
    cat = cat or default_catalog()
    v = value.strip()
    if not 2 <= len(v) <= 160 or _WS.search(v) or is_placeholder(v):
        return None
    if v.startswith("arn:"):
        m = _ARN.fullmatch(v)
        if m and _family(cat, m.group(1), True):
            return m.group(1), "aws-bedrock", 0.95
        return None
    if "://" in v or v[0] in "./~-\\$@#" or "\\" in v or _FILE_EXT.search(v) or _NOT_ID.search(v):
        return None
    prov = _family(cat, v, True)
    if prov:
        return v, prov, 0.95
    pm = _PROVIDER_PREFIX.fullmatch(v)
    if pm:
        inner = classify_model(pm.group(2), strong and pm.group(1) in _HUB_PREFIXES, cat)
        if inner:
            return v, pm.group(1).split("_")[0], min(inner[2], 0.9)
    hm = _HF_ID.fullmatch(v)
    if hm:
        org, name = hm.group(1).lower(), hm.group(2)
        if _FILE_EXT.search(name) or not any(c.isalpha() for c in name):
            return None
        guard = cat.hf_org_name_guard.get(org)
        if org in cat.hf_orgs and (guard is None or guard.search(name)):
            return v, "huggingface", 0.9
        if strong and org not in _COMMON_DIRS and v.count("/") == 1:
            return v, "huggingface", 0.8
        return None
    if not strong:
        return None
    if v.lower() in cat.hf_classic_ids:
        return v, "huggingface", 0.85
    prov = _family(cat, v, False)
    if prov:
        return v, prov, 0.8
    return None


def _strs(node: ast.AST | None) -> Iterator[ast.Constant]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node
    elif isinstance(node, ast.List | ast.Tuple | ast.Set):
        for elt in node.elts:
            yield from _strs(elt)
    elif isinstance(node, ast.IfExp):
        yield from _strs(node.body)
        yield from _strs(node.orelse)
    elif isinstance(node, ast.BoolOp):
        for v in node.values:
            yield from _strs(v)
    elif isinstance(node, ast.Call) and call_name(node) in _ENV_FUNCS and len(node.args) >= 2:
        yield from _strs(node.args[1])


def _target_names(targets: list[ast.expr]) -> Iterator[str]:
    for t in targets:
        if isinstance(t, ast.Name):
            yield t.id
        elif isinstance(t, ast.Attribute):
            yield t.attr
        elif isinstance(t, ast.Subscript) and (s := py_str(t.slice)) is not None:
            yield s


def python_model_context(nodes: tuple[ast.AST, ...]) -> Iterator[ast.Constant]:
    """String constants in a model-bearing position (see module docstring)."""
    for node in nodes:
        if isinstance(node, ast.Call):
            name = call_name(node)
            for kw in node.keywords:
                if kw.arg and is_model_key(kw.arg):
                    yield from _strs(kw.value)
            if name in _POSITIONAL_FUNCS:
                for arg in node.args:
                    yield from _strs(arg)
            elif name in _ARG_FUNCS:
                flags = [s for a in node.args if (s := py_str(a))]
                if any(is_model_key(f) for f in flags):
                    for kw in node.keywords:
                        if kw.arg == "default":
                            yield from _strs(kw.value)
                    if name == "Field" and node.args:
                        yield from _strs(node.args[0])
            elif name in _ENV_FUNCS and node.args and is_model_key(py_str(node.args[0]) or ""):
                yield from _strs(node.args[1] if len(node.args) > 1 else None)
        elif isinstance(node, ast.Dict):
            for k, v in zip(node.keys, node.values, strict=False):
                if (ks := py_str(k)) and is_model_key(ks):
                    yield from _strs(v)
        elif isinstance(node, ast.Assign):
            if any(is_model_key(n) for n in _target_names(node.targets)):
                yield from _strs(node.value)
        elif isinstance(node, ast.AnnAssign):
            if node.value is not None and any(
                is_model_key(n) for n in _target_names([node.target])
            ):
                yield from _strs(node.value)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            args = node.args
            pos = args.posonlyargs + args.args
            for a, d in zip(pos[len(pos) - len(args.defaults) :], args.defaults, strict=False):
                if is_model_key(a.arg):
                    yield from _strs(d)
            for a, kd in zip(args.kwonlyargs, args.kw_defaults, strict=False):
                if kd is not None and is_model_key(a.arg):
                    yield from _strs(kd)


def _literal_context(head: str) -> bool:
    """Is a literal preceded by ``head`` in a model-bearing position (key or call)?"""
    last = head[-1]
    body = head[:-1].rstrip()
    if last == "[":  # models: ["a", ...
        if not body.endswith((":", "=")):
            return False
        last, body = body[-1], body[:-1].rstrip()
    if last in ":=":
        ident = _TAIL_IDENT.search(body.rstrip("\"'"))
        return bool(ident and is_model_key(ident.group(0)))
    if last == ",":  # pipeline("task", "model")
        call = _TAIL_CALL_ONE.search(body)
        return bool(call and call.group(1) in _POSITIONAL_FUNCS | {"pipeline"})
    ident = _TAIL_IDENT.search(body)  # last == "("
    return bool(ident and ident.group(0) in _POSITIONAL_FUNCS)


_TAIL_IDENT = re.compile(r"[A-Za-z_$][\w$\-]*$")
_TAIL_CALL_ONE = re.compile(r"""([A-Za-z_$][\w$]*)\s*\(\s*["'][^"'\n]*["']$""")
_JS_CTX = re.compile(
    r"""(?:["']?([A-Za-z_$][\w$\-]*)["']?\s*[:=]\s*(?:\[\s*)?|([A-Za-z_$][\w$]*)\s*\(\s*(?:["'][^"'\n]*["']\s*,\s*)?(?:\{\s*)?)$"""
)
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
        prefixes = _PROVIDER_PREFIX.pattern.split("[/:]")[0]
        any_family = self.catalog.model_any.pattern
        self._candidate = re.compile(
            r"""(["'`])((?:"""
            + any_family
            + r""")|[A-Za-z0-9][\w.\-]*/[^"'`\s\\]{1,150}|"""
            + prefixes
            + r"""[/:][^"'`\s]{1,150}|arn:aws[^"'`\s]{1,200}|(?i:"""
            + classic
            + r"""))\1"""
        )
        self._candidate_value = re.compile(
            r"\s*(?:(?:"
            + self.catalog.model_anywhere.pattern
            + r")|[A-Za-z0-9][\w.\-]*/\S{1,150}|"
            + prefixes
            + r"[/:]\S{1,150}|arn:aws\S{1,200})\s*"
        )

    def applies_to(self, relpath: str) -> bool:
        base = posixpath.basename(relpath).lower()
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
        base = posixpath.basename(file.relpath).lower()
        if ext in CODE_EXTS:
            for seg in segments(file):
                hits = self._python(seg) if seg.lang == "python" else self._literals(seg)
                yield from self._emit(seg, hits, seen)
        elif ext in _DOC_EXTS:
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
        if not _py_gate(seg.text):
            yield from self._literals(seg)  # no model context possible: literals only
            return
        nodes = py_nodes(seg.text)
        if not nodes:
            yield from self._literals(seg)
            return
        strong_ids: set[int] = dataset_context_constants(nodes)
        for const in python_model_context(nodes):
            strong_ids.add(id(const))
            yield str(const.value), const.lineno, True
        for node in nodes:
            if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
                continue
            value = node.value
            if id(node) not in strong_ids and len(value) <= 160:
                yield value, node.lineno, False
            if ("--" in value or "=" in value) and len(value) <= 20_000 and _CLI_HINT.search(value):
                # CLI examples inside strings: "--base_model='org/name'", "MODEL=org/name"
                for rx in (_FLAG, _ENVSET):
                    for m in rx.finditer(value):
                        if is_model_key(m.group(1)):
                            line = node.lineno + value.count("\n", 0, m.start())
                            yield m.group(2), line, True

    def _literals(self, seg: Segment) -> Iterator[tuple[str, int, bool]]:
        """Quoted literals that could be model ids (one C-level regex pass finds them)."""
        text = seg.text
        for m in self._candidate.finditer(text):
            value, start = m.group(2), m.start()
            head = text[max(0, start - 80) : start].rsplit("\n", 1)[-1].rstrip()
            if head.endswith(("from", "import", "require(", "import(")):
                continue
            if classify_model(value, False, self.catalog) is not None:
                yield value, seg.line_at(start), False
            elif head.endswith(("=", ":", "(", ",", "[")) and _literal_context(head):
                yield value, seg.line_at(start), True

    def _config(self, seg: Segment, ext: str) -> Iterator[tuple[str, int, bool]]:
        hash_comments = ext not in {".json", ".jsonc"}
        block: int | None = None  # indent of an open `datasets:` block: hub ids there are data
        for i, raw in enumerate(seg.text.splitlines(), start=1):
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
