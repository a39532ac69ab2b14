"""AI services seen in infrastructure: model-server images, cloud resources, API hosts.

- container images (docker-compose, Kubernetes, Helm values, Dockerfile ``FROM``, shell
  ``docker run``) of model servers (``ollama/ollama``, ``vllm/vllm-openai``, TGI, Triton,
  LocalAI…) → ``service``; of vector databases (qdrant, chroma, weaviate…) → ``vector_store``;
- Terraform resources (``aws_bedrock*``, ``azurerm_cognitive_account`` of kind OpenAI,
  ``azurerm_cognitive_deployment``, ``google_vertex_ai_*``, ``aws_sagemaker_*``),
  CloudFormation/Bicep types, IAM actions (``bedrock:InvokeModel``) → ``service``;
- provider API hosts in code and config (``api.openai.com``, ``*.openai.azure.com``,
  ``bedrock-runtime.<region>.amazonaws.com``, ``localhost:11434``…) → ``service``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import ClassVar

from assura.findings import Location
from assura.inventory.catalog_providers import ProviderCatalog, default_catalog
from assura.inventory.detectors.asset_common import (
    CODE_EXTS,
    CONFIG_EXTS,
    base_of,
    ext_of,
    is_env_file,
    lowered,
)
from assura.inventory.interface import Component, ComponentKind, SourceFile
from assura.presence import any_case_words, present, present_any_case, words
from assura.regex_needs import needed_literals

__all__ = ["InfraServiceDetector"]

_INFRA_NAMES = ("dockerfile", "containerfile", "docker-compose", "compose", "makefile")
_SHELL_EXTS = frozenset({".sh", ".bash", ".zsh", ".ps1", ".bat", ".cmd"})
_TF_EXTS = frozenset({".tf", ".tfvars", ".hcl", ".bicep"})
_TF_RESOURCE = re.compile(r"""(?m)^[ \t]*(resource|data)\s+"([\w\-]+)"\s+"([\w\-]+)\"""")
_COG_KIND = re.compile(r"""(?m)^\s*kind\s*[=:]\s*["']([\w.]+)["']""")
_AZURE_KINDS = {"openai": "azure-openai", "aiservices": "azure-ai-services"}
_IAM = re.compile(r"""["'](bedrock|sagemaker):[A-Za-z*]+["']""")
_BICEP_COG = re.compile(r"Microsoft\.CognitiveServices/accounts")
_SKIP_BASES = frozenset(
    {"package-lock.json", "yarn.lock", "pnpm-lock.yaml", "poetry.lock", "uv.lock", "pipfile.lock"}
)
_MAX = 3_000_000
_PLACEHOLDER_HOST = re.compile(r"(?i)(?:my|your|example|sample|xx+|<|\{|resource[-_]?name|test)")
# Every way an image is named: compose/k8s `image:`, Helm `repository:`, `FROM`, `docker run`.
_IMAGE_HINT = re.compile(r"image|repository|from\s|docker|podman|container")
_Comp = Callable[..., Iterator[Component]]
_IAM_NEEDS = needed_literals(_IAM)
_BICEP_NEEDS = needed_literals(_BICEP_COG)


class InfraServiceDetector:
    """Model-server and vector-DB images, cloud AI resources, provider API hosts."""

    id: ClassVar[str] = "asset.infra"

    def __init__(self, catalog: ProviderCatalog | None = None) -> None:
        self.catalog = catalog or default_catalog()
        self._images = [
            (
                re.compile(rf"(?<![\w./\-])(?:{r.pattern.pattern})(?![\w/\-]|\.[a-z])"),
                r.kind,
                r.name,
            )
            for r in self.catalog.images
        ]
        self._hosts = re.compile(rf"(?<![\w.\-])(?:{self.catalog.host_any.pattern})(?![\w\-])")
        self._anchors = sorted(
            {_anchor(h.pattern) for p in self.catalog.providers for h in p.hosts}
        )
        self._words = any_case_words(self._anchors)
        self._empty_anchor = "" in self._anchors  # a host regex without a literal run
        # what each line regex cannot match without (None: unknown, always tried)
        self._image_needs = [needed_literals(rx) for rx, _, _ in self._images]
        self._cloud_needs = [needed_literals(rx) for rx, _ in self.catalog.cloud_resource_types]
        self._text_words = words(
            *(n for n in self._image_needs if n),
            *(n for n in self._cloud_needs if n),
            *(n for n in (_IAM_NEEDS, _BICEP_NEEDS) if n),
        )
        self._any_image = re.compile(
            "|".join(f"(?:{r.pattern.pattern})" for r in self.catalog.images) or "(?!)"
        )

    def applies_to(self, relpath: str) -> bool:
        base = base_of(relpath)
        if base in _SKIP_BASES or base.endswith(".lock"):
            return False
        ext = ext_of(relpath)
        return (
            ext in CODE_EXTS
            or ext in CONFIG_EXTS
            or ext in _SHELL_EXTS
            or ext in _TF_EXTS
            or is_env_file(relpath)
            or base.startswith(_INFRA_NAMES)
        )

    def detect(self, file: SourceFile) -> Iterator[Component]:
        text = file.text
        if text is None or len(text) > _MAX:
            return
        ext = ext_of(file.relpath)
        base = base_of(file.relpath)
        seen: set[tuple[str, str, int]] = set()

        def comp(
            kind: ComponentKind, name: str, line: int, conf: float, **props: str
        ) -> Iterator[Component]:
            key = (kind.value, name, line)
            if key in seen:
                return
            seen.add(key)
            yield Component(
                kind=kind,
                name=name,
                evidence=(Location(path=file.relpath, line=line),),
                provider=name if kind is ComponentKind.SERVICE else None,
                confidence=conf,
                properties=dict(props),
                detector=self.id,
            )

        infra = (
            ext in {".yaml", ".yml", ".json"} | _SHELL_EXTS | _TF_EXTS
            or base.startswith(_INFRA_NAMES)
            or is_env_file(file.relpath)
        )
        in_text = present(text, self._text_words)
        # a regex whose every match holds a string absent from the text is skipped
        images = (
            [
                image
                for image, need in zip(self._images, self._image_needs, strict=True)
                if _may_match(need, in_text)
            ]
            if infra
            else []
        )
        if images and _IMAGE_HINT.search(lowered(text)) and self._any_image.search(text):
            for i, line in enumerate(file.lines, start=1):
                if line.lstrip().startswith(("#", "//")):
                    continue
                for rx, kind, name in images:
                    if m := rx.search(line):
                        yield from comp(ComponentKind(kind), name, i, 0.95, image=m.group(0))
        if ext in _TF_EXTS or ext in {".yaml", ".yml", ".json"}:
            yield from self._cloud(text, file.lines, comp, in_text)
        candidates: set[int] = set()
        found = present_any_case(text, self._words)  # one scan for every anchor
        # lower-cased only where an anchor is to be found in it (an empty one always is)
        lower = lowered(text) if found or self._empty_anchor else ""
        for anchor in self._anchors:  # in order: the 500-line cap keeps the same lines
            if anchor and anchor not in found:  # find() would come back empty-handed
                continue
            pos = lower.find(anchor)
            while pos != -1 and len(candidates) < 500:
                candidates.add(lower.count("\n", 0, pos))
                pos = lower.find(anchor, pos + 1)
        lines = file.lines if candidates else []  # == text.splitlines(), shared, cached
        for idx in sorted(candidates):
            for m in self._hosts.finditer(lines[idx] if idx < len(lines) else ""):
                host = m.group(0)
                provider = next(
                    (
                        p
                        for p in self.catalog.providers
                        if p.implies_service and any(h.fullmatch(host) for h in p.hosts)
                    ),
                    None,
                )
                if provider is not None and not _PLACEHOLDER_HOST.match(host):
                    yield from comp(
                        ComponentKind.SERVICE, provider.service, idx + 1, 0.9, host=host
                    )

    def _cloud(
        self, text: str, lines: list[str], comp: _Comp, in_text: frozenset[str]
    ) -> Iterator[Component]:
        svc = ComponentKind.SERVICE
        for m in _TF_RESOURCE.finditer(text):
            rtype = m.group(2)
            line = text.count("\n", 0, m.start()) + 1
            if rtype == "azurerm_cognitive_account":
                block = text[m.end() : m.end() + 1500].split("\nresource ", 1)[0]
                k = _COG_KIND.search(block)
                kind = k.group(1).lower() if k else ""
                if kind in _AZURE_KINDS:
                    yield from comp(svc, _AZURE_KINDS[kind], line, 0.95, resource=rtype)
                continue
            for prefix, service in self.catalog.terraform:
                if rtype.startswith(prefix):
                    yield from comp(svc, service, line, 0.95, resource=rtype)
                    break
        # the line regexes that can match somewhere in the text (a line is a part of it)
        types = [
            rule
            for rule, need in zip(self.catalog.cloud_resource_types, self._cloud_needs, strict=True)
            if _may_match(need, in_text)
        ]
        iam = _may_match(_IAM_NEEDS, in_text)
        bicep = _may_match(_BICEP_NEEDS, in_text)
        if not (types or iam or bicep):
            return
        for i, line_text in enumerate(lines, start=1):
            for rx, service in types:
                if rx.search(line_text):
                    yield from comp(svc, service, i, 0.9)
            if iam and (im := _IAM.search(line_text)):
                name = "aws-bedrock" if im.group(1) == "bedrock" else "aws-sagemaker"
                yield from comp(svc, name, i, 0.8, iam_action=im.group(0).strip("\"'"))
            if bicep and _BICEP_COG.search(line_text):
                block = "\n".join(lines[i - 1 : i + 25])
                k = _COG_KIND.search(block)
                kind = k.group(1).lower() if k else ""
                if kind in _AZURE_KINDS:
                    yield from comp(svc, _AZURE_KINDS[kind], i, 0.9)


def _may_match(need: frozenset[str] | None, in_text: frozenset[str]) -> bool:
    """False only when every match needs one of ``need`` and none is in the text."""
    return need is None or not need.isdisjoint(in_text)


def _anchor(pattern: str) -> str:
    """The longest literal run of a host regex, lower-cased: a cheap substring pre-check."""
    depth = 0
    for i, ch in enumerate(pattern):  # a top-level alternation has no common literal
        if ch == "(" and (i == 0 or pattern[i - 1] != "\\"):
            depth += 1
        elif ch == ")" and (i == 0 or pattern[i - 1] != "\\"):
            depth -= 1
        elif ch == "|" and depth == 0 and (i == 0 or pattern[i - 1] != "\\"):
            return ""
    no_groups = re.sub(r"\(\?:(?:[^()\\]|\\.)*\)[?*+]?", "|", pattern)
    literal = re.sub(r"\\(.)", r"\1", no_groups)
    runs = re.split(r"\[[^\]]*\][?*+]?|[()?*+{}|^$\\]", literal)
    return max(runs, key=len).lower()
