"""Lock-file detectors: direct vs transitive, versions, lines."""

from __future__ import annotations

from pathlib import Path

from assura.inventory.detectors.pkg_locks import PythonLockDetector
from assura.inventory.detectors.pkg_npm import NpmLockDetector, PackageJsonDetector
from assura.inventory.interface import Component, SourceFile

FIXTURES = Path(__file__).parent.parent / "fixtures" / "pkg"

Row = tuple[str, str, str | None, int | None, bool]


def rows(detector: object, rel: str) -> set[Row]:
    path = FIXTURES / rel
    text = path.read_text()
    file = SourceFile(rel, path, text, len(text))
    found: list[Component] = list(detector.detect(file))  # type: ignore[attr-defined]
    for c in found:
        assert c.confidence == (0.6 if c.properties.get("transitive") else c.confidence)
    return {
        (c.kind.value, c.name, c.version, c.evidence[0].line, bool(c.properties.get("transitive")))
        for c in found
    }


def test_poetry_lock_direct_from_sibling_pyproject() -> None:
    assert rows(PythonLockDetector(), "poetry_app/poetry.lock") == {
        ("sdk", "langchain-core", "0.2.10", 11, True),
        ("agent_framework", "langgraph", "0.2.1", 17, False),
        ("sdk", "langsmith", "0.1.82", 23, True),
        ("sdk", "openai", "1.35.3", 29, False),
        ("service", "openai", None, 29, False),
    }


def test_poetry_pyproject_lines_skip_description() -> None:
    from assura.inventory.detectors.pkg_manifests import PyprojectDetector

    found = rows(PyprojectDetector(), "poetry_app/pyproject.toml")
    assert ("sdk", "openai", "^1.30.0", 8, False) in found
    assert ("agent_framework", "langgraph", "0.2.1", 9, False) in found


def test_uv_lock_root_entry() -> None:
    assert rows(PythonLockDetector(), "uv_app/uv.lock") == {
        ("sdk", "anthropic", "0.31.2", 5, False),
        ("service", "anthropic", None, 5, False),
        ("sdk", "tokenizers", "0.19.1", 14, True),
    }


def test_pipfile_lock() -> None:
    assert rows(PythonLockDetector(), "pipenv_app/Pipfile.lock") == {
        ("sdk", "cohere", "5.5.8", 7, False),
        ("service", "cohere", None, 7, False),
        ("sdk", "tokenizers", "0.19.1", 14, True),
    }


def test_package_lock_v3() -> None:
    assert rows(NpmLockDetector(), "npm_app/package-lock.json") == {
        ("sdk", "@langchain/core", "0.2.12", 15, True),
        ("sdk", "@langchain/openai", "0.2.1", 19, False),
        ("service", "openai", None, 19, False),
        ("sdk", "openai", "4.52.0", 23, True),
    }


def test_package_json() -> None:
    assert rows(PackageJsonDetector(), "npm_app/package.json") == {
        ("sdk", "@langchain/openai", "^0.2.1", 5, False),
        ("service", "openai", None, 5, False),
    }
    assert rows(PackageJsonDetector(), "yarn_app/package.json") == {
        ("sdk", "ai", "3.2.0", 4, False),
        ("sdk", "@anthropic-ai/sdk", ">=0.20", 7, False),
        ("service", "anthropic", None, 7, False),
    }


def test_yarn_lock_v1() -> None:
    assert rows(NpmLockDetector(), "yarn_app/yarn.lock") == {
        ("sdk", "@anthropic-ai/sdk", "0.24.3", 5, False),
        ("service", "anthropic", None, 5, False),
        ("sdk", "ai", "3.2.0", 9, False),
        ("sdk", "@ai-sdk/provider", "0.0.10", 13, True),
    }


def test_pnpm_lock_v9() -> None:
    assert rows(NpmLockDetector(), "pnpm_app/pnpm-lock.yaml") == {
        ("vector_store", "pinecone", "2.2.2", 19, False),
        ("sdk", "cohere", "7.10.6", 22, True),
        ("sdk", "openai", "4.52.0", 25, False),
        ("service", "openai", None, 25, False),
    }


def test_package_lock_v1_and_yarn_berry(tmp_path: Path) -> None:
    v1 = (
        '{\n  "lockfileVersion": 1,\n  "dependencies": {\n    "openai": {\n'
        '      "version": "3.3.0",\n      "resolved": "https://r/openai-3.3.0.tgz"\n    }\n  }\n}\n'
    )
    berry = (
        '__metadata:\n  version: 6\n\n"groq-sdk@npm:^0.5.0":\n  version: 0.5.0\n  resolution: "x"\n'
    )
    for name, text in (("package-lock.json", v1), ("yarn.lock", berry)):
        (tmp_path / name).write_text(text)
    found = {
        (c.name, c.version, c.evidence[0].line)
        for name in ("package-lock.json", "yarn.lock")
        for c in NpmLockDetector().detect(
            SourceFile(name, tmp_path / name, (tmp_path / name).read_text(), 1)
        )
    }
    assert found == {("openai", "3.3.0", 4), ("groq", "0.5.0", 4)}


def test_yarn_workspaces_make_member_deps_direct(tmp_path: Path) -> None:
    (tmp_path / "package.json").write_text('{"private": true, "workspaces": ["apps/*"]}')
    (tmp_path / "apps" / "web").mkdir(parents=True)
    (tmp_path / "apps" / "web" / "package.json").write_text('{"dependencies": {"openai": "^4"}}')
    lock = '"openai@^4":\n  version "4.1.0"\n\nlangsmith@^0.1:\n  version "0.1.2"\n'
    (tmp_path / "yarn.lock").write_text(lock)
    found = {
        (c.name, bool(c.properties.get("transitive")))
        for c in NpmLockDetector().detect(SourceFile("yarn.lock", tmp_path / "yarn.lock", lock, 1))
        if c.kind.value == "sdk"
    }
    assert found == {("openai", False), ("langsmith", True)}


def test_package_lock_workspace_members_are_direct(tmp_path: Path) -> None:
    lock = (
        '{\n  "lockfileVersion": 3,\n  "packages": {\n    "": {"workspaces": ["api"]},\n'
        '    "api": {\n      "dependencies": {"ollama": "^0.5"}\n    },\n'
        '    "node_modules/ollama": {\n      "version": "0.5.1"\n    }\n  }\n}\n'
    )
    found = [
        c
        for c in NpmLockDetector().detect(SourceFile("package-lock.json", tmp_path / "x", lock, 1))
        if c.kind.value == "sdk"
    ]
    assert [(c.name, c.version, c.properties.get("transitive")) for c in found] == [
        ("ollama", "0.5.1", None)
    ]
