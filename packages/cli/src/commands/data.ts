/** `nianbao data`: print the bound official cells of reports as JSON or CSV. */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DATA_CSV_HEADER,
  coreMessages,
  dataToCsvRows,
  localize,
  reportData,
  toCsv,
  type Problem,
  type Report,
} from '@nianbao/core';
import { formatProblemLine } from '../format-problem.js';
import type { Io } from '../io.js';
import { t } from '../messages.js';
import { loadReport } from '../report-file.js';

/** Problems that make the figures of a report unusable. */
export function dataErrors(report: Report): Problem[] {
  const problems = report.problems.filter((p) => p.severity !== 'warning');
  for (const cell of report.cells.values()) {
    if (cell.issue !== 'not-number') continue;
    problems.push({
      code: 'cell-not-number',
      severity: 'error',
      message: coreMessages['cell-not-number'],
      data: {
        table: cell.spec.table.name,
        row: cell.spec.rowPath.at(-1)?.label ?? '',
        column: cell.spec.columnPath.map((c) => c.label).join('·'),
        text: cell.text.length > 30 ? `${cell.text.slice(0, 30)}…` : cell.text,
      },
      position: cell.position,
    });
  }
  return problems;
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
    const report = await loadReport(file, { edition: values.edition });
    const shown = relative(io.cwd, file) || file;
    const errors = dataErrors(report);
    if (errors.length > 0) {
      failed = true;
      for (const p of errors) {
        io.stderr(
          `${formatProblemLine(shown, { line: p.position?.start.line ?? 1, column: p.position?.start.column ?? 1, severity: p.severity, message: localize(p.message, io.locale, p.data) }, io.locale)}\n`,
        );
      }
      continue;
    }
    results.push({ ...reportData(report), file: shown });
  }
  // Nothing is printed when any file failed, so that a pipeline never collects partial figures.
  if (failed) return 1;
  if (values.format === 'json') {
    io.stdout(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
  } else {
    io.stdout(toCsv([DATA_CSV_HEADER, ...results.flatMap(dataToCsvRows)]));
  }
  return 0;
}
