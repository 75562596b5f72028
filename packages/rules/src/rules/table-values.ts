/**
 * table-values: every cell of an official table holds what the form asks for — counts are whole
 * numbers ≥ 0, amounts are numbers in the unit the form prints, no cell is blank (checks.md
 * T2-21-01, T2-19-01, T3-04, T4-04, L-17, Q01). The binder reads each cell (BoundCell.issue);
 * this rule reports what it found.
 */
import {
  columnLabel,
  coreMessages,
  sectionOf,
  topSection,
  type BoundCell,
  type BoundTable,
  type EditionSpec,
  type Localized,
  type Report,
  type Section,
} from '@nianbao/core';
import { docsUrl } from '../docs-url.js';
import type { Rule, RuleContext } from '../types.js';
import { reportYear } from '../util/prose-text.js';
import { replaceCellFix } from '../util/source.js';
import { evaluateCheck } from './table-sums.js';

const messages = {
  'cell-not-number': coreMessages['cell-not-number'],
  'cell-negative': coreMessages['cell-negative'],
  'cell-not-integer': coreMessages['cell-not-integer'],
  'cell-blank': coreMessages['cell-blank'],
  'cell-unit': coreMessages['cell-unit'],
  'cell-placeholder': {
    zh: '{{table}}“{{row}}”行“{{column}}”列写的是“{{text}}”：没有数据请填 0',
    en: '{{table}} row “{{row}}”, column “{{column}}” holds “{{text}}”: write 0 if there is nothing to report',
  },
  'amount-without-unit': {
    zh: '{{table}}“{{row}}”行“{{column}}”列是金额，官方表格未印单位：请在单元格中写明“元”或“万元”，如“{{text}}元”',
    en: '{{table}} row “{{row}}”, column “{{column}}” is an amount and the form prints no unit: write 元 or 万元 in the cell, e.g. “{{text}}元”',
  },
} satisfies Record<string, Localized>;

/** What writers put in a cell for “nothing”: a blank written differently. */
const PLACEHOLDER = /^(?:[-－—–/／\\]+|无|空|——)$/u;

/** The checks.md id of the type checks of each table. */
function typeCheck(edition: EditionSpec, tableKey: string): string {
  if (tableKey === 't2') return edition.id === '2021' ? 'T2-21-01' : 'T2-19-01';
  if (tableKey === 't3') return 'T3-04';
  if (tableKey === 't4') return 'T4-04';
  return 'L-17';
}

function describe(cell: BoundCell, year: number | undefined): Record<string, unknown> {
  const { spec } = cell;
  const column = spec.columnPath.map((c) => columnLabel(c, year)).join(' > ');
  return {
    table: spec.block.caption ? `${spec.table.name}“${spec.block.caption}”` : spec.table.name,
    row: spec.rowPath.at(-1)?.label || spec.table.name,
    column,
    // A sentence written into a cell is quoted, not repeated in full.
    text: [...cell.text].length > 24 ? `${[...cell.text].slice(0, 24).join('')}…` : cell.text,
  };
}

/** A number written without needless digits: 0.5, 7.568, 12. */
function plain(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

/**
 * A blank 总计 next to parts that are not zero is a sum that fails, reported by table-sums
 * (checks.md Q01): such a blank is not reported again here.
 */
function blankTotals(report: Report, edition: EditionSpec): Set<string> {
  const ids = new Set<string>();
  for (const check of edition.checks) {
    const blanks = check.left.filter((id) => report.cells.get(id)?.issue === 'blank');
    if (blanks.length === 0) continue;
    const result = evaluateCheck(report, check);
    if (result && !result.holds) for (const id of blanks) ids.add(id);
  }
  return ids;
}

/**
 * Whether the prose of the table's section gives the unit of an amount: `（单位：万元）`, or the
 * same figure written with 元 or 万元.
 */
function unitInProse(report: Report, table: BoundTable, cell: BoundCell): boolean {
  const inner = sectionOf(report, table.node);
  if (!inner) return false;
  const top = topSection(inner);
  const inTop = (s: { section?: Section }) =>
    s.section !== undefined && topSection(s.section) === top;
  if (report.sentences.some((s) => inTop(s) && /单位[:：]\s*万?元/u.test(s.text))) return true;
  return report.numbers.some(
    (n) => inTop(n) && (n.unit === '元' || n.unit === '万元') && n.value === cell.value,
  );
}

function checkCell(
  cell: BoundCell,
  table: BoundTable,
  context: RuleContext,
  year: number | undefined,
  report: Report,
): void {
  const data = describe(cell, year);
  const check = typeCheck(context.edition, cell.spec.table.key);
  const at = { position: cell.position };
  switch (cell.issue) {
    case 'blank':
      context.report({
        messageId: 'cell-blank',
        data,
        ...at,
        severity: 'warning',
        check: 'Q01',
        fix: replaceCellFix(context.source, cell.node, '0'),
      });
      return;
    case 'not-number':
      if (PLACEHOLDER.test(cell.text.replace(/\s+/gu, ''))) {
        context.report({
          messageId: 'cell-placeholder',
          data,
          ...at,
          severity: 'warning',
          check: 'Q01',
          fix: replaceCellFix(context.source, cell.node, '0'),
        });
      } else {
        context.report({ messageId: 'cell-not-number', data, ...at, severity: 'error', check });
      }
      return;
    case 'negative':
      context.report({ messageId: 'cell-negative', data, ...at, severity: 'error', check });
      return;
    case 'not-integer': {
      const whole = cell.value !== undefined && Number.isInteger(cell.value);
      context.report({
        messageId: 'cell-not-integer',
        data,
        ...at,
        severity: 'error',
        check,
        // `0.00` in a count is 0: that much is safe to rewrite.
        ...(whole ? { fix: replaceCellFix(context.source, cell.node, plain(cell.value!)) } : {}),
      });
      return;
    }
    case 'unit': {
      const expected = cell.spec.unit ?? '件';
      const value = cell.value ?? 0;
      const converted =
        cell.unit === '元' && expected === '万元'
          ? value / 10000
          : cell.unit === '万元' && expected === '元'
            ? value * 10000
            : undefined;
      context.report({
        messageId: 'cell-unit',
        data: { ...data, expected, unit: cell.unit ?? '' },
        ...at,
        severity: 'error',
        check,
        ...(converted !== undefined
          ? { fix: replaceCellFix(context.source, cell.node, plain(converted)) }
          : {}),
      });
      return;
    }
    default:
      break;
  }
  if (
    cell.spec.valueType === 'amount-any-unit' &&
    cell.unit === undefined &&
    cell.value !== undefined &&
    cell.value !== 0 &&
    !unitInProse(report, table, cell)
  ) {
    context.report({
      messageId: 'amount-without-unit',
      data,
      ...at,
      severity: 'error',
      check,
    });
  }
}

export const tableValues: Rule = {
  meta: {
    id: 'table-values',
    docs: {
      description: {
        zh: '官方表格的每个单元格都有数值：件数为非负整数，金额为带官方单位的数字，不留空',
        en: 'Every official cell holds a value: counts are whole numbers ≥ 0, amounts numbers in the official unit, no cell blank',
      },
      url: docsUrl('table-values'),
      recommended: 'on',
      checks: ['T2-21-01', 'T2-19-01', 'T3-04', 'T4-04', 'L-17', 'Q01'],
    },
    messages,
    fixable: 'code',
  },
  check(report, context) {
    const year = reportYear(report);
    const reported = blankTotals(report, context.edition);
    for (const table of report.tables) {
      for (const cell of table.cells) {
        // A group row's subtotal is printed only by choice: a blank there means “not printed”.
        if (cell.issue === 'blank' && (cell.spec.optional || reported.has(cell.id))) continue;
        checkCell(cell, table, context, year, report);
      }
    }
  },
};
