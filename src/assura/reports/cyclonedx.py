"""The AI-BOM: an inventory as CycloneDX 1.6 JSON (ML-BOM), built with cyclonedx-python-lib.

The library has no ``modelCard`` nor component ``data`` support yet, so the document is
serialised by the library and then extended with those two fields, and the result is
validated against the official 1.6 schema before it is returned: an invalid AI-BOM is a
bug, never an output.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from cyclonedx.model import (
    ExternalReference,
    ExternalReferenceType,
    HashAlgorithm,
    HashType,
    Property,
    XsUri,
)
from cyclonedx.model.bom import Bom
from cyclonedx.model.component import Component as CdxComponent
from cyclonedx.model.component import ComponentType
from cyclonedx.model.component_evidence import ComponentEvidence, Occurrence
from cyclonedx.model.contact import OrganizationalEntity
from cyclonedx.model.service import Service
from cyclonedx.output.json import JsonV1Dot6
from cyclonedx.schema import SchemaVersion
from cyclonedx.validation.json import JsonStrictValidator
from packageurl import PackageURL

from assura import __version__
from assura.inventory import Component, ComponentKind

__all__ = ["CycloneDXError", "to_cyclonedx", "validate_cyclonedx"]

_PREFIX = "assura:"


class CycloneDXError(RuntimeError):
    """The document did not validate against the CycloneDX schema (a bug in assura)."""


def to_cyclonedx(
    components: Iterable[tuple[str, Component]],
    *,
    target_name: str,
    systems: Iterable[str] = (),
) -> dict[str, Any]:
    """Build, extend and validate the AI-BOM for ``components`` (``(system, component)``)."""
    bom = Bom()
    root = CdxComponent(name=target_name, type=ComponentType.APPLICATION, bom_ref="target")
    bom.metadata.component = root
    bom.metadata.properties.add(Property(name=_PREFIX + "tool", value=f"assura {__version__}"))
    system_refs: dict[str, CdxComponent] = {}
    for name in sorted(set(systems)):
        sc = CdxComponent(name=name, type=ComponentType.APPLICATION, bom_ref=f"system:{name}")
        sc.properties.add(Property(name=_PREFIX + "kind", value="ai_system"))
        bom.components.add(sc)
        system_refs[name] = sc
    extras: dict[str, dict[str, Any]] = {}
    credentials: dict[str, list[str]] = {}
    seen_refs: set[str] = set()
    for system, c in components:
        ref = _unique(f"{c.kind.value}:{system}:{c.name}", seen_refs)
        if c.kind is ComponentKind.SECRET:
            credentials.setdefault(system, []).append(_credential_value(c))
            continue
        item = _item(c, ref, system)
        if isinstance(item, Service):
            bom.services.add(item)
        else:
            bom.components.add(item)
            extra = _extension(c)
            if extra:
                extras[ref] = extra
        parent = system_refs.get(system)
        if parent is not None:
            bom.register_dependency(parent, [item])
    if system_refs:
        bom.register_dependency(root, list(system_refs.values()))
    else:
        bom.register_dependency(root, [])
    for system, values in credentials.items():
        owner = system_refs.get(system, root)
        for v in sorted(set(values)):
            owner.properties.add(Property(name=_PREFIX + "credential", value=v))
    doc: dict[str, Any] = json.loads(JsonV1Dot6(bom).output_as_string())
    for comp in doc.get("components", []):
        comp.update(extras.get(comp.get("bom-ref", ""), {}))
    validate_cyclonedx(doc)
    return doc


def validate_cyclonedx(doc: dict[str, Any]) -> None:
    """Raise :class:`CycloneDXError` unless ``doc`` is valid CycloneDX 1.6 JSON."""
    err = JsonStrictValidator(SchemaVersion.V1_6).validate_str(json.dumps(doc))
    if err is not None:
        raise CycloneDXError(f"AI-BOM failed CycloneDX 1.6 schema validation: {err}")


def _unique(ref: str, seen: set[str]) -> str:
    base, n = ref, 1
    while ref in seen:
        n += 1
        ref = f"{base}#{n}"
    seen.add(ref)
    return ref


def _props(c: Component, system: str) -> list[Property]:
    props = [
        Property(name=_PREFIX + "kind", value=c.kind.value),
        Property(name=_PREFIX + "system", value=system),
        Property(name=_PREFIX + "confidence", value=f"{c.confidence:.2f}"),
    ]
    if c.provider:
        props.append(Property(name=_PREFIX + "provider", value=c.provider))
    for k, v in sorted(c.properties.items()):
        if k in {"sha256", "masked"} or v is None:
            continue
        value = ",".join(map(str, v)) if isinstance(v, list | tuple) else str(v)
        props.append(Property(name=f"{_PREFIX}{k}", value=value))
    return props


def _evidence(c: Component) -> ComponentEvidence:
    return ComponentEvidence(
        occurrences=[Occurrence(location=loc.path, line=loc.line) for loc in c.evidence]
    )


def _item(c: Component, ref: str, system: str) -> CdxComponent | Service:
    provider = OrganizationalEntity(name=c.provider) if c.provider else None
    if c.kind in (
        ComponentKind.SERVICE,
        ComponentKind.MCP_SERVER,
        ComponentKind.VECTOR_STORE,
    ) and not _is_package(c):
        url = c.properties.get("url")
        endpoints = [XsUri(str(url))] if isinstance(url, str) and "://" in url else None
        return Service(
            name=c.name,
            bom_ref=ref,
            provider=provider,
            version=c.version,
            endpoints=endpoints,
            properties=_props(c, system),
        )
    ctype = {
        ComponentKind.SDK: ComponentType.LIBRARY,
        ComponentKind.AGENT_FRAMEWORK: ComponentType.FRAMEWORK,
        ComponentKind.VECTOR_STORE: ComponentType.LIBRARY,
        ComponentKind.MODEL: ComponentType.MACHINE_LEARNING_MODEL,
        ComponentKind.MODEL_FILE: ComponentType.MACHINE_LEARNING_MODEL,
        ComponentKind.DATASET: ComponentType.DATA,
    }[c.kind]
    group, name = None, c.name
    if (
        c.kind in (ComponentKind.MODEL, ComponentKind.DATASET)
        and c.name.count("/") == 1
        and not c.name.startswith(("/", "."))
    ):
        group, name = c.name.split("/", 1)
    hashes = []
    sha = c.properties.get("sha256")
    if isinstance(sha, str) and len(sha) == 64:
        hashes.append(HashType(alg=HashAlgorithm.SHA_256, content=sha))
    refs = []
    if c.kind is ComponentKind.MODEL and group:
        refs.append(
            ExternalReference(
                type=ExternalReferenceType.DISTRIBUTION,
                url=XsUri(f"https://huggingface.co/{c.name}"),
            )
        )
    return CdxComponent(
        name=name,
        group=group,
        type=ctype,
        bom_ref=ref,
        version=c.version,
        supplier=provider,
        purl=_purl(c),
        hashes=hashes,
        external_references=refs if c.properties.get("hub") == "huggingface" else [],
        properties=_props(c, system),
        evidence=_evidence(c) if c.evidence else None,
    )


def _is_package(c: Component) -> bool:
    """A vector store seen as a client library in a manifest is a library, not a service."""
    return c.kind is ComponentKind.VECTOR_STORE and bool(c.properties.get("package"))


def _purl(c: Component) -> PackageURL | None:
    if c.kind not in (ComponentKind.SDK, ComponentKind.AGENT_FRAMEWORK, ComponentKind.VECTOR_STORE):
        return None
    eco = c.properties.get("ecosystem")
    pkg = str(c.properties.get("package") or c.name)
    if eco == "npm" or pkg.startswith("@"):
        ns, _, nm = pkg.rpartition("/")
        return PackageURL(type="npm", namespace=ns or None, name=nm, version=_pin(c.version))
    if eco == "pypi":
        return PackageURL(type="pypi", name=pkg.lower().replace("_", "-"), version=_pin(c.version))
    return None


def _pin(version: str | None) -> str | None:
    """Only an exact version belongs in a purl; ranges are kept in ``version`` alone."""
    if version and all(ch.isalnum() or ch in ".-+" for ch in version.lstrip("=v")):
        return version.lstrip("=v")
    return None


def _extension(c: Component) -> dict[str, Any]:
    """The ``modelCard`` / ``data`` fields the library cannot emit yet."""
    if c.kind in (ComponentKind.MODEL, ComponentKind.MODEL_FILE):
        card: dict[str, Any] = {}
        params: dict[str, Any] = {}
        for key in ("task", "architecture", "architecture_family"):
            v = c.properties.get(key)
            if isinstance(v, str):
                params["task" if key == "task" else "architectureFamily"] = v
        fmt = c.properties.get("format")
        if isinstance(fmt, str):
            params["modelArchitecture"] = fmt
        if params:
            card["modelParameters"] = params
        facts = [{"name": _PREFIX + "provider", "value": c.provider}] if c.provider else []
        facts.append({"name": _PREFIX + "evidence-count", "value": str(len(c.evidence))})
        card["properties"] = facts
        return {"modelCard": card}
    if c.kind is ComponentKind.DATASET:
        data: dict[str, Any] = {"type": "dataset", "name": c.name}
        if c.evidence:
            data["description"] = "referenced at " + ", ".join(str(e) for e in c.evidence[:5])
        owner = c.name.split("/", 1)[0] if c.name.count("/") == 1 else c.provider
        gov: dict[str, Any] = {}
        if owner:
            gov["owners"] = [{"organization": {"name": owner}}]
        custodian = c.properties.get("custodian")
        if isinstance(custodian, str):
            gov["custodians"] = [{"organization": {"name": custodian}}]
        if gov:
            data["governance"] = gov
        return {"data": [data]}
    return {}


def _credential_value(c: Component) -> str:
    provider = c.provider or "unknown"
    if c.properties.get("hardcoded"):
        return f"{provider}: hard-coded key {c.properties.get('masked', '****')}"
    return f"{provider}: {c.name}"
