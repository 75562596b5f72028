/**
 * The configuration of a report file, found the way `nianbao lint` finds it.
 * PROVISIONAL: minimal discovery until the CLI exports its own (see README).
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locale } from '@nianbao/core';
import type { RuleSettings } from '@nianbao/rules';

export interface FileConfig {
  rules: RuleSettings;
  locale?: Locale;
  /** The configuration file the settings came from. */
  file?: string;
}

/** Files whose change can change how a report is checked (for the client's file watcher). */
export const CONFIG_FILE_GLOB = '**/{nianbao.config.{js,mjs,cjs,json,yaml,yml},package.json}';

const NAMES = [
  'nianbao.config.js',
  'nianbao.config.mjs',
  'nianbao.config.cjs',
  'nianbao.config.json',
  'nianbao.config.yaml',
  'nianbao.config.yml',
];

async function exists(file: string): Promise<number | undefined> {
  return stat(file).then(
    (s) => (s.isFile() ? s.mtimeMs : undefined),
    () => undefined,
  );
}

async function readConfigFile(file: string, mtime: number): Promise<unknown> {
  if (/\.(c|m)?js$/u.test(file)) {
    // The modification time busts the module cache, so an edited config is read again.
    const mod = (await import(`${pathToFileURL(file).href}?mtime=${mtime}`)) as {
      default?: unknown;
    };
    return mod.default;
  }
  if (!file.endsWith('.json'))
    throw new Error('YAML configuration is read once the CLI exports its loader');
  return JSON.parse(await readFile(file, 'utf8'));
}

export async function loadConfig(reportFile: string): Promise<FileConfig> {
  let dir = dirname(reportFile);
  for (;;) {
    for (const name of NAMES) {
      const file = join(dir, name);
      const mtime = await exists(file);
      if (mtime === undefined) continue;
      try {
        return toFileConfig(await readConfigFile(file, mtime), file);
      } catch (error) {
        throw Object.assign(new Error((error as Error).message), { file });
      }
    }
    const pkg = join(dir, 'package.json');
    if ((await exists(pkg)) !== undefined) {
      const json = JSON.parse(await readFile(pkg, 'utf8')) as { nianbao?: unknown };
      if (json.nianbao) return toFileConfig(json.nianbao, pkg);
    }
    const parent = dirname(dir);
    if (parent === dir) return { rules: {} };
    dir = parent;
  }
}

function toFileConfig(raw: unknown, file: string): FileConfig {
  const value = (raw ?? {}) as { rules?: RuleSettings; locale?: string };
  return {
    rules: value.rules ?? {},
    ...(value.locale === 'en' || value.locale === 'zh' ? { locale: value.locale } : {}),
    file,
  };
}
