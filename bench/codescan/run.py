"""Benchmark assura.codescan against Bandit and Semgrep OSS (local rules) on the shared cases.

    python bench/codescan/run.py [--corpus DIR] [--speed-tree DIR] [--skip-anchors]

1. installs bandit and semgrep into bench/.venv-codescan (once);
2. brings the case code into --corpus (bench/codescan/prepare.py; default
   bench/.work/codevuln, git-ignored) unless it is there already;
3. runs assura, Bandit and Semgrep (bench/codescan/semgrep-ai-rules.yaml) on every
   vulnerable copy, fixed copy and clean control;
4. scores by the convention of ../shared/data/codevuln/README.md: a vulnerable copy is
   detected when a finding lies within ±3 lines of `sink` or an `alt_sinks` entry (same
   file); fixed copies and clean controls count when they have any finding at all;
5. times assura on a ~100k-line Python tree (--speed-tree; default: a copy of rich,
   hypothesis and jinja2 from the project venv) and prints lines/s.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
VENV = REPO / "bench" / ".venv-codescan"
CASES = REPO.parent / "shared" / "data" / "codevuln" / "cases"
RULES = HERE / "semgrep-ai-rules.yaml"
sys.path.insert(0, str(REPO / "src"))

Hits = list[tuple[str, int]]  # (relative path, line)


def ensure_anchors() -> None:
    if (VENV / "bin" / "bandit").exists() and (VENV / "bin" / "semgrep").exists():
        return
    subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    subprocess.run([str(VENV / "bin" / "pip"), "install", "-q", "bandit", "semgrep"], check=True)


def run_assura(target: Path) -> Hits:
    from assura.codescan import scan_path

    rep = scan_path(target)
    return [(f.location.path, f.location.line or 0) for f in rep.findings if f.location]


def run_bandit(target: Path, min_sev: str = "LOW") -> Hits:
    proc = subprocess.run(
        [str(VENV / "bin" / "bandit"), "-r", "-q", "-f", "json", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    order = {"LOW": 0, "MEDIUM": 1, "HIGH": 2}
    data = json.loads(proc.stdout or "{}")
    return [
        (str(Path(r["filename"]).resolve().relative_to(target.resolve())), r["line_number"])
        for r in data.get("results", [])
        if order[r["issue_severity"]] >= order[min_sev]
    ]


def run_semgrep(target: Path) -> Hits:
    proc = subprocess.run(
        [
            str(VENV / "bin" / "semgrep"),
            "scan",
            "--config",
            str(RULES),
            "--json",
            "--metrics=off",
            "--disable-version-check",
            "--quiet",
            "--no-git-ignore",
            str(target),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    data = json.loads(proc.stdout or "{}")
    return [
        (str(Path(r["path"]).resolve().relative_to(target.resolve())), r["start"]["line"])
        for r in data.get("results", [])
    ]


TOOLS = {
    "assura": run_assura,
    "bandit": run_bandit,
    "bandit (medium+)": lambda t: run_bandit(t, "MEDIUM"),
    "semgrep+local": run_semgrep,
}


@dataclass
class Score:
    detected: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    fixed_flagged: list[str] = field(default_factory=list)
    fixed_total: int = 0
    clean_flagged: list[str] = field(default_factory=list)
    clean_total: int = 0
    seconds: float = 0.0


def _detected(hits: Hits, truth: dict) -> bool:  # type: ignore[type-arg]
    targets = [truth["sink"], *truth.get("alt_sinks", [])]
    return any(p == t["file"] and abs(line - t["line"]) <= 3 for p, line in hits for t in targets)


def score(corpus: Path, tools: list[str]) -> dict[str, Score]:
    scores = {t: Score() for t in tools}
    for tf in sorted(CASES.glob("*/truth.json")):
        truth = json.loads(tf.read_text())
        cid = truth["id"]
        vuln, fixed = corpus / cid / "vulnerable", corpus / cid / "fixed"
        for tool in tools:
            s = scores[tool]
            t0 = time.perf_counter()
            hits = TOOLS[tool](vuln)
            if truth["category"] == "clean":
                s.clean_total += 1
                if hits:
                    s.clean_flagged.append(cid)
            elif _detected(hits, truth):
                s.detected.append(cid)
            else:
                s.missed.append(cid)
            if truth.get("fixed_commit") and fixed.is_dir():
                s.fixed_total += 1
                if TOOLS[tool](fixed):
                    s.fixed_flagged.append(cid)
            s.seconds += time.perf_counter() - t0
    return scores


def speed_tree(dest: Path) -> Path:
    if dest.is_dir():
        return dest
    site = next((REPO / ".venv" / "lib").glob("python3*/site-packages"))
    dest.mkdir(parents=True)
    for pkg in ("rich", "hypothesis", "jinja2"):
        shutil.copytree(site / pkg, dest / pkg, ignore=shutil.ignore_patterns("__pycache__"))
    return dest


def main() -> int:
    ap = argparse.ArgumentParser(description="assura codescan benchmark")
    ap.add_argument("--corpus", type=Path, default=REPO / "bench" / ".work" / "codevuln")
    ap.add_argument("--speed-tree", type=Path, default=REPO / "bench" / ".work" / "codescan-speed")
    ap.add_argument("--skip-anchors", action="store_true", help="only run assura")
    ap.add_argument(
        "--speed-anchors", action="store_true", help="also time bandit/semgrep on the speed tree"
    )
    args = ap.parse_args()
    if not CASES.is_dir():
        print(f"cases not found: {CASES}", file=sys.stderr)
        return 2
    if not all(
        (args.corpus / tf.parent.name / "vulnerable").is_dir() for tf in CASES.glob("*/truth.json")
    ):
        subprocess.run(
            [sys.executable, str(HERE / "prepare.py"), "--dest", str(args.corpus)], check=True
        )
    tools = ["assura"]
    if not args.skip_anchors:
        ensure_anchors()
        tools += ["bandit", "bandit (medium+)", "semgrep+local"]
    scores = score(args.corpus, tools)
    base = scores["assura"]
    n_vuln = len(base.detected) + len(base.missed)
    print(
        f"\ncodevuln development set: {n_vuln} vulnerable, {base.fixed_total} fixed, {base.clean_total} clean\n"
    )
    print(
        f"{'tool':18s} {'recall':>8s} {'fixed w/ finding':>17s} {'clean w/ finding':>17s} {'FP rate':>8s} {'recall/assura':>14s} {'time s':>7s}"
    )
    for tool, s in scores.items():
        recall = len(s.detected) / n_vuln if n_vuln else 0.0
        fp_n = len(s.fixed_flagged) + len(s.clean_flagged)
        fp = fp_n / (s.fixed_total + s.clean_total) if s.fixed_total + s.clean_total else 0.0
        ratio = recall / (len(base.detected) / n_vuln) if base.detected else 0.0
        print(
            f"{tool:18s} {recall:8.2f} {len(s.fixed_flagged):>9d} of {s.fixed_total:<4d} {len(s.clean_flagged):>9d} of {s.clean_total:<4d} {fp:8.2f} {ratio:14.2f} {s.seconds:7.1f}"
        )
    for tool, s in scores.items():
        print(
            f"  {tool}: missed {s.missed or '-'}; fixed flagged {s.fixed_flagged or '-'}; clean flagged {s.clean_flagged or '-'}"
        )
    tree = speed_tree(args.speed_tree)
    from assura.codescan import scan_path

    t0 = time.perf_counter()
    rep = scan_path(tree)
    dt = time.perf_counter() - t0
    print(
        f"\nspeed: assura scanned {rep.lines_scanned} lines in {rep.files_scanned} files in {dt:.1f}s = {rep.lines_scanned / dt:,.0f} lines/s ({len(rep.findings)} findings, {len(rep.skipped)} skipped)"
    )
    if args.speed_anchors and not args.skip_anchors:
        for tool in ("bandit", "semgrep+local"):
            t0 = time.perf_counter()
            TOOLS[tool](tree)
            d = time.perf_counter() - t0
            print(
                f"speed: {tool} {d:.1f}s = {rep.lines_scanned / d:,.0f} lines/s "
                f"(assura/{tool} time ratio {dt / d:.2f})"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
