"""MCP servers configured in client config files (every common format).

Claude Desktop / Claude Code / Cursor / Windsurf / Gemini CLI / Cline / generic
``mcpServers``, VS Code ``servers`` (``.vscode/mcp.json``, ``"mcp": {"servers"}`` in
settings), Zed ``context_servers``, Codex ``[mcp_servers.NAME]`` (TOML), Continue
``mcpServers`` lists, Goose ``extensions``. Name = the config key; properties: command,
args (credentials masked), url (no query or user info), transport, and only the NAMES of
env vars and headers. Never a value.
"""

from __future__ import annotations

import bisect
import json
import posixpath
import re
import tomllib
from collections.abc import Iterator
from typing import Any, ClassVar
from urllib.parse import urlsplit, urlunsplit

from assura.findings import Location
from assura.inventory.catalog_providers import ProviderCatalog, default_catalog
from assura.inventory.detectors.asset_common import base_of, ext_of, line_starts
from assura.inventory.detectors.asset_keys import plausible_secret
from assura.inventory.detectors.caseless import CaselessRegex
from assura.inventory.interface import Component, ComponentKind, SourceFile

__all__ = ["McpConfigDetector", "load_jsonc", "server_properties"]

_CONTAINER_KEYS = frozenset(
    {"mcpservers", "mcp_servers", "mcp-servers", "context_servers", "modelcontextprotocolservers"}
)
_SPEC_KEYS = frozenset(
    {"command", "cmd", "url", "serverurl", "httpurl", "transport", "type", "args", "source"}
)
_MARKER = CaselessRegex(r"mcpServers|mcp_servers|context_servers|\"servers\"|modelContextProtocol")
_SECRET_FLAG = re.compile(r"(?i)(key|token|secret|passw|auth|credential|bearer)")
_VALUE_FLAGS = frozenset(
    {"-e", "--env", "-v", "--volume", "--name", "-p", "--publish", "--network", "--env-file",
     "--mount", "-w", "--workdir", "--entrypoint", "-u", "--user", "--platform", "--directory",
     "--from", "--with", "--python", "-c", "--config"}
)  # fmt: skip
_RUNNERS = frozenset({"npx", "bunx", "pnpx", "uvx", "pipx", "docker", "podman", "deno", "uv"})
_MAX = 2_000_000


def load_jsonc(text: str) -> Any:
    """``json.loads`` that also accepts // and /* */ comments and trailing commas."""
    try:
        return json.loads(text)
    except ValueError:
        pass
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(text[i : j + 1])
            i = j + 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j == -1 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j == -1 else j + 2
        else:
            out.append(c)
            i += 1
    cleaned = re.sub(r",(\s*[}\]])", r"\1", "".join(out))
    return json.loads(cleaned)


def _mask_arg(arg: str, prev: str, cat: ProviderCatalog) -> str:
    """An argument safe to report: key formats, NAME=secret, --token VALUE, URL creds masked."""
    if cat.key_any.search(arg):
        return cat.key_any.sub("****", arg)
    if "=" in arg and _SECRET_FLAG.search(arg.split("=", 1)[0]):
        return arg.split("=", 1)[0] + "=****"
    if prev.startswith("-") and _SECRET_FLAG.search(prev) and not arg.startswith("-"):
        return "****"
    if "://" in arg:
        return clean_url(arg)
    if plausible_secret(arg, min_len=24) and sum(c.isdigit() for c in arg) >= 3 and "/" not in arg:
        return "****"
    return arg


def clean_url(url: str) -> str:
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        if parts.port:
            host = f"{host}:{parts.port}"
        return urlunsplit((parts.scheme, host, parts.path, "", ""))
    except ValueError:
        return url.split("?", 1)[0]


def _package(command: str, args: list[str]) -> str | None:
    cmd = posixpath.basename(command.replace("\\", "/")).lower()
    for suffix in (".exe", ".cmd"):
        cmd = cmd.removesuffix(suffix)
    skip_next = False
    positional: list[str] = []
    for a in args:
        if skip_next:
            skip_next = False
            continue
        if a.startswith("-"):
            skip_next = a in _VALUE_FLAGS
            continue
        positional.append(a)
    if cmd in {"docker", "podman"}:
        positional = [p for p in positional if p not in {"run", "exec"}]
        return positional[0] if positional else None
    if cmd in {"uv", "pipx", "deno"}:
        positional = [p for p in positional if p not in {"run", "tool", "x"}]
    if cmd in _RUNNERS or cmd in {"python", "python3", "node", "bun", "tsx", "ts-node"}:
        if not positional:
            return None
        pkg = positional[0]
        if cmd in {"npx", "bunx", "pnpx"} and pkg.rfind("@") > 0:
            pkg = pkg[: pkg.rfind("@")]
        return pkg
    return None


def _env_names(spec: dict[str, Any], args: list[str]) -> list[str]:
    names: list[str] = []
    for key in ("env", "envs", "environment", "env_vars"):
        env = spec.get(key)
        if isinstance(env, dict):
            names.extend(str(k) for k in env)
        elif isinstance(env, list):
            names.extend(str(e).split("=", 1)[0] for e in env if isinstance(e, str))
    for prev, a in zip(["", *args], args, strict=False):
        if prev in {"-e", "--env"}:
            names.append(a.split("=", 1)[0])
    if isinstance(spec.get("bearer_token_env_var"), str):
        names.append(str(spec["bearer_token_env_var"]))
    return sorted(set(names))


def server_properties(spec: dict[str, Any], cat: ProviderCatalog | None = None) -> dict[str, Any]:
    """Safe properties of one server spec (names of env vars, never values)."""
    cat = cat or default_catalog()
    command_raw = spec.get("command", spec.get("cmd"))
    args_raw = spec.get("args")
    if isinstance(command_raw, dict):  # Zed: {"path", "args", "env"}
        args_raw = command_raw.get("args", args_raw)
        spec = {**spec, "env": command_raw.get("env", spec.get("env"))}
        command_raw = command_raw.get("path") or command_raw.get("command")
    args = (
        [str(a) for a in args_raw if isinstance(a, str | int | float)]
        if isinstance(args_raw, list)
        else []
    )
    command = ""
    if isinstance(command_raw, list) and command_raw:
        command, args = str(command_raw[0]), [str(a) for a in command_raw[1:]] + args
    elif isinstance(command_raw, str):
        command = command_raw
        if not args and " " in command.strip():
            head, *rest = command.split()
            command, args = head, rest
    props: dict[str, Any] = {}
    if command:
        props["command"] = _mask_arg(command, "", cat)
        props["args"] = [_mask_arg(a, p, cat) for p, a in zip(["", *args], args, strict=False)]
    url = next(
        (spec[k] for k in ("url", "serverUrl", "httpUrl", "uri") if isinstance(spec.get(k), str)),
        None,
    )
    transport = spec.get("transport", spec.get("type"))
    if isinstance(transport, dict):  # Continue's {"transport": {"type", "command", "args"}}
        return server_properties(transport, cat)
    if url:
        props["url"] = clean_url(url)
    if isinstance(transport, str):
        props["transport"] = transport
    elif command:
        props["transport"] = "stdio"
    elif url:
        props["transport"] = "sse" if url.rstrip("/").endswith("/sse") else "http"
    env = _env_names(spec, args)
    if env:
        props["env"] = env
    headers = spec.get("headers")
    if isinstance(headers, dict):
        props["headers"] = sorted(str(k) for k in headers)
    aliases: list[str] = []
    if command and (pkg := _package(command, args)):
        props["package"] = _mask_arg(pkg, "", cat)
        aliases.append(props["package"])
        base = posixpath.basename(pkg.replace("\\", "/"))
        stem = base.rsplit(".", 1)[0] if base.endswith((".py", ".js", ".ts", ".mjs")) else ""
        if stem:
            aliases.append(stem)
    if url and (host := urlsplit(props["url"]).hostname):
        aliases.append(host)
    if aliases:
        props["aliases"] = aliases
    if spec.get("disabled") is True or spec.get("enabled") is False:
        props["disabled"] = True
    return props


def is_server_spec(value: Any) -> bool:
    if not isinstance(value, dict) or not value:
        return False
    keys = {str(k).lower() for k in value}
    return bool(keys & _SPEC_KEYS) and ("command" in keys or "cmd" in keys or "url" in keys
                                        or "serverurl" in keys or "httpurl" in keys
                                        or isinstance(value.get("transport"), dict))  # fmt: skip


def _iter_servers(
    data: Any, path: tuple[str, ...], depth: int = 0
) -> Iterator[tuple[str, dict[str, Any], str]]:
    """(name, spec, container key) for every server under a known container key."""
    if depth > 8:
        return
    if isinstance(data, dict):
        for k, v in data.items():
            key = str(k)
            low = key.lower()
            container = low in _CONTAINER_KEYS or (
                low == "servers" and (not path or path[-1].lower() == "mcp")
            ) or (low == "extensions" and isinstance(v, dict) and any(
                isinstance(s, dict) and "cmd" in s for s in v.values()))  # fmt: skip
            if container and isinstance(v, dict):
                for name, spec in v.items():
                    if is_server_spec(spec):
                        yield str(name), spec, key
            elif container and isinstance(v, list):
                for spec in v:
                    if is_server_spec(spec):
                        props = server_properties(spec)
                        name = spec.get("name") or props.get("package") or props.get("command")
                        if isinstance(name, str) and name:
                            yield name, spec, key
            else:
                yield from _iter_servers(v, (*path, key), depth + 1)
    elif isinstance(data, list):
        for item in data[:1000]:
            yield from _iter_servers(item, path, depth + 1)


def find_line(text: str, name: str, container: str, starts: list[int]) -> int:
    base = text.find(container)
    base = max(base, 0)
    q = re.escape(name)
    for rx in (
        rf'"{q}"\s*:',
        rf"(?m)^\s*['\"]?{q}['\"]?\s*:",
        rf"\[\s*{re.escape(container)}\s*\.\s*['\"]?{q}['\"]?\s*\]",
        rf"(?m)^\s*-?\s*name\s*:\s*['\"]?{q}['\"]?\s*$",
    ):
        m = re.compile(rx).search(text, base) or re.compile(rx).search(text)
        if m:
            return _line(starts, m.start() + (len(m.group(0)) - len(m.group(0).lstrip())))
    return _line(starts, base) if container in text else 1


def _line(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset)


class McpConfigDetector:
    """MCP servers in client configuration files (JSON/JSONC, YAML, TOML)."""

    id: ClassVar[str] = "asset.mcp-config"

    def __init__(self, catalog: ProviderCatalog | None = None) -> None:
        self.catalog = catalog or default_catalog()

    def applies_to(self, relpath: str) -> bool:
        return ext_of(relpath) in {".json", ".jsonc", ".yaml", ".yml", ".toml"}

    def detect(self, file: SourceFile) -> Iterator[Component]:
        text = file.text
        if text is None or len(text) > _MAX or not _MARKER.search(text):
            return
        data = parse_config(text, ext_of(file.relpath))
        if data is None:
            return
        base = base_of(file.relpath)
        if base not in {"mcp.json", ".mcp.json"} and isinstance(data, dict) and "servers" in data:
            data = {k: v for k, v in data.items() if k != "servers"}
        starts = line_starts(text)
        for name, spec, container in _iter_servers(data, ()):
            props = server_properties(spec, self.catalog)
            props["config"] = base
            yield Component(
                kind=ComponentKind.MCP_SERVER,
                name=name,
                evidence=(_loc(file.relpath, find_line(text, name, container, starts)),),
                confidence=0.95,
                properties=props,
                detector=self.id,
            )


def _loc(path: str, line: int) -> Location:
    return Location(path=path, line=line)


def parse_config(text: str, ext: str) -> Any:
    """Parse JSON(C)/YAML/TOML text; None when it does not parse (never raises)."""
    try:
        if ext in {".json", ".jsonc"}:
            return load_jsonc(text)
        if ext == ".toml":
            return tomllib.loads(text)
    except (ValueError, RecursionError, TypeError, OverflowError):
        return None
    if text.count("&") > 200 and text.count("*") > 200:
        return None  # alias bombs
    import yaml  # here, not at the top: most scans read no YAML client config

    try:
        return yaml.safe_load(text)
    except (ValueError, RecursionError, yaml.YAMLError, TypeError, OverflowError):
        return None
