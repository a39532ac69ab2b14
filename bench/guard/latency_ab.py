"""Compare the guard's latency of two source trees, interleaved, on distinct inputs.

    python bench/guard/latency_ab.py OLD_SRC NEW_SRC [--rounds 5]

This VM's speed moves by half within minutes, so two runs of ``run.py`` minutes apart can
disagree. Here every round starts a fresh process per tree (pinned to core 1), alternating
trees, and times 200 different texts per size (benign slabs windows ending in the same PII
sentence, as ``run.py`` does); it prints the median and best p50 over the rounds. A source
tree is a checkout's ``src`` (``git archive <commit> src | tar -x -C DIR``).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "guard"

CHILD = r"""
import json, os, statistics, sys, time
sys.path[:0] = [sys.argv[1], sys.argv[3]]
from evaluate import reference_ms
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {1})
from assura.guard import Guard, default_policy
from assura.guard.policy import InjectionSettings, Policy
rows = [json.loads(x) for x in open(sys.argv[2], encoding="utf-8")][:4000]
base = " ".join(r["text"] for r in rows if r["label"] == 0)
pii = " Contact me at jane.roe@example.org or +44 20 7946 0958."
def windows(size, n):
    step = (len(base) - size) // n
    return [base[o : o + size - len(pii)] + pii for o in range(0, step * n, step)]
pi = Policy(name="pi", input={"prompt_injection": InjectionSettings()})
out = []
for guard in (Guard(default_policy()), Guard(pi)):
    guard.scan_input(base[-3000:])
    for size in (200, 2048):
        samples = []
        for text in windows(size, 200):
            t0 = time.perf_counter()
            guard.scan_input(text)
            samples.append(time.perf_counter() - t0)
        out.append(statistics.median(samples) * 1000)
out.append(reference_ms())
print(*out)
"""
COLUMNS = ("full 200 B", "full 2 KB", "injection 200 B", "injection 2 KB", "reference loop")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("trees", nargs="+", help="src directories to compare")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    slabs = str(DATA / "slabs-prompt-injection" / "slabs.jsonl")
    runs: dict[str, list[list[float]]] = {t: [] for t in args.trees}
    for _ in range(args.rounds):
        for tree in args.trees:
            done = subprocess.run(
                [sys.executable, "-c", CHILD, tree, slabs, str(Path(__file__).resolve().parent)],
                capture_output=True,
                text=True,
            )
            if done.returncode != 0:
                sys.exit(f"{tree}: {done.stderr.strip().splitlines()[-1]}")
            runs[tree].append([float(x) for x in done.stdout.split()])
    print("| tree | " + " | ".join(f"{c} p50 (median / best)" for c in COLUMNS) + " |")
    print("|---|" + "---|" * len(COLUMNS))
    for tree, rounds in runs.items():
        cols = list(zip(*rounds, strict=True))
        cells = [f"{statistics.median(c):.2f} / {min(c):.2f}" for c in cols]
        print(f"| {tree} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
