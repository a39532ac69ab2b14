"""Fixtures for the maturity tests: the bundled catalog and a small repo that uses AI."""

from __future__ import annotations

from pathlib import Path

import pytest

from assura.maturity import Catalog, load_catalog


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture
def ai_repo(tmp_path: Path) -> Path:
    """A repo that calls a hosted LLM: the inventory finds an SDK and a model id."""
    repo = tmp_path / "chat-app"
    repo.mkdir()
    (repo / "requirements.txt").write_text("openai==1.40.0\nfastapi\n")
    (repo / "app.py").write_text(
        "from openai import OpenAI\n\n"
        "client = OpenAI()\n\n\n"
        "def answer(q: str) -> str:\n"
        '    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": q}])\n'
        "    return r.choices[0].message.content or ''\n"
    )
    return repo
