/**
 * The plugin object: one ESLint rule per nianbao rule with its metadata mapped, the recommended
 * config, the shared settings, and one engine run per file whatever the number of rules.
 */
import * as engine from '@nianbao/rules';
import { Linter } from 'eslint';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtReports, setRow } from '../test/corpus.js';

// A spy on the engine (the real function runs): how often and with which rules ESLint runs it.
vi.mock('@nianbao/rules', async (importOriginal) => {
  const original = await importOriginal<typeof engine>();
  return { ...original, lintText: vi.fn(original.lintText) };
});

const { default: plugin, eslintLevel } = await import('./index.js');
const lintText = vi.mocked(engine.lintText);

const skeleton = builtReports().find((r) => r.name === 'skeleton 2021')!.text;
const unbalanced = setRow(skeleton, '一、本年新收政府信息公开申请数量', [3, 1, 0, 0, 0, 0, 5]);
const linter = new Linter({ configType: 'flat' });

afterEach(() => lintText.mockClear());

describe('rules', () => {
  it('has one ESLint rule per nianbao rule, plus parse', () => {
    expect(Object.keys(plugin.rules).sort()).toEqual(
      ['parse', ...engine.allRules.map((r) => r.meta.id)].sort(),
    );
  });

  it.each(engine.allRules.map((r) => [r.meta.id, r] as const))('%s: meta mapped', (id, rule) => {
    const { meta } = plugin.rules[id];
    expect(meta?.docs?.url).toBe(rule.meta.docs.url);
    expect(meta?.docs?.description).toContain(rule.meta.docs.description.en);
    expect(meta?.docs?.description).toContain(rule.meta.docs.description.zh);
    expect(meta?.fixable).toBe(rule.meta.fixable);
    expect(Boolean(meta?.hasSuggestions)).toBe(Boolean(rule.meta.hasSuggestions));
    expect(meta?.schema).toEqual([
      rule.meta.schema ?? { type: 'object', properties: {}, additionalProperties: false },
    ]);
    expect(meta?.type).toBe(
      ['error', 'on'].includes(rule.meta.docs.recommended) ? 'problem' : 'suggestion',
    );
    expect(meta?.messages).toEqual(
      Object.fromEntries(Object.entries(rule.meta.messages).map(([k, m]) => [k, m.zh])),
    );
  });

  it('refuses options for a rule that takes none and accepts {}, as nianbao lint does', () => {
    const withoutOptions = engine.allRules.find((r) => !r.meta.schema)!;
    const configWith = (options: object): Linter.Config[] => [
      plugin.configs.recommended,
      { rules: { [`nianbao/${withoutOptions.meta.id}`]: ['error', options] } },
    ];
    expect(() => linter.verify(skeleton, configWith({ x: 1 }), 'report.md')).toThrow(
      /should NOT have additional properties/u,
    );
    expect(linter.verify(skeleton, configWith({}), 'report.md')).toEqual([]);
  });

  const withOptions = engine.allRules.filter((r) => r.meta.schema && r.meta.defaultOptions);
  if (withOptions.length === 0) it.todo('passes rule options through (no rule takes options yet)');
  it.each(withOptions.map((r) => [r.meta.id, r] as const))(
    '%s: takes the options object nianbao takes',
    (id, rule) => {
      const options = rule.meta.defaultOptions!;
      linter.verify(
        unbalanced,
        [plugin.configs.recommended, { rules: { [`nianbao/${id}`]: ['error', options] } }],
        'report.md',
      );
      const call = lintText.mock.calls.at(-1)![1]!;
      expect(call.rules?.[id]).toEqual(['on', options]);
    },
  );
});

describe('configs.recommended', () => {
  const config = plugin.configs.recommended;

  it('lints Markdown files as GFM with YAML frontmatter', () => {
    expect(config.files).toEqual(['**/*.md']);
    expect(config.language).toBe('markdown/gfm');
    expect(config.languageOptions).toEqual({ frontmatter: 'yaml' });
  });

  it('sets every rule at its recommended level', () => {
    expect(config.rules).toEqual({
      'nianbao/parse': 'error',
      ...Object.fromEntries(
        engine.allRules.map((r) => [`nianbao/${r.meta.id}`, eslintLevel(r.meta.docs.recommended)]),
      ),
    });
  });

  it('maps nianbao levels to ESLint levels', () => {
    expect(
      ['error', 'on', 'warning', 'info', 'off'].map((l) => eslintLevel(l as engine.RuleLevel)),
    ).toEqual(['error', 'error', 'warn', 'warn', 'off']);
  });

  it('does not lint other files', () => {
    const messages = linter.verify('const x = 1;\n', [config], 'code.js');
    expect(messages).toEqual([]);
    expect(lintText).not.toHaveBeenCalled();
  });
});

describe('one engine run per file', () => {
  it('runs lintText once for all the rules, with the rules ESLint turned on', () => {
    const messages = linter.verify(
      unbalanced,
      [plugin.configs.recommended, { rules: { 'nianbao/frontmatter': 'off' } }],
      'report.md',
    );
    expect(messages.some((m) => m.ruleId === 'nianbao/table-sums')).toBe(true);
    expect(lintText).toHaveBeenCalledTimes(1);
    const [text, options] = lintText.mock.calls[0];
    expect(text).toBe(unbalanced);
    const ran = options!.ruleSet!.map((r) => r.meta.id);
    expect(ran).toContain('table-sums');
    expect(ran).not.toContain('frontmatter');
    expect(ran).toHaveLength(engine.allRules.length - 1);
  });

  it('runs it again for each fix pass and each file', () => {
    linter.verify(unbalanced, [plugin.configs.recommended], 'a.md');
    linter.verify(skeleton, [plugin.configs.recommended], 'b.md');
    expect(lintText).toHaveBeenCalledTimes(2);
  });

  it('runs nothing when every nianbao rule is off', () => {
    const off: Linter.RulesRecord = Object.fromEntries(
      Object.keys(plugin.rules).map((id) => [`nianbao/${id}`, 'off']),
    );
    expect(linter.verify(unbalanced, [plugin.configs.recommended, { rules: off }], 'r.md')).toEqual(
      [],
    );
    expect(lintText).not.toHaveBeenCalled();
  });
});

describe('settings.nianbao', () => {
  const withSettings = (nianbao: unknown) => [
    plugin.configs.recommended,
    { settings: { nianbao } },
  ];

  it('speaks English with locale en', () => {
    const [message] = linter.verify(unbalanced, withSettings({ locale: 'en' }), 'r.md');
    expect(message.message).toMatch(/fails: .*Left/u);
    expect(lintText.mock.calls[0][1]?.locale).toBe('en');
  });

  it('speaks Chinese by default', () => {
    const [message] = linter.verify(unbalanced, [plugin.configs.recommended], 'r.md');
    expect(message.message).toMatch(/不成立：.*左边/u);
  });

  it.each([
    [
      { locale: 'fr' },
      /settings\.nianbao\.locale 应为 "zh" 或 "en"，实为 "fr"\nsettings\.nianbao\.locale must be/u,
    ],
    [{ lang: 'en' }, /未知的设置 lang.*\n.*Unknown key\(s\) in settings\.nianbao: lang/u],
    ['en', /settings\.nianbao 应为对象/u],
  ])('stops on a wrong setting %j with a message in both languages', (value, message) => {
    expect(() => linter.verify(skeleton, withSettings(value), 'r.md')).toThrow(message);
  });
});
