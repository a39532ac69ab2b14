"""MCP servers defined in code: clients that connect to them and servers a repo implements.

Python (incl. notebooks): ``MultiServerMCPClient({...})`` and any dict of server specs in a
file that mentions MCP, ``{"mcpServers": {...}}`` dicts, ``StdioServerParameters``,
``MCPServerStdio``/``MCPServerSse``/``MCPServerStreamableHttp``/``MCPServerHTTP``,
``sse_client(url)``, ``streamablehttp_client(url)``, ``BasicMCPClient``; implemented
servers ``FastMCP("name")`` and ``Server("name")`` (``mcp.server``).
JS/TS: ``StdioClientTransport({command, args})``, ``SSEClientTransport``/
``StreamableHTTPClientTransport(new URL(...))``, ``createMCPClient``, object literals of
server specs, and ``new McpServer({name})``/``new Server({name})`` implementations.
"""

from __future__ import annotations

import ast
import posixpath
import re
from collections.abc import Iterator
from typing import Any, ClassVar
from urllib.parse import urlsplit

from assura.inventory.catalog_providers import ProviderCatalog, default_catalog
from assura.inventory.detectors.asset_common import (
    JS_EXTS,
    PY_EXTS,
    Segment,
    call_name,
    ext_of,
    py_nodes,
    py_str,
    segments,
)
from assura.inventory.detectors.asset_mcp import clean_url, is_server_spec, server_properties
from assura.inventory.detectors.caseless import CaselessRegex
from assura.inventory.interface import Component, ComponentKind, SourceFile
from assura.presence import any_case_words, present, present_any_case, words

__all__ = ["McpCodeDetector"]

_USES_MCP = CaselessRegex(
    r"^\s*(?:from|import)\s+[\w.]*mcp|MCPClient|mcpServers|mcp_servers|MultiServerMCPClient|"
    r"MCPServer|ToolCollection\.from_mcp|McpToolSpec|MCPTools?\b|modelcontextprotocol|createMCPClient",
    re.M,
)
_STDIO_CALLS = frozenset({"StdioServerParameters", "MCPServerStdio", "StdioServerParams"})
_URL_CALLS = frozenset(
    {"MCPServerSse", "MCPServerSSE", "MCPServerStreamableHttp", "MCPServerStreamableHTTP",
     "MCPServerHTTP", "sse_client", "streamablehttp_client", "streamable_http_client",
     "websocket_client", "SseServerParams", "StreamableHttpServerParams", "SSEConnection"}
)  # fmt: skip


def literal(node: ast.AST | None, depth: int = 0) -> Any:
    """A JSON-like Python value for a literal AST node (non-literals become None)."""
    if node is None or depth > 8:
        return None
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, str | int | float | bool) else None
    if isinstance(node, ast.Dict):
        out: dict[str, Any] = {}
        for k, v in zip(node.keys, node.values, strict=False):
            if (ks := py_str(k)) is not None:
                out[ks] = literal(v, depth + 1)
        return out
    if isinstance(node, ast.List | ast.Tuple):
        return [literal(e, depth + 1) for e in node.elts]
    if isinstance(node, ast.Call) and call_name(node) in {"dict"}:
        return {kw.arg: literal(kw.value, depth + 1) for kw in node.keywords if kw.arg}
    if isinstance(node, ast.Call) and call_name(node) == "URL" and node.args:
        return literal(node.args[0], depth + 1)
    return None


def _strict_spec(spec: Any) -> bool:
    """A code dict is a server spec only with a command, or a URL plus MCP-ish details."""
    if not isinstance(spec, dict):
        return False
    if isinstance(spec.get("command"), str):
        return True
    url = spec.get("url")
    return isinstance(url, str) and (
        "transport" in spec or "type" in spec or "headers" in spec
        or bool(re.search(r"/(?:mcp|sse)\b", url))
    )  # fmt: skip


def _derived_name(props: dict[str, Any], require_target: bool = False) -> str | None:
    """A name from the package/script, else the URL host, else (unless required) the command."""
    pkg = props.get("package")
    if isinstance(pkg, str) and pkg:
        base = posixpath.basename(pkg.replace("\\", "/"))
        for ext in (".py", ".js", ".ts", ".mjs"):
            base = base.removesuffix(ext)
        return pkg if "/" in pkg and not pkg.endswith((".py", ".js", ".ts", ".mjs")) else base
    url = props.get("url")
    if isinstance(url, str) and url:
        parts = urlsplit(url)
        return f"{parts.hostname}:{parts.port}" if parts.port else parts.hostname
    cmd = props.get("command")
    if require_target:
        return None  # only a launcher (uv, node, python) is known: a generic client
    return cmd if isinstance(cmd, str) and cmd else None


_MCP = any_case_words("mcp")
# Without a file that uses MCP (dicts of specs count only then), a Python segment yields
# only from a call by one of these names (``Server`` only beside an ``mcp.server`` import)
_CALL_WORDS = words("FastMCP", "MCPServer", "BasicMCPClient", _STDIO_CALLS, _URL_CALLS)
_SERVER_WORDS = words("Server", "mcp.server", "mcp import")


# A dict of server specs (see _py_dict) holds a spec with a "command" or "url" key, as a
# string key or a dict(...) keyword: code without one cannot yield from a dict
_SPEC_KEY = re.compile(r"""(?<!\w)(?:command|url)(?=["']|\s*=(?!=))""")


def _may_call(text: str) -> bool:
    if present(text, _CALL_WORDS):
        return True
    found = present(text, _SERVER_WORDS)
    return "Server" in found and ("mcp.server" in found or "mcp import" in found)


class McpCodeDetector:
    """MCP servers configured or implemented in Python, notebooks, JS and TS."""

    id: ClassVar[str] = "asset.mcp-code"

    def __init__(self, catalog: ProviderCatalog | None = None) -> None:
        self.catalog = catalog or default_catalog()

    def applies_to(self, relpath: str) -> bool:
        ext = ext_of(relpath)
        return ext in PY_EXTS or ext in JS_EXTS or ext == ".ipynb"

    def detect(self, file: SourceFile) -> Iterator[Component]:
        if file.text is None or not present_any_case(file.text, _MCP):
            return
        uses = bool(_USES_MCP.search(file.text))
        for seg in segments(file):
            if seg.lang == "python":
                if _may_call(seg.text) or (uses and _SPEC_KEY.search(seg.text)):
                    yield from self._python(seg, py_nodes(seg.text), uses)
            elif seg.lang == "js":
                yield from self._js(seg, uses)

    def _make(
        self, seg: Segment, name: str, line: int, props: dict[str, Any], conf: float
    ) -> Component:
        return Component(
            kind=ComponentKind.MCP_SERVER,
            name=name,
            evidence=(seg.loc(line),),
            confidence=conf,
            properties=props,
            detector=self.id,
        )

    def _python(self, seg: Segment, nodes: tuple[ast.AST, ...], uses: bool) -> Iterator[Component]:
        for node in nodes:
            if isinstance(node, ast.Dict) and uses:
                yield from self._py_dict(seg, node)
            elif isinstance(node, ast.Call):
                yield from self._py_call(seg, node)

    def _py_dict(self, seg: Segment, node: ast.Dict) -> Iterator[Component]:
        keys = [py_str(k) for k in node.keys]
        pairs = [(k, v) for k, v in zip(keys, node.values, strict=False) if k is not None]
        if not pairs:
            return
        specs = [(k, v, literal(v)) for k, v in pairs]
        if not all(is_server_spec(s) for _, _, s in specs):
            return
        # a dict of server specs: name -> {command/url...}
        if not all(_strict_spec(s) for _, _, s in specs):
            return
        for name, vnode, spec in specs:
            props = server_properties(spec, self.catalog)
            props["defined_in"] = "code"
            key_line = next(
                (k.lineno for k in node.keys if k is not None and py_str(k) == name), None
            )
            yield self._make(
                seg, name, key_line or int(getattr(vnode, "lineno", node.lineno)), props, 0.9
            )

    def _py_call(self, seg: Segment, node: ast.Call) -> Iterator[Component]:
        name = call_name(node)
        kw = {k.arg: k.value for k in node.keywords if k.arg}
        if name in {"FastMCP", "Server", "MCPServer"}:
            label = py_str(node.args[0]) if node.args else py_str(kw.get("name"))
            if name == "Server" and "mcp.server" not in seg.text and "mcp import" not in seg.text:
                return
            if label:
                yield self._make(seg, label, node.lineno, {"role": "implemented"}, 0.9)
            return
        spec: dict[str, Any] | None = None
        if name in _STDIO_CALLS:
            params = literal(kw.get("params"))
            if isinstance(params, dict):
                spec = params
            else:
                spec = {k: literal(v) for k, v in kw.items()}
                if node.args and (cmd := py_str(node.args[0])):
                    spec["command"] = cmd
                    if len(node.args) > 1:
                        spec["args"] = literal(node.args[1])
        elif name in _URL_CALLS or name == "BasicMCPClient":
            params = literal(kw.get("params"))
            spec = params if isinstance(params, dict) else {k: literal(v) for k, v in kw.items()}
            if node.args and (first := literal(node.args[0])) and isinstance(first, str):
                if "://" in first:
                    spec["url"] = first
                else:
                    spec["command"] = first
                    spec["args"] = literal(node.args[1]) if len(node.args) > 1 else spec.get("args")
        if not spec or not any(isinstance(spec.get(k), str) for k in ("command", "url")):
            return
        props = server_properties(spec, self.catalog)
        props["defined_in"] = "code"
        label = py_str(kw.get("name")) or _derived_name(props, require_target=True)
        if label:
            yield self._make(seg, label, node.lineno, props, 0.85)

    def _js(self, seg: Segment, uses: bool) -> Iterator[Component]:
        text = seg.text
        for m in _JS_IMPL.finditer(text):
            yield self._make(seg, m.group(2), seg.line_at(m.start()), {"role": "implemented"}, 0.85)
        for m in _JS_STDIO.finditer(text):
            body = text[m.end() : m.end() + 600]
            cmd = _JS_CMD.search(body)
            if not cmd:
                continue
            args_m = _JS_ARGS.search(body)
            args = re.findall(r"""["'`]([^"'`]*)["'`]""", args_m.group(1)) if args_m else []
            props = server_properties({"command": cmd.group(1), "args": args}, self.catalog)
            props["defined_in"] = "code"
            if label := _derived_name(props):
                yield self._make(seg, label, seg.line_at(m.start()), props, 0.8)
        for m in _JS_URL.finditer(text):
            props = {"url": clean_url(m.group(1)), "defined_in": "code"}
            if label := _derived_name(props):
                yield self._make(seg, label, seg.line_at(m.start()), props, 0.8)
        for m in _JS_CREATE.finditer(text):
            url = _JS_URLKEY.search(text, m.end(), m.end() + 400)
            if url:
                props = {"url": clean_url(url.group(1)), "defined_in": "code"}
                if label := _derived_name(props):
                    yield self._make(seg, label, seg.line_at(m.start()), props, 0.8)
        for b in _JS_SPEC_BODY.finditer(text) if uses else ():
            key = _JS_SPEC_KEY.search(text, max(0, b.start() - 100), b.start())
            if key is None or key.group(1).lower() in _JS_NOT_NAMES:
                continue
            body = text[b.start() : b.start() + 500]
            cmd = _JS_CMD.search(body[:300])
            url = _JS_URLKEY.search(body[:300])
            if not (cmd or url):
                continue
            spec: dict[str, Any] = {}
            if cmd:
                spec["command"] = cmd.group(1)
                args_m = _JS_ARGS.search(body)
                if args_m:
                    spec["args"] = re.findall(r"""["'`]([^"'`]*)["'`]""", args_m.group(1))
            if url:
                spec["url"] = url.group(1)
            props = server_properties(spec, self.catalog)
            props["defined_in"] = "code"
            yield self._make(seg, key.group(1), seg.line_at(key.start()), props, 0.75)


_JS_IMPL = re.compile(
    r"""new\s+(McpServer|Server)\s*\(\s*\{\s*name\s*:\s*["'`]([^"'`\n]{1,100})["'`]"""
)
_JS_STDIO = re.compile(r"new\s+StdioClientTransport\s*\(\s*\{")
_JS_CMD = re.compile(r"""\bcommand\s*:\s*["'`]([^"'`\n]{1,200})["'`]""")
_JS_ARGS = re.compile(r"""\bargs\s*:\s*\[([^\]]{0,800})\]""")
_JS_URL = re.compile(
    r"""new\s+(?:SSEClientTransport|StreamableHTTPClientTransport|WebSocketClientTransport)\s*\(\s*(?:new\s+URL\s*\(\s*)?["'`]([^"'`\n]{4,300})["'`]"""
)
_JS_URLKEY = re.compile(r"""\burl\s*:\s*(?:new\s+URL\s*\(\s*)?["'`]([^"'`\n]{4,300})["'`]""")
_JS_CREATE = re.compile(r"\b(?:experimental_)?createMCPClient\s*\(")
_JS_NOT_NAMES = frozenset(
    {"transport", "params", "options", "config", "env", "headers", "server", "serverparams",
     "body", "data", "request", "response", "init", "settings", "props", "args", "input"}
)  # fmt: skip
_JS_SPEC_BODY = re.compile(r"""\{\s*["']?(?:command|url|type|transport)["']?\s*:""")
_JS_SPEC_KEY = re.compile(r"""["']?([\w@.\-]{1,80})["']?\s*:\s*$""")
