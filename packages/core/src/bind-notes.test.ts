import { describe, expect, it } from 'vitest';
import { flattenRows } from './editions/cells.js';
import { getEdition } from './editions/index.js';
import { rowLabelSimilarity, MIN_ROW_SIMILARITY } from './bind.js';
import { blockToMarkdown } from './markdown.js';
import { parseReport } from './parse.js';

const e2019 = getEdition('2019')!;
const t3 = e2019.tables.find((t) => t.key === 't3')!;
const rowOf = (key: string) => flattenRows(t3.blocks[0].rows).find((f) => f.row.key === key)!.row;

describe('labels without (or with an extra) printed note', () => {
  it('binds （二）部分公开 written without its note (seed 003)', () => {
    const partial = rowOf('r3.2');
    expect(rowLabelSimilarity('(二) 部分公开', partial)).toBeGreaterThanOrEqual(0.9);
    expect(rowLabelSimilarity('(一) 予以公开', partial)).toBeLessThan(MIN_ROW_SIMILARITY);
  });

  it('binds a label that adds an annotation of its own', () => {
    const l = getEdition('legacy')!.tables[0];
    const row = flattenRows(l.blocks[0].rows).find((f) => f.row.key === '8.3.2')!.row;
    expect(rowLabelSimilarity('2.兼职人员数（含网站维护人员）', row)).toBeGreaterThanOrEqual(0.9);
  });

  it('parses a 表三 whose （二） row lacks the note with all of its cells bound', () => {
    const labels = new Map([['r3.2', '(二) 部分公开']]);
    const table = blockToMarkdown(t3, t3.blocks[0], { labels, header: [''] });
    const source = `---\nedition: "2019"\nagency: 某镇人民政府\nyear: 2019\ndate: 2020-01-20\n---\n\n## 三、收到和处理政府信息公开申请情况\n\n${table}\n`;
    const report = parseReport(source);
    const cells = [...report.cells.keys()].filter((id) => id.startsWith('t3.'));
    expect(cells).toHaveLength(161);
    expect(cells).toContain('t3.r3.2.total');
  });
});

describe('blockToMarkdown overrides', () => {
  it('writes header cells and units as given, official text elsewhere', () => {
    const t2 = e2019.tables.find((t) => t.key === 't2')!;
    const md = blockToMarkdown(t2, t2.blocks[1], { header: [undefined, undefined, '本年増/减'] });
    expect(md.split('\n')[0]).toBe(
      '| 第二十条第（五）项 | 上一年项目数量 | 本年増/减 | 处理决定数量 |',
    );
    const l = getEdition('legacy')!.tables[0];
    const units = new Map([['6', '起']]);
    const legacy = blockToMarkdown(l, l.blocks[0], { units });
    expect(legacy).toContain('| 六、举报投诉数量 | 起 | 0 |');
    expect(legacy).toContain('| 七、依申请公开信息收取的费用 | 万元 | 0 |');
  });
});
