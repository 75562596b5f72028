/** `nianbao data`: print the bound official cells of reports as JSON or CSV. */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DATA_CSV_HEADER,
  dataToCsvRows,
  localize,
  reportData,
  toCsv,
  type Locale,
  type Report,
} from '@nianbao/core';
import { getRule, lintReport, problemOwner } from '@nianbao/rules';
import { formatProblemLine, type Located } from '../format-problem.js';
import type { Io } from '../io.js';
import { t } from '../messages.js';
import { loadReport } from '../report-file.js';

/**
 * Findings that leave figures of a report unreadable or missing from the output, by rule: a
 * table, block or row the report lacks (its cells would silently be absent), a cell that holds
 * no number. Label misspellings and arithmetic do not stop the figures from being collected;
 * `nianbao lint` reports those.
 */
const BLOCKING: Record<string, readonly string[]> = {
  'official-labels': ['table-missing', 'block-missing', 'row-missing', 'data-row-missing'],
  'table-values': ['cell-not-number'],
};

/**
 * Why the figures of a report cannot be printed, each with its line and column. A frontmatter
 * key that is missing or wrong but not fatal (a report without its 成文日期) leaves the figures
 * readable: the output carries what the frontmatter has, and `nianbao lint` reports the rest.
 */
export function dataErrors(report: Report, locale: Locale): Located[] {
  const errors: Located[] = report.problems
    .filter(
      (p) =>
        p.severity === 'fatal' ||
        (p.severity === 'error' && problemOwner(p.code) !== 'frontmatter'),
    )
    .map((p) => ({
      line: p.position?.start.line ?? 1,
      column: p.position?.start.column ?? 1,
      severity: 'error',
      message: localize(p.message, locale, p.data),
    }));
  if (report.problems.some((p) => p.severity === 'fatal')) return errors;
  const ruleSet = Object.keys(BLOCKING).map((id) => getRule(id)!);
  for (const d of lintReport(report, { ruleSet, locale })) {
    if (d.severity === 'error' && BLOCKING[d.ruleId]?.includes(d.messageId)) {
      errors.push({ line: d.line, column: d.column, severity: 'error', message: d.message });
    }
  }
  return errors.sort((a, b) => a.line - b.line || a.column - b.column);
}

export async function runData(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      format: { type: 'string', default: 'json' },
      edition: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout(`${t(io.locale, 'data-usage')}\n`);
    return 0;
  }
  if (values.format !== 'json' && values.format !== 'csv') {
    io.stderr(`${t(io.locale, 'bad-option', { reason: `--format ${values.format}` })}\n`);
    return 2;
  }
  if (positionals.length === 0) {
    io.stderr(`${t(io.locale, 'no-files')}\n${t(io.locale, 'data-usage')}\n`);
    return 2;
  }
  const results = [];
  let failed = false;
  for (const file of positionals) {
    const path = resolve(io.cwd, file);
    const report = await loadReport(path, { edition: values.edition });
    const shown = relative(io.cwd, path) || file;
    const errors = dataErrors(report, io.locale);
    if (errors.length > 0) {
      failed = true;
      for (const error of errors) io.stderr(`${formatProblemLine(shown, error, io.locale)}\n`);
      continue;
    }
    results.push({ ...reportData(report), file: shown });
  }
  // Nothing is printed when any file failed, so that a pipeline never collects partial figures.
  if (failed) return 1;
  if (values.format === 'json') {
    // Always an array, one object per file: a script reads one shape whatever a glob matched.
    io.stdout(`${JSON.stringify(results, null, 2)}\n`);
  } else {
    io.stdout(toCsv([DATA_CSV_HEADER, ...results.flatMap(dataToCsvRows)]));
  }
  return 0;
}
