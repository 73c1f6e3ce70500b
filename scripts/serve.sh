#!/usr/bin/env bash
# The main job: build Zhiku and run the web platform. The first start on an empty data directory (./zhiku-data unless
# --data DIR or ZHIKU_DATA says otherwise) imports the bundled sample corpus in the background and prints the address
# and the administrator's password once. Stop with Ctrl+C; start again with the same command.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${ZHIKU_DATA:-zhiku-data}"
URLS="${ZHIKU_URLS:-http://localhost:5000}"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --data) DATA="$2"; shift 2 ;;
    --urls) URLS="$2"; shift 2 ;;
    *) echo "usage: scripts/serve.sh [--data DIR] [--urls URL]" >&2; exit 1 ;;
  esac
done

dotnet build src/Zhiku.Cli -c Release -v quiet -nologo >/dev/null
exec dotnet src/Zhiku.Cli/bin/Release/net10.0/zhiku.dll --data "$DATA" serve --urls "$URLS"
