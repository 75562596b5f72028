/**
 * Test reports: the scaffold of an edition (`nianbao new`) with every official cell given a
 * figure of its own, so that a test can look for each figure in the output.
 */
import { parseReport, scaffoldReport, type Report } from '@nianbao/core';

export interface FilledReport {
  source: string;
  report: Report;
  /** Cell id → the text written into the cell. */
  figures: Map<string, string>;
}

/** The figure of the n-th cell: distinct, and as a writer would type it for the cell's type. */
function figureFor(n: number, valueType: string): string {
  if (valueType === 'amount') return `${n}.5`;
  if (valueType === 'amount-any-unit') return `${n}00元`;
  if (valueType === 'signed' && n % 2 === 0) return `-${n}`;
  return String(n);
}

const cache = new Map<string, FilledReport>();

export function filledReport(
  edition: '2021' | '2019' | 'legacy',
  edit?: (source: string) => string,
): FilledReport {
  const cached = edit ? undefined : cache.get(edition);
  if (cached) return cached;
  const filled = fill(edition, edit ?? ((s) => s));
  if (!edit) cache.set(edition, filled);
  return filled;
}

function fill(edition: '2021' | '2019' | 'legacy', edit: (source: string) => string): FilledReport {
  const scaffold = edit(scaffoldReport({ edition, agency: '某某县某某镇人民政府' }));
  const report = parseReport(scaffold);
  const cells = [...report.cells.values()].sort(
    (a, b) => (b.position?.start.offset ?? 0) - (a.position?.start.offset ?? 0),
  );
  let source = scaffold;
  const figures = new Map<string, string>();
  cells.forEach((cell, i) => {
    const start = cell.position!.start.offset!;
    const end = cell.position!.end.offset!;
    const at = source.slice(start, end).indexOf(cell.text);
    if (at < 0) throw new Error(`cell ${cell.id}: ${cell.text} not found`);
    const figure = figureFor(101 + cells.length - i, cell.spec.valueType);
    figures.set(cell.id, figure);
    source = source.slice(0, start + at) + figure + source.slice(start + at + cell.text.length);
  });
  return { source, report: parseReport(source), figures };
}
