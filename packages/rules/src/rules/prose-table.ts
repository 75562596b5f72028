/**
 * prose-table: a figure the prose states and an official table also holds is the same in both
 * (checks.md P10, T4-06, F-07, L-19), and 「未收到申请」/「未发生行政复议、行政诉讼」 agree with
 * zeros in the tables (T3-08). What words name which cell is data: prose-table-facts.ts.
 */
import { columnLabel, proseBlocks, type BoundCell, type Report, type Section } from '@nianbao/core';
import { docsUrl } from '../docs-url.js';
import type { Rule } from '../types.js';
import { positionIn, reportYear, statements, unitNumbers, type Span } from '../util/prose-text.js';
import { proseFacts, zeroStatements, type CellSet, type ProseFact } from './prose-table-facts.js';

/** The cells of a set, when every one is bound to a number (blank reads as 0). */
function boundCells(report: Report, ids: string[]): BoundCell[] | undefined {
  const cells = ids.map((id) => report.cells.get(id));
  if (cells.some((c) => !c || c.issue === 'not-number')) return undefined;
  return cells as BoundCell[];
}

function cellSum(cells: BoundCell[]): number {
  return Math.round(cells.reduce((s, c) => s + (c.value ?? 0), 0) * 1e6) / 1e6;
}

/** The first alternative of an edition whose cells are all in the report. */
function resolve<T extends CellSet>(
  report: Report,
  sets: T[] | undefined,
): { set: T; cells: BoundCell[] } | undefined {
  for (const set of sets ?? []) {
    const cells = boundCells(report, set.cells);
    if (cells) return { set, cells };
  }
  return undefined;
}

/** `表三“（三）不予公开”` — the rows (and columns) the cells share, in the form's words. */
export function describeCells(cells: BoundCell[], year?: number): string {
  // Declarations may repeat a column object per block, so paths compare by key.
  const common = <T extends { key: string; label: string }>(paths: T[][]): T[] => {
    const first = paths[0] ?? [];
    let n = first.length;
    for (const path of paths) {
      let i = 0;
      while (i < n && path[i]?.key === first[i].key && path[i]?.label === first[i].label) i++;
      n = i;
    }
    return first.slice(0, n);
  };
  const spec = cells[0].spec;
  const row = common(cells.map((c) => c.spec.rowPath)).at(-1)?.label;
  const columns = common(cells.map((c) => c.spec.columnPath))
    .filter((c) => c.label !== '' && !(row && c.key === 'total'))
    .map((c) => columnLabel(c, year));
  const singleColumn = spec.block.columns.length === 1 && !spec.block.columns[0].children;
  const parts = [row, ...(singleColumn ? [] : columns)].filter(Boolean);
  return `${spec.table.name}“${parts.join(' · ')}”`;
}

function sectionTitles(section: Section | undefined): string {
  const titles: string[] = [];
  for (let s = section; s; s = s.parent) titles.push(s.title);
  return titles.join(' ');
}

/** The clause before a number: back to the last `，；：` or the previous number. */
function clauseBefore(span: Span, index: number, previousEnd: number): string {
  const before = span.text.slice(previousEnd, index);
  const cut = Math.max(
    ...['，', ',', '；', ';', '：', ':', '。'].map((sep) => before.lastIndexOf(sep)),
  );
  return before.slice(cut + 1);
}

/** The first fact (in the mapping's order) whose words end the clause and whose topic holds. */
function findFact(
  clause: string,
  unit: string,
  statement: string,
  titles: string,
): ProseFact | undefined {
  return proseFacts.find(
    (fact) =>
      fact.units.includes(unit) &&
      fact.pattern.test(clause) &&
      !fact.exclude?.test(clause) &&
      (!fact.topic || fact.topic.words.test(statement) || fact.topic.section.test(titles)),
  );
}

export const proseTable: Rule = {
  meta: {
    id: 'prose-table',
    docs: {
      description: {
        zh: '正文所述数字与官方表格中对应的数字一致',
        en: 'Figures stated in prose equal the official table cells they describe',
      },
      url: docsUrl('prose-table'),
      recommended: 'on',
      checks: ['P10', 'T4-06', 'F-07', 'L-19', 'T3-08'],
    },
    messages: {
      mismatch: {
        zh: '正文中{{fact}}为 {{stated}}，而{{cells}}为 {{value}}：请核对正文或表格',
        en: 'The text gives {{fact}} as {{stated}}, but {{cells}} holds {{value}}: check the text or the table',
      },
      'zero-mismatch': {
        zh: '正文称“{{statement}}”，但{{cells}}为 {{value}}：请核对正文或表格',
        en: 'The text says “{{statement}}”, but {{cells}} holds {{value}}: check the text or the table',
      },
    },
  },
  check(report, context) {
    const edition = context.edition.id;
    const year = reportYear(report);
    for (const block of proseBlocks(report)) {
      const titles = sectionTitles(block.section);
      for (const span of statements(block)) {
        checkFigures(span, titles);
        checkZeros(span);
      }
    }

    function checkFigures(span: Span, titles: string): void {
      let previousEnd = 0;
      for (const num of unitNumbers(span.text)) {
        const clause = clauseBefore(span, num.index, previousEnd);
        previousEnd = num.end;
        if (num.fuzzy || num.unit === '%') continue;
        // A figure of another year (「2017年收到申请5件」 in a 2018 report) is a comparison.
        const years = [...clause.matchAll(/(\d{4})\s*年/gu)].map((m) => Number(m[1]));
        if (years.some((y) => y !== year)) continue;
        const fact = findFact(clause, num.unit, span.text, titles);
        if (!fact) continue;
        const resolved = resolve(report, fact.cells[edition]);
        if (!resolved) continue;
        const value = cellSum(resolved.cells);
        if (value === num.value) continue;
        const cumulative = resolved.set.cumulative && boundCells(report, resolved.set.cumulative);
        if (cumulative && cellSum(cumulative) === num.value) continue;
        context.report({
          messageId: 'mismatch',
          check: resolved.set.check,
          severity: 'warning',
          position: positionIn(report, span, num.index, num.end),
          data: {
            fact: fact.name,
            stated: `${num.raw}${num.unit}`,
            cells: describeCells(resolved.cells, year),
            value,
          },
        });
      }
    }

    function checkZeros(span: Span): void {
      for (const statement of zeroStatements) {
        const m = statement.pattern.exec(span.text);
        if (!m) continue;
        // The clause the statement stands in (「没有…行政复议败诉案件」 is about lost cases).
        const clauseEnd = span.text.slice(m.index).search(/[，,。；;]/u);
        const clause = span.text.slice(m.index, clauseEnd < 0 ? undefined : m.index + clauseEnd);
        if (statement.exclude?.test(clause)) continue;
        const onTopic =
          statement.topic?.test(span.text) ||
          (statement.sectionKeyword &&
            statement.sectionKeyword.test(sectionTitles(span.block.section)));
        if (!onTopic) continue;
        const groups = statement.cells[edition] ?? [];
        const group = groups.find((sets) => sets.every((set) => boundCells(report, set.cells)));
        if (!group) continue;
        for (const set of group) {
          const cells = boundCells(report, set.cells)!;
          const value = cellSum(cells);
          if (value === 0) continue;
          context.report({
            messageId: 'zero-mismatch',
            check: set.check,
            severity: set.severity,
            position: positionIn(report, span, m.index, m.index + m[0].length),
            data: { statement: m[0], cells: describeCells(cells, year), value },
          });
        }
      }
    }
  },
};
