/**
 * Importing a report keeps its errors, so that `nianbao lint` finds them: each seed, imported
 * from the repository's .txt copy, is linted and must show the errors shared/spec/checks.md §7
 * names for it — and nothing that the importer itself would have caused (unbound tables,
 * missing rows, blank cells it invented).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importText } from '@nianbao/import';
import { lintText, type Diagnostic } from '@nianbao/rules';
import { beforeAll, describe, expect, it } from 'vitest';

const seedsDir = fileURLToPath(new URL('../../../../fixtures/seeds/', import.meta.url));

/** `rule/messageId` and words the message must hold, per seed (checks.md §7). */
const expected: Record<string, [string, string, string][]> = {
  '000_ca076ed118eb309d': [
    ['F-06: 7 replies to 0 applications, year column', 'table-sums/mismatch', 'F-06[year]'],
    ['F-06: also in 历史累计', 'table-sums/mismatch', 'F-06[cumulative]'],
    [
      'F-07: prose says 7 applications, the table 0',
      'prose-table/mismatch',
      '受理政府信息公开申请总数',
    ],
    ['P13: 九部分 announced, seven named', 'preamble-parts/count-named', '九部分'],
  ],
  '001_d71a31302dcbe390': [
    ['P11: 4+14+2+29+66+2+2+2 = 121 ≠ 120', 'prose-sums/exceeds', '121条'],
    [
      'P08: 重点领域信息公开情况 has no number',
      'heading-numbering/unnumbered-at',
      '重点领域信息公开情况',
    ],
    ['P14: a plan dated in the report year', 'year-period/plan-year', '2018'],
    [
      'P13: preamble names another heading',
      'preamble-parts/name-differs',
      '组织领导和制度建设情况',
    ],
    ['P07: no 收费及减免 statement', 'required-sections/content-missing', '收费及减免'],
    ['P04: no statistics period', 'year-period/period-missing', '2018年1月1日'],
    ['P18: no date', 'frontmatter/frontmatter-missing-key', '`date`'],
    ['P01: …2018年信息公开年度报告', 'year-period/title-nonstandard', '政府信息公开工作年度报告'],
  ],
  '002_8f2aa8313110af5c': [
    ['P05: dated before the year ended', 'year-period/date-too-early', '2017年12月13日'],
    ['P10: 49条 in prose, 13 in the table', 'prose-table/mismatch', '49条'],
    ['P10: 12条 in prose, 5 in the table', 'prose-table/mismatch', '12条'],
    ['L-03: 其他方式 29 > 13', 'table-sums/mismatch', 'L-03[5]'],
    ['P12: 24.4% is truncated', 'prose-sums/percent-truncated', '24.4%'],
    ['P17: （www.longtan.gov.cn)', 'punctuation/mixed-width', '括号'],
    ['P04: no statistics period', 'year-period/period-missing', '2017年1月1日'],
  ],
  '003_d00a2679fa720ff6': [
    ['P09: 表三 lacks its top-left note', 'official-labels/note-missing', '勾稽关系'],
    ['P09: (二)部分公开 lacks its note', 'official-labels/note-missing', '区分处理的'],
    ['P09: half-width (一)', 'official-labels/label-style', '(一)予以公开'],
    ['T2-19-01: 采购项目数量 0.00', 'table-values/cell-not-integer', '0.00'],
    ['P17: and in Chinese prose', 'punctuation/latin-word', 'and'],
    ['P18: no date', 'frontmatter/frontmatter-missing-key', '`date`'],
  ],
  '004_88317d741f75eb7e': [
    ['P01: no title line', 'year-period/title-missing', '标题'],
    ['P08: 1、 at level 1', 'heading-numbering/wrong-style', '“1、”'],
    ['P08: （2） at level 2', 'heading-numbering/wrong-style', '“（2）”'],
    ['P09: 顼', 'official-labels/label-typo', '第二十条第（一）顼'],
    ['P09: 増', 'official-labels/label-typo', '本年増/减'],
    ['P09: 不于', 'official-labels/label-typo', '（五）不于处理'],
    ['T2-19-01: a sentence in a count cell', 'table-values/cell-not-number', '付云南博超'],
  ],
};

/** Findings that would mean the importer lost or invented something. */
const importerFaults = new Set([
  'table-unbound',
  'table-columns',
  'table-missing',
  'block-missing',
  'row-missing',
  'data-row-missing',
  'row-unknown',
  'cell-blank',
]);

const diagnostics = new Map<string, Diagnostic[]>();
beforeAll(() => {
  for (const id of Object.keys(expected)) {
    const { markdown } = importText(readFileSync(`${seedsDir}${id}.txt`, 'utf8'));
    diagnostics.set(id, lintText(markdown, { file: `${id}.md` }).diagnostics);
  }
});

describe.each(Object.keys(expected))('nianbao lint on imported seed %s', (id) => {
  it.each(expected[id])('reports %s', (_, rule, words) => {
    const found = diagnostics
      .get(id)!
      .filter((d) => `${d.ruleId}/${d.messageId}` === rule)
      .map((d) => d.message);
    expect(
      found.some((m) => m.includes(words)),
      `${rule} with “${words}” in ${found.join(' | ')}`,
    ).toBe(true);
  });

  it('reports nothing the importer caused', () => {
    const faults = diagnostics.get(id)!.filter((d) => importerFaults.has(d.messageId));
    expect(faults).toEqual([]);
  });
});
