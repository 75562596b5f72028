/** The `nianbao` command line. */
import { resolveLocale, type Locale } from '@nianbao/core';
import { commands } from './commands/index.js';
import { processIo, type Io } from './io.js';
import { t } from './messages.js';
import { packageVersion } from './version.js';

export { commands } from './commands/index.js';
export type { Io } from './io.js';
export * from './config.js';

/** Pull `--locale X` / `--locale=X` out of argv; NIANBAO_LOCALE and LANG are the fallbacks. */
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

export async function main(argv: string[], io?: Io): Promise<number> {
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
