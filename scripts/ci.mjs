#!/usr/bin/env node
// Runs every check of the repository: type-check, ESLint, Prettier, then every package's tests
// through Turborepo. Ends with one plain line `N passed, N failed` summed over all packages
// (CI reads that line; vitest's own summary is per package and prefixed by turbo).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
const packageDirs = ['packages', 'apps'].flatMap((d) =>
  readdirSync(join(root, d), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(root, d, e.name)),
);

for (const dir of packageDirs) rmSync(join(dir, 'test-results.json'), { force: true });

const steps = [
  ['pnpm', ['exec', 'turbo', 'run', 'build', 'typecheck']],
  ['pnpm', ['exec', 'eslint', '.']],
  ['pnpm', ['exec', 'prettier', '--check', '.']],
  ['pnpm', ['exec', 'turbo', 'run', 'test', '--concurrency=1', '--continue']],
];
let failedSteps = 0;
for (const [cmd, args] of steps) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    failedSteps++;
    console.log(`step failed: ${cmd} ${args.join(' ')} (exit ${result.status})`);
  }
}

let passed = 0;
let failed = 0;
for (const dir of packageDirs) {
  const file = join(dir, 'test-results.json');
  if (!existsSync(file)) continue;
  const results = JSON.parse(readFileSync(file, 'utf8'));
  passed += results.numPassedTests ?? 0;
  failed += (results.numFailedTests ?? 0) + (results.numRuntimeErrorTestSuites ?? 0);
}
// A check step that failed (type errors, lint) counts as a failure too.
failed += failedSteps;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
