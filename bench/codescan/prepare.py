"""Bring the code of the shared codevuln cases into a folder outside the project.

For each ``../shared/data/codevuln/cases/<id>/truth.json`` this writes
``<dest>/<id>/vulnerable/<files>`` and, where a fix exists, ``<dest>/<id>/fixed/<files>``.
Released wheels come from PyPI (``pip download --no-deps``); git commits come from a local
mirror of the repository (``--mirrors``, one ``owner+name/repo`` git dir per repository, as
the search tool's ``fetch`` leaves them). Nothing here is committed to the project.

    python bench/codescan/prepare.py [--cases DIR] [--dest DIR] [--mirrors DIR]
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


def _pypi(spec: str, files: list[str], out: Path, cache: Path) -> bool:
    dist, version = spec.split("==")
    cache.mkdir(parents=True, exist_ok=True)
    norm = dist.replace("-", "_").lower()
    wheels = [w for w in cache.glob("*.whl") if w.name.lower().startswith(f"{norm}-{version}-")]
    if not wheels:
        cmd = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary=:all:"]
        subprocess.run([*cmd, spec, "-d", str(cache)], check=False, capture_output=True)
        wheels = [w for w in cache.glob("*.whl") if w.name.lower().startswith(f"{norm}-{version}-")]
    if not wheels:
        return False
    with zipfile.ZipFile(wheels[0]) as zf:
        names = set(zf.namelist())
        for f in files:
            if f in names:
                (out / f).parent.mkdir(parents=True, exist_ok=True)
                (out / f).write_bytes(zf.read(f))
    return True


def _git(repo: str, commit: str, files: list[str], out: Path, mirrors: Path) -> bool:
    gitdir = mirrors / repo.replace("/", "+") / "repo"
    if not gitdir.is_dir():
        return False
    for f in files:
        proc = subprocess.run(
            ["git", f"--git-dir={gitdir}", "archive", commit, f], capture_output=True, check=False
        )
        if proc.returncode != 0:
            print(f"  {repo}@{commit}: {f}: {proc.stderr.decode().strip()}", file=sys.stderr)
            continue
        with tarfile.open(fileobj=io.BytesIO(proc.stdout)) as tf:
            tf.extractall(out, filter="data")
    return True


def _fetch(repo: str, ref: str, files: list[str], out: Path, mirrors: Path, cache: Path) -> bool:
    ref = ref.split()[0]
    if out.exists() and all((out / f).is_file() for f in files):
        return True
    out.mkdir(parents=True, exist_ok=True)
    if ref.startswith("pypi:"):
        ok = _pypi(ref[5:], files, out, cache)
        if ok and all((out / f).is_file() for f in files):
            return True
        # fall back to git: a wheel that pip cannot get here; tags are named by version
        ref = ref.split("==")[1]
    return _git(repo, ref, files, out, mirrors)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=Path, default=REPO.parent / "shared/data/codevuln/cases")
    ap.add_argument("--dest", type=Path, default=Path("/work/corpora/codevuln"))
    ap.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    args = ap.parse_args()
    cache = Path(tempfile.gettempdir()) / "assura-codevuln-wheels"
    for truth_file in sorted(args.cases.glob("*/truth.json")):
        t = json.loads(truth_file.read_text())
        cid = t["id"]
        ok = _fetch(
            t["repo"],
            t["vulnerable_commit"],
            t["files"],
            args.dest / cid / "vulnerable",
            args.mirrors,
            cache,
        )
        msg = "ok" if ok else "MISSING"
        if t.get("fixed_commit"):
            fok = _fetch(
                t["repo"],
                t["fixed_commit"],
                t["fixed_files"],
                args.dest / cid / "fixed",
                args.mirrors,
                cache,
            )
            msg += " fixed:" + ("ok" if fok else "MISSING")
        print(f"{cid:32s} {msg}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
