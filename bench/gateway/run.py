"""Gateway load benchmark: assura gateway vs the upstream called directly vs the LiteLLM
proxy (no guardrails), all on loopback against the same local mock upstream.

    .venv/bin/python bench/gateway/run.py                 # installs litellm[proxy] first
    .venv/bin/python bench/gateway/run.py --no-litellm    # assura and direct only
    .venv/bin/python bench/gateway/run.py --requests 300 --concurrency 16

Each target gets warm-up calls, then a bounded sequential loop (latency p50/p99, non-
streamed and streamed to the last byte) and a bounded concurrent loop (requests/s).
"Added" latency = the target's percentile minus the direct call's percentile; for
assura the gateway's own ``x-assura-overhead-ms`` header is reported too.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
VENV = REPO / "bench" / ".venv-gateway"
PY = sys.executable
LITELLM_KEY = "sk-" + "b3" * 32  # a fixed bench-only master key (loopback)
REPLY = ("Sure. Here is a short answer about quarterly planning: focus on three goals, "
         "review the budget monthly, and keep the team informed of changes. ") * 2  # fmt: skip
BODY = {"model": "gpt-4o-mini", "messages": [
    {"role": "system", "content": "You are a helpful assistant."},
    {"role": "user", "content": "Give me three tips for quarterly planning in a small team."}]}  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_port(port: int, proc: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"process exited with {proc.returncode}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError(f"port {port} did not open")


# -- child processes -------------------------------------------------------------------
def child_upstream(port: int) -> None:
    import uvicorn

    from assura.gateway.mock_upstream import MockUpstream

    uvicorn.run(MockUpstream(REPLY, token_chars=4).app, host="127.0.0.1", port=port,
                log_level="warning", access_log=False)  # fmt: skip


def child_assura(port: int, upstream: str, home: str, keyfile: str) -> None:
    import uvicorn

    from assura.gateway import GatewaySettings, create_gateway_app, create_key
    from assura.store import open_store

    store = open_store(f"sqlite:///{home}/assura.db")
    pepper = b"bench-pepper"
    with store.session() as s:
        _, secret = create_key(s, name="bench", pepper=pepper)
    Path(keyfile).write_text(secret)
    app = create_gateway_app(store, upstream_url=upstream, pepper=pepper,
                             settings=GatewaySettings())  # fmt: skip
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


# -- load ------------------------------------------------------------------------------
async def one(
    client: Any, url: str, headers: dict[str, str], stream: bool
) -> tuple[float, float | None]:
    body = {**BODY, "stream": stream}
    t = time.perf_counter()
    if stream:
        async with client.stream("POST", url, json=body, headers=headers) as r:
            async for _ in r.aiter_bytes():
                pass
            head = r.headers.get("x-assura-overhead-ms")
            if r.status_code != 200:
                raise RuntimeError(f"{url}: HTTP {r.status_code}")
    else:
        r = await client.post(url, json=body, headers=headers)
        if r.status_code != 200:
            raise RuntimeError(f"{url}: HTTP {r.status_code} {r.text[:200]}")
        head = r.headers.get("x-assura-overhead-ms")
    return (time.perf_counter() - t) * 1000, float(head) if head else None


async def measure(
    url: str, headers: dict[str, str], n: int, conc: int, stream: bool
) -> dict[str, Any]:
    import httpx

    limits = httpx.Limits(max_connections=conc + 4, max_keepalive_connections=conc + 4)
    async with httpx.AsyncClient(timeout=60, limits=limits) as client:
        for _ in range(30):
            await one(client, url, headers, stream)
        lat, heads = [], []
        for _ in range(n):  # sequential: latency without queueing
            ms, h = await one(client, url, headers, stream)
            lat.append(ms)
            if h is not None:
                heads.append(h)
        total = n * 2
        done = 0
        t = time.perf_counter()

        async def worker() -> None:
            nonlocal done
            while done < total:
                done += 1
                await one(client, url, headers, stream)

        await asyncio.gather(*(worker() for _ in range(conc)))
        rps = total / (time.perf_counter() - t)
    return {"p50": pct(lat, 50), "p99": pct(lat, 99), "rps": rps,
            "head_p50": pct(heads, 50) if heads else None,
            "head_p99": pct(heads, 99) if heads else None}  # fmt: skip


def pct(xs: list[float], p: float) -> float:
    if len(xs) < 2:
        return xs[0] if xs else float("nan")
    return statistics.quantiles(xs, n=100, method="inclusive")[int(p) - 1] if p < 100 else max(xs)


# -- LiteLLM -----------------------------------------------------------------------------
def ensure_litellm() -> Path | None:
    exe = VENV / "bin" / "litellm"
    if exe.exists():
        return exe
    print("installing litellm[proxy] into", VENV, flush=True)
    if not (VENV / "bin" / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    r = subprocess.run([str(VENV / "bin" / "pip"), "install", "-q", "litellm[proxy]"])
    return exe if r.returncode == 0 and exe.exists() else None


def start_litellm(exe: Path, port: int, upstream: str, tmp: Path) -> subprocess.Popen[bytes]:
    cfg = tmp / "litellm.yaml"
    cfg.write_text(json.dumps({
        "model_list": [{"model_name": "gpt-4o-mini", "litellm_params": {
            "model": "openai/gpt-4o-mini", "api_base": upstream, "api_key": "sk-bench"}}],
        "litellm_settings": {"telemetry": False, "drop_params": True},
        "general_settings": {"master_key": LITELLM_KEY},
    }))  # fmt: skip
    env = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True", "LITELLM_LOG": "ERROR",
           "DISABLE_SCHEMA_UPDATE": "True"}  # fmt: skip
    env.pop("DATABASE_URL", None)
    log = open(tmp / "litellm.log", "wb")  # noqa: SIM115 - closed with the process
    return subprocess.Popen([str(exe), "--config", str(cfg), "--port", str(port), "--host",
                             "127.0.0.1", "--num_workers", "1"], env=env, stdout=log,
                            stderr=subprocess.STDOUT)  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=200, help="sequential calls per target/mode")
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--no-litellm", action="store_true")
    ap.add_argument("--child", nargs="*", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        kind, *rest = a.child
        if kind == "upstream":
            child_upstream(int(rest[0]))
        else:
            child_assura(int(rest[0]), rest[1], rest[2], rest[3])
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="assura-gw-bench-"))
    procs: list[subprocess.Popen[bytes]] = []
    try:
        up_port, ll_port = free_port(), free_port()
        upstream = f"http://127.0.0.1:{up_port}/v1"
        procs.append(subprocess.Popen([PY, __file__, "--child", "upstream", str(up_port)]))
        wait_port(up_port, procs[-1])
        targets: list[tuple[str, str, dict[str, str]]] = [
            ("direct (mock upstream)", f"{upstream}/chat/completions", {})
        ]
        pythons = [("asyncio+h11", PY)]
        fast = VENV / "bin" / "python"
        if not a.no_litellm and fast.exists() and subprocess.run(
            [str(fast), "-c", "import assura.gateway, uvloop, httptools"],
            capture_output=True).returncode == 0:  # fmt: skip
            pythons.append(("uvloop+httptools", str(fast)))
        for label, py in pythons:
            port, keyfile = free_port(), tmp / f"key-{len(procs)}"
            home = tmp / f"home-{len(procs)}"
            home.mkdir()
            procs.append(subprocess.Popen([py, __file__, "--child", "assura", str(port), upstream,
                                           str(home), str(keyfile)]))  # fmt: skip
            wait_port(port, procs[-1])
            targets.append((f"assura gateway, default policy ({label})",
                            f"http://127.0.0.1:{port}/v1/chat/completions",
                            {"authorization": f"Bearer {keyfile.read_text().strip()}"}))  # fmt: skip
        litellm_note = "skipped (--no-litellm)"
        if not a.no_litellm:
            exe = ensure_litellm()
            if exe is None:
                litellm_note = "litellm[proxy] did not install (see pip output above)"
            else:
                p = start_litellm(exe, ll_port, upstream, tmp)
                procs.append(p)
                try:
                    wait_port(ll_port, p, timeout=180)
                    targets.append(("LiteLLM proxy, no guardrails (uvloop+httptools)",
                                    f"http://127.0.0.1:{ll_port}/v1/chat/completions",
                                    {"authorization": f"Bearer {LITELLM_KEY}"}))  # fmt: skip
                    litellm_note = "ran"
                except RuntimeError as exc:
                    tail = (tmp / "litellm.log").read_text(errors="replace")[-1500:]
                    litellm_note = f"did not start: {exc}\n{tail}"
        results: dict[tuple[str, bool], dict[str, Any]] = {}
        for name, url, headers in targets:
            for stream in (False, True):
                print(f"measuring {name} stream={stream} ...", flush=True)
                try:
                    results[(name, stream)] = asyncio.run(
                        measure(url, headers, a.requests, a.concurrency, stream))  # fmt: skip
                except Exception as exc:  # a failing anchor is reported, not fatal
                    print(f"  failed: {exc}", flush=True)
        report(results, targets, a, litellm_note)
    finally:
        for p in reversed(procs):
            p.send_signal(signal.SIGINT)
            try:
                p.wait(15)
            except subprocess.TimeoutExpired:
                p.kill()
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


def report(results: dict[tuple[str, bool], dict[str, Any]], targets: list[Any], a: Any,
           note: str) -> None:  # fmt: skip
    print(f"\n{a.requests} sequential + {2 * a.requests} concurrent ({a.concurrency} workers) "
          f"calls per row; loopback; {os.cpu_count()} CPUs\n")  # fmt: skip
    print(
        "| target | mode | p50 ms | p99 ms | added p50 | added p99 | req/s | req/s vs direct | own header p50/p99 |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for stream in (False, True):
        base = results.get((targets[0][0], stream))
        for name, _url, _h in targets:
            r = results.get((name, stream))
            if r is None or base is None:
                continue
            head = (
                f"{r['head_p50']:.2f} / {r['head_p99']:.2f}" if r["head_p50"] is not None else "-"
            )
            print(f"| {name} | {'stream' if stream else 'json'} | {r['p50']:.2f} | {r['p99']:.2f} | "
                  f"{r['p50'] - base['p50']:+.2f} | {r['p99'] - base['p99']:+.2f} | {r['rps']:.0f} | "
                  f"{r['rps'] / base['rps']:.2f} | {head} |")  # fmt: skip
    print(f"\nLiteLLM: {note}")


if __name__ == "__main__":
    raise SystemExit(main())
