/**
 * Building test reports: a `nianbao new` skeleton edited the way a writer would, the seeds in
 * the Markdown format (test/fixtures), and linting with one rule.
 */
import { readFileSync } from 'node:fs';
import {
  flattenRows,
  getEdition,
  leafColumns,
  parseReport,
  scaffoldReport,
  tableToMarkdown,
  type EditionId,
} from '@nianbao/core';
import { applyFixes, lintText } from '../src/lint.js';
import { getRule } from '../src/rules/index.js';
import type { Diagnostic } from '../src/types.js';
import { replaceCellFix } from '../src/util/source.js';

export const AGENCY = '测试镇人民政府';

/** A fresh report of an edition, as `nianbao new` writes it. */
export function scaffold(edition: EditionId, year?: number): string {
  const defaults: Record<EditionId, number> = { '2021': 2024, '2019': 2019, legacy: 2017 };
  return scaffoldReport({ edition, year: year ?? defaults[edition], agency: AGENCY });
}

/** A seed report in the Markdown format (test/fixtures/seed-00N.md). */
export function seed(n: number): string {
  return readFileSync(new URL(`./fixtures/seed-00${n}.md`, import.meta.url), 'utf8');
}

/** Replace exactly one occurrence of `from`; fails loudly when the text is not there. */
export function edit(md: string, from: string, to: string): string {
  const at = md.indexOf(from);
  if (at < 0) throw new Error(`not in the report: ${from}`);
  if (md.indexOf(from, at + 1) >= 0) throw new Error(`more than once in the report: ${from}`);
  return md.slice(0, at) + to + md.slice(at + from.length);
}

/** The whole line that starts with `start`. */
export function lineStarting(md: string, start: string): string {
  const line = md.split('\n').find((l) => l.startsWith(start));
  if (line === undefined) throw new Error(`no line starting with ${start}`);
  return line;
}

/** Remove the line that starts with `start`. */
export function dropLine(md: string, start: string): string {
  return edit(md, `${lineStarting(md, start)}\n`, '');
}

/** Remove everything from the line `from` (inclusive) up to the line `to` (exclusive). */
export function dropBetween(md: string, from: string, to: string): string {
  const start = md.indexOf(from);
  const end = md.indexOf(to, start + 1);
  if (start < 0 || end < 0) throw new Error(`no ${from} … ${to}`);
  return md.slice(0, start) + md.slice(end);
}

/**
 * Write `text` into the official cell `id` (`t3.r1.natural`, `L.3.1`…). A group row's optional
 * subtotal is not bound while its cells are empty: it is found by its row label instead.
 */
export function setCell(md: string, id: string, text: string): string {
  const report = parseReport(md);
  const cell = report.cells.get(id);
  const fix = cell ? replaceCellFix(md, cell.node, text) : undefined;
  if (fix) return md.slice(0, fix.range[0]) + fix.text + md.slice(fix.range[1]);
  const edition = report.edition;
  if (!edition) throw new Error('report without edition');
  for (const table of edition.tables) {
    for (const block of table.blocks) {
      const leaves = leafColumns(block.columns);
      for (const flat of flattenRows(block.rows)) {
        const rowId = [table.key, block.key, flat.row.key].filter(Boolean).join('.');
        const leaf = leaves.find(
          (l) => [rowId, ...l.path.map((c) => c.key)].filter(Boolean).join('.') === id,
        );
        if (!leaf) continue;
        const line = lineStarting(md, `| ${flat.row.label} |`);
        const cells = line.split('|').slice(1, -1);
        const offset = (block.noRowLabels ? 0 : 1) + (block.unitColumn ? 1 : 0);
        cells[offset + leaves.indexOf(leaf)] = ` ${text} `;
        return edit(md, line, `|${cells.join('|')}|`);
      }
    }
  }
  throw new Error(`no cell ${id}`);
}

/** Findings of one rule on a report (the other rules do not run). */
export function lintWith(md: string, ruleId: string, locale: 'zh' | 'en' = 'zh'): Diagnostic[] {
  const rule = getRule(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return lintText(md, { ruleSet: [rule], locale }).diagnostics;
}

/** The report after one rule's fixes, applied until none is left. */
export function fixWith(md: string, ruleId: string): string {
  let output = md;
  for (let pass = 0; pass < 10; pass++) {
    const { output: next, applied } = applyFixes(output, lintWith(output, ruleId));
    if (applied === 0) break;
    output = next;
  }
  return output;
}

/** The Fujian statistics table in place of the 32号 table of a legacy skeleton. */
export function withFujianTable(md: string, year: number): string {
  const edition = getEdition('legacy')!;
  const l = edition.tables.find((t) => t.key === 'L')!;
  const f = edition.tables.find((t) => t.key === 'F')!;
  return edit(md, tableToMarkdown(l, { year }), tableToMarkdown(f, { year }));
}

/** A compact view of findings for assertions: `line messageId severity`. */
export function summary(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.line} ${d.messageId} ${d.severity}`);
}
