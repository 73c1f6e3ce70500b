#!/usr/bin/env bash
# Runs every test project and ends with one line summing them: "N passed, N failed, N skipped".
# ZHIKU_TEST_STORE=postgres binds every test data directory to a fresh PostgreSQL database (see README);
# ZHIKU_TEST_NO_BUILD=1 runs what is built already (the second pass of .ci/run).
set -uo pipefail
cd "$(dirname "$0")/.."
log="$(mktemp)"
if [[ "${ZHIKU_TEST_NO_BUILD:-}" != "1" ]]; then
  dotnet build Zhiku.slnx -c Release -nologo -v quiet 2>&1 | tail -n 3
fi
dotnet test Zhiku.slnx -c Release --no-build -nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
summary=$(python3 - "$log" <<'PY'
import re, sys
passed = failed = skipped = 0
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    m = re.search(r"Failed:\s*(\d+),\s*Passed:\s*(\d+),\s*Skipped:\s*(\d+)", line)
    if m:
        failed += int(m.group(1)); passed += int(m.group(2)); skipped += int(m.group(3))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
)
rm -f "$log"
if [[ $status -ne 0 && "$summary" == "0 passed, 0 failed, 0 skipped" ]]; then
  summary="0 passed, 1 failed, 0 skipped"
fi
echo "$summary"
exit $status
