/**
 * The command table. Each command lives in its own module and is loaded only when run, so that
 * `nianbao lint` in a pre-commit hook does not pay for the renderers.
 */
import type { Io } from '../io.js';

export type Command = (argv: string[], io: Io) => Promise<number>;

export const commands: Record<string, () => Promise<Command>> = {
  new: async () => (await import('./new.js')).runNew,
  data: async () => (await import('./data.js')).runData,
  lint: async () => (await import('./lint.js')).runLint,
  review: async () => (await import('./review.js')).runReview,
  build: async () => (await import('./build.js')).runBuild,
  import: async () => (await import('./import.js')).runImport,
};
