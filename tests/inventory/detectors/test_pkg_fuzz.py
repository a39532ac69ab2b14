"""Property tests: no parser or detector of the package family raises on random text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assura.inventory.detectors.pkg_install import install_commands
from assura.inventory.detectors.pkg_javascript import js_imports, strip_js_comments
from assura.inventory.detectors.pkg_locks import pipfile_lock_deps, toml_lock_deps, uv_root_deps
from assura.inventory.detectors.pkg_manifests import pipfile_deps, pyproject_deps, requirements_deps
from assura.inventory.detectors.pkg_notebook import notebook_cells
from assura.inventory.detectors.pkg_npm import (
    package_json_deps,
    package_lock_deps,
    pnpm_lock_deps,
    yarn_lock_deps,
)
from assura.inventory.detectors.pkg_other import (
    cargo_deps,
    go_imports,
    go_mod_deps,
    gradle_deps,
    nuget_deps,
    pom_deps,
)
from assura.inventory.detectors.pkg_python import python_imports
from assura.inventory.detectors.pkg_setup import conda_deps, setup_cfg_deps, setup_py_deps
from assura.inventory.detectors.sdk_detectors import DETECTORS
from assura.inventory.interface import SourceFile

# Text biased towards the syntax the parsers look for.
_TOKENS = st.sampled_from(
    [
        "import ",
        "from ",
        " openai",
        "langchain",
        "@ai-sdk/openai",
        "\n",
        "  ",
        "=",
        "==",
        "[",
        "]",
        "{",
        "}",
        '"',
        "'",
        ":",
        ",",
        "(",
        ")",
        "#",
        "-",
        "[[package]]",
        "name = ",
        "version = ",
        "node_modules/",
        "dependencies",
        "pip:",
        "!pip install ",
        "\\",
        "/*",
        "*/",
        "//",
        "`",
        "require(",
        "vector(3)",
        "CREATE EXTENSION vector",
        "\x00",
        "é",
    ]
)
TEXT = st.one_of(st.text(max_size=400), st.lists(_TOKENS, max_size=80).map("".join))
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

PARSERS = [
    lambda t: list(requirements_deps(t)),
    lambda t: list(pyproject_deps(t)),
    lambda t: list(pipfile_deps(t)),
    lambda t: list(setup_py_deps(t)),
    lambda t: list(setup_cfg_deps(t)),
    lambda t: list(conda_deps(t)),
    lambda t: list(toml_lock_deps(t)),
    uv_root_deps,
    lambda t: list(pipfile_lock_deps(t)),
    lambda t: list(package_json_deps(t)),
    package_lock_deps,
    pnpm_lock_deps,
    lambda t: list(yarn_lock_deps(t)),
    notebook_cells,
    js_imports,
    strip_js_comments,
    python_imports,
    lambda t: list(go_mod_deps(t)),
    lambda t: list(go_imports(t)),
    lambda t: list(cargo_deps(t)),
    lambda t: list(pom_deps(t)),
    lambda t: list(gradle_deps(t)),
    lambda t: list(nuget_deps(t)),
    lambda t: list(install_commands(t)),
]

NAMES = [
    "requirements.txt",
    "pyproject.toml",
    "Pipfile",
    "Pipfile.lock",
    "setup.py",
    "setup.cfg",
    "environment.yml",
    "poetry.lock",
    "uv.lock",
    "package.json",
    "package-lock.json",
    "pnpm-lock.yaml",
    "yarn.lock",
    "nb.ipynb",
    "app.py",
    "app.ts",
    "schema.sql",
    "Dockerfile",
    "setup.sh",
    "go.mod",
    "main.go",
    "Cargo.toml",
    "pom.xml",
    "build.gradle",
    "App.csproj",
]


@SETTINGS
@given(TEXT)
def test_parsers_never_raise(text: str) -> None:
    for parse in PARSERS:
        parse(text)


@SETTINGS
@given(TEXT, st.sampled_from(NAMES))
def test_detectors_never_raise(text: str, name: str) -> None:
    file = SourceFile(name, Path("/nonexistent") / name, text, len(text))
    for cls in DETECTORS:
        det = cls()
        if det.applies_to(name):
            for comp in det.detect(file):
                assert comp.name and all(loc.path == name for loc in comp.evidence)


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "b.txt", ".", "..", "", "\\", "/", "requirements", " "]), max_size=8
    )
)
def test_path_names_are_pathlibs(parts: list[str]) -> None:
    # the detectors' file and folder names, worked out from strings, are pathlib's
    from pathlib import PurePosixPath

    from assura.inventory.detectors.pkg_common import parent_name, path_name

    rel = "/".join(parts)
    posix = PurePosixPath(rel.replace("\\", "/"))
    assert path_name(rel) == posix.name
    assert parent_name(rel) == posix.parent.name
