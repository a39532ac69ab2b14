"""pgvector / Elasticsearch / OpenSearch vector schemas."""

from __future__ import annotations

from pathlib import Path

import pytest

from assura.inventory.detectors.pkg_vectorsql import VectorSchemaDetector
from assura.inventory.interface import SourceFile

FIXTURES = Path(__file__).parent.parent / "fixtures" / "pkg"


def found(relpath: str, text: str) -> set[tuple[str, int | None]]:
    file = SourceFile(relpath, Path("/nonexistent") / relpath, text, len(text))
    return {(c.name, c.evidence[0].line) for c in VectorSchemaDetector().detect(file)}


def test_sql_migration_fixture() -> None:
    text = (FIXTURES / "sql" / "0001_init.sql").read_text()
    assert found("db/0001_init.sql", text) == {("pgvector", 2), ("pgvector", 7), ("pgvector", 9)}


@pytest.mark.parametrize(
    ("relpath", "payload", "expected"),
    [
        ("m.py", 'op.execute("CREATE EXTENSION IF NOT EXISTS vector")\n', {("pgvector", 1)}),
        ("m.rb", 'enable_extension "vector"\n', {("pgvector", 1)}),
        ("schema.prisma", 'embedding Unsupported("vector(768)")?\n', {("pgvector", 1)}),
        ("idx.json", '{"properties": {"v": {"type": "dense_vector"}}}', {("elasticsearch", 1)}),
        ("idx.py", 'm = {"type": "knn_vector", "dimension": 3}\n', {("opensearch", 1)}),
        # negatives
        ("m.py", "v = vector(3)\nx = np.vector(1536)\n", set()),
        ("m.sql", 'CREATE EXTENSION "uuid-ossp";\nCREATE EXTENSION vectorize;\n', set()),
        ("notes.sql", "-- nothing here\n", set()),
    ],
)
def test_schemas(relpath: str, payload: str, expected: set[tuple[str, int]]) -> None:
    assert found(relpath, payload) == expected
