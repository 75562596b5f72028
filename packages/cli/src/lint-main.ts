/**
 * Entry of the pre-bundled `nianbao lint` (dist/lint.bundle.mjs, see scripts/bundle-lint.mjs):
 * the dispatcher with the lint command only, so that the bundle holds what linting needs and
 * nothing of the renderers, the importer or the batch pool.
 */
import type { Io } from './io.js';
import { runMain } from './main.js';

export function main(argv: string[], io?: Io): Promise<number> {
  return runMain(argv, { lint: async () => (await import('./commands/lint.js')).runLint }, io);
}
