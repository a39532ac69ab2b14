"""Do two source trees give the guard the same answers? For changes meant to be speed only.

    python bench/guard/exact_ab.py OLD_SRC NEW_SRC

Each tree scans every distinct text of the guard corpora and of the sets written for
assura (with each row's role) with the default policy, in its own process, and writes one
JSON line per text: the action, the scores, the findings (spans and excerpts included),
the decoded readings and the language choice. The script prints how many lines differ and
the first few texts that do; it exits 1 when any do. A source tree is a checkout's
``src`` (``git archive <commit> src | tar -x -C DIR``), as for ``latency_ab.py``. About a
minute per tree here; needs no third-party package but assura's own dependencies.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[2] / "shared" / "data" / "guard"

CHILD = r"""
import json, sys
from pathlib import Path
sys.path[:0] = [sys.argv[1], sys.argv[2]]
from assura.guard import Guard, Role, default_policy
from assura.guard.decoders import decoded_variants
from assura.guard.language import mostly_english
from sets import all_texts
guard = Guard(default_policy())
with open(sys.argv[4], "w", encoding="utf-8") as out:
    for text, role in all_texts(Path(sys.argv[3])):
        res = guard.scan_input(text, role=Role.parse(role))
        findings = sorted(json.dumps(f.to_dict(), sort_keys=True, default=str) for f in res.findings)
        scores = {k: round(v, 12) for k, v in sorted(res.scores.items())}
        line = [res.action.value, scores, findings, decoded_variants(text), mostly_english(text)]
        out.write(json.dumps(line, default=str) + "\n")
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("old", help="the src directory of the reference tree")
    ap.add_argument("new", help="the src directory of the changed tree")
    ap.add_argument("--data", default=str(DATA))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        dumps = []
        for k, tree in enumerate((args.old, args.new)):
            dump = Path(tmp) / f"{k}.jsonl"
            argv = [sys.executable, "-c", CHILD, tree, str(HERE), args.data, str(dump)]
            done = subprocess.run(argv, capture_output=True, text=True)
            if done.returncode != 0:
                sys.exit(f"{tree}: {done.stderr.strip().splitlines()[-1]}")
            dumps.append(dump.read_text(encoding="utf-8").splitlines())
    sys.path.insert(0, str(HERE))
    from sets import all_texts

    keys = all_texts(Path(args.data))
    old, new = dumps
    differ = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
    print(f"{len(old)} texts, {len(differ)} with a different answer")
    for i in differ[:5]:
        text, role = keys[i]
        print(f"- ({role}) {text[:100]!r}")
        print(f"  old: {json.loads(old[i])[:2]}\n  new: {json.loads(new[i])[:2]}")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
