#!/usr/bin/env node
/* global performance */
// The renderer's benchmark (issue 5, "Performance"): node bench/build.mjs [--runs N] [--rounds N]
//
// On the 2021 example (examples/*2021*.md), in one run:
//   1. cold command lines, spawned --runs times each, interleaved: `nianbao build` writing all
//      three formats (DOCX, HTML, TXT) vs pandoc writing DOCX and HTML from the same Markdown
//      (`pandoc -s`, one process per format, as a script would run it);
//   2. in process, warm (--rounds rounds after a warm-up, median): parse, lint, and each format
//      of nianbao's renderer.
// Prints a Markdown report (for bench/README.md) and writes bench/results/build.json.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    rounds: { type: 'string', default: '15' },
    batch: { type: 'string', default: '20' },
    'batch-runs': { type: 'string', default: '3' },
  },
});
const RUNS = Number(values.runs);
const ROUNDS = Number(values.rounds);
const BATCH = Number(values.batch);
const BATCH_RUNS = Number(values['batch-runs']);

// The CLI runs from dist: build it when it is missing.
const cliBin = join(root, 'packages/cli/bin/nianbao.js');
if (!existsSync(join(root, 'packages/cli/dist/commands/build.js'))) {
  console.error('building the CLI (dist is missing)…');
  const build = spawnSync('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=nianbao...'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) process.exit(1);
}
const pandocVersion = spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).stdout?.split(
  '\n',
)[0];
if (!pandocVersion) {
  console.error('pandoc is not installed (apt-get install pandoc)');
  process.exit(1);
}

const examples = existsSync(join(root, 'examples'))
  ? readdirSync(join(root, 'examples')).filter((f) => /2021.*\.md$/u.test(f))
  : [];
if (examples.length === 0) {
  console.error('no examples/*2021*.md to build');
  process.exit(1);
}
const example = join(root, 'examples', examples.sort()[0]);
const source = readFileSync(example, 'utf8');
const work = mkdtempSync(join(tmpdir(), 'nianbao-bench-build-'));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;

// pandoc reads the same Markdown without its frontmatter: pandoc would take the frontmatter's
// `body:` key for its template's $body$ and write a page that says only "township".
const pandocInput = join(work, 'pandoc-input.md');
writeFileSync(pandocInput, source.replace(/^---\n[\s\S]*?\n---\n/u, ''));

// Child CPU time (user + system) through GNU time when present: on a shared machine it varies far
// less than wall time.
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
function run(command, args) {
  const [bin, argv] = gnuTime ? [gnuTime, ['-f', 'cpu %U %S', command, ...args]] : [command, args];
  const start = performance.now();
  const result = spawnSync(bin, argv, { cwd: root, encoding: 'utf8' });
  const wall = performance.now() - start;
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
    process.exit(1);
  }
  const m = /cpu ([\d.]+) ([\d.]+)\s*$/u.exec(result.stderr ?? '');
  return { wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : Number.NaN };
}

// 1. One report, cold command lines, interleaved so that the machine's load falls on all alike.
const commands = {
  nianbao: [process.execPath, [cliBin, 'build', example, '-o', work]],
  pandocDocx: ['pandoc', ['-f', 'markdown', '-s', pandocInput, '-o', join(work, 'pandoc.docx')]],
  pandocHtml: ['pandoc', ['-f', 'markdown', '-s', pandocInput, '-o', join(work, 'pandoc.html')]],
};
const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
for (let i = 0; i <= RUNS; i++) {
  for (const [name, [command, args]] of Object.entries(commands)) {
    const sample = run(command, args);
    if (i > 0) samples[name].push(sample); // run 0 warms the file cache
  }
}
samples.pandocBoth = samples.pandocDocx.map((s, i) => ({
  wall: s.wall + samples.pandocHtml[i].wall,
  cpu: s.cpu + samples.pandocHtml[i].cpu,
}));
const stem = examples.sort()[0].replace(/\.md$/u, '');
const sizes = {
  'nianbao docx': statSync(join(work, `${stem}.docx`)).size,
  'nianbao html': statSync(join(work, `${stem}.html`)).size,
  'nianbao txt': statSync(join(work, `${stem}.txt`)).size,
  'pandoc docx': statSync(join(work, 'pandoc.docx')).size,
  'pandoc html': statSync(join(work, 'pandoc.html')).size,
};

// 2. A batch: BATCH reports (copies of the example) in one `nianbao build`, against pandoc run
// once per report and format, as a script would.
const batchDir = join(work, 'batch');
mkdirSync(batchDir);
const batchFiles = [];
const pandocFiles = [];
for (let i = 0; i < BATCH; i++) {
  batchFiles.push(join(batchDir, `report-${i}.md`));
  writeFileSync(batchFiles.at(-1), source);
  pandocFiles.push(join(batchDir, `pandoc-${i}.md`));
  writeFileSync(pandocFiles.at(-1), readFileSync(pandocInput));
}
const batch = { nianbao: [], pandoc: [] };
for (let i = 0; i < BATCH_RUNS; i++) {
  batch.nianbao.push(
    run(process.execPath, [cliBin, 'build', ...batchFiles, '-o', join(batchDir, 'out')]),
  );
  const total = { wall: 0, cpu: 0 };
  for (const file of pandocFiles)
    for (const ext of ['docx', 'html']) {
      const s = run('pandoc', ['-f', 'markdown', '-s', file, '-o', `${file}.${ext}`]);
      total.wall += s.wall;
      total.cpu += s.cpu;
    }
  batch.pandoc.push(total);
}

// ---------------------------------------------------------------------------------------------
// 2. In process, warm: where the time of one build goes.
const load = (path) => import(pathToFileURL(join(root, path)).href);
const core = await load('packages/core/dist/index.js');
const rules = await load('packages/rules/dist/index.js');
const render = await load('packages/render/dist/index.js');
const report = core.parseReport(source);
const tasks = {
  parse: () => core.parseReport(source),
  lint: () => rules.lintReport(report),
  'render docx': () => render.renderReport(report, 'docx'),
  'render html': () => render.renderReport(report, 'html'),
  'render txt': () => render.renderReport(report, 'txt'),
};
const warm = {};
for (const [name, task] of Object.entries(tasks)) {
  await task();
  const rounds = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = performance.now();
    await task();
    rounds.push(performance.now() - start);
  }
  warm[name] = median(rounds);
}
rmSync(work, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------
const summary = (list) => ({
  wall: { median: median(list.map((s) => s.wall)), min: Math.min(...list.map((s) => s.wall)) },
  cpu: { median: median(list.map((s) => s.cpu)), min: Math.min(...list.map((s) => s.cpu)) },
});
const cold = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, summary(v)]));
const batched = Object.fromEntries(Object.entries(batch).map(([k, v]) => [k, summary(v)]));
const environment = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  load: loadavg()
    .map((l) => l.toFixed(1))
    .join(' '),
  pandoc: pandocVersion,
  example: relative(root, example),
  bytes: Buffer.byteLength(source),
  runs: RUNS,
  rounds: ROUNDS,
  batch: BATCH,
  batchRuns: BATCH_RUNS,
};
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(
  join(root, 'bench/results/build.json'),
  `${JSON.stringify({ environment, cold, batch: batched, warm, sizes }, null, 2)}\n`,
);

const cell = (x) => `${ms(x.wall.median)} (${ms(x.wall.min)}) | ${ms(x.cpu.median)}`;
const lines = [
  `Example: \`${environment.example}\` (${(environment.bytes / 1024).toFixed(1)} KB). ${environment.node}, ${environment.cpus} cores, load ${environment.load}; ${environment.pandoc}. pandoc reads the same Markdown without its frontmatter.`,
  '',
  `One report, cold: each command spawned ${RUNS} times (interleaved, after one warm-up); wall median (minimum) and CPU median (user + system).`,
  '',
  '| command | writes | wall | CPU |',
  '|---|---|---|---|',
  `| \`nianbao build\` | DOCX + HTML + TXT (official layout, after lint) | ${cell(cold.nianbao)} |`,
  `| \`pandoc -s -o x.docx\` | DOCX (generic layout) | ${cell(cold.pandocDocx)} |`,
  `| \`pandoc -s -o x.html\` | HTML (generic layout) | ${cell(cold.pandocHtml)} |`,
  `| pandoc, both | DOCX + HTML | ${cell(cold.pandocBoth)} |`,
  '',
  `${BATCH} reports, ${BATCH_RUNS} runs: one \`nianbao build\` of all of them, against pandoc run once per report and format (${2 * BATCH} processes).`,
  '',
  '| command | writes | wall | CPU | per report (wall) |',
  '|---|---|---|---|---|',
  `| \`nianbao build *.md\` | ${BATCH} × DOCX + HTML + TXT | ${cell(batched.nianbao)} | ${ms(batched.nianbao.wall.median / BATCH)} |`,
  `| pandoc × ${2 * BATCH} | ${BATCH} × DOCX + HTML | ${cell(batched.pandoc)} | ${ms(batched.pandoc.wall.median / BATCH)} |`,
  '',
  `In process, warm (median of ${ROUNDS}): ${Object.entries(warm)
    .map(([k, v]) => `${k} ${ms(v)}`)
    .join(' · ')}.`,
  '',
  `Output sizes: ${Object.entries(sizes)
    .map(([k, v]) => `${k} ${(v / 1024).toFixed(1)} KB`)
    .join(' · ')}.`,
];
console.log(lines.join('\n'));
