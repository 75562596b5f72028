import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scaffoldReport } from '@nianbao/core';
import { allRules, lintText, type Rule } from '@nianbao/rules';
import { beforeAll, describe, expect, it } from 'vitest';
import { capture, setRow } from '../test/helpers.js';
import { main } from './index.js';
import { ConfigError, createConfigResolver, loadConfigFile } from './config.js';

const ROW = '一、本年新收政府信息公开申请数量';
const broken = setRow(
  scaffoldReport({ edition: '2021', year: 2024, agency: '测试镇人民政府' }),
  ROW,
  [3, 1, 0, 0, 0, 0, 5],
);
/** A rule that fires on the broken report. */
const someRule = lintText(broken).diagnostics[0].ruleId;

/** A rule with options, to check options against `meta.schema`. */
const optionRule: Rule = {
  meta: {
    id: 'test-options',
    docs: { description: { zh: '测试', en: 'test' }, url: '', recommended: 'error' },
    messages: {},
    schema: {
      type: 'object',
      properties: { tolerance: { type: 'number', minimum: 0 } },
      additionalProperties: false,
    },
  },
  check() {},
};
const ruleSet = [...allRules, optionRule];

let root: string;
function write(path: string, text: string): string {
  const file = join(root, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
}

async function configError(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConfigError);
  return (error as ConfigError).format('zh');
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'nianbao-config-'));
  // root/nianbao.config.json: someRule → warning; drafts/ off; README.md ignored.
  write(
    'nianbao.config.json',
    JSON.stringify({
      rules: { [someRule]: 'warn' },
      overrides: [{ files: ['drafts/**'], rules: { [someRule]: 'off' } }],
      ignores: ['README.md', 'archive/'],
    }),
  );
  write('report.md', broken);
  write('drafts/draft.md', broken);
  write('README.md', '# not a report');
  write('archive/2019.md', broken);
  // A nearer configuration wins: YAML in a sub-directory.
  write('county/nianbao.config.yaml', `locale: en\nrules:\n  ${someRule}: error\n`);
  write('county/town/report.md', broken);
  // The `nianbao` key of package.json.
  write('pkg/package.json', JSON.stringify({ name: 'x', nianbao: { rules: { [someRule]: 0 } } }));
  write('pkg/report.md', broken);
  // A package.json without the key is skipped: the search goes on upward.
  write('plain/package.json', JSON.stringify({ name: 'y' }));
  write('plain/report.md', broken);
  // ES module configuration.
  write('esm/nianbao.config.mjs', `export default { rules: { '${someRule}': 'info' } };\n`);
  write('esm/report.md', broken);
});

describe('finding the configuration', () => {
  it('uses the nearest configuration file upward, of any supported kind', async () => {
    const resolver = createConfigResolver({ ruleSet });
    const at = (p: string) => resolver.forFile(join(root, p));
    expect(await at('report.md')).toMatchObject({
      configFile: join(root, 'nianbao.config.json'),
      rules: { [someRule]: 'warning' },
      ignored: false,
    });
    expect(await at('county/town/report.md')).toMatchObject({
      configFile: join(root, 'county/nianbao.config.yaml'),
      rules: { [someRule]: 'error' },
      locale: 'en',
    });
    expect((await at('pkg/report.md')).rules).toEqual({ [someRule]: 'off' });
    expect((await at('plain/report.md')).configFile).toBe(join(root, 'nianbao.config.json'));
    expect((await at('esm/report.md')).rules).toEqual({ [someRule]: 'info' });
  });

  it('applies overrides by glob and ignores relative to the configuration file', async () => {
    const resolver = createConfigResolver({ ruleSet });
    expect((await resolver.forFile(join(root, 'drafts/draft.md'))).rules).toEqual({
      [someRule]: 'off',
    });
    expect((await resolver.forFile(join(root, 'README.md'))).ignored).toBe(true);
    expect((await resolver.forFile(join(root, 'archive/2019.md'))).ignored).toBe(true);
    expect((await resolver.forFile(join(root, 'report.md'))).ignored).toBe(false);
  });

  it('--config uses one file for all, --no-config none, --rule wins over both', async () => {
    const fixed = createConfigResolver({
      ruleSet,
      configFile: join(root, 'county/nianbao.config.yaml'),
    });
    expect((await fixed.forFile(join(root, 'pkg/report.md'))).rules).toEqual({
      [someRule]: 'error',
    });
    const none = createConfigResolver({ ruleSet, useConfigFiles: false });
    expect(await none.forFile(join(root, 'report.md'))).toEqual({
      configFile: undefined,
      rules: {},
      locale: undefined,
      ignored: false,
    });
    const overridden = createConfigResolver({ ruleSet, overrides: { [someRule]: 'off' } });
    expect((await overridden.forFile(join(root, 'county/town/report.md'))).rules).toEqual({
      [someRule]: 'off',
    });
  });
});

describe('nianbao lint with configuration', () => {
  async function lint(args: string[]) {
    const io = capture(root);
    const code = await main(['lint', '--format', 'json', ...args], io);
    const results = io.out
      ? (JSON.parse(io.out) as {
          filePath: string;
          messages: { ruleId: string; severity: number; message: string }[];
        }[])
      : [];
    return { code, results, err: io.err };
  }

  it('lints a tree with each file under its own configuration, leaving ignored files out', async () => {
    const { code, results } = await lint(['.']);
    const files = results.map((r) => r.filePath.slice(root.length + 1));
    expect(files).not.toContain('README.md');
    expect(files).not.toContain('archive/2019.md');
    const severities = (file: string) =>
      new Set(
        results
          .find((r) => r.filePath === join(root, file))!
          .messages.filter((m) => m.ruleId === someRule)
          .map((m) => m.severity),
      );
    expect(severities('report.md')).toEqual(new Set([1]));
    expect(severities('drafts/draft.md')).toEqual(new Set());
    expect(severities('county/town/report.md')).toEqual(new Set([2]));
    expect(severities('pkg/report.md')).toEqual(new Set());
    expect(code).toBe(1);
  });

  it('takes the locale from the configuration unless --locale is given', async () => {
    const town = 'county/town/report.md';
    const english = (await lint([town])).results[0].messages[0].message;
    expect(english).toMatch(/^[\x20-\x7e]/u);
    const chinese = (await lint(['--locale', 'zh', town])).results[0].messages[0].message;
    expect(chinese).toBe(lintText(broken).diagnostics[0].message);
  });

  it('silently skips an ignored file named on the command line (as pre-commit passes it)', async () => {
    const { code, results, err } = await lint(['README.md']);
    expect({ code, results, err }).toEqual({ code: 0, results: [], err: '' });
  });
});

describe('bad configuration', () => {
  it('names the file, the key and what is expected, and lint exits 2 without checking', async () => {
    const dir = mkdtempSync(join(root, 'bad-'));
    writeFileSync(
      join(dir, 'nianbao.config.json'),
      JSON.stringify({
        rules: { [someRule.slice(0, -1)]: 'error', [someRule]: 'loud' },
        overides: [],
      }),
    );
    writeFileSync(join(dir, 'r.md'), broken);
    const io = capture(dir);
    expect(await main(['lint', 'r.md'], io)).toBe(2);
    expect(io.out).toBe('');
    const file = join(dir, 'nianbao.config.json');
    expect(io.err).toBe(
      [
        '配置错误，未进行检查：',
        `${file} overides：未知的配置项“overides”（可用的配置项：locale, rules, overrides, ignores）`,
        `${file} rules.${someRule.slice(0, -1)}：未知的规则“${someRule.slice(0, -1)}”（是否应为“${someRule}”？）`,
        `${file} rules.${someRule}：规则“${someRule}”的级别 "loud" 不正确：应为 error、warning、info、off 或 on，或写成 [级别, 选项]`,
        '',
      ].join('\n'),
    );
  });

  it('reports a syntax error in JSON or YAML with the file', async () => {
    const dir = mkdtempSync(join(root, 'bad-'));
    writeFileSync(join(dir, 'nianbao.config.yaml'), 'rules:\n  - [unclosed\n');
    expect(await configError(loadConfigFile(join(dir, 'nianbao.config.yaml')))).toContain(
      `${join(dir, 'nianbao.config.yaml')}：无法读取配置文件：`,
    );
    writeFileSync(join(dir, 'nianbao.config.json'), '{ "rules": ');
    const io = capture(dir, { locale: 'en' });
    writeFileSync(join(dir, 'r.md'), broken);
    expect(
      await main(['lint', '--locale', 'en', '--config', 'nianbao.config.json', 'r.md'], io),
    ).toBe(2);
    expect(io.err).toContain(
      `${join(dir, 'nianbao.config.json')}: Cannot read the configuration file:`,
    );
  });

  it('checks rule options against the rule’s schema', async () => {
    const dir = mkdtempSync(join(root, 'bad-'));
    const file = join(dir, 'nianbao.config.json');
    writeFileSync(
      file,
      JSON.stringify({ rules: { 'test-options': ['error', { tolerance: -1, x: 1 }] } }),
    );
    const message = await configError(loadConfigFile(file, ruleSet));
    expect(message).toContain('rules.test-options：规则“test-options”的选项不正确：');
    expect(message).toContain('/tolerance must be >= 0');
    expect(message).toContain('must NOT have additional properties (x)');
    writeFileSync(file, JSON.stringify({ rules: { 'test-options': ['warn', { tolerance: 2 }] } }));
    expect((await loadConfigFile(file, ruleSet)).config.rules).toEqual({
      'test-options': ['warning', { tolerance: 2 }],
    });
    const plain = allRules.find((r) => !r.meta.schema)!.meta.id;
    writeFileSync(file, JSON.stringify({ rules: { [plain]: ['error', { a: 1 }] } }));
    expect(await configError(loadConfigFile(file, ruleSet))).toContain(
      `规则“${plain}”没有选项，请只写级别`,
    );
  });
});
