#!/usr/bin/env bash
# Builds self-contained releases of the `zhiku` command (which serves the web platform with `zhiku serve`):
#   artifacts/package/zhiku-VERSION-linux-x64.tar.gz and -linux-arm64.tar.gz, zhiku_VERSION_amd64.deb and _arm64.deb.
# The .deb installs /usr/lib/zhiku (the release), /usr/bin/zhiku, /etc/zhiku/zhiku.json (a conffile), the systemd unit
# zhiku.service, the sample nginx site /usr/share/doc/zhiku/nginx-zhiku.conf, and creates the zhiku system user and /var/lib/zhiku (kept when the package is removed).
# Usage: bash scripts/package.sh [RID...]   (default: linux-x64 linux-arm64; ZHIKU_VERSION overrides the version)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
rids=("$@")
[[ ${#rids[@]} -gt 0 ]] || rids=(linux-x64 linux-arm64)
version="${ZHIKU_VERSION:-0.1.$(git rev-list --count HEAD 2>/dev/null || echo 0)}"
out=artifacts/package
mkdir -p "$out"

for rid in "${rids[@]}"; do
  case "$rid" in
    linux-x64) arch=amd64 ;;
    linux-arm64) arch=arm64 ;;
    *) echo "package.sh: unsupported runtime $rid (linux-x64 or linux-arm64)" >&2; exit 1 ;;
  esac
  release="$out/zhiku-$version-$rid"
  rm -rf "$release"
  # Self-contained: the .NET runtime travels with the release, the server needs no SDK. Not trimmed (reflection).
  dotnet publish src/Zhiku.Cli -c Release -r "$rid" --self-contained true -p:PublishSingleFile=false \
    -p:DebugType=none -p:GenerateDocumentationFile=false -o "$release" -nologo -v quiet
  # The pages' static files (the web project's wwwroot, which a publish of the CLI does not carry).
  [[ -d "$release/wwwroot" ]] || cp -r src/Zhiku.Web/wwwroot "$release/wwwroot"
  cp README.md "$release/"
  cp deploy/zhiku.json deploy/zhiku.service deploy/nginx-zhiku.conf "$release/"
  tar -C "$out" -czf "$release.tar.gz" "zhiku-$version-$rid"

  root="$out/deb-$arch"
  rm -rf "$root"
  install -d "$root/DEBIAN" "$root/usr/lib" "$root/usr/bin" "$root/etc/zhiku" "$root/lib/systemd/system" "$root/usr/share/doc/zhiku"
  cp -a "$release" "$root/usr/lib/zhiku"
  rm -f "$root/usr/lib/zhiku/zhiku.json" "$root/usr/lib/zhiku/zhiku.service" "$root/usr/lib/zhiku/nginx-zhiku.conf" "$root/usr/lib/zhiku/README.md"
  ln -s ../lib/zhiku/zhiku "$root/usr/bin/zhiku"
  install -m 0644 deploy/zhiku.json "$root/etc/zhiku/zhiku.json"
  install -m 0644 deploy/zhiku.service "$root/lib/systemd/system/zhiku.service"
  install -m 0644 README.md "$root/usr/share/doc/zhiku/README.md"
  # The sample nginx site of the administrator manual's HTTPS section.
  install -m 0644 deploy/nginx-zhiku.conf "$root/usr/share/doc/zhiku/nginx-zhiku.conf"
  install -m 0755 deploy/debian/postinst deploy/debian/prerm deploy/debian/postrm "$root/DEBIAN/"
  echo /etc/zhiku/zhiku.json >"$root/DEBIAN/conffiles"
  size=$(du -sk "$root" | cut -f1)
  cat >"$root/DEBIAN/control" <<CONTROL
Package: zhiku
Version: $version
Architecture: $arch
Maintainer: Zhiku maintainers <zhiku@localhost>
Installed-Size: $size
Depends: libc6 (>= 2.28), libgcc-s1, libstdc++6, zlib1g, libssl3 | libssl1.1, libicu72 | libicu74 | libicu76 | libicu67 | libicu66 | libicu63, passwd
Section: web
Priority: optional
Homepage: https://localhost/zhiku
Description: Zhiku (智库), the open platform of a science & technology think tank
 One bilingual knowledge base of bibliographic exports, policy documents, reports and registries with Chinese
 search, analytics and evaluation; the web platform runs as the systemd service zhiku.service.
CONTROL
  dpkg-deb --root-owner-group -Zxz -z1 --build "$root" "$out/zhiku_${version}_${arch}.deb" >/dev/null
  rm -rf "$root"
  echo "$out/zhiku-$version-$rid.tar.gz $out/zhiku_${version}_${arch}.deb"
done
