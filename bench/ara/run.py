"""ARA benchmark: analysis time and scaling 10 → 1,000 components (5 flows per component),
and the finding count / noise of OWASP pytm on the same generated models.

    .venv/bin/python bench/ara/run.py [--sizes 10,30,100,300,1000] [--pytm-sizes 30,100,600]
                                      [--no-pytm]

pytm is installed into bench/.venv-ara (pip, pytm==1.4.0) on first run.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
VENV = REPO / "bench" / ".venv-ara"
WORK = REPO / "bench" / ".work" / "ara"
sys.path.insert(0, str(HERE))

from gen import generate  # noqa: E402

from assura.ara import analyze, load_rules, load_system  # noqa: E402


def ensure_pytm() -> Path | None:
    py = VENV / "bin" / "python"
    if not py.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    ok = subprocess.run([str(py), "-c", "import pytm"], capture_output=True).returncode == 0
    if not ok:
        r = subprocess.run([str(py), "-m", "pip", "install", "-q", "pytm==1.4.0"])
        if r.returncode != 0:
            return None
    return py


def run_assura(n: int, repeats: int) -> dict[str, float | int]:
    spec = generate(n)
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"generated-{n}.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    rules = load_rules()
    loads, runs, cpu_loads, cpu_runs = [], [], [], []
    for _ in range(repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        system = load_system(path)
        t1, c1 = time.perf_counter(), time.process_time()
        a = analyze(system, rules)
        t2, c2 = time.perf_counter(), time.process_time()
        loads.append(t1 - t0)
        runs.append(t2 - t1)
        cpu_loads.append(c1 - c0)
        cpu_runs.append(c2 - c1)
    s = a.summary()["by_state"]
    return {
        "components": len(system.components),
        "flows": len(system.flows),
        "load_s": statistics.median(loads),
        "analyze_s": statistics.median(runs),
        "cpu_s": statistics.median(cpu_loads) + statistics.median(cpu_runs),
        "open": s["applies"],
        "mitigated": s["mitigated"],
        "entries": len(a.risks),
        "paths": a.attack_paths_total,
        "spec": str(path),
    }


def run_pytm(py: Path, n: int, timeout: int) -> dict[str, float | int] | None:
    spec = json.dumps(generate(n))
    try:
        r = subprocess.run(
            [str(py), str(HERE / "pytm_runner.py")],
            input=spec,
            text=True,
            capture_output=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return {"timeout": timeout}
    if r.returncode != 0:
        print(r.stderr[-2000:], file=sys.stderr)
        return None
    return json.loads(r.stdout)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10,30,100,300,1000")
    ap.add_argument("--pytm-sizes", default="30,100,300,600,1000")
    ap.add_argument("--no-pytm", action="store_true")
    ap.add_argument("--timeout", type=int, default=600)
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    print(f"assura ARA benchmark (python {sys.version.split()[0]}, {os.cpu_count()} cpus)")
    print(
        f"{'comps':>6} {'flows':>6} {'load s':>8} {'analyze s':>10} {'cpu s':>7} {'open':>6} "
        f"{'mitig.':>6} {'entries':>8} {'paths':>7}"
    )
    res = {}
    for n in sizes:
        r = run_assura(n, repeats=3 if n <= 300 else 2)
        res[n] = r
        print(
            f"{r['components']:>6} {r['flows']:>6} {r['load_s']:>8.3f} {r['analyze_s']:>10.3f} "
            f"{r['cpu_s']:>7.3f} {r['open']:>6} {r['mitigated']:>6} {r['entries']:>8} {r['paths']:>7}"
        )
    for a, b in zip(sizes, sizes[1:], strict=False):
        ta, tb = res[a]["cpu_s"], res[b]["cpu_s"]
        slope = math.log(tb / ta) / math.log(b / a) if ta > 0 and tb > 0 else float("nan")
        print(
            f"scaling {a:>4} → {b:>4} components: cpu time x{tb / max(ta, 1e-9):6.1f} for "
            f"size x{b / a:.1f} (local exponent {slope:.2f})"
        )
    print(
        "(load = YAML parse + validation + graph index; wall seconds are noisy on a shared "
        "machine, cpu s = process time of load + analyze)"
    )
    if args.no_pytm:
        return
    py = ensure_pytm()
    if py is None:
        print("pytm could not be installed; skipping the comparison")
        return
    print("\nnoise: pytm 1.4.0 findings vs assura risks on the same generated models")
    print(
        f"{'comps':>6} {'flows':>6} {'pytm findings':>14} {'pytm LLM*':>9} {'pytm s':>8} "
        f"{'assura open':>11} {'assura all':>10} {'assura s':>9} {'findings/open':>13}"
    )
    for n in [int(x) for x in args.pytm_sizes.split(",")]:
        r = res.get(n) or run_assura(n, repeats=1)
        p = run_pytm(py, n, args.timeout)
        if p is None or "timeout" in p:
            print(f"{n:>6} {r['flows']:>6} {'timeout' if p else 'error':>14}")
            continue
        assura_s = r["load_s"] + r["analyze_s"]
        ratio = p["findings"] / max(1, int(r["open"]))
        print(
            f"{n:>6} {r['flows']:>6} {p['findings']:>14} {p['llm_findings']:>9} "
            f"{p['seconds']:>8.2f} {r['open']:>11} {r['entries'] - 0:>10} {assura_s:>9.2f} "
            f"{ratio:>13.1f}"
        )
    print(
        "(pytm LLM*: findings from pytm's LLM01-LLM09 threats; assura all: every register "
        "entry incl. mitigated and not-applicable)"
    )


if __name__ == "__main__":
    main()
