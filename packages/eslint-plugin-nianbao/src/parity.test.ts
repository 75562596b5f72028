/**
 * Parity: every report of the corpus linted by the nianbao engine (`lintText` / `fixText`, what
 * `nianbao lint` runs) and by ESLint with the recommended config gives the same rule ids,
 * positions and messages, and `--fix` the same text.
 */
import { fixText } from '@nianbao/rules';
import { ESLint, Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { corpus } from '../test/corpus.js';
import {
  byPosition,
  engineDiagnostics,
  fromEngine,
  fromEslint,
  type Problem,
} from '../test/expected.js';
import plugin from './index.js';

const reports = corpus();
const linter = new Linter({ configType: 'flat' });
const recommended = [plugin.configs.recommended];
const english = [plugin.configs.recommended, { settings: { nianbao: { locale: 'en' } } }];

function engineProblems(text: string, locale: 'zh' | 'en'): Problem[] {
  return engineDiagnostics(text, locale)
    .diagnostics.map((d) => fromEngine(d, 'nianbao/'))
    .sort(byPosition);
}

function eslintProblems(text: string, config: Linter.Config[]): Problem[] {
  return linter.verify(text, config, 'report.md').map(fromEslint).sort(byPosition);
}

describe('ESLint reports what nianbao reports', () => {
  it.each(reports.map((r) => [r.name, r.text]))('%s', (_name, text) => {
    expect(eslintProblems(text, recommended)).toEqual(engineProblems(text, 'zh'));
  });

  it.each(reports.slice(0, 4).map((r) => [r.name, r.text]))('%s, in English', (_name, text) => {
    expect(eslintProblems(text, english)).toEqual(engineProblems(text, 'en'));
  });

  it(
    'finds problems in the corpus at all (a parity of silence proves nothing)',
    { timeout: 180_000 },
    () => {
      const total = reports.reduce((n, r) => n + eslintProblems(r.text, recommended).length, 0);
      expect(total).toBeGreaterThan(reports.length / 2);
    },
  );
});

describe('ESLint fixes what nianbao fixes', () => {
  // One test over the whole corpus (one ESLint instance): give it time on a loaded machine.
  it(
    'gives the output of fixText for every report (ESLint API, --fix)',
    { timeout: 180_000 },
    async () => {
      const eslint = new ESLint({
        overrideConfigFile: true,
        overrideConfig: recommended,
        fix: true,
      });
      for (const { name, text } of reports) {
        const [result] = await eslint.lintText(text, { filePath: 'report.md' });
        // ESLint leaves `output` out when nothing was fixed.
        expect({ name, output: result.output ?? text }).toEqual({
          name,
          output: fixText(text).output,
        });
      }
    },
  );
});
