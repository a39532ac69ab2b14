"""Install commands in Dockerfiles, shell scripts and Makefiles."""

from __future__ import annotations

from pathlib import Path

import pytest

from assura.inventory.detectors.pkg_install import InstallCommandDetector, install_commands
from assura.inventory.interface import SourceFile


def rows(relpath: str, text: str) -> set[tuple[str, str, str | None, int | None]]:
    file = SourceFile(relpath, Path("/nonexistent") / relpath, text, len(text))
    return {
        (c.kind.value, c.name, c.version, c.evidence[0].line)
        for c in InstallCommandDetector().detect(file)
    }


@pytest.mark.parametrize(
    ("relpath", "payload", "expected"),
    [
        (
            "Dockerfile",
            "FROM python:3.11\nRUN pip install --no-cache-dir \\\n    torch==2.3.0 \\\n    flask\n",
            {("sdk", "torch", "2.3.0", 2)},
        ),
        (
            "scripts/setup.sh",
            "set -e\nuv pip install 'openai>=1' && npm i -g @anthropic-ai/sdk@0.20.0\n",
            {
                ("sdk", "openai", ">=1", 2),
                ("service", "openai", None, 2),
                ("sdk", "@anthropic-ai/sdk", "0.20.0", 2),
                ("service", "anthropic", None, 2),
            },
        ),
        (
            "Makefile",
            "deps:\n\tconda install -y -c pytorch faiss-gpu\n",
            {("vector_store", "faiss", None, 2)},
        ),
        (
            "docker/api.Dockerfile",
            "RUN poetry add langgraph@^0.2\n",
            {("agent_framework", "langgraph", None, 1)},
        ),
        # negatives
        (
            "Dockerfile",
            "RUN pip install -r requirements.txt\nRUN npm install && npm run build\n",
            set(),
        ),
        ("run.sh", "# pip install openai\necho 'installing'\n", set()),
        ("Dockerfile", "RUN pip install git+https://github.com/x/openai-fork.git ./local\n", set()),
    ],
)
def test_install_commands(
    relpath: str, payload: str, expected: set[tuple[str, str, str | None, int]]
) -> None:
    assert rows(relpath, payload) == expected


def test_install_command_parsing() -> None:
    assert list(install_commands("!pip install -q chromadb==0.4 -U langchain")) == [
        ("pypi", "chromadb", "0.4"),
        ("pypi", "langchain", None),
    ]
    assert list(install_commands("yarn add @langchain/openai@^0.2 ai")) == [
        ("npm", "@langchain/openai", "^0.2"),
        ("npm", "ai", None),
    ]


def test_applies_to() -> None:
    det = InstallCommandDetector()
    assert det.applies_to("Dockerfile") and det.applies_to("ops/Dockerfile.gpu")
    assert det.applies_to("bin/install.sh") and not det.applies_to("README.md")
