/**
 * The server end to end, over a real stdio connection to `node bin/nianbao-language-server.js`
 * (needs `dist`: `pnpm exec turbo run build --filter=@nianbao/language-server...`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockToMarkdown, flattenRows, getEdition, scaffoldReport } from '@nianbao/core';
import { applyFixes, fixText, lintText, type Diagnostic } from '@nianbao/rules';
import type {
  CodeAction,
  CompletionItem,
  CompletionList,
  Diagnostic as LspDiagnostic,
  DocumentSymbol,
  Hover,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startClient, type TestClient } from '../test/client.js';

const T3_FIRST_ROW = /^\| 一、本年新收政府信息公开申请数量 \| 0/mu;

/** A fresh 2021 report with real mistakes of several kinds. */
function brokenReport(): string {
  return scaffoldReport({ edition: '2021', year: 2023, agency: '东山镇人民政府' })
    .replace('year: 2023', 'year: 2023\nsigner: 张三')
    .replace(T3_FIRST_ROW, '| 一、本年新收政府信息公开申请数量 | 5')
    .replace('第二十条第（一）项', '第二十条第（一）顼')
    .replace('本报告依据《', '本报告依据,《');
}

/** What an editor shows for a nianbao diagnostic: 0-based line and character. */
function expected(d: Diagnostic, bom = 0) {
  return {
    code: d.ruleId,
    message: d.message,
    severity: { error: 1, warning: 2, info: 3 }[d.severity],
    range: {
      start: { line: d.line - 1, character: d.column - 1 + (d.line === 1 ? bom : 0) },
      end: { line: d.endLine - 1, character: d.endColumn - 1 + (d.endLine === 1 ? bom : 0) },
    },
  };
}

const shown = (diagnostics: LspDiagnostic[]) =>
  diagnostics.map(({ code, message, severity, range }) => ({ code, message, severity, range }));

function applyEdit(text: string, edit: WorkspaceEdit | undefined, uri: string): string {
  const edits: TextEdit[] = edit?.changes?.[uri] ?? [];
  for (const change of edit?.documentChanges ?? [])
    if ('edits' in change && change.textDocument.uri === uri)
      edits.push(...(change.edits as TextEdit[]));
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 0, text), edits);
}

const uriOf = (dir: string, name: string) => pathToFileURL(join(dir, name)).href;

let dir: string;
let client: TestClient;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-ls-'));
  client = await startClient({ rootUri: pathToFileURL(dir).href, settings: {} });
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the language server over stdio', () => {
  it('announces its features', () => {
    const { capabilities } = client.initializeResult;
    expect(capabilities.hoverProvider).toBe(true);
    expect(capabilities.documentSymbolProvider).toBe(true);
    expect(capabilities.completionProvider).toBeTruthy();
    expect(capabilities.codeActionProvider).toMatchObject({
      codeActionKinds: ['quickfix', 'source.fixAll.nianbao'],
    });
  });

  it('publishes on open exactly what lintText finds (parity)', async () => {
    const text = brokenReport();
    const uri = uriOf(dir, 'parity.md');
    client.open(uri, text);
    const { diagnostics, version } = await client.diagnostics(uri);
    expect(version).toBe(1);
    const lint = lintText(text).diagnostics;
    expect(lint.map((d) => d.ruleId)).toContain('table-sums');
    expect(lint.map((d) => d.ruleId)).toContain('frontmatter');
    expect(shown(diagnostics)).toEqual(lint.map((d) => expected(d)));
    for (const d of diagnostics) {
      expect(d.source).toBe('nianbao');
      expect(d.codeDescription?.href).toMatch(new RegExp(`/docs/rules/${String(d.code)}\\.md$`));
    }
  });

  it('publishes what `nianbao lint` reports on every example report (the CLI, run on the files)', async () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const files = ['examples', 'examples/imported'].flatMap((d) =>
      readdirSync(join(root, d))
        .filter((f) => f.endsWith('.md') && f !== 'README.md')
        .map((f) => join(root, d, f)),
    );
    expect(files.length).toBeGreaterThanOrEqual(5);
    const cli = spawnSync(
      process.execPath,
      [join(root, 'packages/cli/bin/nianbao.js'), 'lint', '--format', 'json', ...files],
      { cwd: root, encoding: 'utf8', env: { ...process.env, NIANBAO_LOCALE: '' } },
    );
    const results = JSON.parse(cli.stdout) as {
      filePath: string;
      messages: {
        ruleId: string;
        severity: number;
        message: string;
        line: number;
        column: number;
        endLine: number;
        endColumn: number;
      }[];
    }[];
    expect(results.map((r) => r.filePath).sort()).toEqual([...files].sort());
    let findings = 0;
    for (const result of results) {
      const uri = pathToFileURL(result.filePath).href;
      client.open(uri, readFileSync(result.filePath, 'utf8'));
      const { diagnostics } = await client.diagnostics(uri);
      findings += diagnostics.length;
      expect(
        diagnostics.map((d) => [
          d.code,
          d.severity === 1,
          d.range.start.line + 1,
          d.range.start.character + 1,
          d.range.end.line + 1,
          d.range.end.character + 1,
          d.message,
        ]),
        relative(root, result.filePath),
      ).toEqual(
        result.messages.map((m) => [
          m.ruleId,
          m.severity === 2,
          m.line,
          m.column,
          m.endLine,
          m.endColumn,
          m.message,
        ]),
      );
    }
    // The imported seeds keep their original mistakes: there is something to compare.
    expect(findings).toBeGreaterThan(10);
  });

  it('keeps parity with CRLF line ends and a byte-order mark', async () => {
    const text = `\uFEFF${brokenReport().replace(/\n/gu, '\r\n')}`;
    const uri = uriOf(dir, 'crlf-bom.md');
    client.open(uri, text);
    const { diagnostics } = await client.diagnostics(uri);
    const lint = lintText(text).diagnostics;
    expect(lint.length).toBeGreaterThan(0);
    expect(shown(diagnostics)).toEqual(lint.map((d) => expected(d, 1)));
  });

  it('reports a report whose YAML does not parse', async () => {
    const text = brokenReport().replace('agency: 东山镇人民政府', 'agency: [东山镇');
    const uri = uriOf(dir, 'yaml.md');
    client.open(uri, text);
    const { diagnostics } = await client.diagnostics(uri);
    const lint = lintText(text).diagnostics;
    expect(lint.some((d) => d.messageId === 'yaml-syntax')).toBe(true);
    expect(shown(diagnostics)).toEqual(lint.map((d) => expected(d)));
  });

  it('leaves Markdown that is not a report alone', async () => {
    const uri = uriOf(dir, 'README.md');
    client.open(uri, '# 说明\n\n这不是年报。\n');
    // A report opened after it is answered, so the README was handled first.
    const after = uriOf(dir, 'after-readme.md');
    client.open(after, brokenReport());
    await client.diagnostics(after);
    expect(client.published.filter((p) => p.uri === uri && p.diagnostics.length)).toEqual([]);
  });

  it('re-checks after a change, once for a burst of edits (debounced)', async () => {
    const text = brokenReport();
    const uri = uriOf(dir, 'change.md');
    client.open(uri, text);
    const opened = await client.diagnostics(uri);
    expect(opened.diagnostics.some((d) => d.code === 'table-sums')).toBe(true);
    const before = client.published.length;
    // Five quick edits, the last one restoring the figure: only the final text is checked.
    const fixedText = text.replace(/^(\| 一、本年新收政府信息公开申请数量 \| )5/mu, '$10');
    for (let version = 2; version <= 5; version++)
      client.change(uri, version, [{ text: text.replace('东山镇', `东山镇${version}`) }]);
    client.change(uri, 6, [{ text: fixedText }]);
    const updated = await client.diagnostics(uri, (p) => p.version === 6);
    expect(updated.diagnostics.some((d) => d.code === 'table-sums')).toBe(false);
    expect(shown(updated.diagnostics)).toEqual(
      lintText(fixedText).diagnostics.map((d) => expected(d)),
    );
    const forUri = client.published.slice(before).filter((p) => p.uri === uri);
    expect(forUri.map((p) => p.version)).toEqual([6]);
  });

  it('applies incremental edits like an editor sends them', async () => {
    const text = brokenReport();
    const uri = uriOf(dir, 'incremental.md');
    client.open(uri, text);
    await client.diagnostics(uri);
    const document = TextDocument.create(uri, 'markdown', 1, text);
    const offset = text.search(/(?<=\| 一、本年新收政府信息公开申请数量 \| )5/u);
    const range = { start: document.positionAt(offset), end: document.positionAt(offset + 1) };
    client.change(uri, 2, [{ range, text: '0' }]);
    const updated = await client.diagnostics(uri, (p) => p.version === 2);
    expect(updated.diagnostics.filter((d) => d.code === 'table-sums')).toEqual([]);
  });

  it('offers each fix as a quick fix; applying it gives what the rule fixes', async () => {
    const text = brokenReport();
    const fixable = lintText(text).diagnostics.filter((d) => d.fix);
    // The report holds mistakes that the rules know how to fix (labels, punctuation).
    expect(fixable.length).toBeGreaterThan(0);
    const uri = uriOf(dir, 'fix.md');
    client.open(uri, text);
    await client.diagnostics(uri);
    for (const d of fixable) {
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: expected(d).range,
        context: { diagnostics: [], only: ['quickfix'] },
      })) as CodeAction[];
      const action = actions.find(
        (a) =>
          a.isPreferred &&
          a.diagnostics?.some((x) => x.code === d.ruleId && x.message === d.message),
      );
      expect(action, d.message).toBeDefined();
      expect(applyEdit(text, action!.edit, uri)).toBe(applyFixes(text, [d]).output);
    }
    // Apply the first fix, send the new text: its finding is gone.
    const first = fixable[0];
    const fixed = applyFixes(text, [first]).output;
    client.change(uri, 2, [{ text: fixed }]);
    const after = await client.diagnostics(uri, (p) => p.version === 2);
    expect(
      after.diagnostics.some((x) => x.message === first.message && x.code === first.ruleId),
    ).toBe(false);
    expect(shown(after.diagnostics)).toEqual(lintText(fixed).diagnostics.map((x) => expected(x)));
  });

  it('offers "fix all" as source.fixAll.nianbao, equal to nianbao lint --fix', async () => {
    const fixAll = async (uri: string) =>
      (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      })) as CodeAction[];
    // Without the unknown frontmatter key, which makes it a file --fix never rewrites.
    const text = brokenReport().replace('\nsigner: 张三', '');
    const uri = uriOf(dir, 'fix-all.md');
    client.open(uri, text);
    await client.diagnostics(uri);
    const actions = await fixAll(uri);
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.nianbao']);
    const { output } = fixText(text);
    expect(output).not.toBe(text);
    expect(applyEdit(text, actions[0].edit, uri)).toBe(output);
    // A report that cannot be read completely is not rewritten as a whole, as with --fix.
    // (Malformed YAML: an unknown key alone no longer makes the frontmatter unreadable.)
    const unreadableText = brokenReport().replace('year: 2023', 'year: [2023');
    const unreadable = uriOf(dir, 'fix-all-unreadable.md');
    client.open(unreadable, unreadableText);
    await client.diagnostics(unreadable);
    expect(fixText(unreadableText).output).toBe(unreadableText);
    expect(await fixAll(unreadable)).toEqual([]);
  });

  it('explains a finding on hover with its rule and doc link', async () => {
    const text = brokenReport();
    const uri = uriOf(dir, 'hover.md');
    client.open(uri, text);
    await client.diagnostics(uri);
    const sums = lintText(text).diagnostics.find((d) => d.ruleId === 'table-sums')!;
    const result = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: expected(sums).range.start,
    })) as Hover;
    const value = (result.contents as { value: string }).value;
    expect(value).toContain('nianbao/table-sums');
    expect(value).toContain(`检查项 ${sums.check}`);
    expect(value).toContain('官方表格的勾稽关系成立');
    expect(value).toMatch(/\(https:\/\/\S+\/docs\/rules\/table-sums\.md\)/u);
    const nothing = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: { line: 12, character: 0 },
    });
    expect(nothing).toBeNull();
  });

  it('completes official row labels inside a table of the edition', async () => {
    const edition = getEdition('2021')!;
    const t3 = edition.tables.find((t) => t.name === '表三')!;
    const block = t3.blocks[0];
    const labels = flattenRows(block.rows).map((r) => r.row.label);
    const base = scaffoldReport({ edition: '2021', year: 2023 });
    // The row 1.属于国家秘密 is being retyped: only its start is there.
    const partialLine = '| 1.属于';
    const text = base.replace(/^\| 1\.属于国家秘密 .*$/mu, partialLine);
    const uri = uriOf(dir, 'complete.md');
    client.open(uri, text);
    await client.diagnostics(uri);
    const line = text.split('\n').indexOf(partialLine);
    const result = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri },
      position: { line, character: partialLine.length },
    })) as CompletionItem[] | CompletionList;
    const items = Array.isArray(result) ? result : result.items;
    expect(items.map((i) => i.label)).toEqual(labels);
    // The missing row sorts first, and brings the rest of its row as `nianbao new` writes it.
    const best = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!))[0];
    expect(best.label).toBe('1.属于国家秘密');
    const edit = best.textEdit as TextEdit;
    const after = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), [edit]);
    const row = blockToMarkdown(t3, block, { year: 2023 })
      .split('\n')
      .find((l) => l.startsWith('| 1.属于国家秘密 '))!;
    expect(after.split('\n')[line]).toBe(row);
    expect(after).toBe(base);
    // No label completion in a value cell or outside tables.
    for (const position of [
      { line, character: 0 },
      { line: line + 1, character: 30 },
      { line: 11, character: 2 },
    ]) {
      const none = (await client.connection.sendRequest('textDocument/completion', {
        textDocument: { uri },
        position,
      })) as CompletionItem[];
      expect(none).toEqual([]);
    }
  });

  it('gives the section outline with the official tables', async () => {
    const text = scaffoldReport({ edition: '2021', year: 2023 });
    const uri = uriOf(dir, 'outline.md');
    client.open(uri, text);
    await client.diagnostics(uri);
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri },
    })) as DocumentSymbol[];
    const { report } = lintText(text);
    const names = (list: DocumentSymbol[]): unknown[] =>
      list.map((s) => (s.children?.length ? [s.name, names(s.children)] : s.name));
    expect(symbols.map((s) => s.name)).toEqual(report.sections.map((s) => s.text));
    const overview = symbols[0];
    expect(overview.children?.map((s) => s.name)).toEqual(
      report.sections[0].children.map((s) => s.text),
    );
    const lines = text.split('\n');
    for (const s of symbols) expect(lines[s.selectionRange.start.line]).toBe(`## ${s.name}`);
    // Every official table appears under the section it belongs to.
    const tables = symbols.flatMap((s) => (s.children ?? []).filter((c) => c.kind === 18));
    expect(tables.length).toBe(report.tables.length);
    expect(names(symbols).flat(3).join(' ')).toContain('表三');
  });
});

describe('settings and configuration', () => {
  it('takes rule levels and the locale from initializationOptions', async () => {
    const own = await startClient({
      initializationOptions: {
        locale: 'en',
        rules: { 'table-sums': 'off', frontmatter: 'warning' },
      },
    });
    try {
      const text = brokenReport();
      const uri = uriOf(dir, 'options.md');
      own.open(uri, text);
      const { diagnostics } = await own.diagnostics(uri);
      const lint = lintText(text, {
        locale: 'en',
        rules: { 'table-sums': 'off', frontmatter: 'warning' },
      }).diagnostics;
      expect(shown(diagnostics)).toEqual(lint.map((d) => expected(d)));
      expect(diagnostics.some((d) => d.code === 'table-sums')).toBe(false);
      expect(diagnostics.find((d) => d.code === 'frontmatter')?.message).toMatch(
        /^Unknown frontmatter key/u,
      );
    } finally {
      await own.close();
    }
  });

  it('reads the configuration file next to the report, as the CLI does', async () => {
    const project = mkdtempSync(join(tmpdir(), 'nianbao-ls-config-'));
    try {
      writeFileSync(
        join(project, 'nianbao.config.json'),
        JSON.stringify({ rules: { 'table-sums': 'warning' } }),
      );
      const text = brokenReport();
      const uri = uriOf(project, 'report.md');
      client.open(uri, text);
      const { diagnostics } = await client.diagnostics(uri);
      const lint = lintText(text, { rules: { 'table-sums': 'warning' } }).diagnostics;
      expect(shown(diagnostics)).toEqual(lint.map((d) => expected(d)));
      expect(diagnostics.filter((d) => d.code === 'table-sums').map((d) => d.severity)).toEqual([
        2, 2,
      ]);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('warns about settings it cannot use, and carries on', async () => {
    const own = await startClient({
      settings: { rules: { 'no-such-rule': 'error', 'table-sums': 'loud' } },
    });
    try {
      const uri = uriOf(dir, 'bad-settings.md');
      own.open(uri, brokenReport());
      await own.diagnostics(uri);
      const shown = own.shown.join('\n');
      // The configuration file's own validation, with the setting named.
      expect(shown).toContain('nianbao 设置 rules.no-such-rule：未知的规则“no-such-rule”');
      expect(shown).toMatch(
        /nianbao 设置 rules\.table-sums：规则“table-sums”的级别 "loud" 不正确/u,
      );
    } finally {
      await own.close();
    }
  });

  it('exits cleanly after shutdown and exit', async () => {
    const own = await startClient();
    expect(await own.close()).toBe(0);
  });
});

afterAll(async () => {
  expect(await client.close()).toBe(0);
});
