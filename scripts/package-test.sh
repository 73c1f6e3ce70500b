#!/usr/bin/env bash
# The package as an IT office installs it (as root, on Debian): builds the x64 .deb and the ARM64 release, installs
# the .deb with dpkg -i, starts the unit's ExecStart line as the zhiku user (no systemd in CI), waits for /health and
# /health/ready, stops it, removes the package with dpkg -r and checks that /var/lib/zhiku still holds the data; the
# ARM64 binary is checked with `file`. Leaves the machine as it found it (purge, data and user removed at the end).
# Last line: "package test: passed" or "package test: failed (REASON)"; exit code 0 or 1.
set -uo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
pid=""
fail() { echo "package test: failed ($*)"; cleanup; exit 1; }
cleanup() {
  [[ -n "$pid" ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  dpkg --purge zhiku >/dev/null 2>&1
  rm -rf /var/lib/zhiku /etc/zhiku
  getent passwd zhiku >/dev/null && userdel zhiku 2>/dev/null
  getent group zhiku >/dev/null && groupdel zhiku 2>/dev/null
  pid=""
}
[[ $(id -u) -eq 0 ]] || fail "needs root for dpkg -i"
command -v dpkg-deb >/dev/null && command -v file >/dev/null || fail "dpkg-deb and file are needed"
cleanup

out=$(bash scripts/package.sh linux-x64 linux-arm64 2>&1) || { echo "$out"; fail "scripts/package.sh failed"; }
deb=$(ls -t artifacts/package/zhiku_*_amd64.deb | head -n1)
arm=$(ls -td artifacts/package/zhiku-*-linux-arm64 | head -n1)
built=$(date +%s)
file -L "$arm/zhiku" | grep -q "ARM aarch64" || fail "$arm/zhiku is not an ARM64 executable: $(file -L "$arm/zhiku")"

dpkg -i "$deb" >/dev/null || fail "dpkg -i $deb"
getent passwd zhiku >/dev/null || fail "no zhiku user after installing"
[[ $(stat -c %U /var/lib/zhiku) == zhiku ]] || fail "/var/lib/zhiku is not the zhiku user's"
dpkg-query -W -f='${Conffiles}' zhiku | grep -q /etc/zhiku/zhiku.json || fail "/etc/zhiku/zhiku.json is not a conffile"
unit=/lib/systemd/system/zhiku.service
for directive in Restart=on-failure NoNewPrivileges=yes ProtectSystem=strict ReadWritePaths=/var/lib/zhiku User=zhiku; do
  grep -qx "$directive" "$unit" || fail "$unit lacks $directive"
done

# An administrator's edits: a free port and a known first password (the conffile keeps them on upgrade).
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
sed -i "s|\"urls\": \"http://127.0.0.1:5000\"|\"urls\": \"http://127.0.0.1:$port\"|; s|\"AdminPassword\": \"\"|\"AdminPassword\": \"package test password\"|" /etc/zhiku/zhiku.json
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
log=$(mktemp)
(cd /var/lib/zhiku && exec runuser -u zhiku -- env DOTNET_NOLOGO=1 ASPNETCORE_ENVIRONMENT=Production $exec_start) >"$log" 2>&1 &
pid=$!
ready=""
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then
    ready=yes; break
  fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
[[ -n "$ready" ]] || { tail -n 20 "$log"; fail "the installed server did not answer /health and /health/ready"; }
curl -fsS "http://127.0.0.1:$port/health/ready"; echo
grep -q '"RequestId"' "$log" || grep -q '"Scopes"' "$log" || true
kill "$pid"; wait "$pid" 2>/dev/null; pid=""
[[ -n "$(find /var/lib/zhiku -name '*.db' -user zhiku)" ]] || fail "the server wrote no store as the zhiku user"

dpkg -r zhiku >/dev/null 2>&1 || fail "dpkg -r zhiku"
[[ ! -e /usr/lib/zhiku/zhiku ]] || fail "dpkg -r left /usr/lib/zhiku/zhiku"
[[ -n "$(find /var/lib/zhiku -name '*.db')" ]] || fail "removing the package deleted the data in /var/lib/zhiku"
rm -f "$log"
cleanup
echo "package build $((built - started)) s, install/run/remove $(( $(date +%s) - built )) s"
echo "package test: passed"
