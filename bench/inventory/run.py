"""Inventory benchmark: quality against the hand-labelled truth, and throughput.

    .venv/bin/python bench/inventory/run.py [--repos DIR] [--speed-tree DIR] [--tools a,b]

``--repos`` holds the repos of ../shared/data/inventory/repos.tsv, each fetched at its
commit into DIR/<name> (see that folder's README; default /work/corpora/inventory).
Anchor tools are installed into bench/.venv-inventory and bench/.work/node_modules.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import anchors  # noqa: E402
from score import KINDS, Score, load_truth, reduce_pairs, score  # noqa: E402

TRUTH = anchors.REPO_ROOT.parent / "shared" / "data" / "inventory"


def quality(repos: Path, tools: list[str], verbose: bool, truth: Path = TRUTH) -> dict[str, Score]:
    out_dir = anchors.BENCH / ".work" / "out"
    results: dict[str, Score] = {}
    for tool in tools:
        total = Score()
        for line in (truth / "repos.tsv").read_text().splitlines():
            name = line.split("\t")[0]
            target = repos / name
            if not target.is_dir():
                sys.exit(
                    f"missing {target}: fetch the repos of {truth / 'repos.tsv'} first (see its README)"
                )
            out = out_dir / tool / f"{name}.json"
            out.parent.mkdir(parents=True, exist_ok=True)
            out.unlink(missing_ok=True)
            anchors.run(tool, target, out)
            predicted = reduce_pairs(anchors.read(tool, out))
            tfile = truth / "truth" / f"{name}.json"
            total.add(
                score(load_truth(tfile if tfile.exists() else truth / f"{name}.json"), predicted)
            )
        results[tool] = total
        if verbose:
            for m in total.misses:
                print(f"  [{tool}] missed: {m}")
            for e in total.extras:
                print(f"  [{tool}] extra:  {e}")
    return results


def print_quality(results: dict[str, Score], title: str = "../shared/data/inventory") -> None:
    print(f"\n## Quality on {title} (micro, per kind: P / R  [tp fp fn])\n")
    header = "| kind | " + " | ".join(results) + " |"
    print(header)
    print("|" + "---|" * (len(results) + 1))
    for kind in [*KINDS, None]:
        cells = []
        for s in results.values():
            p, r, f, tp, fp, fn = s.prf(kind)
            cells.append(f"{p:.2f} / {r:.2f} [{tp} {fp} {fn}]" if tp + fp + fn else "-")
        print(f"| {kind or '**overall**'} | " + " | ".join(cells) + " |")
    print()
    print("| tool | precision | recall | F1 |")
    print("|---|---|---|---|")
    for tool, s in results.items():
        p, r, f, *_ = s.prf()
        print(f"| {tool} | {p:.2f} | {r:.2f} | {f:.2f} |")


def speed(tree: Path, tools: list[str], repeat: int) -> None:
    nfiles = sum(len(files) for _, _, files in os.walk(tree))
    print(f"\n## Throughput on {tree} ({nfiles} files; best of {repeat})\n")
    print("| tool | seconds | files/s | assura is N x faster |")
    print("|---|---|---|---|")
    times: dict[str, float] = {}
    for tool in tools:
        best = float("inf")
        for _ in range(repeat):
            out = anchors.BENCH / ".work" / "out" / f"speed-{tool}.json"
            out.unlink(missing_ok=True)
            t0 = time.perf_counter()
            proc = anchors.run(tool, tree, out, timeout=1800)
            best = min(best, time.perf_counter() - t0)
            if proc.returncode not in (0, 1):
                print(f"<!-- {tool} exited {proc.returncode}: {proc.stderr[-300:]!r} -->")
        times[tool] = best
    for tool, t in times.items():
        ratio = t / times["assura"] if "assura" in times else float("nan")
        print(f"| {tool} | {t:.2f} | {nfiles / t:,.0f} | {ratio:.2f} |")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--repos",
        type=Path,
        default=Path(os.environ.get("ASSURA_BENCH_REPOS", "/work/corpora/inventory")),
    )
    ap.add_argument(
        "--speed-tree",
        type=Path,
        default=None,
        help="a large real tree (default: the benchmark venv's site-packages)",
    )
    ap.add_argument("--tools", default=",".join(anchors.TOOLS))
    ap.add_argument(
        "--heldout",
        type=Path,
        default=None,
        help="also score on a held-out set: a folder with repos.tsv and <name>.json truth files "
        "(bench/inventory/heldout), its repos fetched under --heldout-repos",
    )
    ap.add_argument("--heldout-repos", type=Path, default=Path("/work/corpora/heldout"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--skip-speed", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    tools = args.tools.split(",")
    anchors.install()
    print_quality(quality(args.repos, tools, args.verbose))
    if args.heldout:
        print("\n# Held-out set (labelled by us before any tool ran on it; never used for tuning)")
        print_quality(
            quality(args.heldout_repos, tools, args.verbose, truth=args.heldout), str(args.heldout)
        )
    if not args.skip_speed:
        tree = args.speed_tree or next((anchors.VENV / "lib").glob("python3*/site-packages"))
        speed(
            tree,
            [t for t in tools if t in ("assura", "airom", "cdxgen", "ai-bom", "aibom-scanner")],
            args.repeat,
        )


if __name__ == "__main__":
    main()
