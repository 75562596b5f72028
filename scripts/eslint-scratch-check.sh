#!/usr/bin/env bash
# Done-when check of eslint-plugin-nianbao (issue 6): in a scratch project outside the workspace,
# with only eslint, @eslint/markdown and the packed plugin (plus its packed @nianbao/* deps)
# installed by npm, `npx eslint` reports the same problems as `nianbao lint` — rule ids,
# positions, messages — and `--fix` writes the same files.
#
#   scripts/eslint-scratch-check.sh [REPORT.md…]
#
# Without arguments it checks examples/*.md and examples/imported/*.md, and reports generated
# with `nianbao new` (every edition, and a 2021 one with mistakes, some of them fixable).
# Environment: NO_BUILD=1 skips the build; KEEP=1 keeps the scratch directory; ESLINT and
# ESLINT_MARKDOWN choose the versions to install (default: the ones the workspace tests with).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
started=$(date +%s)

if [[ "${NO_BUILD:-}" != 1 ]]; then
  TURBO_TELEMETRY_DISABLED=1 pnpm exec turbo run build --filter=eslint-plugin-nianbao... \
    --filter=nianbao --output-logs=errors-only >/dev/null
fi

SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/nianbao-eslint-scratch.XXXXXX")"
if [[ "${KEEP:-}" != 1 ]]; then trap 'rm -rf "$SCRATCH"' EXIT; fi
mkdir -p "$SCRATCH/tarballs" "$SCRATCH/project/reports"

# 1. Pack the plugin and the workspace packages it depends on (workspace:* becomes a version).
for pkg in @nianbao/core @nianbao/rules eslint-plugin-nianbao; do
  pnpm --filter "$pkg" pack --pack-destination "$SCRATCH/tarballs" >/dev/null
done

# 2. The reports.
reports=("$@")
if [[ ${#reports[@]} -eq 0 ]]; then
  shopt -s nullglob
  reports=(examples/*.md examples/imported/*.md)
  shopt -u nullglob
  gen="$SCRATCH/generated"
  mkdir -p "$gen"
  nianbao=(node "$ROOT/packages/cli/bin/nianbao.js")
  for edition in 2021 2019 legacy; do
    "${nianbao[@]}" new --edition "$edition" -o "$gen/new-$edition.md" >/dev/null 2>&1
    reports+=("$gen/new-$edition.md")
  done
  # 2021 reports with the mistakes clerks make: a 表三 row that does not add up, half-width
  # brackets in a heading, blank table cells (fixable); a missing frontmatter key (which makes
  # the file unreadable as a whole: never fixed).
  sed -e 's/^| 一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |$/| 一、本年新收政府信息公开申请数量 | 3 | 1 | 0 | 0 | 0 | 0 | 5 |/' \
    -e 's/^### （一）/### (一)/' -e '0,/| 0 | 0 |/s//|  | 0 |/' \
    "$gen/new-2021.md" >"$gen/mistakes-2021.md"
  sed -e 's/^### （一）/### (一)/' -e '/^agency: /d' "$gen/new-2021.md" >"$gen/no-agency-2021.md"
  for edited in mistakes no-agency; do
    if cmp -s "$gen/new-2021.md" "$gen/$edited-2021.md"; then
      echo "eslint-scratch-check: the edits of $edited-2021.md did not apply" >&2
      exit 1
    fi
    reports+=("$gen/$edited-2021.md")
  done
fi
files=()
for i in "${!reports[@]}"; do
  name="$(printf '%02d' "$i")-$(basename "${reports[$i]}")"
  cp "${reports[$i]}" "$SCRATCH/project/reports/$name"
  files+=("reports/$name")
done

# 3. A project with only eslint, @eslint/markdown and the plugin, installed by npm.
cd "$SCRATCH/project"
cat >package.json <<'JSON'
{ "name": "scratch", "private": true, "type": "module" }
JSON
cat >eslint.config.js <<'JS'
import nianbao from 'eslint-plugin-nianbao';

export default [nianbao.configs.recommended];
JS
npm install --no-audit --no-fund --prefer-offline --loglevel=error \
  "eslint@${ESLINT:-^10.15.0}" "@eslint/markdown@${ESLINT_MARKDOWN:-^8.0.3}" \
  "$SCRATCH"/tarballs/*.tgz >/dev/null
echo "installed: eslint $(node -p "require('eslint/package.json').version")," \
  "@eslint/markdown $(node -p "require('./node_modules/@eslint/markdown/package.json').version")"

# 4. Lint with both, compare; then fix copies with both, compare.
nianbao=(node "$ROOT/packages/cli/bin/nianbao.js" --locale zh)
set +e
npx --no-install eslint --format json "${files[@]}" >eslint.json
eslint_status=$?
"${nianbao[@]}" lint --no-config --format json "${files[@]}" >nianbao.json
nianbao_status=$?
set -e

cp -r reports fix-eslint
cp -r reports fix-nianbao
npx --no-install eslint --fix "${files[@]/#reports/fix-eslint}" >/dev/null || true
"${nianbao[@]}" lint --no-config --fix "${files[@]/#reports/fix-nianbao}" >/dev/null || true

node - "$eslint_status" "$nianbao_status" <<'JS'
import { readFileSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
const [eslintStatus, nianbaoStatus] = process.argv.slice(2).map(Number);
const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const key = (m, prefix = '') =>
  [prefix + m.ruleId, m.line, m.column, m.endLine, m.endColumn, m.message].join('\t');
const byFile = (results, prefix) =>
  new Map(results.map((r) => [basename(r.filePath), r.messages.map((m) => key(m, prefix)).sort()]));
const eslint = byFile(read('eslint.json'));
const nianbao = byFile(read('nianbao.json'), 'nianbao/');
let failures = 0;
let problems = 0;
for (const [file, expected] of nianbao) {
  const actual = eslint.get(file) ?? ['(file not linted by ESLint)'];
  problems += expected.length;
  const missing = expected.filter((k) => !actual.includes(k));
  const extra = actual.filter((k) => !expected.includes(k));
  if (missing.length || extra.length) {
    failures++;
    console.log(`✗ ${file}`);
    for (const k of missing) console.log(`    only nianbao lint: ${k}`);
    for (const k of extra) console.log(`    only eslint:       ${k}`);
  } else console.log(`✓ ${file}: ${expected.length} problem(s), same in both`);
}
// The packed engine's fixText as a third opinion: tells a plugin bug from a command-line one.
const { fixText } = await import(`${process.cwd()}/node_modules/@nianbao/rules/dist/index.js`);
let fixed = 0;
for (const file of readdirSync('fix-nianbao')) {
  const original = readFileSync(`reports/${file}`, 'utf8');
  const byEslint = readFileSync(`fix-eslint/${file}`, 'utf8');
  const byNianbao = readFileSync(`fix-nianbao/${file}`, 'utf8');
  const byEngine = fixText(original).output;
  if (byEngine !== original) fixed++;
  if (byEslint !== byNianbao) {
    failures++;
    console.log(`✗ ${file}: eslint --fix and nianbao lint --fix write different files`);
  }
  if (byEslint !== byEngine) console.log(`    eslint --fix differs from fixText of @nianbao/rules`);
  if (byNianbao !== byEngine) console.log(`    nianbao lint --fix differs from fixText of @nianbao/rules`);
}
// nianbao exits 1 on errors; so does ESLint (every nianbao rule is an error or a warning there).
const eslintErrors = read('eslint.json').some((r) => r.errorCount > 0);
if (eslintStatus !== (eslintErrors ? 1 : 0)) {
  failures++;
  console.log(`✗ eslint exited ${eslintStatus}`);
}
if (nianbaoStatus > 1) {
  failures++;
  console.log(`✗ nianbao lint exited ${nianbaoStatus}`);
}
console.log(
  `${nianbao.size} report(s), ${problems} problem(s), ${fixed} report(s) with fixes: ` +
    (failures ? `${failures} difference(s)` : 'eslint and nianbao lint agree'),
);
process.exit(failures ? 1 : 0);
JS
echo "eslint-scratch-check: $(($(date +%s) - started)) s"
