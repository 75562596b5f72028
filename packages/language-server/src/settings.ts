/**
 * Settings from the client: `initializationOptions` and the `nianbao` section of
 * `workspace/configuration` share one shape, so any editor can pass them either way:
 *
 *   { "locale": "zh" | "en", "rules": { "<rule-id>": "error" | ["warning", { …options }] },
 *     "templates": "<dir>", "debounce": 200 }
 *
 * Rule levels here override the ones of the configuration file, like a command-line option would.
 */
import { type Locale } from '@nianbao/core';
import { allRules, normalizeLevel, type RuleSetting, type RuleSettings } from '@nianbao/rules';
import { m } from './messages.js';

export interface ServerSettings {
  locale?: Locale;
  rules: RuleSettings;
  /** Directory of the user's own templates (used by clients that render). */
  templates?: string;
  /** Milliseconds to wait after a change before re-checking. */
  debounce?: number;
}

export const DEFAULT_DEBOUNCE_MS = 200;

export interface SettingsResult {
  settings: ServerSettings;
  /** What was wrong with the settings, in the locale of the settings (or zh). */
  problems: string[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readRule(value: unknown): RuleSetting | undefined {
  const [rawLevel, options] = Array.isArray(value) ? value : [value, undefined];
  const level = normalizeLevel(rawLevel);
  if (!level) return undefined;
  return isObject(options) ? [level, options] : level;
}

/** Read settings of unknown shape; never throws, reports what it ignored. */
export function readSettings(raw: unknown, fallbackLocale: Locale = 'zh'): SettingsResult {
  const settings: ServerSettings = { rules: {} };
  const problems: string[] = [];
  if (!isObject(raw)) return { settings, problems };
  if (raw.locale !== undefined && raw.locale !== null && raw.locale !== '') {
    if (raw.locale === 'zh' || raw.locale === 'en') settings.locale = raw.locale;
    else problems.push(m(fallbackLocale, 'setting-bad-locale', { locale: String(raw.locale) }));
  }
  const locale = settings.locale ?? fallbackLocale;
  if (isObject(raw.rules)) {
    const known = allRules.map((r) => r.meta.id);
    for (const [rule, value] of Object.entries(raw.rules)) {
      if (!known.includes(rule)) {
        problems.push(m(locale, 'setting-unknown-rule', { rule, known: known.join(', ') }));
        continue;
      }
      const setting = readRule(value);
      if (setting) settings.rules[rule] = setting;
      else
        problems.push(
          m(locale, 'setting-bad-level', {
            rule,
            level: Array.isArray(value) ? String(value[0]) : String(value),
          }),
        );
    }
  }
  if (typeof raw.templates === 'string' && raw.templates.trim())
    settings.templates = raw.templates.trim();
  if (typeof raw.debounce === 'number' && Number.isFinite(raw.debounce) && raw.debounce >= 0)
    settings.debounce = raw.debounce;
  return { settings, problems };
}

/** Settings of the session (`initializationOptions`) under the ones the editor sends later. */
export function mergeSettings(base: ServerSettings, over: ServerSettings): ServerSettings {
  return {
    locale: over.locale ?? base.locale,
    rules: { ...base.rules, ...over.rules },
    templates: over.templates ?? base.templates,
    debounce: over.debounce ?? base.debounce,
  };
}
