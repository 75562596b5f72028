/**
 * End to end: the ESLint command line, in a directory of its own with a flat config file that
 * uses the plugin as a user would (the built package, found through node_modules), on the corpus.
 * Needs `dist`: `pnpm exec turbo run build --filter=eslint-plugin-nianbao...` first.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtReports, exampleReports } from '../test/corpus.js';
import {
  engineDiagnostics,
  fromEngine,
  fromEslint,
  type Engine,
  byPosition,
} from '../test/expected.js';

const PACKAGE_DIR = fileURLToPath(new URL('../', import.meta.url));
const ESLINT_BIN = join(PACKAGE_DIR, 'node_modules/.bin/eslint');

/**
 * The example reports and a few built ones with fixable, fatal and CRLF/BOM cases; the parity
 * test runs the whole corpus through the ESLint API, this only the command line around it.
 */
const BUILT = ['表三 row that does not add up', 'broken YAML', 'empty file', 'binary'];
const reports = [
  ...exampleReports(),
  ...builtReports().filter(
    (r) => BUILT.includes(r.name) || r.name.startsWith('CRLF') || r.name.startsWith('wrong year'),
  ),
].map((r, i) => ({ ...r, file: `report-${String(i).padStart(2, '0')}.md` }));
let dir: string;
/** The built engine, the one the built plugin runs (and the `nianbao` command). */
let engine: Engine;

function eslint(...args: string[]) {
  const run = spawnSync(ESLINT_BIN, args, { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  if (run.error) throw run.error;
  return run;
}

beforeAll(async () => {
  const builtEngine = join(PACKAGE_DIR, 'node_modules/@nianbao/rules/dist/index.js');
  if (!existsSync(join(PACKAGE_DIR, 'dist/index.js')) || !existsSync(builtEngine))
    throw new Error(
      'eslint-plugin-nianbao is not built: run `pnpm exec turbo run build --filter=eslint-plugin-nianbao...`',
    );
  engine = (await import(pathToFileURL(builtEngine).href)) as Engine;
  dir = mkdtempSync(join(tmpdir(), 'nianbao-eslint-cli-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(PACKAGE_DIR, join(dir, 'node_modules/eslint-plugin-nianbao'), 'dir');
  writeFileSync(
    join(dir, 'eslint.config.js'),
    "import nianbao from 'eslint-plugin-nianbao';\n\nexport default [nianbao.configs.recommended];\n",
  );
  for (const { file, text } of reports) writeFileSync(join(dir, file), text);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Two ESLint processes over the reports: slow on a loaded machine.
describe('npx eslint on the reports', { timeout: 180_000 }, () => {
  it('reports what the nianbao engine reports, file by file, and fails on errors', () => {
    const run = eslint('--format', 'json', ...reports.map((r) => r.file));
    const results = JSON.parse(run.stdout) as ESLint.LintResult[];
    expect(results).toHaveLength(reports.length);
    for (const { file, text } of reports) {
      const result = results.find((r) => r.filePath === join(dir, file))!;
      const expected = engineDiagnostics(text, 'zh', engine).diagnostics.map((d) =>
        fromEngine(d, 'nianbao/'),
      );
      expect({ file, problems: result.messages.map(fromEslint).sort(byPosition) }).toEqual({
        file,
        problems: expected.sort(byPosition),
      });
    }
    expect(run.status).toBe(results.some((r) => r.errorCount > 0) ? 1 : 0);
    expect(run.stderr).toBe('');
  });

  it('--fix writes what fixText writes', () => {
    eslint('--fix', ...reports.map((r) => r.file));
    for (const { file, text } of reports)
      expect({ file, text: readFileSync(join(dir, file), 'utf8') }).toEqual({
        file,
        text: engine.fixText(text).output,
      });
  });
});
