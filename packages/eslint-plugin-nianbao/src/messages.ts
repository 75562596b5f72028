/** The plugin's own messages (configuration mistakes); the rules' messages come from the rules. */
import { localize, type Localized } from '@nianbao/core';

export const pluginMessages = {
  'settings-not-object': {
    zh: 'settings.nianbao 应为对象，例如 { locale: "en" }',
    en: 'settings.nianbao must be an object, e.g. { locale: "en" }',
  },
  'settings-unknown-key': {
    zh: 'settings.nianbao 中有未知的设置 {{keys}}（可用的设置：{{known}}）',
    en: 'Unknown key(s) in settings.nianbao: {{keys}} (known: {{known}})',
  },
  'settings-bad-locale': {
    zh: 'settings.nianbao.locale 应为 "zh" 或 "en"，实为 {{value}}',
    en: 'settings.nianbao.locale must be "zh" or "en", found {{value}}',
  },
} satisfies Record<string, Localized>;

/**
 * A configuration mistake stops ESLint (as a wrong rule option does). The locale setting itself
 * may be the mistake, so the message is given in both languages.
 */
export function configError(
  id: keyof typeof pluginMessages,
  data: Record<string, unknown> = {},
): TypeError {
  const message = pluginMessages[id];
  return new TypeError(`${localize(message, 'zh', data)}\n${localize(message, 'en', data)}`);
}
