#!/usr/bin/env node
// Bundles `nianbao lint` into one file, dist/lint.bundle.mjs, after tsc has built dist/.
//
// Why: a pre-commit hook starts `nianbao lint` once per commit, and most of its start-up is Node
// resolving, reading and compiling the few hundred small ES modules of unified, micromark, yaml
// and zod one by one. In one file the same code starts in about two thirds of the CPU time
// (bench/README.md). bin/nianbao.js uses the bundle for `lint` when it exists and dist/index.js
// for everything else, so the bundle is an optimisation, never a requirement.
import { build } from 'esbuild';

const dist = new URL('../dist/', import.meta.url);

await build({
  entryPoints: [new URL('lint-main.js', dist).pathname],
  outfile: new URL('lint.bundle.mjs', dist).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  // Prefer the ES module builds of dependencies that ship both.
  mainFields: ['module', 'main'],
  // ajv is large and only needed when a configuration sets rule options: loaded on demand.
  // piscina starts its workers from its own files, so it must stay a package of its own.
  external: ['ajv', 'piscina'],
  // CommonJS dependencies bundled into an ES module still call require() for Node built-ins, and
  // write-file-atomic (used by --fix) reads __filename.
  banner: {
    js: [
      "import { createRequire as __nianbaoRequire } from 'node:module';",
      "import { fileURLToPath as __nianbaoFileURLToPath } from 'node:url';",
      'const require = __nianbaoRequire(import.meta.url);',
      'const __filename = __nianbaoFileURLToPath(import.meta.url);',
      "const __dirname = __nianbaoFileURLToPath(new URL('.', import.meta.url));",
    ].join(' '),
  },
  legalComments: 'none',
  logLevel: 'warning',
});
