"""Model-id rules shared by the model detector: what a model id looks like, and where.

:func:`classify_model` decides whether a string is a model id (well-known families
anywhere; hub ids, classic ids and bare names only with ``strong`` context);
:func:`python_model_context` finds the string constants of Python code that sit in a
model-bearing position; :func:`py_gate` is the cheap pre-check for such positions.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from assura.inventory.catalog_providers import ProviderCatalog, default_catalog
from assura.inventory.detectors.asset_common import (
    call_name,
    is_placeholder,
    lowered,
    norm_key,
    py_str,
)
from assura.presence import any_case_words, present, present_any_case, words
from assura.regex_needs import needed_literals

__all__ = [
    "CLI_HINT",
    "IMPORT_BEFORE",
    "MODEL_KEY_WORDS",
    "PROVIDER_PREFIX",
    "LiteralGate",
    "classify_model",
    "is_model_key",
    "literal_context",
    "literal_gate",
    "py_dataset_gate",
    "py_gate",
    "python_model_context",
]

_MODEL_KEY = re.compile(
    r"^(?:[a-z0-9]+_)*(?:model|models|model_name|model_names|model_id|model_ids|"
    r"model_name_or_path|model_repo|model_version|repo_id|lora_weights|lora_model|adapter_model|"
    r"peft_model_id|peft_model|tokenizer_name|tokenizer_name_or_path|tokenizer_id|"
    r"model_checkpoint|llm|llm_name|deployment_name)$"
    # Azure OpenAI's legacy `engine=`: only as the whole key (`regex_engine`, `fire_engine`
    # and `db_engine` name other engines)
    r"|^engine$"
)
_NOT_MODEL_KEY = re.compile(
    r"^(?:response|data|pydantic|db|orm|django|view|sql|user|output|input|schema|request|"
    r"serializer|form|threat|mental|business|domain|object|document|base_data|search|"
    r"database|storage|search_engine|template|sqlalchemy|app|api|pricing|cost|price)_"
)
_POSITIONAL_FUNCS_NAMES = (
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
)
# calls whose positional arguments are model ids
_POSITIONAL_FUNCS = frozenset(_POSITIONAL_FUNCS_NAMES)
_ARG_FUNCS = frozenset({"add_argument", "option", "Option", "Argument", "argument", "Field"})
_ENV_FUNCS = frozenset({"getenv", "get", "environ_get", "config", "env"})
_COMMON_DIRS = frozenset(
    "models model data src app lib static assets config configs checkpoints checkpoint outputs "
    "output tmp cache weights ckpt saved_models artifacts resources public dist build docs "
    "images img api v1 v2 http https www pretrained experiments runs logs results local home "
    "usr mnt content drive gs s3 text image application audio video".split()
)
# an unknown org/name with one of these parts is a test fixture ("test/model",
# "ancestor/test"), not a model a system uses
_FIXTURE_PARTS = frozenset(
    "test tests testing dummy fake mock mocked example sample foo bar baz model models".split()
)
_FILE_EXT = re.compile(
    r"(?i)\.(?:json|jsonl|py|ya?ml|txt|csv|tsv|pt|pth|bin|pkl|onnx|gguf|h5|ckpt|safetensors|"
    r"md|html|js|ts|png|jpe?g|zip|tar|gz|sh|parquet|toml|env|log|xml|pdf)$"
)
_WS = re.compile(r"\s")
IMPORT_BEFORE = re.compile(r"(?:\bfrom|\bimport|\brequire\s*\(|\bimport\s*\()\s*$")
# Python code without a model-bearing context is only scanned for well-known families
# (cheap pre-check: call names and keyword positions found with str.find, then checked).
# code that names datasets: the syntax tree tells their strings (not models) apart
_DATASET_WORDS = any_case_words("dataset", "data_files")
_SEP = r"[_\-.]?"
# Each gate key with the rest of every model key (see ``_MODEL_KEY``) that can follow it
# as written (lower-cased; ``norm_key`` writes ``_`` for ``-``, ``.`` and camel humps), then
# the end of the key: ``model_config`` or ``modeling`` can never be a model key.
_GATE_KEY_REST = {
    "model": r"(?:s|" + _SEP + r"(?:names?|ids?|name" + _SEP + "or" + _SEP + r"path|repo|version"
    r"|checkpoint))?",
    "repo_id": "",
    "lora": _SEP + "(?:weights|model)",
    "tokenizer": _SEP + r"(?:name(?:" + _SEP + "or" + _SEP + r"path)?|id)",
    "llm": r"(?:" + _SEP + r"name)?",
    "deployment_name": "",
    "engine": "",
}
_GATE_KEYS = tuple(_GATE_KEY_REST)
# keys that count only as the whole key (see ``_MODEL_KEY``): ``engine=``, not ``db_engine=``
_WHOLE_KEYS = frozenset({"engine"})
_GATE_VALUE = r"""\s*[(\[]?\s*(?:f?["']|os\.|getenv|environ|config)"""
# the model-bearing positions, as Python writes them: ``model=``/``model: str =`` (keyword,
# assignment, default), ``"model": …`` (a dict key: a bare ``model: "x"`` is an annotation)
_GATE_ASSIGN = r"""(?:\s*:[^=\n]{0,60})?\s*=(?!=)""" + _GATE_VALUE + r"""|["']\s*:""" + _GATE_VALUE
_GATE_TAILS = {
    kw: re.compile(rest + r"(?!\w)(?:" + _GATE_ASSIGN + r"""|(?P<arg>["']\s*[,)]))""")
    for kw, rest in _GATE_KEY_REST.items()
}
# a key that is a string followed by "," or ")" counts only as a call's first argument
# (``getenv("OPENAI_MODEL", …)``) or as a flag (``add_argument("-m", "--model", …)``),
# not as an item of a list or tuple
_GATE_ARG_HEAD = re.compile(r"""(?:\(\s*["']|,\s*["']-)[\w\-.]*\Z""")


# a call of a model-taking function (``_POSITIONAL_FUNCS``, ``pipeline``) by its name
_GATE_CALLS = tuple(sorted({f.lower() + "(" for f in (*_POSITIONAL_FUNCS_NAMES, "pipeline")}))
_GATE_ALL = any_case_words(_GATE_CALLS, _GATE_KEYS)


def py_dataset_gate(text: str) -> bool:
    """Whether ``text`` may pass strings to dataset loaders (any case)."""
    return bool(present_any_case(text, _DATASET_WORDS))


def py_gate(text: str) -> bool:
    """Whether ``text`` may hold a string in a model-bearing position (cheap, see above)."""
    found = present_any_case(text, _GATE_ALL)  # one scan instead of a find per word
    if not found:
        return False
    low = lowered(text)
    for call in _GATE_CALLS:
        if call in found and _called(low, call):
            return True
    same_len = len(low) == len(text)  # lower() kept every offset: the case can be read
    for kw in _GATE_KEYS:
        if kw not in found:
            continue
        tail = _GATE_TAILS[kw]
        pos, seen = low.find(kw), 0
        while pos != -1 and seen < 5000:
            if (not same_len or _key_starts(text, pos, kw in _WHOLE_KEYS)) and (
                m := tail.match(low, pos + len(kw))
            ):
                if m.group("arg") is None or _GATE_ARG_HEAD.search(low, max(0, pos - 80), pos):
                    return True
            pos, seen = low.find(kw, pos + 1), seen + 1
    return False


def _called(low: str, call: str) -> bool:
    """Whether ``call`` (``name(``) stands in ``low`` as a whole name: ``user_agent(`` is
    no call of ``Agent``, while ``client.chat(`` calls ``chat``."""
    pos, seen = low.find(call), 0
    while pos != -1 and seen < 5000:
        if pos == 0 or not (low[pos - 1].isalnum() or low[pos - 1] == "_"):
            return True
        pos, seen = low.find(call, pos + 1), seen + 1
    return False


def _key_starts(text: str, pos: int, whole: bool = False) -> bool:
    """Whether a key word at ``pos`` can begin a part of a model key (see ``norm_key``):
    after a non-alphanumeric character (``_``, ``-``, ``.``, a quote), or at a camel-case
    hump (``baseModel``). ``graphicalmodels`` or ``HTTPMODEL`` can never be a model key.
    A ``whole`` key word must begin the key itself (``--engine``, ``self.engine``)."""
    if whole:
        while pos > 0 and text[pos - 1] == "-":
            pos -= 1
        return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] == "_")
    if pos == 0:
        return True
    prev = text[pos - 1]
    if not prev.isalnum():
        return True
    return prev in _LOWER_DIGITS and "A" <= text[pos] <= "Z"


_LOWER_DIGITS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


CLI_HINT = re.compile(r"(?i)model|lora|checkpoint|tokenizer|repo_id")
_NOT_ID = re.compile(r"(?i)licen[cs]e|-tou-|terms|eula|polic|\.proto$")
# provider prefixes whose remainder may be any hub id (org/name) in a model context
_HUB_PREFIXES = frozenset(
    {"huggingface", "hf", "together_ai", "together", "togethercomputer", "openrouter",
     "fireworks_ai", "deepinfra", "replicate", "ollama", "ollama_chat", "groq", "vllm",
     "hosted_vllm", "lm_studio", "nvidia_nim", "sagemaker", "cerebras", "github"}
)  # fmt: skip
_HF_ID = re.compile(r"([A-Za-z0-9][\w\-.]{0,95})/([\w\-.]{1,120})")
_ARN = re.compile(r"arn:aws[\w-]*:bedrock:[\w-]*:\d*:(?:foundation-model|inference-profile)/(\S+)")
PROVIDER_PREFIX = re.compile(
    r"(openai|anthropic|azure|azure_ai|bedrock|bedrock_converse|vertex_ai|vertex|gemini|google|"
    r"google-gla|google-vertex|groq|ollama|ollama_chat|together_ai|together|togethercomputer|"
    r"openrouter|mistral|mistralai|deepseek|fireworks_ai|huggingface|hf|cohere|xai|perplexity|"
    r"replicate|cerebras|deepinfra|nvidia_nim|sagemaker|watsonx|anyscale|lm_studio|vllm|"
    r"hosted_vllm|github|text-completion-openai)[/:](.+)"
)


@functools.lru_cache(maxsize=4096)
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
    if v[-1] in "-_./:":  # a prefix to match ids by ("Qwen3-"), not an id
        return None
    prov = _family(cat, v, True)
    if prov:
        return v, prov, 0.95
    pm = PROVIDER_PREFIX.fullmatch(v)
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
        if (
            strong
            and org not in _COMMON_DIRS
            and v.count("/") == 1
            and not (org in _FIXTURE_PARTS or name.lower() in _FIXTURE_PARTS)
        ):
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


_CONTEXT_NODES = (
    ast.Call,
    ast.Dict,
    ast.Assign,
    ast.AnnAssign,
    ast.FunctionDef,
    ast.AsyncFunctionDef,
)


def python_model_context(nodes: tuple[ast.AST, ...]) -> Iterator[ast.Constant]:
    """String constants in a model-bearing position (see module docstring)."""
    # one isinstance per node keeps only the kinds handled below, in the same order
    for node in [n for n in nodes if isinstance(n, _CONTEXT_NODES)]:
        if isinstance(node, ast.Call):
            name = call_name(node)
            for kw in node.keywords:
                if kw.arg and is_model_key(kw.arg):
                    yield from _strs(kw.value)
            if name in _POSITIONAL_FUNCS:
                for arg in node.args:
                    yield from _strs(arg)
            elif name == "pipeline" and len(node.args) > 1:  # pipeline(task, model)
                yield from _strs(node.args[1])
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


def literal_context(head: str) -> bool:
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


MODEL_KEY_WORDS = ("model", "llm", "engine") + tuple(
    a + sep + b
    for a, b in (("repo", "id"), ("lora", "weights"), ("tokenizer", "name"), ("tokenizer", "id"),
                 ("deployment", "name"))
    for sep in ("_", "-", ".", "")
)  # fmt: skip
"""Every key :func:`is_model_key` accepts holds one of these once lower-cased: ``norm_key``
only cuts ends, lower-cases, and writes ``_`` for ``-``/``.`` or between ``xY``, so the
words of a key stand in the written name unbroken, joined by one of ``_-.`` or nothing."""


@dataclass(frozen=True)
class LiteralGate:
    """What a text must hold before any of its quoted literals can be a model id.

    A literal is reported weakly only when :func:`classify_model` accepts it without
    context: then it holds a string a family reported anywhere or a Bedrock ARN cannot
    match without, or, any case, ``org/`` of a known Hugging Face org. It is reported
    strongly only after a model key or a model call (:func:`literal_context`): then the
    text holds a :data:`MODEL_KEY_WORDS` word (any case) or the call's name.
    """

    exact: frozenset[str]
    any_case: frozenset[str]
    weak_exact: frozenset[str]
    weak_any_case: frozenset[str]

    def admits(self, text: str) -> bool:
        return bool(present(text, self.exact)) or bool(present_any_case(text, self.any_case))

    def admits_weak(self, text: str) -> bool:
        """Whether a literal of ``text`` may be reported without context."""
        return bool(present(text, self.weak_exact)) or bool(
            present_any_case(text, self.weak_any_case)
        )


def literal_gate(cat: ProviderCatalog) -> LiteralGate | None:
    """The gate for ``cat``'s families and orgs, or None where a regex has no known need."""
    anywhere = needed_literals(cat.model_anywhere)
    arn = needed_literals(_ARN)
    if anywhere is None or arn is None:
        return None
    orgs = [org + "/" for org in cat.hf_orgs]
    return LiteralGate(
        exact=words(anywhere, arn, _POSITIONAL_FUNCS, "pipeline"),
        any_case=any_case_words(MODEL_KEY_WORDS, orgs),
        weak_exact=words(anywhere, arn),
        weak_any_case=any_case_words(orgs),
    )
