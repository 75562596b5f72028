#!/usr/bin/env bash
# Installs everything nianbao needs on a fresh Debian machine with Node ≥ 20.19 and npm:
# the system packages its tests use (Chromium, LibreOffice, CJK fonts, poppler, pandoc), pnpm,
# and the workspace's dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."

system_packages=(chromium libreoffice-writer-nogui fonts-noto-cjk fonts-arphic-ukai fonts-liberation2 poppler-utils pandoc)
missing=()
for p in "${system_packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  elif command -v sudo >/dev/null; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "nianbao: please install: ${missing[*]}" >&2
  fi
fi

if ! command -v pnpm >/dev/null || ! pnpm --version | grep -q '^10\.'; then
  npm install -g pnpm@10.34.9 >/dev/null
fi
export TURBO_TELEMETRY_DISABLED=1
pnpm install --frozen-lockfile
# `pnpm exec nianbao` runs the built command line (packages/*/dist); Turborepo skips what is built.
pnpm exec turbo run build --filter=nianbao...
