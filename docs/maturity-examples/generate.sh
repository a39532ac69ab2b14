#!/usr/bin/env bash
# Regenerate the example maturity reports shown in docs/maturity.md.
# A throwaway ASSURA_HOME gets real platform evidence first (an inventory scan of
# examples/chatbot, a saved ARA of examples/systems/rag-chatbot.yaml, one logged access
# decision and a signed ledger checkpoint), then each example answers file is assessed.
set -euo pipefail
cd "$(dirname "$0")/../.."
ASSURA=${ASSURA:-.venv/bin/assura}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export ASSURA_HOME="$home"
unset ASSURA_DATABASE_URL
"$ASSURA" inventory scan examples/chatbot --no-progress --format json >/dev/null
"$ASSURA" ara analyze examples/systems/rag-chatbot.yaml --save --format json --output /dev/null || true
"$ASSURA" access principal add release-bot >/dev/null
"$ASSURA" access check release-bot model:deploy model:support-bot >/dev/null || true
"$ASSURA" ledger checkpoint >/dev/null
for size in small medium large; do
  "$ASSURA" maturity assess --answers "examples/maturity/$size.yaml" --save \
    --format markdown --output "docs/maturity-examples/$size.md" --chart "docs/maturity-examples/$size.svg"
done
"$ASSURA" maturity export 2 --format html --output docs/maturity-examples/medium.html
"$ASSURA" maturity coverage --framework nist-ai-rmf --format markdown --assessment 3 \
  --output docs/maturity-examples/large-coverage-nist-ai-rmf.md
"$ASSURA" maturity history > docs/maturity-examples/history.txt
chmod a+r docs/maturity-examples/*
