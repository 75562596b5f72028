import { getEdition, tableToMarkdown } from '@nianbao/core';
import { describe, expect, it } from 'vitest';
import { edit, fixWith, lintWith, scaffold, seed } from '../../test/helpers.js';

const RULE = 'edition-match';
const lint = (md: string) => lintWith(md, RULE);
const md2021 = scaffold('2021');

describe('edition-match: valid', () => {
  it.each(['2021', '2019', 'legacy'] as const)('a fresh %s report fits its year', (e) => {
    expect(lint(scaffold(e))).toEqual([]);
  });

  it.each([0, 1, 2, 3, 4])('seed 00%i follows the format of its year', (n) => {
    expect(lint(seed(n))).toEqual([]);
  });

  it('does not take a word of another edition in a table of the report’s own for its form', () => {
    const md = edit(
      scaffold('2019'),
      '写明本年度主动公开政府信息的总体情况、重点领域信息公开和政策解读情况。',
      '| 类别 | 条数 |\n| --- | --- |\n| 行政规范性文件 | 5 |\n| 3.其他 | 12 |',
    );
    expect(lint(md)).toEqual([]);
  });

  it('accepts a mention of 492号 that says it was replaced', () => {
    const md = edit(
      md2021,
      '本报告依据《中华人民共和国政府信息公开条例》编制',
      '本报告依据2019年修订的《中华人民共和国政府信息公开条例》（国务院令第711号，原国务院令第492号同时废止）编制',
    );
    expect(lint(md)).toEqual([]);
  });
});

describe('edition-match: invalid', () => {
  it('reports an edition that does not fit the year (P02)', () => {
    const md = scaffold('2019', 2020).replace('year: 2020', 'year: 2022');
    const found = lint(md);
    expect(found.map((d) => [d.messageId, d.severity, d.check, d.fix])).toEqual([
      ['edition-year', 'error', 'P02', undefined],
    ]);
    expect(found[0].message).toBe(
      '2022年度的年报应使用2021（国办公开办函〔2021〕30号），文件头写的是 edition: 2019',
    );
    expect(found[0].line).toBe(2);
  });

  it('fixes the frontmatter when the tables already follow the edition of the year', () => {
    const md = edit(md2021, 'edition: "2021"', 'edition: "2019"');
    const found = lint(md);
    expect(found.map((d) => [d.messageId, d.fix?.text])).toEqual([
      ['edition-year-tables', '"2021"'],
    ]);
    expect(fixWith(md, RULE)).toBe(md2021);
  });

  it('reports labels of the 2019 form in a 2021 report as the wrong (old) format', () => {
    const t2019 = getEdition('2019')!.tables.find((t) => t.key === 't2')!;
    const t2021 = getEdition('2021')!.tables.find((t) => t.key === 't2')!;
    const md = edit(md2021, tableToMarkdown(t2021), tableToMarkdown(t2019));
    const found = lint(md);
    // One finding for the section, though 表二 is five GFM tables.
    expect(found.map((d) => [d.messageId, d.severity])).toEqual([
      ['other-edition-labels', 'error'],
    ]);
    expect(found[0].message).toContain(
      '表格使用了2019（国办公开办函〔2019〕60号）的标签“本年新制作数量',
    );
    // The label rule leaves those labels alone.
    expect(
      lintWith(md, 'official-labels').filter((d) =>
        String(d.data?.found ?? '').includes('本年新制作数量'),
      ),
    ).toEqual([]);
  });

  it('reports a legacy 统计指标 table in a 2021 report', () => {
    const legacy = getEdition('legacy')!.tables.find((t) => t.key === 'L')!;
    const md = `${md2021}\n${tableToMarkdown(legacy)}\n`;
    const found = lint(md);
    expect(found.map((d) => [d.messageId, d.data?.other])).toEqual([
      ['other-edition-labels', 'legacy'],
    ]);
  });

  it('warns about the repealed 国务院令第492号 in a report under the 2019 条例 (P03)', () => {
    const md = edit(
      md2021,
      '本报告依据《中华人民共和国政府信息公开条例》编制',
      '本报告依据《中华人民共和国政府信息公开条例》（国务院令第492号）编制',
    );
    const found = lint(md);
    expect(found.map((d) => [d.messageId, d.severity, d.check])).toEqual([
      ['repealed-regulation', 'warning', 'P03'],
    ]);
    const line = md.split('\n')[found[0].line - 1];
    expect(line.slice(found[0].column - 1, found[0].endColumn - 1)).toBe('国务院令第492号');
  });

  it('does not mind 492号 in a legacy report', () => {
    const md = edit(
      scaffold('legacy'),
      '本报告依据《中华人民共和国政府信息公开条例》编制',
      '本报告依据《中华人民共和国政府信息公开条例》（国务院令第492号）编制',
    );
    expect(lint(md)).toEqual([]);
  });
});
