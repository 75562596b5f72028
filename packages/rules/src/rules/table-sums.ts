/**
 * table-sums: every 勾稽关系 of the edition (checks.md T3-01…T3-05, T4-01…T4-03, L-01…L-16,
 * F-01…F-06) holds. The equations are declared with the edition; this rule only evaluates them.
 */
import type { BoundCell, CheckSpec, Report } from '@nianbao/core';
import { docsUrl } from '../docs-url.js';
import type { Rule } from '../types.js';

function describeCell(cell: BoundCell): string {
  const row = cell.spec.rowPath.at(-1)?.label || cell.spec.table.name;
  const column = cell.spec.columnPath.map((c) => c.label).join('·');
  return `${row}·${column}=${cell.value}`;
}

export function evaluateCheck(
  report: Report,
  check: CheckSpec,
): { holds: boolean; left: number; right: number; cells: BoundCell[] } | undefined {
  const cells: BoundCell[] = [];
  const total = (ids: string[]): number | undefined => {
    let sum = 0;
    for (const id of ids) {
      const cell = report.cells.get(id);
      if (!cell) return undefined;
      cells.push(cell);
      // Blank cells count as 0 (checks.md); non-numbers make the check meaningless.
      if (cell.issue === 'not-number') return undefined;
      sum += cell.value ?? 0;
    }
    return sum;
  };
  // A subtotal beside a group row is printed only by choice (checks.md T3-05): where it is
  // left blank, there is nothing to check.
  if (check.optional && check.left.some((id) => report.cells.get(id)?.issue === 'blank'))
    return undefined;
  const left = total(check.left);
  const right = total(check.right);
  if (left === undefined || right === undefined) return undefined;
  const round = (n: number) => Math.round(n * 1e6) / 1e6;
  const l = round(left);
  const r = round(right);
  const holds = check.relation === '=' ? l === r : check.relation === '<=' ? l <= r : l >= r;
  return { holds, left: l, right: r, cells };
}

export const tableSums: Rule = {
  meta: {
    id: 'table-sums',
    docs: {
      description: {
        zh: '官方表格的勾稽关系成立',
        en: 'Every arithmetic identity (勾稽关系) of the official tables holds',
      },
      url: docsUrl('table-sums'),
      recommended: 'on',
      checks: [
        'T3-01',
        'T3-02',
        'T3-03',
        'T3-05',
        'T4-01',
        'T4-02',
        'T4-03',
        'L-01',
        'L-02',
        'L-03',
        'L-04',
        'L-05',
        'L-06',
        'L-07',
        'L-08',
        'L-09',
        'L-10',
        'L-11',
        'L-12',
        'L-13',
        'L-14',
        'L-15',
        'L-16',
        'F-01',
        'F-02',
        'F-03',
        'F-04',
        'F-05',
        'F-06',
      ],
    },
    messages: {
      mismatch: {
        zh: '{{check}} 不成立：{{description}}。左边 {{left}}，右边 {{right}}（{{relation}}）；涉及：{{cells}}',
        en: '{{check}} fails: {{description}}. Left {{left}}, right {{right}} ({{relation}}); cells: {{cells}}',
      },
    },
  },
  check(report, context) {
    for (const check of context.edition.checks) {
      const result = evaluateCheck(report, check);
      if (!result || result.holds) continue;
      const anchor = report.cells.get(check.left[0]);
      context.report({
        messageId: 'mismatch',
        check: check.family,
        severity: check.severity,
        node: anchor,
        data: {
          check: check.id,
          description: check.description,
          left: result.left,
          right: result.right,
          relation: check.relation === '=' ? '=' : check.relation === '<=' ? '≤' : '≥',
          cells: result.cells.map(describeCell).join('，'),
        },
      });
    }
  },
};
