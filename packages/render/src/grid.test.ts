import { getEdition, parseReport, scaffoldReport } from '@nianbao/core';
import { describe, expect, it } from 'vitest';
import {
  columnWidths,
  coveredBy,
  officialTableGrid,
  plainTableGrid,
  SUBTOTAL_LABEL,
  type GridCell,
  type TableGrid,
} from './grid.js';
import { filledReport } from './testing/reports.js';

function gridOf(edition: '2021' | '2019' | 'legacy', key: string, source?: string): TableGrid {
  const report = parseReport(source ?? filledReport(edition).source);
  const spec = report.edition!.tables.find((t) => t.key === key)!;
  return officialTableGrid(
    spec,
    report.tables.filter((t) => t.spec === spec),
    { year: report.meta?.year },
  );
}

const cellsOf = (grid: TableGrid): GridCell[] => grid.rows.flatMap((r) => r.cells);
const find = (grid: TableGrid, text: string): GridCell => {
  const cell = cellsOf(grid).find((c) => c.text === text);
  if (!cell) throw new Error(`no cell “${text}”`);
  return cell;
};

/** Every grid position is covered by exactly one cell. */
function expectTiled(grid: TableGrid): void {
  const count = grid.rows.map(() => Array<number>(grid.columns).fill(0));
  for (const cell of cellsOf(grid))
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++)
      for (let c = cell.col; c < cell.col + cell.colSpan; c++) count[r][c] += 1;
  expect(count.flat().every((n) => n === 1)).toBe(true);
}

describe('表三: the printed form of 国办公开办函〔2021〕30号 and 〔2019〕60号', () => {
  it('2021: 三、本年度办理结果 spans 22 rows, the groups their items, the note 3×3', () => {
    const grid = gridOf('2021', 't3');
    expect(grid.columns).toBe(10);
    expect(grid.headerRows).toBe(3);
    const note = cellsOf(grid).find((c) => c.kind === 'corner')!;
    expect(note).toMatchObject({ row: 0, col: 0, rowSpan: 3, colSpan: 3 });
    expect(find(grid, '申请人情况')).toMatchObject({ row: 0, col: 3, colSpan: 7 });
    expect(find(grid, '自然人')).toMatchObject({ row: 1, rowSpan: 2, colSpan: 1 });
    expect(find(grid, '法人或其他组织')).toMatchObject({ row: 1, col: 4, colSpan: 5 });
    expect(find(grid, '总计')).toMatchObject({ row: 1, col: 9, rowSpan: 2 });
    expect(find(grid, '三、本年度办理结果')).toMatchObject({ col: 0, rowSpan: 22, colSpan: 1 });
    expect(find(grid, '（三）不予公开')).toMatchObject({ col: 1, rowSpan: 8 });
    expect(find(grid, '（四）无法提供')).toMatchObject({ col: 1, rowSpan: 3 });
    expect(find(grid, '（五）不予处理')).toMatchObject({ col: 1, rowSpan: 5 });
    expect(find(grid, '（六）其他处理')).toMatchObject({ col: 1, rowSpan: 3 });
    expect(find(grid, '一、本年新收政府信息公开申请数量')).toMatchObject({ colSpan: 3 });
    expect(find(grid, '（一）予以公开')).toMatchObject({ col: 1, colSpan: 2 });
    expect(find(grid, '1.属于国家秘密')).toMatchObject({ col: 2, colSpan: 1 });
    // 3 header rows + 25 data rows; 175 value cells.
    expect(grid.rows).toHaveLength(28);
    expect(cellsOf(grid).filter((c) => c.kind === 'value')).toHaveLength(175);
    expect(grid.groups.map((g) => [g.head, g.rows.length])).toEqual([
      [true, 3],
      [false, 25],
    ]);
    expectTiled(grid);
  });

  it('2019: （六）其他处理 is one row, so 三、 spans 20', () => {
    const grid = gridOf('2019', 't3');
    expect(find(grid, '三、本年度办理结果').rowSpan).toBe(20);
    expect(find(grid, '（六）其他处理')).toMatchObject({ col: 1, colSpan: 2, rowSpan: 1 });
    expect(cellsOf(grid).filter((c) => c.kind === 'value')).toHaveLength(161);
    expectTiled(grid);
  });

  it('prints the report’s own text in each cell', () => {
    const { source, figures } = filledReport('2021');
    const grid = gridOf('2021', 't3', source);
    for (const cell of cellsOf(grid).filter((c) => c.kind === 'value'))
      expect(cell.text).toBe(figures.get(cell.id!));
    // The value cells of a row line up with its label.
    const label = find(grid, '2.重复申请');
    const row = grid.rows[label.row].cells.filter((c) => c.kind === 'value');
    expect(row.map((c) => c.id)).toEqual(
      ['natural', 'biz', 'research', 'ngo', 'legal', 'other', 'total'].map((k) => `t3.r3.5.2.${k}`),
    );
  });

  it('gives a printed subtotal a row of its own inside its group', () => {
    const source = filledReport('2021').source.replace(
      /\| （三）不予公开 \|[^\n]*/u,
      '| （三）不予公开 | 1 | 2 | 3 | 4 | 5 | 6 | 21 |',
    );
    const grid = gridOf('2021', 't3', source);
    const group = find(grid, '（三）不予公开');
    expect(group.rowSpan).toBe(9);
    expect(find(grid, '三、本年度办理结果').rowSpan).toBe(23);
    const subtotal = find(grid, SUBTOTAL_LABEL);
    expect(subtotal.row).toBe(group.row);
    expect(
      grid.rows[subtotal.row].cells.filter((c) => c.kind === 'value').map((c) => c.text),
    ).toEqual(['1', '2', '3', '4', '5', '6', '21']);
    expectTiled(grid);
  });
});

describe('表四', () => {
  it('has three header rows: 行政复议 5 and 行政诉讼 10 wide, the outcome leaves below', () => {
    const grid = gridOf('2021', 't4');
    expect(grid.columns).toBe(15);
    expect(grid.headerRows).toBe(3);
    expect(find(grid, '行政复议')).toMatchObject({ row: 0, col: 0, colSpan: 5, scope: 'colgroup' });
    expect(find(grid, '行政诉讼')).toMatchObject({ row: 0, col: 5, colSpan: 10 });
    expect(find(grid, '未经复议直接起诉')).toMatchObject({ row: 1, col: 5, colSpan: 5 });
    expect(find(grid, '复议后起诉')).toMatchObject({ row: 1, col: 10, colSpan: 5 });
    const review = grid.rows[1].cells.filter((c) => c.col < 5);
    expect(review.map((c) => [c.text, c.rowSpan])).toEqual([
      ['结果维持', 2],
      ['结果纠正', 2],
      ['其他结果', 2],
      ['尚未审结', 2],
      ['总计', 2],
    ]);
    expect(grid.rows[2].cells).toHaveLength(10);
    expect(grid.rows[3].cells.map((c) => c.id)).toContain('t4.after_review.total');
    expectTiled(grid);
  });
});

describe('表二: stacked blocks', () => {
  it('2021: four blocks in a 4-column grid, one-value blocks spanning 3', () => {
    const grid = gridOf('2021', 't2');
    expect(grid.columns).toBe(4);
    expect(grid.headerRows).toBe(0);
    expect(grid.groups.map((g) => g.head)).toEqual([false, false, false, false]);
    expect(
      cellsOf(grid)
        .filter((c) => c.kind === 'caption')
        .map((c) => c.colSpan),
    ).toEqual([4, 4, 4, 4]);
    expect(find(grid, '本年收费金额（单位：万元）')).toMatchObject({ col: 1, colSpan: 3 });
    const fee = cellsOf(grid).find((c) => c.id === 't2.a8.fees.amount')!;
    expect(fee).toMatchObject({ col: 1, colSpan: 3 });
    expectTiled(grid);
  });

  it('2019: five blocks in a 5-column grid with the printed spans', () => {
    const grid = gridOf('2019', 't2');
    expect(grid.columns).toBe(5);
    expect(grid.groups).toHaveLength(5);
    expect(find(grid, '本年新公开数量').colSpan).toBe(2);
    expect(find(grid, '采购总金额')).toMatchObject({ col: 3, colSpan: 2 });
    expect(cellsOf(grid).find((c) => c.id === 't2.a9.central_procurement.amount')!.text).toMatch(
      /元$/u,
    );
    expectTiled(grid);
  });
});

describe('legacy tables', () => {
  it('32号 统计表: one indented label column, the 单位 column, heading rows without figures', () => {
    const grid = gridOf('legacy', 'L');
    expect(grid.columnKinds).toEqual(['label', 'unit', 'value']);
    const heading = find(grid, '一、主动公开情况');
    expect(heading.indent).toBe(0);
    const headingRow = grid.rows[heading.row].cells;
    expect(headingRow.map((c) => c.text).slice(1)).toEqual(['', '']);
    expect(find(grid, '1.政府公报公开政府信息数').indent).toBe(2);
    const fees = find(grid, '七、依申请公开信息收取的费用');
    expect(grid.rows[fees.row].cells[1].text).toBe('万元');
    expect(cellsOf(grid).filter((c) => c.kind === 'value' && c.id)).toHaveLength(58);
    expectTiled(grid);
  });

  it('Fujian table: the year column takes the report year', () => {
    const edition = getEdition('legacy')!;
    const spec = edition.tables.find((t) => t.key === 'F')!;
    const grid = officialTableGrid(spec, [], { year: 2012 });
    expect(cellsOf(grid).map((c) => c.text)).toContain('2012年');
    // No bound cells: the form is printed empty, every value marked missing.
    expect(
      cellsOf(grid)
        .filter((c) => c.kind === 'value')
        .every((c) => c.missing),
    ).toBe(true);
  });
});

describe('rows the report adds', () => {
  it('keeps them, with their figures, after the official rows', () => {
    const source = scaffoldReport({ edition: '2019' }).replace(
      '| 规范性文件 | 0 | 0 | 0 |',
      '| 规范性文件 | 0 | 0 | 0 |\n| 其他主动公开文件 | 7 | 8 | 9 |',
    );
    const grid = gridOf('2019', 't2', source);
    const extra = find(grid, '其他主动公开文件');
    const values = grid.rows[extra.row].cells.filter((c) => c.kind === 'value');
    expect(values.map((c) => [c.text, c.colSpan])).toEqual([
      ['7', 1],
      ['8', 2],
      ['9', 1],
    ]);
    expectTiled(grid);
  });
});

describe('plain tables', () => {
  it('lays out a table that is not official as written', () => {
    const report = parseReport(
      `${scaffoldReport()}\n\n| 栏目 | 条数 |\n| --- | ---: |\n| 通知公告 | 12 |\n| 政策解读 | 3 |\n`,
    );
    const grid = plainTableGrid(report.otherTables[0]);
    expect(grid.official).toBe(false);
    expect(grid.headerRows).toBe(1);
    expect(grid.rows[1].cells.map((c) => [c.text, c.align])).toEqual([
      ['通知公告', 'left'],
      ['12', 'right'],
    ]);
    expect(coveredBy(grid)[2][1]?.text).toBe('3');
  });
});

describe('columnWidths', () => {
  const grid = gridOf('2021', 't3');
  const measure = (text: string) => [...text].length;

  it('fills the width when asked and never goes below a column’s longest word', () => {
    const widths = columnWidths(grid, { available: 200, measure, minimum: 2, fill: true });
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(200);
    const narrow = columnWidths(grid, { available: 40, measure, minimum: 2 });
    expect(narrow.every((w) => w >= 2)).toBe(true);
    expect(narrow.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(40.0001);
    // Long labels give way before figures: the item column stays the widest.
    expect(Math.max(...narrow)).toBe(narrow[2]);
  });
});
