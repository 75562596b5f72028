#!/usr/bin/env node
import { existsSync } from 'node:fs';
import module from 'node:module';

// Node 22+ keeps compiled code between runs (a pre-commit hook starts nianbao on every commit).
module.enableCompileCache?.();

// `nianbao lint` starts from one pre-bundled file when it was built (scripts/bundle-lint.mjs):
// far fewer modules to load than dist/index.js, which every other command uses.
const args = process.argv.slice(2);
const command = args.find((arg, i) => !arg.startsWith('-') && args[i - 1] !== '--locale');
const lintBundle = new URL('../dist/lint.bundle.mjs', import.meta.url);
const { main } = await import(
  command === 'lint' && existsSync(lintBundle) ? lintBundle.href : '../dist/index.js'
);

// `nianbao data … | head` closes the pipe early; that is not an error of ours.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(args).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 2;
  },
);
