"""The walker on messy real-world trees: vendored folders, .gitignore, links, bad bytes."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from assura.inventory.walker import Skipped, WalkOptions, walk


def _files(root: Path, **kw: object) -> dict[str, object]:
    return {
        item.relpath: item
        for item in walk(root, WalkOptions(**kw))  # type: ignore[arg-type]
    }


def test_skips_vendored_and_generated_folders(tmp_path: Path) -> None:
    for d in ("node_modules/x", ".venv/lib", "dist", ".git", "src", "custom-env"):
        (tmp_path / d).mkdir(parents=True)
        (tmp_path / d / "f.py").write_text("import openai\n")
    (tmp_path / "custom-env" / "pyvenv.cfg").write_text("home = /usr\n")
    got = _files(tmp_path)
    assert set(got) == {"src/f.py"}


def test_honours_gitignore_at_every_level(tmp_path: Path) -> None:
    (tmp_path / ".gitignore").write_text("secret/\n*.log\n")
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / ".gitignore").write_text("gen_*.py\n")
    for rel in ("a.py", "x.log", "secret/k.py", "pkg/gen_1.py", "pkg/keep.py"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x\n")
    got = set(_files(tmp_path))
    assert got == {".gitignore", "a.py", "pkg/.gitignore", "pkg/keep.py"}


def test_never_follows_symlinks(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.py").write_text("import anthropic\n")
    target = tmp_path / "target"
    target.mkdir()
    (target / "ok.py").write_text("x = 1\n")
    os.symlink(outside, target / "link-dir")
    os.symlink(outside / "secret.py", target / "link.py")
    assert set(_files(target)) == {"ok.py"}


def test_undecodable_file_is_reported_not_scanned(tmp_path: Path) -> None:
    (tmp_path / "bad.py").write_bytes(b"x = '\xff\xfe\xfa'\n")
    items = list(walk(tmp_path))
    assert items == [Skipped("bad.py", "not UTF-8 text")]


def test_huge_file_is_read_only_up_to_the_cap(tmp_path: Path) -> None:
    (tmp_path / "big.py").write_text("a = 1\n" * 10_000)
    items = list(walk(tmp_path, WalkOptions(max_text_bytes=1000)))
    skipped = [i for i in items if isinstance(i, Skipped)]
    files = [i for i in items if not isinstance(i, Skipped)]
    assert skipped and skipped[0].partial
    assert len(files) == 1 and files[0].text is not None and len(files[0].text) <= 1000


def test_cap_cutting_a_multibyte_character_still_decodes(tmp_path: Path) -> None:
    (tmp_path / "u.py").write_text("é" * 100)  # 200 bytes
    items = list(walk(tmp_path, WalkOptions(max_text_bytes=51)))
    files = [i for i in items if not isinstance(i, Skipped)]
    assert files[0].text == "é" * 25


def test_model_files_are_handed_over_without_text(tmp_path: Path) -> None:
    (tmp_path / "m.safetensors").write_bytes(b"\x00" * 64)
    (tmp_path / "blob.dat").write_bytes(b"\x00\x01" * 10)
    got = _files(tmp_path)
    assert got["m.safetensors"].text is None  # type: ignore[attr-defined]
    assert got["blob.dat"].text is None  # type: ignore[attr-defined]


def test_a_single_file_can_be_scanned(tmp_path: Path) -> None:
    f = tmp_path / "one.py"
    f.write_text("import torch\n")
    assert list(_files(f)) == ["one.py"]


@settings(max_examples=60, deadline=2000)
@given(st.binary(max_size=4096))
def test_any_bytes_never_break_the_walk(tmp_path_factory: object, data: bytes) -> None:
    root = tmp_path_factory.mktemp("w")  # type: ignore[attr-defined]
    (root / "f.py").write_bytes(data)
    items = list(walk(root))
    assert len(items) >= 1
