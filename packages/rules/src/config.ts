/** Rule settings: the shape shared by config files, the ESLint plugin and the language server. */
import type { RuleLevel } from './types.js';

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
