/**
 * The command dispatcher: locale, help, version, then one command of a table. Shared by the full
 * command line (index.ts) and the pre-bundled `nianbao lint` (lint-main.ts), which must not load
 * the other commands.
 */
import { resolveLocale, type Locale } from '@nianbao/core';
import type { Command } from './commands/index.js';
import { processIo, type Io } from './io.js';
import { t } from './messages.js';
import { packageVersion } from './version.js';

export type CommandTable = Record<string, () => Promise<Command>>;

/** Pull `--locale X` / `--locale=X` out of argv; NIANBAO_LOCALE is the fallback. */
export function takeLocale(argv: string[]): { locale: Locale; rest: string[]; explicit: boolean } {
  const rest: string[] = [];
  let value: string | undefined = process.env.NIANBAO_LOCALE;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--locale') value = argv[++i];
    else if (arg.startsWith('--locale=')) value = arg.slice('--locale='.length);
    else rest.push(arg);
  }
  return { locale: resolveLocale(value), rest, explicit: value !== undefined };
}

export async function runMain(argv: string[], commands: CommandTable, io?: Io): Promise<number> {
  const { locale, rest, explicit } = takeLocale(argv);
  const out = io ?? processIo(locale);
  out.locale = locale;
  // A configuration file's `locale` applies unless --locale or NIANBAO_LOCALE says otherwise.
  out.localeExplicit = explicit;
  const [name, ...args] = rest;
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    out.stdout(`${t(locale, 'usage')}\n`);
    return name ? 0 : 2;
  }
  if (name === '-v' || name === '--version') {
    out.stdout(`${packageVersion()}\n`);
    return 0;
  }
  const load = commands[name];
  if (!load) {
    out.stderr(`${t(locale, 'unknown-command', { command: name })}\n`);
    return 2;
  }
  try {
    const run = await load();
    return await run(args, out);
  } catch (error) {
    if (
      error instanceof TypeError &&
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      out.stderr(`${t(locale, 'bad-option', { reason: error.message })}\n`);
      return 2;
    }
    throw error;
  }
}
