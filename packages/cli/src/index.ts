/** The `nianbao` command line. */
import { readFileSync } from 'node:fs';
import { resolveLocale, type Locale } from '@nianbao/core';
import { commands } from './commands/index.js';
import { processIo, type Io } from './io.js';
import { t } from './messages.js';

export { commands } from './commands/index.js';
export type { Io } from './io.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** Pull `--locale X` / `--locale=X` out of argv; NIANBAO_LOCALE and LANG are the fallbacks. */
export function takeLocale(argv: string[]): { locale: Locale; rest: string[] } {
  const rest: string[] = [];
  let value: string | undefined = process.env.NIANBAO_LOCALE;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--locale') value = argv[++i];
    else if (arg.startsWith('--locale=')) value = arg.slice('--locale='.length);
    else rest.push(arg);
  }
  return { locale: resolveLocale(value), rest };
}

export async function main(argv: string[], io?: Io): Promise<number> {
  const { locale, rest } = takeLocale(argv);
  const out = io ?? processIo(locale);
  out.locale = locale;
  const [name, ...args] = rest;
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    out.stdout(`${t(locale, 'usage')}\n`);
    return name ? 0 : 2;
  }
  if (name === '-v' || name === '--version') {
    out.stdout(`${version()}\n`);
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
