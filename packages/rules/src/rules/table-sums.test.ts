import { getEdition, scaffoldReport, type CheckSpec, type EditionId } from '@nianbao/core';
import { describe, expect, it } from 'vitest';
import { lintText } from '../lint.js';
import {
  dropLine,
  edit,
  lintWith,
  scaffold,
  seed,
  setCell,
  withFujianTable,
} from '../../test/helpers.js';

const report2021 = scaffoldReport({ edition: '2021', year: 2024, agency: '测试镇人民政府' });

function setRow(md: string, label: string, values: number[]): string {
  const line = md.split('\n').find((l) => l.startsWith(`| ${label} |`));
  if (!line) throw new Error(`no row ${label}`);
  return md.replace(line, `| ${label} | ${values.join(' | ')} |`);
}

describe('table-sums', () => {
  it('is silent on a report whose tables add up', () => {
    const { diagnostics } = lintText(report2021, { rules: { frontmatter: 'off' } });
    expect(diagnostics.filter((d) => d.ruleId === 'table-sums')).toEqual([]);
  });

  it('reports a row whose 总计 is not the sum of its applicants, with both sides', () => {
    const md = setRow(report2021, '一、本年新收政府信息公开申请数量', [3, 1, 0, 0, 0, 0, 5]);
    const sums = lintText(md).diagnostics.filter((d) => d.ruleId === 'table-sums');
    const rowCheck = sums.find((d) => d.message.includes('T3-01[r1]'));
    expect(rowCheck).toBeDefined();
    expect(rowCheck!.severity).toBe('error');
    expect(rowCheck!.message).toContain('左边 5，右边 4');
    // 一 + 二 = 三 + 四 fails as well for the columns that changed.
    expect(sums.map((d) => d.message.match(/T3-0\d\[[^\]]+\]/u)?.[0])).toEqual(
      expect.arrayContaining(['T3-03[natural]', 'T3-03[biz]', 'T3-03[total]']),
    );
  });

  it('speaks English with locale en', () => {
    const md = setRow(report2021, '一、本年新收政府信息公开申请数量', [3, 1, 0, 0, 0, 0, 5]);
    const d = lintText(md, { locale: 'en' }).diagnostics.find((x) =>
      x.message.includes('T3-01[r1]'),
    )!;
    expect(d.message).toMatch(/fails: .*Left 5, right 4/u);
  });
});

/**
 * A report that breaks one check and nothing it does not have to: one cell of the skeleton
 * set to 1. `=` and `≤` checks fail when their left side grows, `≥` checks when their right does.
 */
function breaking(edition: EditionId, check: CheckSpec): string {
  const year = edition === 'legacy' ? 2018 : undefined;
  let md = scaffold(edition, year);
  if (check.left[0].startsWith('F.')) md = withFujianTable(md, 2018);
  const cell = check.relation === '>=' ? check.right[0] : check.left[0];
  return setCell(md, cell, '1');
}

/** The first instance of every family of checks of an edition. */
function families(edition: EditionId): CheckSpec[] {
  const seen = new Set<string>();
  return getEdition(edition)!.checks.filter((c) => !seen.has(c.family) && seen.add(c.family));
}

describe('table-sums: every family of checks, on generated reports', () => {
  const cases = (['2021', '2019', 'legacy'] as const).flatMap((edition) =>
    families(edition).map((check) => [edition, check.id, check] as const),
  );

  it('covers T3-01/02/03/05, T4-01..03, L-01..16 and F-01..06', () => {
    const ids = new Set(cases.map(([, , c]) => c.family));
    for (const family of ['T3-01', 'T3-02', 'T3-03', 'T3-05', 'T4-01', 'T4-02', 'T4-03'])
      expect(ids).toContain(family);
    for (let i = 1; i <= 16; i++) expect(ids).toContain(`L-${String(i).padStart(2, '0')}`);
    for (let i = 1; i <= 6; i++) expect(ids).toContain(`F-0${i}`);
  });

  it.each(cases)(
    '%s %s fails when broken, with its severity, values and cells',
    (edition, id, check) => {
      const found = lintWith(breaking(edition, check), 'table-sums');
      const d = found.find((x) => x.data?.check === id);
      expect(d, `${id} not reported: ${found.map((x) => x.message).join('; ')}`).toBeDefined();
      expect(d!.severity).toBe(check.severity);
      expect(d!.check).toBe(check.family);
      const [left, right] = check.relation === '>=' ? [0, 1] : [1, 0];
      expect(d!.message).toContain(`左边 ${left}，右边 ${right}`);
      expect(d!.message).toMatch(/涉及：.+=1/u);
    },
  );
});

describe('table-sums: blank and missing cells (checks.md §0, Q01)', () => {
  const md2021 = scaffold('2021');

  it('reads a blank cell as 0: a blank 总计 beside zeros holds, beside a 3 fails', () => {
    const blankTotal = setCell(md2021, 't3.r1.total', '');
    expect(lintWith(blankTotal, 'table-sums')).toEqual([]);
    const failing = setCell(blankTotal, 't3.r1.natural', '3');
    const d = lintWith(failing, 'table-sums').find((x) => x.data?.check === 'T3-01[r1]');
    expect(d?.message).toContain('左边 0，右边 3');
  });

  it('skips a check whose cell holds text, not a number (table-values reports the cell)', () => {
    const md = setCell(setCell(md2021, 't4.review.upheld', '见说明'), 't4.review.total', '2');
    expect(lintWith(md, 'table-sums').map((d) => d.data?.check)).toEqual([]);
  });

  it('skips a check whose row is missing (official-labels reports the row)', () => {
    const md = setCell(dropLine(md2021, '| 2.重复申请 |'), 't3.r3.5.1.natural', '0');
    expect(lintWith(md, 'table-sums')).toEqual([]);
  });

  it('checks a printed subtotal of a group row (T3-05), and only where it is printed', () => {
    const row = '| （四）无法提供 |  |  |  |  |  |  |  |';
    const right = setCell(
      setCell(
        edit(md2021, row, '| （四）无法提供 |  |  |  |  |  |  | 2 |'),
        't3.r3.4.1.total',
        '2',
      ),
      't3.r3.4.1.natural',
      '2',
    );
    // 总计 of the group is printed and right; the other columns are not printed at all.
    expect(lintWith(right, 'table-sums').map((d) => d.data?.check)).not.toContain(
      'T3-05[r3.4,total]',
    );
    expect(
      lintWith(right, 'table-sums').filter((d) => String(d.data?.check).startsWith('T3-05')),
    ).toEqual([]);
    const wrong = setCell(right, 't3.r3.4.total', '5');
    expect(lintWith(wrong, 'table-sums').map((d) => d.data?.check)).toContain('T3-05[r3.4,total]');
  });
});

describe('table-sums: the seeds', () => {
  it('seed 002: 5.其他方式公开政府信息数 29 > 13 主动公开政府信息数 (L-03)', () => {
    const found = lintWith(seed(2), 'table-sums');
    expect(found.map((d) => [d.data?.check, d.severity])).toEqual([['L-03[5]', 'error']]);
  });

  it('seed 000: 7 replies to 0 applications, in both columns (F-06)', () => {
    const found = lintWith(seed(0), 'table-sums');
    expect(found.map((d) => [d.data?.check, d.severity])).toEqual([
      ['F-06[year]', 'warning'],
      ['F-06[cumulative]', 'warning'],
    ]);
  });

  it.each([3, 4])('seed 00%i: all identities of 表三 and 表四 hold', (n) => {
    expect(lintWith(seed(n), 'table-sums')).toEqual([]);
  });
});
