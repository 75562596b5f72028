#!/usr/bin/env node
// Builds the extension into dist/: the extension and the language server bundled by esbuild (so
// the .vsix needs no node_modules and no network at install), and the table snippets generated
// from the edition declarations. `pnpm run package` then makes the .vsix with vsce.
import { cpSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const here = new URL('.', import.meta.url).pathname;
const dist = join(here, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Workspace packages are bundled from their TypeScript sources (no build of them needed).
  conditions: ['source'],
  // ESM packages inside a CommonJS bundle: keep `import.meta.url` meaningful.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: 'const importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: 'warning',
  legalComments: 'none',
  // Smaller bundles load faster in the extension host; names stay readable in stack traces.
  minify: true,
  keepNames: true,
  absWorkingDir: here,
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: join(dist, 'extension.cjs'),
    external: ['vscode'],
  }),
  build({
    ...common,
    entryPoints: ['@nianbao/language-server/server'],
    outfile: join(dist, 'server.cjs'),
  }),
]);

// The renderer reads its default templates from `../templates/` beside its module: in the
// bundle that is the extension's root, so they are copied there (as in the render package).
const renderDir = realpathSync(join(here, 'node_modules/@nianbao/render'));
rmSync(join(here, 'templates'), { recursive: true, force: true });
cpSync(join(renderDir, 'templates'), join(here, 'templates'), { recursive: true });

// Snippets: run src/snippets.ts (bundled to a temporary module) and write its result.
const generator = join(tmpdir(), `nianbao-snippets-${process.pid}.cjs`);
await build({ ...common, entryPoints: ['src/snippets.ts'], outfile: generator });
try {
  const { tableSnippets } = createRequire(import.meta.url)(generator);
  const snippets = tableSnippets();
  writeFileSync(join(dist, 'snippets.json'), `${JSON.stringify(snippets, null, 2)}\n`);
  console.log(
    `dist/: extension.cjs, server.cjs, snippets.json (${Object.keys(snippets).length} tables); templates/`,
  );
} finally {
  rmSync(generator, { force: true });
}
