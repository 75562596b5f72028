/**
 * The plugin's shared settings, `settings.nianbao` in the flat config. They hold for every
 * nianbao rule of a file, as `--locale` and the configuration file's `locale` do for
 * `nianbao lint`.
 */
import type { Locale } from '@nianbao/core';
import { configError } from './messages.js';

export interface NianbaoSettings {
  /** Language of the messages: `zh` (default) or `en`. */
  locale?: Locale;
}

export interface ResolvedSettings {
  locale: Locale;
}

const KNOWN_KEYS = ['locale'];
const LOCALES: readonly unknown[] = ['zh', 'en'] satisfies Locale[];

/** Read `settings.nianbao` (absent: Chinese messages). */
export function readSettings(settings: Record<string, unknown> | undefined): ResolvedSettings {
  const raw = settings?.nianbao;
  if (raw === undefined) return { locale: 'zh' };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw configError('settings-not-object');
  const values = raw as Record<string, unknown>;
  const unknown = Object.keys(values).filter((key) => !KNOWN_KEYS.includes(key));
  if (unknown.length)
    throw configError('settings-unknown-key', {
      keys: unknown.join(', '),
      known: KNOWN_KEYS.join(', '),
    });
  const { locale = 'zh' } = values;
  if (!LOCALES.includes(locale))
    throw configError('settings-bad-locale', { value: JSON.stringify(locale) });
  return { locale: locale as Locale };
}
