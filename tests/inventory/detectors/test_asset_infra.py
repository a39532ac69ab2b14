"""AI services in infrastructure: images, Terraform, API hosts."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from assura.inventory.detectors.asset_infra import InfraServiceDetector
from assura.inventory.interface import SourceFile

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "asset" / "infra"


def found(rel: str) -> set[tuple[str, str, int | None]]:
    path = FIX / rel
    text = path.read_text("utf-8")
    det = InfraServiceDetector()
    assert det.applies_to(rel)
    return {
        (c.kind.value, c.name, c.evidence[0].line)
        for c in det.detect(SourceFile(rel, path, text, len(text)))
    }


def test_compose_images() -> None:
    assert found("docker-compose.yml") == {
        ("service", "ollama", 3),
        ("service", "vllm", 6),
        ("service", "text-generation-inference", 8),
        ("vector_store", "qdrant", 10),
        ("service", "ollama", 17),
    }


def test_kubernetes_and_dockerfile() -> None:
    assert found("deployment.yaml") == {("service", "triton-inference-server", 8)}
    assert found("Dockerfile") == {("service", "ollama", 1)}


def test_terraform() -> None:
    assert found("main.tf") == {
        ("service", "azure-openai", 1),
        ("service", "azure-openai", 12),
        ("service", "aws-bedrock", 22),
        ("service", "google-vertex-ai", 26),
        ("service", "aws-bedrock", 34),
    }


def test_hosts_in_code() -> None:
    assert found("client.py") == {
        ("service", "openai", 3),
        ("service", "azure-openai", 4),
        ("service", "aws-bedrock", 5),
        ("service", "ollama", 6),
        ("service", "groq", 8),
    }


@settings(max_examples=120, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["a.tf", "a.yaml", "Dockerfile", "a.py"]))
def test_never_raises(text: str, rel: str) -> None:
    det = InfraServiceDetector()
    list(det.detect(SourceFile(rel, Path("/nonexistent") / rel, text, len(text))))


def test_more_images_inline() -> None:
    text = (
        "services:\n"
        "  db:\n    image: pgvector/pgvector:pg16\n"
        "  ai:\n    image: localai/localai:latest-cpu\n"
        "  ml:\n    image: mlflow/mlflow\n"
        "  v:\n    image: vllm/vllm-tpu:nightly\n"
    )
    det = InfraServiceDetector()
    got = {
        (c.kind.value, c.name)
        for c in det.detect(SourceFile("compose.yaml", Path("/x/compose.yaml"), text, len(text)))
    }
    assert got == {
        ("vector_store", "pgvector"),
        ("service", "localai"),
        ("service", "mlflow"),
        ("service", "vllm"),
    }
