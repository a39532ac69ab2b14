#!/usr/bin/env bash
# Regenerate the example analyses from examples/systems/*.yaml (run from the repo root).
set -euo pipefail
A="${ASSURA:-.venv/bin/assura}"
out=docs/ara-examples
"$A" ara schema -o "$out/system-model.schema.json"
for f in examples/systems/*.yaml; do
  name=$(basename "$f" .yaml)
  "$A" ara analyze "$f" --no-store --format markdown -o "$out/$name.md" --diagram "$out/$name.svg"
  "$A" ara analyze "$f" --no-store --format json -o "$out/$name.json"
  "$A" ara analyze "$f" --no-store --format sarif -o "$out/$name.sarif"
  "$A" ara analyze "$f" --no-store --diagram "$out/$name.mmd" > /dev/null
  "$A" ara otm export "$f" -o "$out/$name.otm.json"
done
