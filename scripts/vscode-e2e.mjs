#!/usr/bin/env node
/* global performance, fetch */
// The VS Code extension end to end in a real VS Code (run by scripts/vscode-e2e.sh, which
// installs code-server and builds the .vsix): install the .vsix into code-server, serve it on
// 127.0.0.1, drive it with playwright-core in Debian's Chromium — open a broken report, find its
// findings in the Problems view, run 「生成 DOCX」 and find the file, take screenshots.
//
// Environment: CODE_SERVER (the code-server bin), VSIX, E2E_OUT (screenshots and logs).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const codeServer = process.env.CODE_SERVER;
const vsix = process.env.VSIX ?? join(root, 'apps/vscode/nianbao-vscode.vsix');
const out = process.env.E2E_OUT ?? join(tmpdir(), 'nianbao-vscode-e2e');
if (!codeServer || !existsSync(codeServer))
  throw new Error('set CODE_SERVER to the code-server bin');
mkdirSync(out, { recursive: true });

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const step = (text) => console.log(`[${elapsed()}] ${text}`);

// A real report with real mistakes: the 2021 example with a 表三 figure that breaks its sums, a
// misspelt official label and a half-width comma in the prose.
const { lintText } = await import(pathToFileURL(join(root, 'packages/rules/dist/index.js')).href);
const source = readFileSync(join(root, 'examples/2021-城关镇.md'), 'utf8');
const broken = source
  .replace('第二十条第（一）项', '第二十条第（一）顼')
  .replace(
    /^(\| 一、本年新收政府信息公开申请数量 \| )(\d+)/mu,
    (_, cells, n) => `${cells}${Number(n) + 3}`,
  )
  .replace('，', ',');
if (broken === source) throw new Error('the example changed: the mistakes could not be put in');
const expected = lintText(broken).diagnostics;
const expectedErrors = expected.filter((d) => d.severity === 'error');
if (expectedErrors.length === 0) throw new Error('the broken report has no errors');

const scratch = mkdtempSync(join(tmpdir(), 'nianbao-vscode-e2e-'));
const workspace = join(scratch, 'workspace');
const userData = join(scratch, 'user-data');
const extensions = join(scratch, 'extensions');
mkdirSync(workspace, { recursive: true });
mkdirSync(join(userData, 'User'), { recursive: true });
const reportFile = join(workspace, '城关镇年报.md');
writeFileSync(reportFile, broken);
writeFileSync(
  join(userData, 'User', 'settings.json'),
  JSON.stringify({
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'workbench.tips.enabled': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'workbench.enableExperiments': false,
    'chat.disableAIFeatures': true,
  }),
);
const dirs = ['--user-data-dir', userData, '--extensions-dir', extensions];

step(`installing ${vsix}`);
const install = spawnSync(codeServer, [...dirs, '--install-extension', vsix], { encoding: 'utf8' });
if (install.status !== 0) throw new Error(`install failed:\n${install.stdout}\n${install.stderr}`);
console.log(install.stdout.trim());

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});
step(`starting code-server on 127.0.0.1:${port}`);
const server = spawn(
  codeServer,
  [
    ...dirs,
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    workspace,
  ],
  { stdio: ['ignore', 'pipe', 'pipe'] },
);
let serverLog = '';
server.stdout.on('data', (d) => (serverLog += d));
server.stderr.on('data', (d) => (serverLog += d));

let browser;
let failure;
try {
  for (let i = 0; ; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (i > 120) throw new Error(`code-server did not answer:\n${serverLog}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  browser = await launchChromium();
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor();
  step('workbench loaded');

  const palette = async (text) => {
    await page
      .locator('.monaco-workbench')
      .click({ position: { x: 700, y: 5 } })
      .catch(() => {});
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(text);
    return input;
  };

  // Open the report with Quick Open (the palette without its `>`).
  const quickOpen = await palette('城关镇年报.md');
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
  await quickOpen.press('Enter');
  await page.locator('.monaco-editor .view-lines').first().waitFor();
  await page.getByText('安澜县城关镇人民政府', { exact: false }).first().waitFor();
  step('report open');

  // The Problems view fills in once the extension has started its language server.
  await page.keyboard.press('Control+Shift+M');
  const problems = page.locator('.markers-panel .monaco-list-row');
  const wanted = expected.map((d) => d.message);
  const deadline = Date.now() + 90_000;
  let shown = [];
  for (;;) {
    shown = await problems.allInnerTexts();
    // One row per finding, plus the file's own row.
    if (
      shown.length === wanted.length + 1 &&
      wanted.every((m) => shown.some((row) => row.includes(m)))
    )
      break;
    if (Date.now() > deadline)
      throw new Error(
        `the Problems view lacks findings.\nexpected:\n${wanted.join('\n')}\nshown:\n${shown.join('\n')}`,
      );
    await page.waitForTimeout(500);
  }
  step(
    `Problems view: the ${wanted.length} findings of nianbao lint (${expectedErrors.length} errors), no other`,
  );
  const badge = await page
    .locator('.panel .composite-bar .badge-content, .part.panel .badge-content')
    .first()
    .innerText()
    .catch(() => '');
  await page.screenshot({ path: join(out, 'problems.png') });

  // 「生成 DOCX」: the report has errors, so the extension asks first (as `nianbao build` wants
  // --force); the answer 「仍然生成」 builds it.
  const docx = join(workspace, '城关镇年报.docx');
  rmSync(docx, { force: true });
  // Typed in Chinese. code-server has no Chinese language pack here, so VS Code shows the English
  // title (package.nls.en.json) and finds the command by its Chinese one (package.nls.json);
  // with a Chinese UI the row reads 「年报: 生成 DOCX」.
  const command = await palette('>生成 DOCX');
  const rows = page.locator('.quick-input-list .monaco-list-row');
  await rows.first().waitFor();
  const titles = await rows.allInnerTexts();
  const ours = ['年报: 生成 DOCX', 'nianbao: Build DOCX'];
  if (!ours.some((title) => titles[0]?.includes(title)))
    throw new Error(`「生成 DOCX」 finds ${JSON.stringify(titles)}, not the extension's command`);
  step(`palette: 「生成 DOCX」 → ${titles[0].trim()}`);
  await page.screenshot({ path: join(out, 'command.png') });
  await command.press('Enter');
  const anyway = page.getByRole('button', { name: '仍然生成' });
  await anyway.waitFor();
  await page.screenshot({ path: join(out, 'build-confirm.png') });
  await anyway.click();
  const built = Date.now() + 60_000;
  while (!existsSync(docx)) {
    if (Date.now() > built) throw new Error(`no ${docx} after 生成 DOCX`);
    await page.waitForTimeout(250);
  }
  const head = readFileSync(docx).subarray(0, 2).toString('latin1');
  if (head !== 'PK') throw new Error(`${docx} is not a DOCX (zip) file`);
  await page.getByText('已生成', { exact: false }).first().waitFor();
  step(`生成 DOCX wrote ${docx} (${readFileSync(docx).length} bytes)`);
  await page.screenshot({ path: join(out, 'built.png') });

  // 「预览」: the HTML rendering in a webview beside the report (webviews are nested iframes).
  await palette('>预览');
  await rows.first().waitFor();
  const previewTitle = (await rows.first().innerText()).trim();
  if (!['年报: 预览', 'nianbao: Preview'].some((t) => previewTitle.includes(t)))
    throw new Error(`「预览」 finds ${previewTitle}, not the extension's command`);
  await page.keyboard.press('Enter');
  const webview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  await webview.locator('table').first().waitFor();
  const heading = await webview.locator('h1').first().innerText();
  if (!heading.includes('安澜县城关镇人民政府')) throw new Error(`the preview shows ${heading}`);
  const tables = await webview.locator('table').count();
  step(`预览: the HTML page in a webview, “${heading.replace(/\s+/gu, '')}”, ${tables} tables`);
  await page.screenshot({ path: join(out, 'preview.png') });

  // Refreshed on save: add to the title in the editor, save, and the preview's heading follows.
  await page
    .locator('.monaco-editor .view-line', { hasText: '# 安澜县城关镇人民政府' })
    .first()
    .click();
  await page.keyboard.press('End');
  await page.keyboard.type('（修订稿）');
  await page.keyboard.press('Control+S');
  await webview.locator('h1', { hasText: '修订稿' }).waitFor();
  const savedTitle = readFileSync(reportFile, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('# '));
  if (!savedTitle?.includes('修订稿')) throw new Error(`the edit was not saved: ${savedTitle}`);
  step('预览 refreshed on save');
  await page.screenshot({ path: join(out, 'preview-saved.png') });
  writeFileSync(
    join(out, 'result.json'),
    `${JSON.stringify({ problemsRows: shown, badge, expectedErrors: wanted.length, command: titles[0], docx, seconds: (performance.now() - started) / 1000 }, null, 2)}\n`,
  );
} catch (error) {
  failure = error;
  try {
    const page = browser?.contexts()[0]?.pages()[0];
    if (page) await page.screenshot({ path: join(out, 'failure.png') });
  } catch {
    // The screenshot of a failure is a courtesy; the failure itself is reported below.
  }
} finally {
  await browser?.close().catch(() => {});
  server.kill();
  writeFileSync(join(out, 'code-server.log'), serverLog);
}
if (failure) {
  console.error(`vscode-e2e FAILED after ${elapsed()}: ${failure.message}`);
  console.error(`screenshots and the code-server log: ${out}`);
  process.exit(1);
}
rmSync(scratch, { recursive: true, force: true });
console.log(`vscode-e2e passed in ${elapsed()}; screenshots: ${out}`);
