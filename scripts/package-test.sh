#!/usr/bin/env bash
# The package as an IT office installs it (as root, on Debian): builds the x64 .deb and the ARM64 release, installs
# the .deb with dpkg -i, starts the unit's ExecStart line as the zhiku user (no systemd in CI), waits for /health and
# /health/ready, imports a sample through the API and adds a user, upgrades to a newer version of the same build with
# dpkg -i (the edited conffile and the data kept, the same counts), opens a data directory written by an older build
# (schema 10) with the new binary (migrated), removes the package with dpkg -r and checks that /var/lib/zhiku still
# holds the data; the ARM64 binary is checked with `file`. Leaves the machine as it found it (purge, data and user removed at the end).
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
[[ -f /usr/share/doc/zhiku/nginx-zhiku.conf ]] || fail "the package lacks the sample nginx site /usr/share/doc/zhiku/nginx-zhiku.conf"
unit=/lib/systemd/system/zhiku.service
for directive in Restart=on-failure NoNewPrivileges=yes ProtectSystem=strict ReadWritePaths=/var/lib/zhiku User=zhiku; do
  grep -qx "$directive" "$unit" || fail "$unit lacks $directive"
done

# An administrator's edits: a free port and a known first password (the conffile keeps them on upgrade).
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
sed -i "s|\"urls\": \"http://127.0.0.1:5000\"|\"urls\": \"http://127.0.0.1:$port\"|; s|\"AdminPassword\": \"\"|\"AdminPassword\": \"package test password\"|" /etc/zhiku/zhiku.json
edited=$(sha256sum /etc/zhiku/zhiku.json)
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
log=$(mktemp)
as_zhiku() { (cd /var/lib/zhiku && runuser -u zhiku -- env DOTNET_NOLOGO=1 "$@"); }
# start [ARGS...]: the unit's ExecStart line as the zhiku user (ARGS appended), waits for /health and /health/ready.
start() {
  (cd /var/lib/zhiku && exec runuser -u zhiku -- env DOTNET_NOLOGO=1 ASPNETCORE_ENVIRONMENT=Production $exec_start "$@") >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  tail -n 20 "$log"; fail "the installed server did not answer /health and /health/ready ($*)"
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null; pid=""; }
ready() { curl -fsS "http://127.0.0.1:$port/health/ready"; }
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
schema() { python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('PRAGMA user_version').fetchone()[0])" "$1"; }

start
ready; echo
# Data of the first version: an import through the API (token of the first administrator) and a user.
token=$(as_zhiku zhiku users token admin --json --data /var/lib/zhiku | json "['token']") || fail "zhiku users token admin"
# shared/data beside the repository (as tests/Shared/SharedData.cs finds it), or $ZHIKU_SHARED.
shared=${ZHIKU_SHARED:-}
for dir in "$(pwd)" "$(pwd)/.." "$(pwd)/../.."; do
  [[ -z $shared && -f $dir/shared/data/SOURCES.md ]] && shared=$dir/shared
done
sample=$shared/data/bibliographic/cnki/noteexpress/CoverAllTest15Entries.net
[[ -f $sample ]] || fail "the sample $sample of shared/data is missing (set ZHIKU_SHARED)"
job=$(curl -fsS -H "Authorization: Bearer $token" -F "files=@$sample" "http://127.0.0.1:$port/api/v1/imports" | json "['id']") || fail "the import through the API was refused"
for _ in $(seq 1 120); do
  state=$(curl -fsS -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/imports/$job" | json "['state']")
  [[ $state == queued || $state == running ]] || break
  sleep 0.5
done
[[ $state == done ]] || fail "the import job $job ended $state"
as_zhiku zhiku orgs add "升级测试机构" --data /var/lib/zhiku >/dev/null || fail "zhiku orgs add"
as_zhiku zhiku users add upgrade-analyst --role analyst --org "升级测试机构" --data /var/lib/zhiku >/dev/null || fail "zhiku users add"
for _ in $(seq 1 40); do [[ $(ready | json "['indexLag']") == 0 ]] && break; sleep 0.25; done
before=$(ready)
[[ $(echo "$before" | json "['documents']") -gt 0 ]] || fail "nothing was imported: $before"
grep -q '"RequestId"' "$log" || grep -q '"Scopes"' "$log" || true
stop
[[ -n "$(find /var/lib/zhiku -name '*.db' -user zhiku)" ]] || fail "the server wrote no store as the zhiku user"

# The upgrade: the same build as a newer version over the installed one. The edited conffile and the data are kept,
# and the new version answers with the same counts.
old_version=$(dpkg-query -W -f='${Version}' zhiku)
new_version="$old_version.1"
newer=$(mktemp -d)
dpkg-deb -R "$deb" "$newer/root" && sed -i "s/^Version: .*/Version: $new_version/" "$newer/root/DEBIAN/control" \
  && dpkg-deb --root-owner-group -Znone --build "$newer/root" "$newer/zhiku_${new_version}_amd64.deb" >/dev/null || fail "repacking $deb as $new_version"
dpkg -i "$newer/zhiku_${new_version}_amd64.deb" </dev/null >/dev/null || fail "dpkg -i of the newer version $new_version over $old_version"
rm -rf "$newer"
[[ $(dpkg-query -W -f='${Version}' zhiku) == "$new_version" ]] || fail "the upgrade did not install $new_version"
[[ $(sha256sum /etc/zhiku/zhiku.json) == "$edited" ]] || fail "the upgrade changed the edited /etc/zhiku/zhiku.json"
start
after=$(ready)
for field in documents storeLastChange; do
  [[ $(echo "$before" | json "['$field']") == $(echo "$after" | json "['$field']") ]] || fail "$field changed by the upgrade: $before, then $after"
done
as_zhiku zhiku users list --data /var/lib/zhiku | grep -q upgrade-analyst || fail "the user upgrade-analyst is gone after the upgrade"
stop
echo "upgrade $old_version -> $new_version kept the settings and the data: $after"

# A data directory written by an older build (schema 10, tests/Shared/Upgrade/README.md) is migrated when the new
# binary opens it, with its records and users.
older=/var/lib/zhiku/schema10
tar -xzf tests/Shared/Upgrade/data-schema10.tar.gz -C /var/lib/zhiku && chown -R zhiku:zhiku "$older" || fail "unpacking the schema 10 data directory"
[[ $(schema "$older/zhiku.db") == 10 ]] || fail "the older data directory is not at schema 10"
start --data "$older"
migrated=$(ready)
stop
latest=$(schema /var/lib/zhiku/zhiku.db)
[[ $(schema "$older/zhiku.db") == "$latest" ]] || fail "the schema 10 data directory was not migrated to $latest"
[[ $(echo "$migrated" | json "['documents']") == "$(cat tests/Shared/Upgrade/data-schema10.documents)" ]] || fail "the migrated data directory lost records: $migrated"
as_zhiku zhiku users list --data "$older" | grep -q schema10-analyst || fail "the user of the schema 10 data directory is gone"
echo "schema 10 data directory migrated to $latest: $migrated"

dpkg -r zhiku >/dev/null 2>&1 || fail "dpkg -r zhiku"
[[ ! -e /usr/lib/zhiku/zhiku ]] || fail "dpkg -r left /usr/lib/zhiku/zhiku"
[[ -n "$(find /var/lib/zhiku -name '*.db')" ]] || fail "removing the package deleted the data in /var/lib/zhiku"
rm -f "$log"
cleanup
echo "package build $((built - started)) s, install/run/remove $(( $(date +%s) - built )) s"
echo "package test: passed"
