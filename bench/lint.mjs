#!/usr/bin/env node
/* global performance */
// The linter’s benchmark (issue 3, "Performance"): node bench/lint.mjs [--files N] [--runs N]
//
// On one corpus, in one run:
//   1. parsing alone with remark (remark-parse + remark-gfm + remark-frontmatter): the floor;
//   2. nianbao's own parse (parseReport: Markdown + binding to the edition) and every rule
//      (lintText), in process: throughput and time per file;
//   3. markdownlint with its defaults, in process (the library markdownlint-cli2 runs);
//   4. the two command lines over the whole corpus, from a cold start;
//   5. cold start of a single-file run (what a pre-commit hook pays): `nianbao lint FILE` vs
//      `markdownlint-cli2 FILE`, each spawned --runs times, interleaved; median and minimum.
// Prints a Markdown report (for bench/README.md) and writes bench/results/lint.json.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '60' },
    runs: { type: 'string', default: '15' },
    rounds: { type: 'string', default: '5' },
  },
});
const FILES = Number(values.files);
const RUNS = Number(values.runs);
const ROUNDS = Number(values.rounds);

// The CLI runs from dist: build it when it is missing.
const cliBin = join(root, 'packages/cli/bin/nianbao.js');
if (!existsSync(join(root, 'packages/cli/dist/lint.bundle.mjs'))) {
  console.error('building the CLI (dist is missing)…');
  const build = spawnSync('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=nianbao...'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) process.exit(1);
}

const fromCore = createRequire(join(root, 'packages/core/package.json'));
// pnpm links packages: resolve from the real location so their own dependencies are found.
const fromMdl = createRequire(
  realpathSync(join(root, 'node_modules/markdownlint-cli2/package.json')),
);
const load = (require, id) => import(pathToFileURL(require.resolve(id)).href);
const core = await import(pathToFileURL(join(root, 'packages/core/dist/index.js')).href);
const rules = await import(pathToFileURL(join(root, 'packages/rules/dist/index.js')).href);
const { unified } = await load(fromCore, 'unified');
const { default: remarkParse } = await load(fromCore, 'remark-parse');
const { default: remarkGfm } = await load(fromCore, 'remark-gfm');
const { default: remarkFrontmatter } = await load(fromCore, 'remark-frontmatter');
const { lint: markdownlint } = await load(fromMdl, 'markdownlint/promise');
const mdlBin = fromMdl.resolve('./markdownlint-cli2-bin.mjs');

// ---------------------------------------------------------------------------------------------
// The corpus: the examples (and imported seeds) when present, and generated reports of every
// edition with prose and figures that agree, written to bench/corpus/lint/.
const corpusDir = join(root, 'bench/corpus/lint');
rmSync(corpusDir, { recursive: true, force: true });
mkdirSync(corpusDir, { recursive: true });

function markdownFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md') && e.name !== 'README.md')
    .map((e) => join(e.parentPath ?? e.path, e.name));
}

const places = ['城关', '东山', '西河', '南湖', '北岭', '青石', '白沙', '新华', '永安', '长乐'];
let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

/** A generated report with a few paragraphs of prose per section, as real reports have. */
function generated(i) {
  const [edition, year] = [
    ['2021', 2021 + (i % 4)],
    ['2019', 2019 + (i % 2)],
    ['legacy', 2012 + (i % 6)],
  ][i % 3];
  const agency = `某某县${places[i % places.length]}镇人民政府`;
  let md = core.scaffoldReport({ edition, year, agency });
  const n = () => 10 + Math.floor(random() * 900);
  const paragraph = () =>
    `本机关坚持以公开为常态、不公开为例外，全年通过政府网站发布信息${n()}条，` +
    `通过政务新媒体发布信息${n()}条，召开新闻发布会${1 + (i % 5)}场，` +
    `组织政策解读${n()}篇；及时回应社会关切，办理网民留言${n()}件，办结率100%。` +
    `下一步，将进一步完善政府信息公开工作机制，加强培训和监督检查，提升公开质量和实效。`;
  // Replace each one-line hint under a heading with three paragraphs.
  md = md.replace(
    /^(#{2,4} .+\n\n)(?!\|)(.+)$/gmu,
    (_, heading) => `${heading}${paragraph()}\n\n${paragraph()}\n\n${paragraph()}`,
  );
  return md;
}

const sources = [
  ...markdownFiles(join(root, 'examples')).map((f) => readFileSync(f, 'utf8')),
  ...markdownFiles(join(root, 'fixtures')).map((f) => readFileSync(f, 'utf8')),
].filter((text) => text.startsWith('---'));
const corpus = [];
for (let i = 0; i < FILES; i++) {
  const text = i < sources.length ? sources[i] : generated(i);
  const file = join(corpusDir, `report-${String(i).padStart(3, '0')}.md`);
  writeFileSync(file, text);
  corpus.push({ file, text });
}
const corpusBytes = corpus.reduce((n, c) => n + Buffer.byteLength(c.text), 0);
const fromRepo = corpus.filter((_, i) => i < sources.length).length;

// ---------------------------------------------------------------------------------------------
// In-process throughput: each task over the whole corpus, ROUNDS times after a warm-up round,
// the median round kept (the machine is shared: the median is steadier than the mean).
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// Wall time and CPU time (user + system) of this process: on a shared machine the CPU time is
// the steadier figure, since waiting for a core is not counted.
function cpuMs(start) {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function summarize(rounds) {
  return { wall: median(rounds.map((r) => r.wall)), cpu: median(rounds.map((r) => r.cpu)) };
}

function measure(task) {
  for (const c of corpus) task(c.text);
  const rounds = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    for (const c of corpus) task(c.text);
    rounds.push({ wall: performance.now() - start, cpu: cpuMs(cpu) });
  }
  return summarize(rounds);
}

async function measureAsync(task) {
  await task();
  const rounds = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    await task();
    rounds.push({ wall: performance.now() - start, cpu: cpuMs(cpu) });
  }
  return summarize(rounds);
}

const remark = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const inProcess = {
  remark: measure((text) => remark.parse(text)),
  parseMarkdown: measure((text) => core.parseMarkdown(text)),
  parseReport: measure((text) => core.parseReport(text)),
  lintText: measure((text) => rules.lintText(text)),
  markdownlint: await measureAsync(() =>
    markdownlint({ strings: Object.fromEntries(corpus.map((c, i) => [String(i), c.text])) }),
  ),
};
const findings = corpus.reduce((n, c) => n + rules.lintText(c.text).diagnostics.length, 0);

// ---------------------------------------------------------------------------------------------
// Command lines, from a cold start each time. GNU time (Debian's `time` package), when present,
// gives each child's CPU time as well.
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const timeFile = join(corpusDir, '..', 'lint-time.txt');
function timeRun(command, args) {
  const start = performance.now();
  const result = gnuTime
    ? spawnSync(gnuTime, ['-f', '%U %S', '-o', timeFile, command, ...args], {
        cwd: root,
        encoding: 'utf8',
      })
    : spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  const wall = performance.now() - start;
  if (result.status === null || result.status > 1)
    throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  const cpu = gnuTime
    ? readFileSync(timeFile, 'utf8')
        .trim()
        .split('\n')
        .at(-1)
        .split(' ')
        .reduce((n, x) => n + Number(x) * 1000, 0)
    : NaN;
  return { wall, cpu };
}
const rel = (f) => relative(root, f);
const node = process.execPath;
const nianbaoAll = [cliBin, 'lint', '--no-config', '--format', 'json', rel(corpusDir)];
const mdlAll = [mdlBin, `${rel(corpusDir)}/**/*.md`];
const corpusRuns = { nianbao: [], markdownlint: [] };
for (let r = 0; r < 3; r++) {
  corpusRuns.nianbao.push(timeRun(node, nianbaoAll));
  corpusRuns.markdownlint.push(timeRun(node, mdlAll));
}

const single =
  corpus.find((c, i) => i >= fromRepo && c.text.includes('edition: "2021"')) ?? corpus[0];
const coldRuns = { nianbao: [], markdownlint: [], node: [] };
for (let r = 0; r < RUNS; r++) {
  coldRuns.nianbao.push(timeRun(node, [cliBin, 'lint', rel(single.file)]));
  coldRuns.markdownlint.push(timeRun(node, [mdlBin, rel(single.file)]));
  coldRuns.node.push(timeRun(node, ['-e', '0']));
}

// ---------------------------------------------------------------------------------------------
const mbps = (ms) => (corpusBytes / 1024 / 1024 / (ms / 1000)).toFixed(2);
const perFile = (ms) => (ms / corpus.length).toFixed(2);
const ratio = (ms, base = inProcess.remark.cpu) => (ms / base).toFixed(2);
const stat = (runs) => ({
  median: Math.round(median(runs.map((r) => r.wall))),
  min: Math.round(Math.min(...runs.map((r) => r.wall))),
  cpuMedian: Math.round(median(runs.map((r) => r.cpu))),
});
const cold = {
  nianbao: stat(coldRuns.nianbao),
  markdownlint: stat(coldRuns.markdownlint),
  node: stat(coldRuns.node),
};
const results = {
  date: new Date().toISOString(),
  machine: {
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    loadAverageAtEnd: loadavg().map((x) => Number(x.toFixed(2))),
  },
  corpus: { files: corpus.length, fromRepository: fromRepo, bytes: corpusBytes, findings },
  rules: rules.allRules.map((r) => r.meta.id),
  inProcessMs: Object.fromEntries(
    Object.entries(inProcess).map(([k, v]) => [
      k,
      { wall: Math.round(v.wall), cpu: Math.round(v.cpu) },
    ]),
  ),
  corpusCliMs: { nianbao: stat(corpusRuns.nianbao), markdownlint: stat(corpusRuns.markdownlint) },
  singleFile: { file: rel(single.file), bytes: Buffer.byteLength(single.text), coldStartMs: cold },
};
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/lint.json'), `${JSON.stringify(results, null, 2)}\n`);

const lines = [
  `Date: ${results.date.slice(0, 10)} · ${results.machine.cpu} × ${results.machine.cores} · ${results.machine.memoryGB} GB · Node ${process.version} · load average at the end ${results.machine.loadAverageAtEnd.join(' ')}`,
  '',
  `Corpus: ${corpus.length} reports (${fromRepo} from examples/ and fixtures/, the rest generated), ${(corpusBytes / 1024).toFixed(0)} KB; ${rules.allRules.length} rules; ${findings} findings in all.`,
  '',
  '| In process (median of ' +
    ROUNDS +
    ' rounds) | wall ms | CPU ms | CPU ms / file | MB/s (CPU) | × remark (CPU) |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...[
    ['remark parse (remark-parse + gfm + frontmatter): the floor', inProcess.remark],
    ['nianbao parseMarkdown (the same, nianbao’s GFM subset)', inProcess.parseMarkdown],
    ['nianbao parseReport (Markdown + binding to the edition)', inProcess.parseReport],
    ['**nianbao lintText, all rules (parse included)**', inProcess.lintText],
    ['markdownlint library, defaults', inProcess.markdownlint],
  ].map(
    ([name, t]) =>
      `| ${name} | ${Math.round(t.wall)} | ${Math.round(t.cpu)} | ${perFile(t.cpu)} | ${mbps(t.cpu)} | ${ratio(t.cpu)} |`,
  ),
  '',
  '| Command line (cold start each run) | median wall ms | min wall ms | median CPU ms |',
  '| --- | ---: | ---: | ---: |',
  ...[
    ['`nianbao lint` on the whole corpus (3 runs)', results.corpusCliMs.nianbao],
    ['`markdownlint-cli2` on the whole corpus (3 runs)', results.corpusCliMs.markdownlint],
    [`\`nianbao lint\` on one file (${RUNS} runs)`, cold.nianbao],
    [`\`markdownlint-cli2\` on one file (${RUNS} runs)`, cold.markdownlint],
    [`\`node -e 0\` (${RUNS} runs)`, cold.node],
  ].map(([name, t]) => `| ${name} | ${t.median} | ${t.min} | ${t.cpuMedian} |`),
  '',
  `Goal 1, all rules ≤ 1.5 × parsing alone: lintText takes ${ratio(inProcess.lintText.cpu)} × the CPU time of remark (${ratio(inProcess.lintText.wall, inProcess.remark.wall)} × in wall time) — ${inProcess.lintText.cpu <= 1.5 * inProcess.remark.cpu ? 'met' : 'missed'}.`,
  `Goal 2, single-file cold start ≤ markdownlint-cli2: ${cold.nianbao.median} ms vs ${cold.markdownlint.median} ms wall, ${cold.nianbao.cpuMedian} ms vs ${cold.markdownlint.cpuMedian} ms CPU (medians) — ${cold.nianbao.cpuMedian <= cold.markdownlint.cpuMedian && cold.nianbao.median <= cold.markdownlint.median ? 'met' : cold.nianbao.cpuMedian <= cold.markdownlint.cpuMedian ? 'met in CPU time' : 'missed'}.`,
];
console.log(lines.join('\n'));
