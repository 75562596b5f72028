/** Rule settings: the shape shared by config files, the ESLint plugin and the language server. */
import { interpolate, type Localized, type Locale } from '@nianbao/core';
import type { Rule, RuleLevel } from './types.js';

export type RuleSetting = RuleLevel | [RuleLevel] | [RuleLevel, Record<string, unknown>];

export interface RuleSettings {
  [ruleId: string]: RuleSetting;
}

export function settingLevel(setting: RuleSetting | undefined): RuleLevel | undefined {
  if (setting === undefined) return undefined;
  return Array.isArray(setting) ? setting[0] : setting;
}

export function settingOptions(setting: RuleSetting | undefined): Record<string, unknown> {
  return Array.isArray(setting) && setting.length > 1 ? (setting[1] ?? {}) : {};
}

const LEVELS = new Set(['error', 'warning', 'info', 'off', 'on', 'warn']);

/** Normalise ESLint-style spellings (`warn`, 0/1/2). */
export function normalizeLevel(value: unknown): RuleLevel | undefined {
  if (value === 0) return 'off';
  if (value === 1) return 'warning';
  if (value === 2) return 'error';
  if (typeof value !== 'string' || !LEVELS.has(value)) return undefined;
  return value === 'warn' ? 'warning' : (value as RuleLevel);
}

/**
 * The configuration file's shape (nianbao.config.*, or the `nianbao` key of package.json):
 * validated here, without the file system, so that every adapter reads it the same way. Finding
 * the file and matching globs is the command line's job (packages/cli/src/config.ts).
 */
export interface ConfigOverride {
  /** Globs, relative to the configuration file's directory. */
  files: string[];
  rules: RuleSettings;
}

export interface NianbaoConfig {
  locale?: Locale;
  rules?: RuleSettings;
  overrides?: ConfigOverride[];
  /** Globs of files not to lint, relative to the configuration file's directory. */
  ignores?: string[];
}

export interface ConfigProblem {
  /** Where in the configuration, e.g. `rules.table-sums` or `overrides[0].files`. */
  path: string;
  message: Localized;
  data: Record<string, unknown>;
}

export const configMessages = {
  'not-object': {
    zh: '配置应为对象，例如 { "rules": { "table-sums": "error" } }',
    en: 'The configuration must be an object, e.g. { "rules": { "table-sums": "error" } }',
  },
  'unknown-key': {
    zh: '未知的配置项“{{key}}”（可用的配置项：{{known}}）',
    en: 'Unknown configuration key “{{key}}” (known keys: {{known}})',
  },
  'bad-locale': {
    zh: 'locale 应为 zh 或 en，实为 {{value}}',
    en: 'locale must be zh or en, found {{value}}',
  },
  'rules-not-object': {
    zh: 'rules 应为对象：规则名 → 级别，例如 { "table-sums": "warning" }',
    en: 'rules must be an object of rule id → level, e.g. { "table-sums": "warning" }',
  },
  'unknown-rule': {
    zh: '未知的规则“{{rule}}”{{hint}}',
    en: 'Unknown rule “{{rule}}”{{hint}}',
  },
  'did-you-mean': { zh: '（是否应为“{{suggestion}}”？）', en: ' (did you mean “{{suggestion}}”?)' },
  'rule-list': { zh: '（可用的规则：{{rules}}）', en: ' (known rules: {{rules}})' },
  'bad-level': {
    zh: '规则“{{rule}}”的级别 {{value}} 不正确：应为 error、warning、info、off 或 on，或写成 [级别, 选项]',
    en: 'Rule “{{rule}}” has the level {{value}}: expected error, warning, info, off or on, or [level, options]',
  },
  'options-not-object': {
    zh: '规则“{{rule}}”的选项应为对象，例如 ["error", { … }]',
    en: 'The options of rule “{{rule}}” must be an object, e.g. ["error", { … }]',
  },
  'no-options': {
    zh: '规则“{{rule}}”没有选项，请只写级别',
    en: 'Rule “{{rule}}” takes no options: write its level only',
  },
  'bad-options': {
    zh: '规则“{{rule}}”的选项不正确：{{reason}}',
    en: 'The options of rule “{{rule}}” are wrong: {{reason}}',
  },
  'overrides-not-array': {
    zh: 'overrides 应为数组，每项形如 { "files": ["**/草稿/*.md"], "rules": { … } }',
    en: 'overrides must be an array of { "files": ["drafts/*.md"], "rules": { … } }',
  },
  'bad-globs': {
    zh: '{{key}} 应为非空的字符串数组（glob），例如 ["drafts/**"]',
    en: '{{key}} must be a non-empty array of strings (globs), e.g. ["drafts/**"]',
  },
} satisfies Record<string, Localized>;

const CONFIG_KEYS = ['locale', 'rules', 'overrides', 'ignores'];
const OVERRIDE_KEYS = ['files', 'rules'];

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

/** Edit distance, to suggest the rule id a misspelt one was meant to be. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length];
}

function validateRuleSettings(
  value: unknown,
  path: string,
  ruleSet: readonly Rule[],
  problems: ConfigProblem[],
): RuleSettings {
  const settings: RuleSettings = {};
  if (!isPlainObject(value)) {
    problems.push({ path, message: configMessages['rules-not-object'], data: {} });
    return settings;
  }
  const ids = ruleSet.map((r) => r.meta.id);
  for (const [id, raw] of Object.entries(value)) {
    const at = `${path}.${id}`;
    const rule = ruleSet.find((r) => r.meta.id === id);
    if (!rule) {
      const [best] = ids
        .map((candidate) => ({ candidate, d: distance(id, candidate) }))
        .sort((a, b) => a.d - b.d);
      const hint =
        best && best.d <= Math.max(2, Math.floor(id.length / 3))
          ? { zh: configMessages['did-you-mean'].zh, en: configMessages['did-you-mean'].en }
          : configMessages['rule-list'];
      problems.push({
        path: at,
        message: configMessages['unknown-rule'],
        data: {
          rule: id,
          hint: {
            zh: interpolate(hint.zh, { suggestion: best?.candidate, rules: ids.join('、') }),
            en: interpolate(hint.en, { suggestion: best?.candidate, rules: ids.join(', ') }),
          },
        },
      });
      continue;
    }
    const [rawLevel, rawOptions, ...extra] = Array.isArray(raw) ? raw : [raw];
    const level = normalizeLevel(rawLevel);
    if (!level || extra.length > 0) {
      problems.push({
        path: at,
        message: configMessages['bad-level'],
        data: { rule: id, value: show(raw) },
      });
      continue;
    }
    if (
      rawOptions === undefined ||
      (isPlainObject(rawOptions) && Object.keys(rawOptions).length === 0)
    ) {
      settings[id] = level;
      continue;
    }
    if (!isPlainObject(rawOptions)) {
      problems.push({
        path: at,
        message: configMessages['options-not-object'],
        data: { rule: id },
      });
      continue;
    }
    if (!rule.meta.schema) {
      problems.push({ path: at, message: configMessages['no-options'], data: { rule: id } });
      continue;
    }
    settings[id] = [level, rawOptions];
  }
  return settings;
}

function validateGlobs(
  value: unknown,
  path: string,
  problems: ConfigProblem[],
): string[] | undefined {
  if (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((v) => typeof v === 'string' && v !== '')
  )
    return value as string[];
  problems.push({ path, message: configMessages['bad-globs'], data: { key: path } });
  return undefined;
}

/**
 * Check a configuration value and return it with levels normalised (`warn` → `warning`,
 * 0/1/2). Options are checked against each rule's `meta.schema` by the caller, which may need a
 * JSON Schema validator (see packages/cli/src/config.ts); the shape is checked here.
 */
export function validateConfig(
  value: unknown,
  ruleSet: readonly Rule[],
): { config: NianbaoConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const config: NianbaoConfig = {};
  if (value === undefined || value === null) return { config, problems };
  if (!isPlainObject(value)) {
    problems.push({ path: '(root)', message: configMessages['not-object'], data: {} });
    return { config, problems };
  }
  for (const key of Object.keys(value)) {
    if (!CONFIG_KEYS.includes(key) && key !== '$schema')
      problems.push({
        path: key,
        message: configMessages['unknown-key'],
        data: { key, known: CONFIG_KEYS.join(', ') },
      });
  }
  if (value.locale !== undefined) {
    if (value.locale === 'zh' || value.locale === 'en') config.locale = value.locale;
    else
      problems.push({
        path: 'locale',
        message: configMessages['bad-locale'],
        data: { value: show(value.locale) },
      });
  }
  if (value.rules !== undefined)
    config.rules = validateRuleSettings(value.rules, 'rules', ruleSet, problems);
  if (value.ignores !== undefined) {
    const ignores = validateGlobs(value.ignores, 'ignores', problems);
    if (ignores) config.ignores = ignores;
  }
  if (value.overrides !== undefined) {
    if (!Array.isArray(value.overrides)) {
      problems.push({
        path: 'overrides',
        message: configMessages['overrides-not-array'],
        data: {},
      });
    } else {
      config.overrides = [];
      value.overrides.forEach((entry: unknown, i) => {
        const at = `overrides[${i}]`;
        if (!isPlainObject(entry)) {
          problems.push({ path: at, message: configMessages['overrides-not-array'], data: {} });
          return;
        }
        for (const key of Object.keys(entry))
          if (!OVERRIDE_KEYS.includes(key))
            problems.push({
              path: `${at}.${key}`,
              message: configMessages['unknown-key'],
              data: { key, known: OVERRIDE_KEYS.join(', ') },
            });
        const files = validateGlobs(entry.files, `${at}.files`, problems);
        const rules = validateRuleSettings(entry.rules ?? {}, `${at}.rules`, ruleSet, problems);
        if (files) config.overrides!.push({ files, rules });
      });
    }
  }
  return { config, problems };
}

/** Later settings win; a level alone keeps the options set before it (as in ESLint). */
export function mergeRuleSettings(...layers: (RuleSettings | undefined)[]): RuleSettings {
  const merged: RuleSettings = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const [id, setting] of Object.entries(layer)) {
      const before = merged[id];
      const options = Array.isArray(setting) && setting.length > 1 ? setting[1] : undefined;
      const kept = settingOptions(before);
      merged[id] =
        options !== undefined
          ? [settingLevel(setting)!, options]
          : Object.keys(kept).length > 0
            ? [settingLevel(setting)!, kept]
            : settingLevel(setting)!;
    }
  }
  return merged;
}
