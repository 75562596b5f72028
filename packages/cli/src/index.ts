/** The `nianbao` command line. */
import { commands } from './commands/index.js';
import type { Io } from './io.js';
import { runMain } from './main.js';

export { commands } from './commands/index.js';
export type { Io } from './io.js';
export * from './config.js';

export { takeLocale } from './main.js';

export function main(argv: string[], io?: Io): Promise<number> {
  return runMain(argv, commands, io);
}
