/**
 * Structure recognition on small texts written the ways real reports are: numbering in every
 * style, unnumbered headings, titles in two lines, signatures, contact details, page breaks,
 * tables laid out with spaces; and a 2021 report exported as text.
 */
import { parseReport, scaffoldReport } from '@nianbao/core';
import { describe, expect, it } from 'vitest';
import { seeds, seedText } from '../test/seeds.js';
import { importText, readContact, readDate, readPeriod } from './index.js';

const headings = (markdown: string) => markdown.split('\n').filter((l) => /^#{1,6} /u.test(l));

const report = (body: string) =>
  `某某县某某镇人民政府\n2021年政府信息公开工作年度报告\n\n本报告所列数据统计期限自2021年1月1日起至2021年12月31日止。\n\n${body}`;

describe('headings', () => {
  it('gives each numbering style its level from the sequence it continues', () => {
    const text = report(
      [
        '一、总体情况',
        '（一）主动公开',
        '本年度主动公开信息100条。',
        '1.网站建设',
        '（1）栏目调整',
        '栏目调整的情况。',
        '（2）内容保障',
        '内容保障的情况。',
        '2、新媒体',
        '新媒体的情况。',
        '(二) 依申请公开',
        '依申请公开的情况。',
        '（三）、政府信息管理',
        '政府信息管理的情况。',
        '二.主动公开政府信息情况',
        '主动公开的情况。',
      ].join('\n'),
    );
    expect(headings(importText(text, { edition: '2021' }).markdown)).toEqual([
      '# 某某县某某镇人民政府2021年政府信息公开工作年度报告',
      '## 一、总体情况',
      '### （一）主动公开',
      '#### 1.网站建设',
      '##### （1）栏目调整',
      '##### （2）内容保障',
      '#### 2、新媒体',
      '### (二) 依申请公开',
      '### （三）、政府信息管理',
      '## 二.主动公开政府信息情况',
    ]);
  });

  it('counts numbered paragraphs in the sequence and keeps run-in items as paragraphs', () => {
    const text = report(
      [
        '一、总体情况',
        '（一）加强组织领导。成立了领导小组，明确了分工。',
        '（二）主动公开政府信息数量累计182条；',
        '（三）公开形式',
        '1、互联网',
        '在政府网站公开。',
        '二、主动公开政府信息情况',
        '重点领域信息公开情况',
        '1. 推进“放管服”改革信息公开。公开了权责清单。',
        '四、依申请公开情况',
        '未收到申请。',
      ].join('\n'),
    );
    const md = importText(text, { edition: '2021' }).markdown;
    expect(headings(md)).toEqual([
      '# 某某县某某镇人民政府2021年政府信息公开工作年度报告',
      '## 一、总体情况',
      '### （三）公开形式',
      '#### 1、互联网',
      '## 二、主动公开政府信息情况',
      '## 重点领域信息公开情况',
      '## 四、依申请公开情况',
    ]);
    expect(md).toContain('\n（一）加强组织领导。成立了领导小组，明确了分工。\n');
    // `1. ` would start a Markdown list: escaped so that it reads back as the same text.
    expect(md).toContain('\n1\\. 推进“放管服”改革信息公开。公开了权责清单。\n');
    expect(parseReport(md).allSections.map((s) => s.text)).toContain('（三）公开形式');
  });
});

describe('title, date and signature', () => {
  it('joins a title broken over two lines and reads the date under it', () => {
    const result = importText(
      '金珠镇2017年政府信息公开工作\n年度报告\n（2017年12月13日）\n金珠镇人民政府根据条例编制本报告。\n一、主动公开政府信息情况\n公开信息49条。\n二、依申请公开政府信息情况\n未收到申请。\n',
    );
    expect(headings(result.markdown)[0]).toBe('# 金珠镇2017年政府信息公开工作年度报告');
    expect(result.meta).toMatchObject({ agency: '金珠镇人民政府', year: 2017, date: '2017-12-13' });
  });

  it('reads a signature on one line, and dates in Chinese numerals', () => {
    const result = importText(
      report(
        '一、总体情况\n工作情况。\n二、主动公开政府信息情况\n公开情况。\n\n某某县某某镇人民政府    二〇二二年一月二十日\n',
      ),
    );
    expect(result.meta).toMatchObject({ agency: '某某县某某镇人民政府', date: '2022-01-20' });
    expect(result.markdown).not.toContain('二〇二二年');
    expect(readDate('2019年1月2日')).toBe('2019-01-02');
    expect(readDate('二〇一九年十二月三十一日')).toBe('2019-12-31');
    expect(readDate('2019年2月30日')).toBeUndefined();
  });

  it('keeps the agency printed above the title and the 版记 as a comment', () => {
    const result = importText(
      '石狮市祥芝镇人民政府\n祥芝镇人民政府2020年政府信息公开工作年度报告\n一、总体情况\n工作情况。\n二、主动公开政府信息情况\n公开情况。\n祥芝镇党政办        2021年1月20日印发\n',
    );
    expect(result.markdown).toContain(
      '\n石狮市祥芝镇人民政府\n\n# 祥芝镇人民政府2020年政府信息公开工作年度报告\n',
    );
    expect(result.meta.agency).toBe('石狮市祥芝镇人民政府');
    expect(result.meta.date).toBeUndefined();
    expect(result.markdown).toContain(
      '<!-- nianbao import 版记：祥芝镇党政办        2021年1月20日印发 -->',
    );
    expect(result.warnings.find((w) => w.code === 'trailer')?.line).toBe(7);
  });
});

describe('preamble details', () => {
  it('reads the statistics period and the contact details', () => {
    expect(readPeriod('本报告中所列数据的统计期限自2018年1月1日起，至2018年12月31日止。')).toEqual({
      start: '2018-01-01',
      end: '2018-12-31',
    });
    expect(readPeriod('数据统计期限从 2020 年 1 月 1 日至 2020 年 12 月 31 日。')).toEqual({
      start: '2020-01-01',
      end: '2020-12-31',
    });
    expect(readPeriod('2020年1月1日至2020年12月31日')).toBeUndefined();
    expect(
      readContact(
        '如对本报告有疑问，请与某某镇党政办联系（地址：某某路1号，邮编：100000，联系电话：010-12345678，电子邮箱：gk@a.gov.cn，网址：http://www.a.gov.cn）。',
      ),
    ).toEqual({
      office: '某某镇党政办',
      address: '某某路1号',
      postcode: '100000',
      phone: '010-12345678',
      email: 'gk@a.gov.cn',
      website: 'http://www.a.gov.cn',
    });
  });

  it('joins a paragraph that a page break cut in two', () => {
    const long =
      '我镇加强主动公开政府信息移交市档案馆和市图书馆工作，为群众获取政府信息提供便利，2020年';
    const result = importText(report(`一、总体情况\n${long}\n\n已移交 24 份。同时做好咨询。\n`));
    expect(result.markdown).toContain(`${long}已移交 24 份。同时做好咨询。`);
    expect(result.warnings.find((w) => w.code === 'paragraphs-joined')).toMatchObject({ line: 7 });
  });
});

describe('tables', () => {
  it('reads a table laid out with spaces (seed 000’s table, monospaced)', () => {
    const seed = seeds.find((s) => s.id === '000')!;
    const lines = seedText(seed).split('\n');
    const start = lines.findIndex((l) => l.includes('指标名称'));
    const end = lines.findIndex((l, i) => i > start && l.includes('晋江市池店镇人民政府'));
    const rows: string[][] = [];
    let row: string[] = [];
    for (const line of lines.slice(start, end)) {
      if (line.trim() === '') {
        if (row.length) rows.push(row);
        row = [];
      } else row.push(line.trim());
    }
    const table = rows.map((cells) => cells.map((c) => c.padEnd(16, ' ')).join('  ')).join('\n');
    const text = [...lines.slice(0, start), table, '', ...lines.slice(end)].join('\n');
    const result = importText(text);
    expect(result.edition.id).toBe('legacy');
    expect(result.tables).toEqual([
      expect.objectContaining({
        table: '福建省政府信息公开工作情况统计表',
        cells: 32,
        expected: 32,
      }),
    ]);
    expect(result.markdown).toBe(importText(seedText(seed)).markdown);
  });

  it('detects a 2021 report exported as text, its (六) sub-rows and 表二 included', () => {
    const markdown = scaffoldReport({
      edition: '2021',
      year: 2022,
      agency: '某某县某某镇人民政府',
    });
    // The text export of a Word report: headings and paragraphs as lines, table rows tab-separated.
    const text = markdown
      .replace(/^---[\s\S]*?---\n/u, '')
      .split('\n')
      .filter((l) => !/^\| ---/u.test(l))
      .map((l) =>
        l.startsWith('|')
          ? l
              .slice(2, -2)
              .split(' | ')
              .map((c) => c.split(' > ').pop())
              .join('\t')
          : l.replace(/^#+ /u, ''),
      )
      .join('\n');
    const result = importText(text);
    expect(result.edition).toMatchObject({ id: '2021', overridden: false });
    const cells = parseReport(result.markdown).cells;
    expect([...cells.values()].filter((c) => !c.spec.optional)).toHaveLength(200);
    expect(cells.get('t3.r3.6.2.total')?.text).toBe('0');
    expect(result.meta).toMatchObject({ year: 2022, agency: '某某县某某镇人民政府' });
  });

  it('writes an official row the source lacks with blank cells, and says so', () => {
    const seed = seeds.find((s) => s.id === '004')!;
    const text = seedText(seed).replace(/\t\n\t\n\t2\.重复申请\n(\t0\n){7}\n/u, '');
    expect(text).not.toContain('重复申请');
    const result = importText(text);
    const t3 = result.tables.find((t) => t.table === '表三')!;
    expect(t3).toMatchObject({ cells: 154, expected: 161, missingRows: ['2.重复申请'] });
    expect(result.warnings.find((w) => w.code === 'row-missing')?.data).toEqual({
      table: '表三',
      row: '2.重复申请',
    });
    expect(result.markdown).toContain('\n| 2.重复申请 |  |  |  |  |  |  |  |\n');
  });

  it('follows --edition against the content, and says so', () => {
    const seed = seeds.find((s) => s.id === '004')!;
    const result = importText(seedText(seed), { edition: '2021' });
    expect(result.edition).toMatchObject({ id: '2021', detected: '2019', overridden: true });
    expect(result.warnings.find((w) => w.code === 'edition-override')?.data).toEqual({
      edition: '2021',
      detected: '2019',
    });
    // 表三 and 表四 are the same in both editions; 表二 (2019) matches no 2021 block well.
    expect(result.tables.map((t) => t.table)).toEqual(expect.arrayContaining(['表三', '表四']));
    expect(result.markdown).toContain('付云南博超科技公司');
  });
});
