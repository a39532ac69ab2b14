"""Running each inventory tool offline and reading its output as (kind, name, provider).

Every adapter maps a tool's own vocabulary onto the truth kinds as generously as its
output allows (an import name is taken as the package name; a provider-only detection
is not a service). Unknown kinds are kept under their own name and count as false
positives, as they would for a reader of the report.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCH = HERE.parent
VENV = BENCH / ".venv-inventory"
NODE = BENCH / ".work" / "node_modules" / ".bin"
REPO_ROOT = BENCH.parent

Triple = tuple[str, str, "str | None"]


def install() -> None:
    """Anchors live in the benchmark's own environments, never in the product's."""
    if not (VENV / "bin" / "airom").exists():
        subprocess.run(["python3", "-m", "venv", str(VENV)], check=True)
        subprocess.run(
            [
                str(VENV / "bin" / "pip"),
                "install",
                "-q",
                "airom==0.5.0",
                "ai-bom==3.6.0",
                "aibom-scanner==1.3.5",
            ],
            check=True,
        )
    if not (NODE / "cdxgen").exists():
        work = BENCH / ".work"
        work.mkdir(exist_ok=True)
        subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "@cyclonedx/cdxgen@12.8.4"],
            cwd=work,
            check=True,
            stdout=subprocess.DEVNULL,
        )


def commands(tool: str, target: Path, out: Path) -> list[str]:
    if tool == "assura":
        return [
            str(REPO_ROOT / ".venv" / "bin" / "assura"),
            "inventory",
            "scan",
            str(target),
            "-f",
            "json",
            "-o",
            str(out),
            "--no-save",
            "--no-progress",
        ]
    if tool == "cdxgen":
        return [
            str(NODE / "cdxgen"),
            "-t",
            "ai",
            "-t",
            "mcp",
            "-t",
            "ai-skill",
            "--no-install-deps",
            "--spec-version",
            "1.7",
            "-o",
            str(out),
            str(target),
        ]
    if tool == "airom":
        return [
            str(VENV / "bin" / "airom"),
            "fs",
            str(target),
            "--offline",
            "--no-progress",
            "-o",
            f"json={out}",
        ]
    if tool == "ai-bom":
        return [
            str(VENV / "bin" / "ai-bom"),
            "scan",
            str(target),
            "--format",
            "json",
            "-o",
            str(out),
            "--deep",
            "--quiet",
            "--no-telemetry",
        ]
    if tool == "aibom-scanner":
        return [
            str(VENV / "bin" / "aibom-scanner"),
            "scan",
            "--path",
            str(target),
            "--format",
            "json",
            "-o",
            str(out),
        ]
    raise ValueError(tool)


TOOLS = ["assura", "cdxgen", "airom", "ai-bom", "aibom-scanner"]


def run(
    tool: str, target: Path, out: Path, timeout: int = 900
) -> subprocess.CompletedProcess[bytes]:
    env = {
        **os.environ,
        "FETCH_LICENSE": "false",
        "CDXGEN_NO_BANNER": "1",
        "CDXGEN_DEBUG_MODE": "",
        "ASSURA_HOME": str(BENCH / ".work" / "assura-home"),
    }
    return subprocess.run(
        commands(tool, target, out), env=env, capture_output=True, timeout=timeout
    )


def read(tool: str, out: Path) -> set[Triple]:
    if not out.exists():
        return set()
    data = json.loads(out.read_text() or "{}")
    return {
        "assura": _assura,
        "cdxgen": _cdx,
        "airom": _airom,
        "ai-bom": _aibom,
        "aibom-scanner": _aibs,
    }[tool](data)


def _assura(d: dict) -> set[Triple]:
    return {(c["kind"], c["name"], c.get("provider")) for c in d.get("components", [])}


def _props(c: dict) -> dict[str, str]:
    return {p.get("name", ""): p.get("value", "") for p in c.get("properties", [])}


def _cdx(d: dict) -> set[Triple]:
    out: set[Triple] = set()
    for c in d.get("components", []):
        t, name, group = c.get("type"), c.get("name", ""), c.get("group")
        if t == "machine-learning-model":
            out.add(
                (
                    "model",
                    f"{group}/{name}"
                    if group
                    and "/" not in name
                    and group.lower()
                    not in {"openai", "anthropic", "google", "meta", "mistral", "cohere"}
                    else name,
                    None,
                )
            )
        elif t == "data":
            out.add(("dataset", name, None))
        elif t in ("library", "framework"):
            full = f"{group}/{name}" if group and group.startswith("@") else name
            out.add(("sdk", full, None))
    for s in d.get("services", []):
        name = s.get("name", "")
        props = json.dumps(s.get("properties", [])).lower()
        kind = "mcp_server" if "mcp" in props or "mcp" in name.lower() else "service"
        out.add((kind, re.sub(r"\s+(api|service)$", "", name, flags=re.I).strip(), None))
    return out


_AIROM_KINDS = {
    "framework": "sdk",
    "library": "sdk",
    "sdk": "sdk",
    "hosted-llm": "model",
    "model": "model",
    "llm": "model",
    "embedding-model": "model",
    "dataset": "dataset",
    "mcp-server": "mcp_server",
    "mcp_server": "mcp_server",
    "service": "service",
    "api-endpoint": "service",
    "vector-db": "vector_store",
    "vector-store": "vector_store",
    "secret": "secret",
    "credential": "secret",
    "model-file": "model_file",
    "model-artifact": "model_file",
}


def _airom(d: dict) -> set[Triple]:
    out: set[Triple] = set()
    for c in d.get("components", []):
        kind = c.get("kind", "")
        if kind == "application":
            continue
        out.add((_AIROM_KINDS.get(kind, kind), c.get("name", ""), c.get("provider")))
    return out


def _aibom(d: dict) -> set[Triple]:
    out: set[Triple] = set()
    for c in d.get("components", []):
        p = _props(c)
        name = c.get("name", "")
        if p.get("trusera:model_name"):
            out.add(("model", p["trusera:model_name"], None))
            continue
        m = re.search(r"\(import: ([\w.\-@/]+)\)", name)
        if m:
            out.add(("sdk", m.group(1).split(".")[0], None))
        elif c.get("type") in ("framework", "library") and "tool_definition" not in name:
            out.add(("sdk", name, None))
        elif c.get("type") == "data":
            out.add(("dataset", name, None))
    return out


def _aibs(d: dict) -> set[Triple]:
    out: set[Triple] = set()
    for det in d.get("detections", []):
        if det.get("sdk_name"):
            out.add(("sdk", det["sdk_name"], None))
        if det.get("model_name"):
            out.add(("model", det["model_name"], None))
    for dep in d.get("dependencies", []):
        name = dep.get("name") or dep.get("package")
        if name:
            out.add(("sdk", name, None))
    for m in d.get("mcp_servers", []):
        out.add(("mcp_server", m.get("name", ""), None))
    return out
