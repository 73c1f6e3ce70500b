#!/usr/bin/env bash
# Load on the search API from a second process (wrk): requests/s and latency at 1, 8 and 32 connections, first with
# every search computed (the result cache off), then with the cache of recent results on (the platform's default).
# Usage: bash scripts/bench-web.sh DATA_DIR [seconds]   (DATA_DIR: a built knowledge base, e.g. the 1M bench corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:?usage: bench-web.sh DATA_DIR [seconds]}"
SECONDS_PER_RUN="${2:-30}"
PORT=5077
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
dotnet build src/Zhiku.Cli -c Release -v quiet -nologo >/dev/null

run() {
  local cache="$1"
  dotnet src/Zhiku.Cli/bin/Release/net10.0/zhiku.dll --data "$DATA" serve --no-samples --search-cache "$cache" \
    --urls "http://127.0.0.1:$PORT" > "/tmp/zhiku-bench-web-$cache.log" 2>&1 &
  local server=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/api/v1/search?q=warmup" >/dev/null && break; sleep 1; done
  echo "### search cache entries: $cache — $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cpus, load $(cut -d' ' -f1-3 /proc/loadavg)"
  wrk -t1 -c1 -d10s -s benchmarks/web/search.lua "http://127.0.0.1:$PORT" >/dev/null   # warm-up
  for c in 1 8 32; do
    echo "== $c connection(s)"
    wrk -t$(( c < 2 ? 1 : 2 )) -c"$c" -d"${SECONDS_PER_RUN}s" --latency -s benchmarks/web/search.lua "http://127.0.0.1:$PORT" \
      | grep -E "Requests/sec|Latency  |50%|99%|Non-2xx|Socket errors"
  done
  kill "$server"; wait "$server" 2>/dev/null || true
}

run 0
run 1000
