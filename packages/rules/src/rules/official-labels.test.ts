import { T3_NOTE } from '@nianbao/core';
import { describe, expect, it } from 'vitest';
import {
  dropBetween,
  dropLine,
  edit,
  fixWith,
  lineStarting,
  lintWith,
  scaffold,
  seed,
  summary,
  withFujianTable,
} from '../../test/helpers.js';

const RULE = 'official-labels';
const lint = (md: string) => lintWith(md, RULE);

describe('official-labels: valid', () => {
  it.each(['2021', '2019', 'legacy'] as const)('a fresh %s report has the official labels', (e) => {
    expect(lint(scaffold(e))).toEqual([]);
  });

  it('accepts the 2009 Fujian notice’s `{Y}年度` for the year column', () => {
    const md = edit(withFujianTable(scaffold('legacy', 2018), 2018), '| 2018年 |', '| 2018年度 |');
    expect(lint(md)).toEqual([]);
  });
});

describe('official-labels: seed 004 (江城镇2019年)', () => {
  const findings = lint(seed(4));

  it('reports 顼, 増 (twice) and 不于 as misspellings, with the official label as the fix', () => {
    const typos = findings.filter((d) => d.messageId === 'label-typo');
    expect(typos.map((d) => [d.severity, d.fix?.text])).toEqual([
      ['error', '第二十条第（一）项'],
      ['error', '本年增/减'],
      ['error', '本年增/减'],
      ['error', '（五）不予处理'],
    ]);
    expect(typos[0].message).toBe('“第二十条第（一）顼”有错别字，官方标签为“第二十条第（一）项”');
  });

  it('reports spaced labels (商业 企业, 结  果  维  持, （三） 不予公开) as style warnings', () => {
    const style = findings.filter((d) => d.messageId === 'label-style');
    expect(style.every((d) => d.severity === 'warning' && d.fix)).toBe(true);
    expect(style.map((d) => d.fix!.text)).toEqual(
      expect.arrayContaining([
        '法人或其他组织 > 商业企业',
        '法人或其他组织 > 科研机构',
        '（三）不予公开',
        '行政复议 > 结果维持',
        '行政诉讼 > 复议后起诉 > 结果维持',
      ]),
    );
    expect(style.find((d) => d.fix!.text === '（三）不予公开')!.message).toContain('多余的空格');
    expect(style).toHaveLength(15);
  });

  it('finds nothing else, and its fixes leave official labels only', () => {
    expect(findings).toHaveLength(19);
    expect(lint(fixWith(seed(4), RULE))).toEqual([]);
  });
});

describe('official-labels: seed 003 (祥芝镇2020年)', () => {
  const findings = lint(seed(3));

  it('reports the two printed notes of 表三 as missing, with the note as the fix', () => {
    const notes = findings.filter((d) => d.messageId === 'note-missing');
    expect(notes.map((d) => [d.severity, d.fix?.text.trim()])).toEqual([
      ['error', T3_NOTE],
      ['error', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
    ]);
  });

  it('reports the half-width (一)…(七) and the spaces after 1. as style warnings', () => {
    const style = findings.filter((d) => d.messageId === 'label-style');
    const halfWidth = style.filter((d) => d.message.includes('半角括号'));
    expect(halfWidth.map((d) => d.fix!.text)).toEqual([
      '（一）予以公开',
      '（三）不予公开',
      '（四）无法提供',
      '（五）不予处理',
      '（六）其他处理',
      '（七）总计',
    ]);
    expect(style).toHaveLength(6 + 16);
    expect(lint(fixWith(seed(3), RULE))).toEqual([]);
  });
});

describe('official-labels: invalid', () => {
  const md2021 = scaffold('2021');
  const md2019 = scaffold('2019');

  it('accepts `，` for `、` in （六） only with a warning, fixed to the official text', () => {
    const official = '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请';
    const md = edit(md2021, `| ${official} |`, `| ${official.replace('、', '，')} |`);
    const [d] = lint(md);
    expect(d.messageId).toBe('label-style');
    expect(d.severity).toBe('warning');
    expect(d.message).toContain('“，”应为“、”');
    expect(fixWith(md, RULE)).toBe(md2021);
  });

  it('reports a missing row and inserts it with zeros where its neighbours are present', () => {
    const md = dropLine(md2021, '| 2.重复申请 |');
    const [d] = lint(md);
    expect(d.messageId).toBe('row-missing');
    expect(d.message).toBe('表三缺少行“2.重复申请”');
    expect(fixWith(md, RULE)).toBe(md2021);
  });

  it('inserts consecutive missing rows, a label row among them, in the official order', () => {
    const md = dropLine(dropLine(md2021, '| （三）不予公开 |'), '| 1.属于国家秘密 |');
    expect(summary(lint(md))).toHaveLength(2);
    expect(fixWith(md, RULE)).toBe(md2021);
  });

  it('reports an official row out of order as one finding, not as unknown and missing', () => {
    const first = lineStarting(md2021, '| （一）予以公开 |');
    const second = lineStarting(md2021, '| （二）部分公开');
    const md = edit(md2021, `${first}\n${second}`, `${second}\n${first}`);
    const found = lint(md);
    expect(found.map((d) => d.messageId)).toEqual(['row-order']);
    expect(found[0].message).toBe('表三的行“（一）予以公开”位置不对：请按官方表格的行序排列');
  });

  it('reads an annotated official label (Hubei 2020) as that row, fixed to the official text', () => {
    const md = edit(md2019, '| 规章 |', '| 规章（设区的市、自治州人民政府应提供相关数据） |');
    const found = lint(md);
    expect(found.map((d) => [d.messageId, d.fix?.text])).toEqual([['label-mismatch', '规章']]);
    expect(fixWith(md, RULE)).toBe(md2019);
  });

  it('reports a row that is not official, without a fix', () => {
    const row = lineStarting(md2021, '| 3.其他 |');
    const md = edit(md2021, row, `${row}\n| 4.申请人撤回申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |`);
    const found = lint(md);
    expect(found.map((d) => d.messageId)).toEqual(['row-unknown']);
    expect(found[0].fix).toBeUndefined();
  });

  it('lets the printed form’s 信息内容 header row stand under a 表二 caption', () => {
    const md = edit(
      md2021,
      '| --- | --- | --- | --- |\n| 规章 |',
      '| --- | --- | --- | --- |\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| 规章 |',
    );
    expect(lint(md)).toEqual([]);
  });

  it('leaves labels of another edition to edition-match', () => {
    const md = edit(md2021, '| 本年制发件数 |', '| 本年新制作数量 |');
    expect(lint(md)).toEqual([]);
  });

  it('accepts 表三’s columns under their printed caption 申请人情况', () => {
    const header = lineStarting(md2021, `| ${T3_NOTE} |`);
    const md = edit(md2021, header, header.replace(/\| (?!（)([^|]+) /gu, '| 申请人情况 > $1 '));
    expect(md).toContain('| 申请人情况 > 法人或其他组织 > 商业企业 |');
    expect(lint(md)).toEqual([]);
  });

  it('reports a column header without its group path', () => {
    const md = edit(md2021, '| 法人或其他组织 > 商业企业 |', '| 商业企业 |');
    const [d] = lint(md);
    expect(d.messageId).toBe('column-path');
    expect(fixWith(md, RULE)).toBe(md2021);
  });

  it('reports a block caption replaced by 信息内容', () => {
    const md = edit(md2021, '| 第二十条第（五）项 |', '| 信息内容 |');
    const [d] = lint(md);
    expect(d.messageId).toBe('caption-missing');
    expect(fixWith(md, RULE)).toBe(md2021);
  });

  it('reports a different label as an error, and fixes a near miss', () => {
    const md = edit(md2021, '| 行政规范性文件 |', '| 行政规范文件 |');
    const [d] = lint(md);
    expect(d.messageId).toBe('label-mismatch');
    expect(d.severity).toBe('error');
    expect(fixWith(md, RULE)).toBe(md2021);
  });

  it('reports a table it cannot bind, and a table with the wrong columns', () => {
    const unbound = edit(
      md2021,
      '按表三填报收到和处理政府信息公开申请的数量，第一项加第二项之和等于第三项加第四项之和。',
      '| 项目 | 数量 |\n| --- | --- |\n| 收到申请 | 0 |',
    );
    expect(lint(unbound).map((d) => d.messageId)).toEqual(['table-unbound']);
    // 表三 without its 总计 column.
    const lines = md2021.split('\n');
    const from = lines.indexOf(lineStarting(md2021, `| ${T3_NOTE} |`));
    const to = lines.indexOf('## 四、政府信息公开行政复议、行政诉讼情况');
    const narrow = lines
      .map((l, i) => (i >= from && i < to && l.startsWith('|') ? l.replace(/\|[^|]*\|$/u, '|') : l))
      .join('\n');
    expect(lint(narrow).map((d) => d.messageId)).toContain('table-columns');
  });

  it('reports a required table that is missing, at its section', () => {
    const md = dropBetween(md2021, '| 行政复议 > 结果维持 |', '## 五、');
    const found = lint(md);
    expect(found.map((d) => d.messageId)).toEqual(['table-missing']);
    expect(found[0].message).toContain('缺少表四（政府信息公开行政复议、行政诉讼情况）');
    expect(found[0].line).toBe(
      md.split('\n').indexOf('## 四、政府信息公开行政复议、行政诉讼情况') + 1,
    );
  });

  it('reports a part of 表二 that is missing', () => {
    const md = dropBetween(md2021, '| 第二十条第（八）项 |', '## 三、');
    const found = lint(md);
    expect(found.map((d) => [d.messageId, d.data?.caption])).toEqual([
      ['block-missing', '第二十条第（八）项'],
    ]);
  });

  it('warns, not errs, about a different label in a legacy (provincial) table', () => {
    const md = edit(scaffold('legacy'), '| 六、举报投诉数量 |', '| 六、举报和投诉数量 |');
    const [d] = lint(md);
    expect([d.messageId, d.severity]).toEqual(['label-mismatch', 'warning']);
  });

  it('checks the unit column of a legacy table', () => {
    const md = edit(
      scaffold('legacy'),
      '| 七、依申请公开信息收取的费用 | 万元 |',
      '| 七、依申请公开信息收取的费用 | 元 |',
    );
    const [d] = lint(md);
    expect([d.messageId, d.fix?.text]).toEqual(['unit-mismatch', '万元']);
  });

  it('speaks English', () => {
    const md = edit(md2021, '| 行政规范性文件 |', '| 行政规范文件 |');
    expect(lintWith(md, RULE, 'en')[0].message).toBe(
      '“行政规范文件” is not the official label: expected “行政规范性文件”',
    );
  });
});
