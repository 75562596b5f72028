/**
 * What ESLint should report for a text, computed with the nianbao engine itself (`lintText` and
 * `applyFixes`, what `nianbao lint` uses): the reference every test of the plugin compares with.
 */
import type { Locale } from '@nianbao/core';
import * as sourceEngine from '@nianbao/rules';
import type { Diagnostic } from '@nianbao/rules';
import type { Linter } from 'eslint';

export interface Problem {
  ruleId: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * The engine's functions the tests use. In vitest `@nianbao/rules` is its source; a test of the
 * built plugin passes the built engine (`dist`), so that both sides run the same code.
 */
export type Engine = Pick<
  typeof sourceEngine,
  'lintText' | 'isRewritable' | 'applyFixes' | 'fixText'
>;

/** An order for comparing two lists of problems as sets. */
export const byPosition = (a: Problem, b: Problem): number =>
  a.line - b.line ||
  a.column - b.column ||
  a.ruleId.localeCompare(b.ruleId) ||
  a.message.localeCompare(b.message);

/** ESLint leaves the byte-order mark out of the text rules see, and puts it back when fixing. */
const BOM = '\uFEFF';
export const stripBom = (text: string): string =>
  text.startsWith(BOM) ? text.slice(BOM.length) : text;

/** Diagnostics in ESLint's order: by line and column, ties in the engine's order. */
export function engineDiagnostics(
  text: string,
  locale: Locale = 'zh',
  engine: Engine = sourceEngine,
): { diagnostics: Diagnostic[]; rewritable: boolean } {
  const { report, diagnostics } = engine.lintText(text, { locale });
  const sorted = diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.line - b.d.line || a.d.column - b.d.column || a.i - b.i)
    .map(({ d }) => d);
  return { diagnostics: sorted, rewritable: engine.isRewritable(report) };
}

export function fromEngine(d: Diagnostic, prefix = ''): Problem {
  const { message, line, column, endLine, endColumn } = d;
  return { ruleId: prefix + d.ruleId, message, line, column, endLine, endColumn };
}

export function fromEslint(m: Linter.LintMessage): Problem {
  const { message, line, column } = m;
  return {
    ruleId: m.ruleId ?? '(none)',
    message,
    line,
    column,
    endLine: m.endLine ?? line,
    endColumn: m.endColumn ?? column,
  };
}

/** The text after applying one pass of the given diagnostics' fixes, as ESLint would. */
export function fixedOnce(
  text: string,
  diagnostics: Diagnostic[],
  engine: Engine = sourceEngine,
): string {
  const bom = text.startsWith(BOM) ? BOM : '';
  return bom + engine.applyFixes(stripBom(text), diagnostics).output;
}
