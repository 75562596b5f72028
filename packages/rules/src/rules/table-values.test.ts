import { describe, expect, it } from 'vitest';
import { edit, fixWith, lintWith, scaffold, seed, setCell } from '../../test/helpers.js';

const RULE = 'table-values';
const lint = (md: string) => lintWith(md, RULE);
const md2021 = scaffold('2021');
const md2019 = scaffold('2019');

describe('table-values: valid', () => {
  it.each(['2021', '2019', 'legacy'] as const)('a fresh %s report holds numbers only', (e) => {
    expect(lint(scaffold(e))).toEqual([]);
  });

  it('accepts a negative 本年增/减 (a signed count in the 2019 form)', () => {
    expect(lint(setCell(md2019, 't2.a5.licensing.delta', '-8'))).toEqual([]);
  });

  it('accepts an amount in the unit the form prints, and thousands separators', () => {
    expect(lint(setCell(md2021, 't2.a8.fees.amount', '1.25万元'))).toEqual([]);
    expect(lint(setCell(md2021, 't3.r1.natural', '1,024'))).toEqual([]);
  });
});

describe('table-values: the seeds', () => {
  it('seed 004: a sentence in the 采购项目数量 cell is an error; 75680元 is fine', () => {
    const found = lint(seed(4));
    expect(found.map((d) => [d.messageId, d.severity, d.check])).toEqual([
      ['cell-not-number', 'error', 'T2-19-01'],
    ]);
    expect(found[0].message).toContain('“采购项目数量”列应为数字，实为“付云南博超科技公司');
    expect(found[0].message).toContain('…');
  });

  it('seed 003: 0.00 as a count is an error, fixed to 0; 0.00 元 as the amount is fine', () => {
    const found = lint(seed(3));
    expect(found.map((d) => [d.messageId, d.severity, d.fix?.text])).toEqual([
      ['cell-not-integer', 'error', '0'],
    ]);
    expect(lint(fixWith(seed(3), RULE))).toEqual([]);
  });
});

describe('table-values: invalid', () => {
  it('warns about a blank cell (Q01) and fills it with 0', () => {
    const md = setCell(md2021, 't3.r3.1.biz', '');
    const found = lint(md);
    expect(found.map((d) => [d.messageId, d.severity, d.check])).toEqual([
      ['cell-blank', 'warning', 'Q01'],
    ]);
    expect(found[0].message).toBe(
      '表三“（一）予以公开”行“法人或其他组织 > 商业企业”列为空，没有数据请填 0',
    );
    expect(fixWith(md, RULE)).toBe(md2021);
  });

  it('leaves a blank 总计 beside parts that are not zero to table-sums (T3-01)', () => {
    const md = setCell(setCell(md2021, 't3.r1.natural', '3'), 't3.r1.total', '');
    expect(lint(md)).toEqual([]);
    expect(lintWith(md, 'table-sums').some((d) => d.data?.check === 'T3-01[r1]')).toBe(true);
  });

  it('treats a dash or 无 as a blank written differently', () => {
    for (const text of ['—', '-', '/', '无']) {
      const found = lint(setCell(md2021, 't4.review.upheld', text));
      expect(found.map((d) => [d.messageId, d.check, d.fix?.text])).toEqual([
        ['cell-placeholder', 'Q01', '0'],
      ]);
    }
  });

  it('reports a negative count and a fraction that is not whole, without a fix', () => {
    const negative = lint(setCell(md2021, 't4.review.upheld', '-1'));
    expect(negative.map((d) => [d.messageId, d.check, d.fix])).toEqual([
      ['cell-negative', 'T4-04', undefined],
    ]);
    const fraction = lint(setCell(md2021, 't3.r2.other', '1.5'));
    expect(fraction.map((d) => [d.messageId, d.check, d.fix])).toEqual([
      ['cell-not-integer', 'T3-04', undefined],
    ]);
  });

  it('reports 元 written into the 万元 column of 2021 表二, converting it as the fix', () => {
    const md = setCell(md2021, 't2.a8.fees.amount', '5000元');
    const found = lint(md);
    expect(found.map((d) => [d.messageId, d.check, d.fix?.text])).toEqual([
      ['cell-unit', 'T2-21-01', '0.5'],
    ]);
    expect(found[0].message).toContain('单位应为万元，实为“元”');
  });

  it('reports 元 in a count', () => {
    const found = lint(setCell(md2021, 't2.a5.licensing.decisions', '30元'));
    expect(found.map((d) => d.messageId)).toEqual(['cell-unit']);
  });

  it('legacy: 元 in the 万元 row of the 32号 table (L-17)', () => {
    const found = lint(setCell(scaffold('legacy'), 'L.7', '300元'));
    expect(found.map((d) => [d.messageId, d.check, d.fix?.text])).toEqual([
      ['cell-unit', 'L-17', '0.03'],
    ]);
  });

  describe('2019 采购总金额 carries 元 or 万元 (T2-19-01)', () => {
    const bare = setCell(md2019, 't2.a9.central_procurement.amount', '75680');
    it('in the cell, or else it is an error', () => {
      expect(lint(bare).map((d) => [d.messageId, d.severity])).toEqual([
        ['amount-without-unit', 'error'],
      ]);
    });
    it('or in the prose of the section: the same figure with its unit', () => {
      const md = edit(
        bare,
        '按表二填报第二十条所列主动公开事项的数量。',
        '本年度政府集中采购总金额75680元。',
      );
      expect(lint(md)).toEqual([]);
    });
    it('or a 单位 note', () => {
      const md = edit(bare, '按表二填报第二十条所列主动公开事项的数量。', '（金额单位：元）');
      expect(lint(md)).toEqual([]);
    });
    it('not for 0, which is 0 in any unit', () => {
      expect(lint(setCell(md2019, 't2.a9.central_procurement.amount', '0'))).toEqual([]);
    });
  });

  it('does not ask for the subtotals of group rows, printed or not', () => {
    const row = '| （三）不予公开 |  |  |  |  |  |  |  |';
    const printed = edit(md2021, row, '| （三）不予公开 |  |  |  |  |  |  | 0 |');
    expect(lint(printed)).toEqual([]);
  });
});
