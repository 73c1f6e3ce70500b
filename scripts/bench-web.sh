#!/usr/bin/env bash
# Load on the search API from a second process (wrk): requests/s and latency at 1, 8 and 32 connections.
# Usage: bash scripts/bench-web.sh DATA_DIR [seconds]   (DATA_DIR: a built knowledge base, e.g. the 1M bench corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:?usage: bench-web.sh DATA_DIR [seconds]}"
SECONDS_PER_RUN="${2:-30}"
PORT=5077
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
dotnet build src/Zhiku.Cli -c Release -v quiet -nologo >/dev/null
dotnet src/Zhiku.Cli/bin/Release/net10.0/zhiku.dll --data "$DATA" serve --no-samples --urls "http://127.0.0.1:$PORT" > /tmp/zhiku-bench-web.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/api/v1/search?q=warmup" >/dev/null && break; sleep 1; done
echo "$(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cpus, load $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t1 -c1 -d10s -s benchmarks/web/search.lua "http://127.0.0.1:$PORT" >/dev/null   # warm-up
for c in 1 8 32; do
  echo "== $c connection(s)"
  wrk -t$(( c < 2 ? 1 : 2 )) -c"$c" -d"${SECONDS_PER_RUN}s" --latency -s benchmarks/web/search.lua "http://127.0.0.1:$PORT" \
    | grep -E "Requests/sec|Latency  |50%|99%|Non-2xx|Socket errors"
done
