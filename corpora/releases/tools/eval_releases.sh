#!/usr/bin/env bash
# Extract every release in corpora/releases with its gold reference_date and score it.
# Usage: corpora/releases/tools/eval_releases.sh [PIPELINE] [OUT.jsonl]   (default: fast, /tmp/releases_pred.jsonl)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
pipeline="${1:-fast}"
out="${2:-/tmp/releases_pred.jsonl}"
: > "$out"
for txt in "$here"/*.txt; do
  id="$(basename "$txt" .txt)"
  ref="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["reference_date"] or "")' "$here/$id.gold.json")"
  if [ -n "$ref" ]; then
    presskz extract "$txt" --pipeline "$pipeline" --reference-date "$ref" >> "$out"
  else
    presskz extract "$txt" --pipeline "$pipeline" >> "$out"
  fi
done
presskz eval "$here" "$out"
