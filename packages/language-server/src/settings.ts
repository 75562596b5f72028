/**
 * Settings from the client: `initializationOptions` and the `nianbao` section of
 * `workspace/configuration` share one shape, so any editor can pass them either way:
 *
 *   { "locale": "zh" | "en", "rules": { "<rule-id>": "error" | "warning" | "info" | "off" | "on" },
 *     "templates": "<dir>", "debounce": 200 }
 *
 * Rule levels here override the ones of the configuration file, like a command-line option would.
 */
import { localize, type Locale } from '@nianbao/core';
import { allRules, settingLevel, validateConfig, type RuleSettings } from '@nianbao/rules';
import { m } from './messages.js';

export interface ServerSettings {
  locale?: Locale;
  /** Levels only, like `--rule`: a rule's options stay those of the configuration file. */
  rules: RuleSettings;
  /** Directory of the user's own templates (used by clients that render). */
  templates?: string;
  /** Milliseconds to wait after a change before re-checking. */
  debounce?: number;
}

export const DEFAULT_DEBOUNCE_MS = 200;

export interface SettingsResult {
  settings: ServerSettings;
  /** What was wrong with the settings, in the locale of the settings (or the fallback). */
  problems: string[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isSet = (value: unknown) => value !== undefined && value !== null && value !== '';

/**
 * Read settings of unknown shape; never throws, says what it ignored. Locale and rules are
 * checked by the same validation as the configuration file, so the messages are the CLI's.
 */
export function readSettings(raw: unknown, fallbackLocale: Locale = 'zh'): SettingsResult {
  const settings: ServerSettings = { rules: {} };
  if (!isObject(raw)) return { settings, problems: [] };
  const { config, problems } = validateConfig(
    {
      ...(isSet(raw.locale) ? { locale: raw.locale } : {}),
      ...(isSet(raw.rules) ? { rules: raw.rules } : {}),
    },
    allRules,
  );
  if (config.locale) settings.locale = config.locale;
  for (const [id, setting] of Object.entries(config.rules ?? {}))
    settings.rules[id] = settingLevel(setting)!;
  if (typeof raw.templates === 'string' && raw.templates.trim())
    settings.templates = raw.templates.trim();
  if (typeof raw.debounce === 'number' && Number.isFinite(raw.debounce) && raw.debounce >= 0)
    settings.debounce = raw.debounce;
  const locale = settings.locale ?? fallbackLocale;
  return {
    settings,
    problems: problems.map((p) =>
      m(locale, 'setting-problem', { path: p.path, message: localize(p.message, locale, p.data) }),
    ),
  };
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
