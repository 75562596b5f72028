/**
 * The configuration of a report file, found exactly as `nianbao lint` finds it: the command
 * line's own discovery (`nianbao/config`) — nearest nianbao.config.* or package.json `nianbao`
 * key, overrides and ignores — so that the editor and the CLI never disagree.
 */
import {
  CONFIG_FILES,
  ConfigError,
  createConfigResolver,
  type ConfigResolver,
} from 'nianbao/config';
import type { Locale } from '@nianbao/core';

export { createConfigResolver, type ConfigResolver, type FileConfig } from 'nianbao/config';

/** Files whose change can change how a report is checked (for the client's file watcher). */
export const CONFIG_FILE_GLOB = `**/{${CONFIG_FILES.join(',')}}`;

/** Whether a saved or changed file is one of the configuration files. */
export function isConfigFile(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return CONFIG_FILES.includes(name);
}

/** A broken configuration, said the way `nianbao lint` says it. */
export function describeConfigError(error: unknown, locale: Locale): string {
  if (error instanceof ConfigError) return error.format(locale);
  return error instanceof Error ? error.message : String(error);
}

export function newConfigResolver(): ConfigResolver {
  return createConfigResolver();
}
