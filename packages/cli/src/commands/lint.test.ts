import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { scaffoldReport } from '@nianbao/core';
import { allRules, fixText, lintText, type Rule } from '@nianbao/rules';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../index.js';
import { capture, lineOf, setRow } from '../../test/helpers.js';
import { runLint } from './lint.js';

const ROW = '一、本年新收政府信息公开申请数量';
const clean = scaffoldReport({ edition: '2021', year: 2024, agency: '测试镇人民政府' });
/** Row 一 of 表三 whose 总计 (5) is not the sum of its applicants (4): table-sums errors. */
const broken = setRow(clean, ROW, [3, 1, 0, 0, 0, 0, 5]);
const brokenLine = lineOf(broken, `| ${ROW} |`);

/** A fixable rule for the --fix plumbing: a half-width comma between Chinese characters. */
const commaRule: Rule = {
  meta: {
    id: 'test-comma',
    docs: { description: { zh: '测试', en: 'test' }, url: '', recommended: 'warning' },
    messages: { comma: { zh: '中文之间的半角逗号', en: 'half-width comma in Chinese' } },
    fixable: 'code',
    needsEdition: false,
  },
  check(report, context) {
    for (const m of report.source.matchAll(/(?<=\p{Script=Han}),(?=\p{Script=Han})/gu)) {
      context.report({
        messageId: 'comma',
        position: { start: report.positionAt(m.index), end: report.positionAt(m.index + 1) },
        fix: { range: [m.index, m.index + 1], text: '，' },
      });
    }
  },
};

const throwingRule: Rule = {
  meta: {
    id: 'test-throws',
    docs: { description: { zh: '测试', en: 'test' }, url: '', recommended: 'error' },
    messages: {},
  },
  check() {
    throw new Error('boom');
  },
};

let dir: string;

function write(name: string, text: string | Buffer): string {
  const file = join(dir, name);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
}

async function lint(args: string[], options: Parameters<typeof runLint>[2] = {}) {
  const io = capture(dir);
  const code = options.ruleSet
    ? await runLint(args, io, options)
    : await main(['lint', ...args], io);
  return { code, out: io.out, err: io.err };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-lint-'));
  write('good.md', clean);
  write('bad.md', broken);
  write('sub/deeper/nested.md', broken);
  write('node_modules/pkg/readme.md', '# not a report');
  write('notes.txt', 'not markdown');
});

describe('nianbao lint: stylish output', () => {
  it('groups problems per file with line:col, severity, message and rule id, then a summary', async () => {
    const { code, out } = await lint(['bad.md', 'good.md']);
    expect(code).toBe(1);
    const expected = lintText(broken).diagnostics;
    expect(expected.length).toBeGreaterThan(0);
    const lines = out.split('\n');
    expect(lines[1]).toBe('bad.md');
    for (const d of expected) {
      const line = lines.find((l) => l.includes(d.message));
      expect(line, d.message).toBeDefined();
      expect(line).toMatch(new RegExp(`^\\s+${d.line}:${d.column}\\s+错误\\s+`, 'u'));
      expect(line!.trimEnd().endsWith(d.ruleId)).toBe(true);
    }
    expect(out).not.toContain('good.md');
    expect(out).toContain(`✖ 共 ${expected.length} 个问题（${expected.length} 个错误，0 个警告）`);
    // Not a terminal: no colours.
    expect(out).not.toContain('\u001b[');
  });

  it('speaks English with --locale en and aligns the message column by display width', async () => {
    const { out } = await lint(['--locale', 'en', 'bad.md']);
    const expected = lintText(broken, { locale: 'en' }).diagnostics;
    expect(out).toContain(`✖ ${expected.length} problems (${expected.length} errors, 0 warnings)`);
    const rows = out.split('\n').filter((l) => /^\s+\d+:\d+/u.test(l));
    expect(rows).toHaveLength(expected.length);
  });

  it('lines rule ids up by display width, without padding to one very long message', async () => {
    const mixed = broken.replace('本报告依据', '本报告,依据').replace('全文包括', '全文,包括');
    const file = join(mkdtempSync(join(tmpdir(), 'nianbao-mixed-')), 'mixed.md');
    writeFileSync(file, mixed);
    const { out } = await lint([file]);
    const expected = lintText(mixed).diagnostics;
    const rows = out.split('\n').filter((l) => /^\s+\d+:\d+/u.test(l));
    expect(rows).toHaveLength(expected.length);
    // Rule ids line up after the messages, counting Chinese characters as two columns; a
    // message longer than 72 columns is not padded and does not push the others.
    const { displayWidth } = await import('../lint/stylish.js');
    const aligned = expected.filter((d) => displayWidth(d.message) <= 72);
    const starts = rows
      .filter((r) => aligned.some((d) => r.includes(d.message)))
      .map((r) => displayWidth(r) - displayWidth(r.split(/\s+/u).at(-1)!));
    expect(starts.length).toBeGreaterThan(1);
    expect(new Set(starts).size).toBe(1);
    const longest = Math.max(...aligned.map((d) => displayWidth(d.message)));
    const long = rows.find((r) =>
      expected.some((d) => displayWidth(d.message) > 72 && r.includes(d.message)),
    );
    if (long) expect(long).toMatch(/\S {2}[a-z-]+$/u);
    expect(starts[0]).toBeLessThanOrEqual(2 + 10 + 2 + 7 + 2 + longest + 2);
  });

  it('colours on a terminal (and says so when nothing was found)', async () => {
    const io = capture(dir, { isTTY: true });
    const saved = { force: process.env.FORCE_COLOR, no: process.env.NO_COLOR };
    delete process.env.FORCE_COLOR;
    delete process.env.NO_COLOR;
    try {
      expect(await main(['lint', 'bad.md'], io)).toBe(1);
      expect(io.out).toContain('\u001b[31m');
      const cleanIo = capture(dir, { isTTY: true });
      expect(await main(['lint', 'good.md', '--no-color'], cleanIo)).toBe(0);
      expect(cleanIo.out).toBe('✔ 已检查 1 个文件，未发现问题。\n');
    } finally {
      if (saved.force !== undefined) process.env.FORCE_COLOR = saved.force;
      if (saved.no !== undefined) process.env.NO_COLOR = saved.no;
    }
  });

  it('prints nothing and exits 0 on clean files when not on a terminal', async () => {
    expect(await lint(['good.md'])).toEqual({ code: 0, out: '', err: '' });
  });
});

describe('nianbao lint: json output', () => {
  it('prints ESLint-like results with every finding of the engine', async () => {
    const { code, out } = await lint(['--format', 'json', 'good.md', 'bad.md']);
    expect(code).toBe(1);
    const results = JSON.parse(out) as {
      filePath: string;
      messages: { ruleId: string; severity: number; line: number; column: number }[];
      errorCount: number;
      warningCount: number;
      fixableErrorCount: number;
    }[];
    expect(results.map((r) => r.filePath)).toEqual([join(dir, 'good.md'), join(dir, 'bad.md')]);
    expect(results[0]).toMatchObject({ messages: [], errorCount: 0, warningCount: 0 });
    const expected = lintText(broken).diagnostics;
    expect(results[1].errorCount).toBe(expected.length);
    expect(results[1].messages).toEqual(
      expected.map((d) =>
        expect.objectContaining({
          ruleId: d.ruleId,
          severity: 2,
          message: d.message,
          line: d.line,
          column: d.column,
          endLine: d.endLine,
          endColumn: d.endColumn,
        }),
      ),
    );
    expect(results[1].messages.some((m) => m.line === brokenLine)).toBe(true);
  });
});

describe('nianbao lint: sarif output', () => {
  it('is valid SARIF 2.1.0 with the rules from their meta and a region per finding', async () => {
    const { code, out } = await lint(['--format', 'sarif', 'bad.md', 'good.md']);
    expect(code).toBe(1);
    const log = JSON.parse(out);
    const require = createRequire(import.meta.url);
    const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
    const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
    // The official schema has a pattern that is invalid with the `u` flag.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const schema = JSON.parse(
      readFileSync(new URL('../lint/fixtures/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'),
    );
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The validator has teeth: a log of another version or a region at line 0 is refused.
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
    const zeroLine = structuredClone(log);
    zeroLine.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(validate(zeroLine)).toBe(false);

    const run = log.runs[0];
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    for (const rule of allRules) {
      expect(ids).toContain(rule.meta.id);
      const descriptor = run.tool.driver.rules.find((r: { id: string }) => r.id === rule.meta.id);
      expect(descriptor.helpUri).toBe(rule.meta.docs.url);
    }
    const expected = lintText(broken).diagnostics;
    expect(run.results).toHaveLength(expected.length);
    expected.forEach((d, i) => {
      const result = run.results[i];
      expect(result.ruleId).toBe(d.ruleId);
      expect(ids[result.ruleIndex]).toBe(d.ruleId);
      expect(result.level).toBe('error');
      const location = result.locations[0].physicalLocation;
      expect(location.artifactLocation).toMatchObject({ uri: 'bad.md', uriBaseId: '%SRCROOT%' });
      expect(location.region).toMatchObject({ startLine: d.line, startColumn: d.column });
    });
    expect(run.artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toEqual([
      'bad.md',
      'good.md',
    ]);
  });

  it('writes to --output-file atomically and keeps stdout empty', async () => {
    const { code, out } = await lint(['--format', 'sarif', '-o', 'out/result.sarif', 'bad.md']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'out/result.sarif'), 'utf8')).version).toBe('2.1.0');
  });
});

describe('nianbao lint: exit codes and options', () => {
  it('exits 2 on usage errors', async () => {
    expect((await lint(['--format', 'xml', 'good.md'])).err).toContain('未知的输出格式“xml”');
    expect((await lint(['--max-warnings', 'many', 'good.md'])).code).toBe(2);
    expect((await lint(['--bogus', 'good.md'])).code).toBe(2);
    const unmatched = await lint(['missing/*.md', 'good.md']);
    expect(unmatched).toMatchObject({ code: 2, err: '没有找到与“missing/*.md”匹配的文件\n' });
    expect((await lint(['missing/*.md', 'good.md', '--no-error-on-unmatched-pattern'])).code).toBe(
      0,
    );
    const badRule = await lint(['--rule', 'table-sum:off', 'good.md']);
    expect(badRule.code).toBe(2);
    expect(badRule.err).toContain('未知的规则“table-sum”（是否应为“table-sums”？）');
  });

  it('--max-warnings fails a run with more warnings than allowed', async () => {
    const warnings = lintText(broken).diagnostics.length;
    const args = ['--rule', 'table-sums:warning', 'bad.md'];
    expect((await lint(args)).code).toBe(0);
    expect((await lint([...args, '--max-warnings', String(warnings)])).code).toBe(0);
    const over = await lint([...args, '--max-warnings', String(warnings - 1)]);
    expect(over.code).toBe(1);
    expect(over.err).toContain(
      `发现 ${warnings} 个警告，超过了 --max-warnings ${warnings - 1} 的上限`,
    );
  });

  it('--quiet shows errors only, and still counts warnings for --max-warnings', async () => {
    const args = ['--rule', 'table-sums:warning', '--quiet', '--format', 'json', 'bad.md'];
    const { code, out } = await lint(args);
    expect(code).toBe(0);
    expect(JSON.parse(out)[0]).toMatchObject({ messages: [], warningCount: 0 });
    expect((await lint([...args, '--max-warnings', '0'])).code).toBe(1);
    expect((await lint(['--quiet', 'bad.md'])).out).toContain('table-sums');
  });
});

describe('nianbao lint: files, directories and globs', () => {
  it('expands a directory to its .md files below, without node_modules (. by default)', async () => {
    const { out } = await lint(['--format', 'json']);
    const files = (JSON.parse(out) as { filePath: string }[]).map((r) => r.filePath);
    expect(files).toEqual(
      ['bad.md', 'good.md', 'sub/deeper/nested.md'].map((f) => join(dir, f)).sort(),
    );
  });

  it('expands globs and lints each file once', async () => {
    const { out } = await lint(['--format', 'json', '**/*.md', 'bad.md', 'sub']);
    const files = (JSON.parse(out) as { filePath: string }[]).map((r) => r.filePath);
    expect(files).toEqual(['bad.md', 'good.md', 'sub/deeper/nested.md'].map((f) => join(dir, f)));
  });

  it('reports a binary, an empty and a huge file on that file and goes on with the others', async () => {
    const bad = mkdtempSync(join(dir, 'mixed-'));
    writeFileSync(join(bad, 'a-good.md'), clean);
    writeFileSync(join(bad, 'b-binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2]));
    writeFileSync(join(bad, 'c-empty.md'), '');
    writeFileSync(join(bad, 'd-huge.md'), `${clean}\n${'数'.repeat(1024 * 1024)}`);
    writeFileSync(join(bad, 'e-bad.md'), broken);
    const io = capture(bad);
    const code = await main(['lint', '--locale', 'en', '--format', 'json', '.'], io);
    expect(code).toBe(1);
    const results = JSON.parse(io.out) as {
      filePath: string;
      messages: { ruleId: string; message: string; fatal?: boolean }[];
    }[];
    const byName = Object.fromEntries(results.map((r) => [r.filePath.split('/').at(-1), r]));
    expect(Object.keys(byName)).toEqual([
      'a-good.md',
      'b-binary.md',
      'c-empty.md',
      'd-huge.md',
      'e-bad.md',
    ]);
    expect(byName['a-good.md'].messages).toEqual([]);
    expect(byName['b-binary.md'].messages).toEqual([
      expect.objectContaining({
        ruleId: 'parse',
        fatal: true,
        message: expect.stringMatching(/not a text file/u),
      }),
    ]);
    expect(byName['c-empty.md'].messages[0].message).toMatch(/empty/u);
    expect(byName['d-huge.md'].messages[0].message).toMatch(/too large/u);
    expect(byName['e-bad.md'].messages.length).toBe(lintText(broken).diagnostics.length);
  });

  it('reports a crash inside one rule as an internal error of that rule, exit 2', async () => {
    const { code, out } = await lint(['--format', 'json', 'bad.md'], {
      ruleSet: [...allRules, throwingRule],
    });
    expect(code).toBe(2);
    const messages = JSON.parse(out)[0].messages as { ruleId: string; message: string }[];
    expect(messages).toContainEqual(
      expect.objectContaining({
        ruleId: 'test-throws',
        messageId: 'internal-error',
        message: expect.stringContaining('规则 test-throws 内部错误：boom'),
      }),
    );
    // The other rules' findings are all there.
    expect(messages.filter((m) => m.ruleId !== 'test-throws')).toHaveLength(
      lintText(broken).diagnostics.length,
    );
  });
});

describe('nianbao lint --fix', () => {
  const ruleSet = [...allRules, commaRule];
  const withCommas = clean.replace('本报告依据', '本报告,依据').replace('全文包括', '全文,包括');

  it('applies the fixes, writes the file atomically, and reports what remains', async () => {
    const fixDir = mkdtempSync(join(dir, 'fix-'));
    const file = join(fixDir, 'report.md');
    writeFileSync(file, `\uFEFF${setRow(withCommas, ROW, [3, 1, 0, 0, 0, 0, 5])}`);
    const io = capture(fixDir);
    const code = await runLint(['--fix', 'report.md'], io, { ruleSet });
    const fixed = readFileSync(file, 'utf8');
    const original = `\uFEFF${setRow(withCommas, ROW, [3, 1, 0, 0, 0, 0, 5])}`;
    // What the engine's fixText makes of it, byte-order mark kept, the commas fixed.
    expect(fixed).toBe(fixText(original, { ruleSet }).output);
    expect(fixed.startsWith('\uFEFF---')).toBe(true);
    expect(fixed).toContain('本报告，依据');
    expect(fixed).toContain('全文，包括');
    // The table-sums errors remain and are reported; no temporary file is left behind.
    expect(code).toBe(1);
    expect(io.out).toContain('table-sums');
    expect(io.out).not.toContain('test-comma');
    expect(io.out).toMatch(/已自动修复 \d+ 处问题，写回 1 个文件。/u);
    expect(readdirSync(fixDir)).toEqual(['report.md']);
  });

  it('never touches a file whose frontmatter cannot be read', async () => {
    const fixDir = mkdtempSync(join(dir, 'fix-'));
    const text = withCommas.replace('edition: "2021"', 'edition: [2021');
    const file = join(fixDir, 'broken.md');
    writeFileSync(file, text);
    const before = statSync(file).mtimeMs;
    const io = capture(fixDir);
    const code = await runLint(['--fix', '--format', 'json', 'broken.md'], io, { ruleSet });
    expect(code).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(statSync(file).mtimeMs).toBe(before);
    const [result] = JSON.parse(io.out);
    expect(result.output).toBeUndefined();
    expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(
      expect.arrayContaining(['frontmatter', 'test-comma']),
    );
  });

  it('without --fix reports the fixable count and changes nothing', async () => {
    const fixDir = mkdtempSync(join(dir, 'fix-'));
    writeFileSync(join(fixDir, 'r.md'), withCommas);
    const io = capture(fixDir);
    const code = await runLint(['r.md'], io, { ruleSet });
    const found = lintText(withCommas, { ruleSet }).diagnostics;
    const count = (severity: string, fix = false) =>
      found.filter((d) => d.severity === severity && (!fix || d.fix)).length;
    expect(code).toBe(count('error') > 0 ? 1 : 0);
    expect(count('warning', true)).toBeGreaterThanOrEqual(2);
    expect(io.out).toContain(
      `✖ 共 ${found.length} 个问题（${count('error')} 个错误，${count('warning')} 个警告）`,
    );
    expect(io.out).toContain(
      `其中 ${count('error', true)} 个错误、${count('warning', true)} 个警告可用 --fix 自动修复。`,
    );
    expect(readFileSync(join(fixDir, 'r.md'), 'utf8')).toBe(withCommas);
    expect(existsSync(join(fixDir, 'r.md'))).toBe(true);
  });
});
