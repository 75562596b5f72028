#!/usr/bin/env node
// Batch linting (issue 8): node bench/batch.mjs [--small 1000] [--large 10000]
// Generates the corpora with bench/gen-corpus.mjs, then measures in one run, with the built CLI:
//   - `nianbao lint DIR -f jsonl` on the large corpus with --jobs 1 and --jobs 2 (wall, CPU, peak RSS);
//   - the same with --cache, cold then warm;
//   - peak memory on the small and the large corpus (--jobs 2), to see that it does not grow with N.
// Peak RSS is GNU time's maximum resident set size of the main process (worker threads share it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const small = arg('small', 1000);
const large = arg('large', 10000);
const bin = join(root, 'packages/cli/bin/nianbao.js');
if (!existsSync(join(root, 'packages/cli/dist/index.js'))) {
  spawnSync('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=nianbao...'], {
    cwd: root,
    stdio: 'inherit',
  });
}

function corpus(n) {
  const dir = join(root, 'bench/corpus', String(n));
  if (!existsSync(join(dir, '000')))
    spawnSync(process.execPath, [join(root, 'bench/gen-corpus.mjs'), String(n), dir], {
      stdio: 'inherit',
    });
  return dir;
}

function measure(label, args) {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const [wall, user, sys, rssKb] = run.stderr.trim().split('\n').pop().split(' ').map(Number);
  const files = run.stdout.trim() ? run.stdout.trim().split('\n').length : 0;
  const row = {
    label,
    files,
    exit: run.status,
    wallS: wall,
    cpuS: Math.round((user + sys) * 100) / 100,
    peakRssMB: Math.round(rssKb / 1024),
  };
  console.log(JSON.stringify(row));
  return row;
}

const smallDir = corpus(small);
const largeDir = corpus(large);
const cacheFile = join(root, 'bench/.tmp/cache.json');
mkdirSync(join(root, 'bench/.tmp'), { recursive: true });
rmSync(cacheFile, { force: true });

const lint = (dir, jobs, ...extra) => [
  'lint',
  dir,
  '-f',
  'jsonl',
  '--jobs',
  String(jobs),
  ...extra,
];
const cached = ['--cache', '--cache-location', cacheFile];
const rows = [
  measure(`${large} reports, --jobs 1`, lint(largeDir, 1)),
  measure(`${large} reports, --jobs 2`, lint(largeDir, 2)),
  measure(`${large} reports, --cache, first run (--jobs 2)`, lint(largeDir, 2, ...cached)),
  measure(`${large} reports, --cache, second run (--jobs 2)`, lint(largeDir, 2, ...cached)),
  measure(`${small} reports, --jobs 2 (memory)`, lint(smallDir, 2)),
];
const [one, two, cold, warm, smallRun] = rows;
const summary = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  rows,
  speedupJobs2: Math.round((one.wallS / two.wallS) * 100) / 100,
  cacheSpeedup: Math.round((cold.wallS / warm.wallS) * 10) / 10,
  memoryLargeOverSmall: Math.round((two.peakRssMB / smallRun.peakRssMB) * 100) / 100,
};
console.log(JSON.stringify(summary, null, 2));
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/batch.json'), `${JSON.stringify(summary, null, 2)}\n`);
