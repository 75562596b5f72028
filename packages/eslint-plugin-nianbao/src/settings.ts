/**
 * The plugin's shared settings, `settings.nianbao` in the flat config: what the command line
 * takes as `--locale` and `--edition`. They hold for every nianbao rule of a file.
 */
import type { Locale } from '@nianbao/core';
import { configError } from './messages.js';

export interface NianbaoSettings {
  /** Language of the messages: `zh` (default) or `en`. */
  locale?: Locale;
  /** Check every file against this edition instead of the one its frontmatter names. */
  edition?: string | number;
}

export interface ResolvedSettings {
  locale: Locale;
  edition?: string;
}

const KNOWN_KEYS = ['locale', 'edition'];
const LOCALES: readonly unknown[] = ['zh', 'en'] satisfies Locale[];

/** Read `settings.nianbao` (absent: Chinese messages, each file's own edition). */
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
  const { locale = 'zh', edition } = values;
  if (!LOCALES.includes(locale))
    throw configError('settings-bad-locale', { value: JSON.stringify(locale) });
  const editionOk =
    edition === undefined ||
    (typeof edition === 'string' && edition !== '') ||
    (typeof edition === 'number' && Number.isInteger(edition));
  if (!editionOk) throw configError('settings-bad-edition', { value: JSON.stringify(edition) });
  return {
    locale: locale as Locale,
    ...(edition !== undefined ? { edition: String(edition) } : {}),
  };
}
