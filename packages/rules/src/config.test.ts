import { describe, expect, it } from 'vitest';
import { mergeRuleSettings, validateConfig } from './config.js';
import { allRules } from './rules/index.js';

const [first, second] = allRules.map((r) => r.meta.id);

describe('validateConfig', () => {
  it('normalises ESLint spellings of levels', () => {
    const { config, problems } = validateConfig(
      { rules: { [first]: 'warn', [second]: 0 }, locale: 'en' },
      allRules,
    );
    expect(problems).toEqual([]);
    expect(config).toEqual({ rules: { [first]: 'warning', [second]: 'off' }, locale: 'en' });
    expect(validateConfig({ rules: { [first]: [2] } }, allRules).config.rules).toEqual({
      [first]: 'error',
    });
  });

  it('explains every mistake with its path', () => {
    const { problems } = validateConfig(
      {
        locale: 'fr',
        rules: { [first]: ['error', 'strict'], 'no-such-rule-at-all': 'error' },
        overrides: [{ files: [], rules: {} }, 'x'],
        ignores: 'drafts',
      },
      allRules,
    );
    expect(problems.map((p) => p.path)).toEqual([
      'locale',
      `rules.${first}`,
      'rules.no-such-rule-at-all',
      'ignores',
      'overrides[0].files',
      'overrides[1]',
    ]);
    // Far from every rule id: the message lists them instead of guessing.
    const unknown = problems[2];
    expect(JSON.stringify(unknown.data.hint)).toContain(first);
  });

  it('accepts an empty or missing configuration', () => {
    expect(validateConfig(undefined, allRules)).toEqual({ config: {}, problems: [] });
    expect(validateConfig([], allRules).problems[0].path).toBe('(root)');
  });
});

describe('mergeRuleSettings', () => {
  it('lets later layers win and keeps options when only the level changes', () => {
    expect(
      mergeRuleSettings(
        { a: ['error', { n: 1 }], b: 'warning' },
        undefined,
        { a: 'warning', b: ['error', { m: 2 }] },
        { b: 'off' },
      ),
    ).toEqual({ a: ['warning', { n: 1 }], b: ['off', { m: 2 }] });
  });
});
