/**
 * The .vsix as users get it: built with the one command (`pnpm run package`), holding the bundled
 * language server, which runs on its own — no node_modules, no network.
 */
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaffoldReport } from '@nianbao/core';
import { lintText } from '@nianbao/rules';
import { startClient } from '../../../packages/language-server/test/client.js';
import { readZip, type ZipEntry } from '../test/zip.js';

const root = new URL('..', import.meta.url).pathname;
let entries: ZipEntry[];
let scratch: string;

const entry = (name: string) => {
  const found = entries.find((e) => e.name === name);
  if (!found) throw new Error(`${name} is not in the .vsix`);
  return found;
};

beforeAll(() => {
  const run = spawnSync('pnpm', ['run', 'package'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 170_000,
  });
  expect(run.status, run.stderr + run.stdout).toBe(0);
  entries = readZip(readFileSync(join(root, 'nianbao-vscode.vsix')));
  scratch = mkdtempSync(join(tmpdir(), 'nianbao-vsix-'));
}, 180_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the .vsix', () => {
  it('holds the bundled extension, server and snippets, and no node_modules', () => {
    const names = entries.map((e) => e.name);
    for (const name of [
      'extension/package.json',
      'extension/dist/extension.cjs',
      'extension/dist/server.cjs',
      'extension/dist/snippets.json',
      'extension/package.nls.json',
      'extension/package.nls.en.json',
      // The renderer's default templates, where the bundled renderer looks for them.
      'extension/templates/common/html/document.hbs',
      'extension/templates/common/txt/document.hbs',
      'extension/templates/common/docx-style.json',
    ])
      expect(names).toContain(name);
    expect(names.filter((n) => n.includes('node_modules'))).toEqual([]);
    expect(names.filter((n) => n.includes('/src/'))).toEqual([]);
  });

  it('has a manifest that matches the code: main, activation, commands, localised titles', () => {
    const manifest = JSON.parse(entry('extension/package.json').read().toString('utf8'));
    expect(manifest.main).toBe('./dist/extension.cjs');
    expect(manifest.activationEvents).toEqual(['onLanguage:markdown']);
    const source = readFileSync(join(root, 'src/extension.ts'), 'utf8');
    const registered = [...source.matchAll(/registerCommand\('([\w.]+)'/gu)].map((m) => m[1]);
    const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command);
    expect(contributed.sort()).toEqual(registered.sort());
    const zh = JSON.parse(entry('extension/package.nls.json').read().toString('utf8'));
    const en = JSON.parse(entry('extension/package.nls.en.json').read().toString('utf8'));
    const keys = [...JSON.stringify(manifest).matchAll(/"%([\w.]+)%"/gu)].map((m) => m[1]);
    for (const key of keys) {
      expect(zh[key], key).toBeTruthy();
      expect(en[key], key).toBeTruthy();
    }
    expect(zh['command.buildDocx']).toBe('生成 DOCX');
    expect(manifest.contributes.snippets[0].path).toBe('./dist/snippets.json');
  });

  it('bundles everything: the code requires only vscode and Node built-ins', () => {
    const allowed = new Set([
      'vscode',
      ...builtinModules,
      ...builtinModules.map((m) => `node:${m}`),
    ]);
    for (const file of ['extension/dist/extension.cjs', 'extension/dist/server.cjs']) {
      const code = entry(file).read().toString('utf8');
      // Not inside quotes: ajv keeps `require("ajv/dist/runtime/…")` as code text for its
      // standalone mode, which nianbao does not use.
      const required = [...code.matchAll(/(?<![`'"])\brequire\("([^"]+)"\)/gu)].map((m) => m[1]);
      expect(required.length, file).toBeGreaterThan(0);
      expect(
        required.filter((r) => !allowed.has(r)),
        file,
      ).toEqual([]);
    }
  });

  it('runs its server alone, outside the workspace, with the same findings as nianbao lint', async () => {
    const server = join(scratch, 'server.cjs');
    writeFileSync(server, entry('extension/dist/server.cjs').read());
    const client = await startClient({ server, settings: {} });
    try {
      const text = scaffoldReport({ edition: '2021', year: 2023 }).replace(
        /^(\| 一、本年新收政府信息公开申请数量 \| )0/mu,
        '$17',
      );
      const uri = pathToFileURL(join(scratch, 'report.md')).href;
      client.open(uri, text);
      const { diagnostics } = await client.diagnostics(uri);
      const expected = lintText(text).diagnostics;
      expect(expected.length).toBeGreaterThan(0);
      expect(
        diagnostics.map((d) => [
          d.code,
          d.range.start.line + 1,
          d.range.start.character + 1,
          d.message,
        ]),
      ).toEqual(expected.map((d) => [d.ruleId, d.line, d.column, d.message]));
    } finally {
      expect(await client.close()).toBe(0);
    }
  });
});
