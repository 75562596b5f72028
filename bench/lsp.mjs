#!/usr/bin/env node
/* global performance */
// The language server's benchmark (issue 7): node bench/lsp.mjs [--runs N]
//
// How long a report takes to be re-checked after an edit, on the real reports in examples/:
//   1. in process: what the server does on a change once the debounce has passed — lintText
//      (parse + every rule) and the conversion to LSP diagnostics; parsing alone for comparison;
//   2. over stdio, as an editor sees it: an incremental didChange sent to the spawned server
//      (debounce set to 0) until its publishDiagnostics for that version arrives;
//   3. cold start: spawning the server until the first diagnostics of an opened report.
// Goal: a typical report re-checked well under 100 ms. In an editor the debounce (200 ms by
// default) comes on top: diagnostics appear about 200 ms + (2) after the last keystroke.
// Prints a Markdown report (for bench/README.md) and writes bench/results/lsp.json.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' } } });
const RUNS = Number(values.runs);

const serverDir = join(root, 'packages/language-server');
const serverBin = join(serverDir, 'bin/nianbao-language-server.js');
if (!existsSync(join(serverDir, 'dist/server.js'))) {
  console.error(
    'build first: pnpm exec turbo run build --filter=@nianbao/language-server... (dist is missing)',
  );
  process.exit(1);
}
const fromServer = createRequire(join(serverDir, 'package.json'));
const rpc = fromServer('vscode-jsonrpc/node');
const { TextDocument } = fromServer('vscode-languageserver-textdocument');
const dist = (pkg) => import(pathToFileURL(join(root, 'packages', pkg, 'dist/index.js')).href);
const core = await dist('core');
const rules = await dist('rules');
const server = await dist('language-server');

const reports = ['examples', 'examples/imported']
  .filter((d) => existsSync(join(root, d)))
  .flatMap((d) =>
    readdirSync(join(root, d))
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .map((f) => join(root, d, f)),
  )
  .map((file) => ({ file, name: relative(root, file), text: readFileSync(file, 'utf8') }));
if (reports.length === 0) {
  console.error('no reports in examples/');
  process.exit(1);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)];
};
const ms = (x) => x.toFixed(1);

// 1. In process -------------------------------------------------------------------------------
const inProcess = [];
for (const { name, text } of reports) {
  // Wall time, and the process's CPU time, which a busy machine inflates much less.
  const time = (fn) => {
    for (let i = 0; i < 5; i++) fn();
    const out = [];
    const cpu = [];
    for (let i = 0; i < RUNS; i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      fn();
      out.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    out.cpu = cpu;
    return out;
  };
  const parse = time(() => core.parseReport(text));
  let count = 0;
  const check = time(() => {
    const { diagnostics } = rules.lintText(text);
    count = diagnostics.map((d) => server.toLspDiagnostic(d)).length;
  });
  inProcess.push({
    name,
    kb: Buffer.byteLength(text) / 1024,
    diagnostics: count,
    parse: { median: median(parse), p95: p95(parse), cpu: median(parse.cpu) },
    check: { median: median(check), p95: p95(check), cpu: median(check.cpu) },
  });
}

// 2 and 3. Over stdio -------------------------------------------------------------------------
async function startServer(bin = serverBin) {
  const child = spawn(process.execPath, [bin, '--stdio'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const connection = rpc.createMessageConnection(
    new rpc.StreamMessageReader(child.stdout),
    new rpc.StreamMessageWriter(child.stdin),
  );
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    const key = `${p.uri}#${p.version}`;
    waiting.get(key)?.(p);
    waiting.delete(key);
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {},
    initializationOptions: { debounce: 0 },
  });
  await connection.sendNotification('initialized', {});
  const published = (uri, version) =>
    new Promise((resolve) => waiting.set(`${uri}#${version}`, resolve));
  const stop = async () => {
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    connection.dispose();
  };
  return { connection, published, stop };
}

async function coldStart(bin) {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const { text, file } = reports[0];
    const t0 = performance.now();
    const lsp = await startServer(bin);
    const uri = pathToFileURL(file).href;
    const done = lsp.published(uri, 1);
    await lsp.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    await done;
    times.push(performance.now() - t0);
    await lsp.stop();
  }
  return times;
}
const cold = await coldStart(serverBin);
// The single-file bundle the VS Code extension ships, when it has been built.
const bundle = join(root, 'apps/vscode/dist/server.cjs');
const coldBundle = existsSync(bundle) ? await coldStart(bundle) : undefined;

const lsp = await startServer();
const overStdio = [];
for (const { name, file, text } of reports) {
  const uri = pathToFileURL(file).href;
  const opened = lsp.published(uri, 1);
  await lsp.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'markdown', version: 1, text },
  });
  await opened;
  // Type one character in the middle of the report and take it back, alternately.
  const document = TextDocument.create(uri, 'markdown', 1, text);
  const at = document.positionAt(Math.floor(text.length / 2));
  const times = [];
  for (let version = 2; version < 2 + 5 + RUNS; version++) {
    const insert = version % 2 === 0;
    const change = insert
      ? { range: { start: at, end: at }, text: '年' }
      : { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' };
    const done = lsp.published(uri, version);
    const t0 = performance.now();
    await lsp.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [change],
    });
    await done;
    if (version >= 7) times.push(performance.now() - t0);
  }
  overStdio.push({ name, median: median(times), p95: p95(times) });
}
await lsp.stop();

// Report ------------------------------------------------------------------------------------
const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  loadAverage: loadavg()[0],
  runs: RUNS,
  inProcess,
  overStdio,
  coldStart: { median: median(cold), runs: cold.length },
  ...(coldBundle
    ? { coldStartBundle: { median: median(coldBundle), runs: coldBundle.length } }
    : {}),
};
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/lsp.json'), `${JSON.stringify(results, null, 2)}\n`);

const lines = [
  `Node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}, ${RUNS} runs per report (medians, p95 in brackets), ms.`,
  '',
  '| report | KB | findings | parse only | re-check in process | CPU of the re-check | didChange → diagnostics over stdio |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...inProcess.map((r, i) => {
    const s = overStdio[i];
    return `| ${r.name} | ${r.kb.toFixed(1)} | ${r.diagnostics} | ${ms(r.parse.median)} (${ms(r.parse.p95)}) | ${ms(r.check.median)} (${ms(r.check.p95)}) | ${ms(r.check.cpu)} | ${ms(s.median)} (${ms(s.p95)}) |`;
  }),
  '',
  `Cold start (spawn → initialize → didOpen → first diagnostics of ${reports[0].name}), median of ${cold.length}: ${ms(median(cold))} ms from dist (bin/nianbao-language-server.js)${coldBundle ? `, ${ms(median(coldBundle))} ms from the bundle apps/vscode/dist/server.cjs` : ''}.`,
];
console.log(lines.join('\n'));
