#!/usr/bin/env bash
# The main job on the embedded default: build Zhiku, import the bundled real sample corpus into a data directory
# (./zhiku-data unless --data or ZHIKU_DATA says otherwise) and run a few searches in Chinese and English.
# Importing again is a no-op, so the script can be run any number of times.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${ZHIKU_DATA:-zhiku-data}"
if [[ "${1:-}" == "--data" && -n "${2:-}" ]]; then DATA="$2"; fi

dotnet build src/Zhiku.Cli -c Release -v quiet -nologo >/dev/null
ZHIKU="dotnet src/Zhiku.Cli/bin/Release/net10.0/zhiku.dll"

echo "== Importing the sample corpus (samples/) into $DATA"
$ZHIKU --data "$DATA" import samples
echo
echo "== zhiku stats"
$ZHIKU --data "$DATA" stats
for query in '监管' 'title:智库 OR 科技' 'science policy' 'kind:policy-document year:[2019 TO 2019] 营商环境'; do
  echo
  echo "== zhiku search '$query' --limit 3"
  $ZHIKU --data "$DATA" search "$query" --limit 3
done
echo
echo "Try: dotnet src/Zhiku.Cli/bin/Release/net10.0/zhiku.dll --data $DATA search \"...\"  (or --help)"
