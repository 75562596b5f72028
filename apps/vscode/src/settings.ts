/**
 * The extension's settings and what the language server receives of them. The server checks the
 * values (unknown rules, bad levels) and says what it ignored; the extension only maps and
 * resolves paths.
 *
 *   nianbao.locale     "zh" | "en"              messages of the diagnostics and the commands
 *   nianbao.rules      { rule-id: level }       over the configuration file, like `--rule`
 *   nianbao.templates  directory                the office's own templates for 生成 / 预览
 */
import { homedir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import type { Locale } from '@nianbao/core';

export const SECTION = 'nianbao';

export interface ExtensionSettings {
  locale: Locale;
  rules: Record<string, unknown>;
  templates?: string;
}

/** Read the `nianbao` section through a getter (`workspace.getConfiguration('nianbao').get`). */
export function readExtensionSettings(get: (key: string) => unknown): ExtensionSettings {
  const locale = get('locale') === 'en' ? 'en' : 'zh';
  const rules = get('rules');
  const templates = get('templates');
  return {
    locale,
    rules: typeof rules === 'object' && rules !== null && !Array.isArray(rules) ? { ...rules } : {},
    ...(typeof templates === 'string' && templates.trim() ? { templates: templates.trim() } : {}),
  };
}

/**
 * A template directory as the user wrote it: `~` is the home directory, `${workspaceFolder}` and
 * relative paths are the workspace folder's (or, without one, the report's directory).
 */
export function resolveTemplates(
  templates: string | undefined,
  baseDir: string | undefined,
): string | undefined {
  if (!templates) return undefined;
  let path = templates.replace(/\$\{workspaceFolder\}/gu, baseDir ?? '.');
  if (path === '~' || path.startsWith('~/')) path = homedir() + path.slice(1);
  if (isAbsolute(path)) return path;
  return baseDir ? resolve(baseDir, path) : undefined;
}

/** What the language server gets as `initializationOptions` (same shape as its settings). */
export function serverInitializationOptions(settings: ExtensionSettings): Record<string, unknown> {
  return { locale: settings.locale, rules: settings.rules };
}
