import { describe, expect, it } from 'vitest';
import { locate, setRow } from '../test/reports.js';
import { parseCellValue } from './bind.js';
import { parseReport } from './parse.js';
import { scaffoldReport } from './scaffold.js';

const base2021 = scaffoldReport({ edition: '2021', year: 2024, agency: '城关镇人民政府' });
const base2019 = scaffoldReport({ edition: '2019', year: 2020, agency: '城关镇人民政府' });

const T4_IDS = ['review', 'direct', 'after_review'].flatMap((group) =>
  ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `t4.${group}.${c}`),
);

describe('binding 表四', () => {
  it('gives each of the 15 cells its own column (行政诉讼 is not read from 行政复议)', () => {
    const values = T4_IDS.map((_, i) => i + 1);
    const zeros = `| ${Array(15).fill('0').join(' | ')} |`;
    const report = parseReport(base2021.replace(zeros, `| ${values.join(' | ')} |`));
    expect(T4_IDS.map((id) => report.cells.get(id)?.value)).toEqual(values);
    const columns = T4_IDS.map((id) => report.cells.get(id)!.position!.start.column);
    expect(new Set(columns).size).toBe(15);
  });

  it('keeps a cell the row does not write, as blank at the end of the row', () => {
    const zeros = `| ${Array(15).fill('0').join(' | ')} |`;
    const short = `| ${Array(14).fill('0').join(' | ')} |`;
    const source = base2021.replace(zeros, short);
    const report = parseReport(source);
    const cell = report.cells.get('t4.after_review.total')!;
    expect(cell).toMatchObject({ text: '', issue: 'blank' });
    const at = locate(source, short);
    expect(cell.position?.start).toMatchObject({ line: at.line, column: at.column + short.length });
    expect(report.cells.size).toBe(200);
  });
});

describe('binding labels as written in real reports', () => {
  it('binds known misspellings and half-width brackets to the official rows', () => {
    let source = base2021
      .replace('（五）不予处理', '（五）不于处理')
      .replace('| （一）予以公开 |', '| (一) 予以公开 |')
      .replace('| 商业企业 |', '| 商业 企业 |');
    source = source.replace('第二十条第（一）项', '第二十条第（一）顼');
    const report = parseReport(source);
    expect(report.problems).toEqual([]);
    expect(report.cells.size).toBe(200);
    const t3 = report.tables.find((t) => t.spec.key === 't3')!;
    expect(t3.rows.find((r) => r.text === '(一) 予以公开')?.spec?.key).toBe('r3.1');
    expect(t3.rows.find((r) => r.text === '（五）不于处理')?.spec?.key).toBe('r3.5');
    const a1 = report.tables.find((t) => t.block.key === 'a1')!;
    expect(a1.header[0]).toMatchObject({
      text: '第二十条第（一）顼',
      expected: '第二十条第（一）项',
    });
  });

  it('binds the 2019 typo 本年増/减 and reads a signed change', () => {
    const source = setRow(base2019.replace(/本年增\/减/gu, '本年増/减'), '行政许可', [12, -3, 40]);
    const report = parseReport(source);
    expect(report.cells.get('t2.a5.licensing.delta')).toMatchObject({ value: -3 });
    expect(report.cells.get('t2.a5.licensing.delta')?.issue).toBeUndefined();
    expect(report.cells.get('t2.a5.licensing.decisions')?.value).toBe(40);
  });

  it('accepts the 申请人情况 caption in front of a 表三 column path', () => {
    const source = base2021.replace('| 自然人 |', '| 申请人情况 > 自然人 |');
    expect(parseReport(source).cells.get('t3.r1.natural')?.value).toBe(0);
  });

  it('lists the official rows a table lacks', () => {
    const source = base2021
      .split('\n')
      .filter((l) => !l.startsWith('| 2.重复申请 |'))
      .join('\n');
    const t3 = parseReport(source).tables.find((t) => t.spec.key === 't3')!;
    expect(t3.missingRows.map((r) => r.label)).toEqual(['2.重复申请']);
  });

  it('lists a row that is not official among the rows, without a declaration', () => {
    const source = base2021.replace(
      '| 四、结转下年度继续办理 |',
      '| 五、另行统计的咨询数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n| 四、结转下年度继续办理 |',
    );
    const t3 = parseReport(source).tables.find((t) => t.spec.key === 't3')!;
    const row = t3.rows.find((r) => r.text === '五、另行统计的咨询数量')!;
    expect(row.spec).toBeUndefined();
    expect(t3.missingRows).toEqual([]);
  });

  it('binds printed subtotals beside a group row as optional cells', () => {
    const source = setRow(base2021, '（三）不予公开', [1, 0, 0, 0, 0, 0, 1]);
    const report = parseReport(source);
    expect(report.cells.get('t3.r3.3.total')).toMatchObject({ value: 1 });
    expect(report.cells.get('t3.r3.3.total')?.spec.optional).toBe(true);
    expect(parseReport(base2021).cells.has('t3.r3.3.total')).toBe(false);
  });
});

describe('binding legacy tables', () => {
  const fujian = `---
edition: legacy
agency: 晋江市池店镇人民政府
year: 2018
date: 2019-01-02
---

# 晋江市池店镇2018年政府信息公开工作年度报告

## 七、需要说明的事项与附表

| 指标名称 | 单位 | 2018年 | 历史累计 |
| --- | --- | --- | --- |
| 主动公开文件数 | 条 | 182 | 1001 |
| 其中：1.政府网站公开数 | 条 | 182 | 1001 |
| 2.政府公报公开数 | 条 | 0 | 0 |
| 受理政府信息公开申请总数 | 条 | 0 | 0 |
| 其中：1.当面申请数 | 条 | 0 | 0 |
| 2.网络申请数 | 条 | 0 | 0 |
| 3.信函、传真申请数 | 条 | 0 | 0 |
| 对申请的答复总数 | 条 | 7 | 7 |
| 其中：1.同意公开答复数 | 条 | 0 | 0 |
| 2.同意部分公开答复数 | 条 | 7 | 7 |
| 3.不予公开答复数 | 条 | 0 | 0 |
| 4.其他类型答复数 | 条 | 0 | 0 |
| 政府信息公开收费减免金额 | 元 | 0 | 0 |
| 接受行政申诉、举报数 | 件 | 0 | 0 |
| 行政复议数 | 件 | 0 | 0 |
| 行政诉讼数 | 件 | 0 | 0 |
`;

  it('binds the Fujian table of seed 000 (32 cells), the year column by the report year', () => {
    const report = parseReport(fujian);
    expect(report.problems).toEqual([]);
    expect(report.tables.map((t) => t.spec.key)).toEqual(['F']);
    expect(report.cells.size).toBe(32);
    expect(report.cells.get('F.published.year')?.value).toBe(182);
    expect(report.cells.get('F.published.cumulative')?.value).toBe(1001);
    expect(report.cells.get('F.replies.year')?.value).toBe(7);
    const t = report.tables[0];
    expect(t.rows.find((r) => r.text === '政府信息公开收费减免金额')?.unitText).toBe('元');
  });

  it('binds the 32号 table with its 单位 column (58 cells)', () => {
    const report = parseReport(scaffoldReport({ edition: 'legacy', year: 2017 }));
    const t = report.tables[0];
    expect(t.spec.key).toBe('L');
    expect(t.header.map((h) => h.kind)).toEqual(['corner', 'unit-column', 'column']);
    expect(t.rows.find((r) => r.spec?.key === '9.3')?.unitText).toBe('人次');
    expect(report.cells.size).toBe(58);
  });
});

describe('parseCellValue', () => {
  it.each([
    ['12', 'count', undefined, { value: 12 }],
    ['1,234', 'count', undefined, { value: 1234 }],
    ['１２', 'count', undefined, { value: 12 }],
    [' 7 件', 'count', undefined, { value: 7, unit: '件' }],
    ['', 'count', undefined, { issue: 'blank' }],
    ['无', 'count', undefined, { issue: 'not-number' }],
    ['电脑2台、打印机1台', 'count', undefined, { issue: 'not-number' }],
    ['0.00', 'count', undefined, { value: 0, issue: 'not-integer' }],
    ['-1', 'count', undefined, { value: -1, issue: 'negative' }],
    ['-8', 'signed', undefined, { value: -8 }],
    ['3元', 'count', undefined, { value: 3, unit: '元', issue: 'unit' }],
    ['1.25', 'amount', '万元', { value: 1.25 }],
    ['12500元', 'amount', '万元', { value: 12500, unit: '元', issue: 'unit' }],
    ['75680元', 'amount-any-unit', undefined, { value: 75680, unit: '元' }],
    ['0.00 元', 'amount-any-unit', undefined, { value: 0, unit: '元' }],
  ] as const)('%j (%s) → %j', (text, type, unit, expected) => {
    expect(parseCellValue(text, type, unit)).toEqual(expected);
  });
});

describe('value positions', () => {
  it('point at the value inside the pipes, and inside an empty cell', () => {
    const source = setRow(base2021, '行政许可', ['约三十件']);
    const cell = parseReport(source).cells.get('t2.a5.licensing.decisions')!;
    const at = locate(source, '约三十件');
    expect(cell.position?.start).toMatchObject(at);
    expect(cell.position?.end).toMatchObject({ line: at.line, column: at.column + 4 });
    const blank = setRow(base2021, '行政处罚', ['']);
    const empty = parseReport(blank).cells.get('t2.a6.penalty.decisions')!;
    expect(empty.issue).toBe('blank');
    const row = locate(blank, '| 行政处罚 |');
    // Just inside the pipe that opens the cell (`| 行政处罚 |` is 8 columns wide).
    expect(empty.position?.start).toMatchObject({ line: row.line, column: row.column + 8 });
  });
});
