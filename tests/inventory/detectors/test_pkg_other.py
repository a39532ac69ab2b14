"""Go, Rust, Java/Kotlin and .NET manifests (and Go imports)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assura.inventory.detectors.pkg_other import OtherEcosystemDetector
from assura.inventory.interface import SourceFile

Row = tuple[str, str, str | None, int | None, bool]


def rows(relpath: str, text: str) -> set[Row]:
    file = SourceFile(relpath, Path("/nonexistent") / relpath, text, len(text))
    return {
        (c.kind.value, c.name, c.version, c.evidence[0].line, bool(c.properties.get("transitive")))
        for c in OtherEcosystemDetector().detect(file)
    }


GO_MOD = """module example.com/app

go 1.22

require (
\tgithub.com/sashabaranov/go-openai v1.20.0
\tgithub.com/pgvector/pgvector-go v0.1.1 // indirect
\tgithub.com/gin-gonic/gin v1.9.1
)

require github.com/tmc/langchaingo v0.1.8
"""

GO_FILE = """package main

import (
\t"fmt"
\topenai "github.com/openai/openai-go/v2"
\t"github.com/aws/aws-sdk-go-v2/service/bedrockruntime"
)

func main() { fmt.Println("import \\"github.com/ollama/ollama/api\\"") }
"""

POM = """<project>
  <dependencies>
    <dependency>
      <groupId>dev.langchain4j</groupId>
      <artifactId>langchain4j-open-ai</artifactId>
      <version>0.35.0</version>
    </dependency>
    <dependency>
      <groupId>org.slf4j</groupId>
      <artifactId>slf4j-api</artifactId>
    </dependency>
  </dependencies>
</project>
"""


@pytest.mark.parametrize(
    ("relpath", "payload", "expected"),
    [
        (
            "go.mod",
            GO_MOD,
            {
                ("sdk", "github.com/sashabaranov/go-openai", "v1.20.0", 6, False),
                ("service", "openai", None, 6, False),
                ("vector_store", "pgvector", "v0.1.1", 7, True),
                ("agent_framework", "github.com/tmc/langchaingo", "v0.1.8", 11, False),
            },
        ),
        (
            "cmd/main.go",
            GO_FILE,
            {
                ("sdk", "github.com/openai/openai-go", None, 5, False),
                ("service", "openai", None, 5, False),
                ("sdk", "github.com/aws/aws-sdk-go-v2/service/bedrockruntime", None, 6, False),
                ("service", "aws-bedrock", None, 6, False),
            },
        ),
        (
            "Cargo.toml",
            '[package]\nname = "x"\n\n[dependencies]\nasync-openai = "0.23"\nserde = "1"\n'
            'qdrant-client = { version = "1.9" }\n',
            {
                ("sdk", "async-openai", "0.23", 5, False),
                ("service", "openai", None, 5, False),
                ("vector_store", "qdrant", "1.9", 7, False),
            },
        ),
        ("pom.xml", POM, {("sdk", "dev.langchain4j:langchain4j-open-ai", "0.35.0", 5, False)}),
        (
            "build.gradle.kts",
            'dependencies {\n    implementation("com.openai:openai-java:2.1.0")\n'
            '    // implementation("io.pinecone:pinecone-client:1.0")\n}\n',
            {
                ("sdk", "com.openai:openai-java", "2.1.0", 2, False),
                ("service", "openai", None, 2, False),
            },
        ),
        (
            "src/App.csproj",
            '<Project>\n  <ItemGroup>\n    <PackageReference Include="Azure.AI.OpenAI" Version="2.0.0" />\n'
            '    <PackageReference Include="Newtonsoft.Json" Version="13.0.1" />\n'
            '    <PackageReference Include="Microsoft.SemanticKernel.Connectors.Ollama" />\n'
            "  </ItemGroup>\n</Project>\n",
            {
                ("sdk", "Azure.AI.OpenAI", "2.0.0", 3, False),
                ("service", "azure-openai", None, 3, False),
                ("sdk", "Microsoft.SemanticKernel.Connectors.Ollama", None, 5, False),
            },
        ),
        ("Cargo.toml", "[dependencies\nnot toml", set()),
        ("go.mod", "module x\nrequire (\n\tgithub.com/gin-gonic/gin v1.9.1\n)\n", set()),
    ],
)
def test_other_ecosystems(relpath: str, payload: str, expected: set[Row]) -> None:
    assert rows(relpath, payload) == expected
