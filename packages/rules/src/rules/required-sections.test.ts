import { describe, expect, it } from 'vitest';
import { dropBetween, edit, fixWith, lintWith, scaffold, seed } from '../../test/helpers.js';

const RULE = 'required-sections';
const lint = (md: string) => lintWith(md, RULE);
const md2021 = scaffold('2021');
const messages = (md: string) => lint(md).map((d) => [d.messageId, d.severity]);

describe('required-sections: valid', () => {
  it.each(['2021', '2019', 'legacy'] as const)('a fresh %s report has every section', (e) => {
    expect(lint(scaffold(e))).toEqual([]);
  });

  it.each([0, 2, 3, 4])('seed 00%i has every section (or content item) it needs', (n) => {
    expect(lint(seed(n))).toEqual([]);
  });

  it('does not care how a section is numbered (heading-numbering does)', () => {
    expect(lint(seed(4))).toEqual([]);
  });
});

describe('required-sections: 2019/2021', () => {
  it('reports a missing section by its number, title and table, at the next section', () => {
    const md = dropBetween(md2021, '## 四、', '## 五、');
    const found = lint(md);
    expect(found.map((d) => d.message)).toEqual([
      '缺少第四部分“政府信息公开行政复议、行政诉讼情况”（含表四）：国办公开办函〔2021〕30号要求年报包含此部分',
    ]);
    expect(found[0].line).toBe(md.split('\n').indexOf('## 五、存在的主要问题及改进情况') + 1);
  });

  it('reports sections out of order', () => {
    const five = md2021.slice(md2021.indexOf('## 五、'), md2021.indexOf('## 六、'));
    const md = `${dropBetween(md2021, '## 五、', '## 六、').trimEnd()}\n\n${five.trimEnd()}\n`;
    expect(lint(md).map((d) => d.message)).toEqual([
      '章节顺序不对：“五、存在的主要问题及改进情况”应排在“六、其他需要报告的事项”之前',
    ]);
  });

  it('accepts a wording variant with a warning and fixes it to the official title', () => {
    const md = edit(
      md2021,
      '## 五、存在的主要问题及改进情况',
      '## 五、政府信息公开工作存在的主要问题及改进情况',
    );
    expect(messages(md)).toEqual([['title-variant', 'warning']]);
    expect(fixWith(md, RULE)).toBe(md2021);
  });

  it('warns about a title that differs in punctuation or spaces only', () => {
    const md = edit(
      md2021,
      '## 四、政府信息公开行政复议、行政诉讼情况',
      '## 四、政府信息公开行政复议,行政诉讼情况',
    );
    expect(messages(md)).toEqual([['title-style', 'warning']]);
    expect(fixWith(md, RULE)).toBe(md2021);
  });

  it('reports a near miss of a title as an error and fixes it', () => {
    const md = edit(md2021, '## 二、主动公开政府信息情况', '## 二、主动公开政府信息的情况');
    const [d] = lint(md);
    expect([d.messageId, d.severity]).toEqual(['title-mismatch', 'error']);
    expect(d.message).toBe(
      '第二部分的标题应为“主动公开政府信息情况”，而不是“主动公开政府信息的情况”',
    );
    expect(fixWith(md, RULE)).toBe(md2021);
  });

  it('recognises a renamed section by its table, and only suggests the official title', () => {
    const md = edit(md2021, '## 三、收到和处理政府信息公开申请情况', '## 三、依申请公开情况');
    const [d] = lint(md);
    expect(d.messageId).toBe('title-mismatch');
    expect(d.fix).toBeUndefined();
    expect(d.suggestions?.[0].fix.text).toBe('收到和处理政府信息公开申请情况');
  });

  it('reports a top-level section the format does not have', () => {
    const md = `${md2021}\n## 七、附件\n\n政府信息公开工作领导小组名单。\n`;
    expect(lint(md).map((d) => d.message)).toEqual([
      '“七、附件”不是国办公开办函〔2021〕30号规定的章节：正文只应有“一、”至“六、”六个部分，其他内容请作为其中某部分的下级标题',
    ]);
  });

  it('reports a section written twice', () => {
    const md = `${md2021}\n## 六、其他需要报告的事项\n\n无。\n`;
    expect(messages(md)).toEqual([['section-duplicate', 'error']]);
  });

  it('numbers the sections when none is numbered', () => {
    const md = md2021.replace(/^## [一二三四五六]、/gmu, '## ');
    const found = lint(md);
    expect(found.map((d) => d.messageId)).toEqual(Array(6).fill('section-unnumbered'));
    expect(fixWith(md, RULE)).toBe(md2021);
  });

  it('speaks English', () => {
    const md = dropBetween(md2021, '## 四、', '## 五、');
    expect(lintWith(md, RULE, 'en')[0].message).toBe(
      'Section 四 “政府信息公开行政复议、行政诉讼情况” (with 表四) is missing: the 国办公开办函〔2021〕30号 format requires it',
    );
  });
});

describe('required-sections: legacy (2008 条例 第三十二条)', () => {
  it('seed 001: no statement on 收费及减免 anywhere', () => {
    const found = lint(seed(1));
    expect(found.map((d) => d.message)).toEqual([
      '未见2008年《条例》第三十二条要求报告的“政府信息公开的收费及减免情况”（全文未出现“收费”“减免”“费用”）',
    ]);
    expect(found[0].severity).toBe('error');
  });

  it('counts a table row as a statement (seed 000 states its fees in the table only)', () => {
    expect(lint(seed(0))).toEqual([]);
  });

  it('reports each content item that is missing, whatever the titles', () => {
    const md = scaffold('legacy').replace(/复议/gu, '复核').replace(/诉讼/gu, '起诉');
    expect(lint(md).map((d) => d.data?.item)).toEqual([
      '因政府信息公开申请行政复议、提起行政诉讼的情况',
    ]);
  });
});
