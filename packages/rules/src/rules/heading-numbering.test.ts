import { describe, expect, it } from 'vitest';
import { edit, fixWith, lintWith, scaffold, seed } from '../../test/helpers.js';

const RULE = 'heading-numbering';
const lint = (md: string) => lintWith(md, RULE);
const md2021 = scaffold('2021');
const found = (md: string) => lint(md).map((d) => [d.messageId, d.severity, d.fix?.text]);

/** A report body of headings only (the numbering rule reads nothing else). */
const outline = (...headings: string[]) =>
  `---\nedition: "2021"\nagency: 测试镇人民政府\nyear: 2024\ndate: 2025-01-20\n---\n\n${headings
    .map((h) => `${h}\n\n正文。\n`)
    .join('\n')}`;

describe('heading-numbering: valid', () => {
  it.each(['2021', '2019', 'legacy'] as const)('a fresh %s report is numbered right', (e) => {
    expect(lint(scaffold(e))).toEqual([]);
  });

  it('accepts all four levels in order', () => {
    expect(
      lint(
        outline(
          '## 一、甲',
          '### （一）乙',
          '#### 1.丙',
          '##### （1）丁',
          '##### （2）戊',
          '## 二、己',
        ),
      ),
    ).toEqual([]);
  });

  it('ignores an unnumbered heading before the first number (an 引言) or after the last', () => {
    expect(lint(outline('## 引言', '## 一、概述', '## 二、主动公开', '## 附件'))).toEqual([]);
  });

  it('reads the level from the numbering under an unnumbered heading over everything', () => {
    expect(
      lint(
        outline('## 测试镇人民政府', '### 一、甲', '#### （一）乙', '#### （二）丙', '### 二、丁'),
      ),
    ).toEqual([]);
  });

  it('keeps the tree’s level under an unnumbered sub-heading', () => {
    expect(lint(outline('## 一、甲', '### 主动公开', '#### 1.乙', '#### 2.丙'))).toEqual([]);
  });

  it('counts numbered paragraphs among numbered headings (items only some of which became headings)', () => {
    const md = outline('## 一、甲').replace(
      '正文。',
      '（一）第一项，写成了一段。\n\n（二）第二项。\n\n### （三）公开形式\n\n正文。\n\n（四）第四项。\n\n### （五）第五项',
    );
    expect(lint(md)).toEqual([]);
  });

  it('seed 003 is numbered right; seeds 000 and 002 only write 1、 and (一) for 1. and （一）', () => {
    expect(lint(seed(3))).toEqual([]);
    expect(new Set(lint(seed(0)).map((d) => `${d.messageId} ${d.severity}`))).toEqual(
      new Set(['wrong-form warning']),
    );
    expect(new Set(lint(seed(2)).map((d) => `${d.messageId} ${d.severity}`))).toEqual(
      new Set(['half-width warning']),
    );
  });
});

describe('heading-numbering: invalid', () => {
  it('seed 004: `1、 总体情况` at level 1 and （一）（2）（三）（4）（5） at level 2', () => {
    const md = seed(4);
    expect(found(md)).toEqual([
      ['wrong-style', 'error', '一、'],
      ['wrong-style', 'error', '（二）'],
      ['wrong-style', 'error', '（四）'],
      ['wrong-style', 'error', '（五）'],
    ]);
    expect(lint(md)[0].message).toBe(
      '第1层标题的序号应为“一、”式（GB/T 9704：一、→（一）→1.→（1）），“1、”应为“一、”',
    );
    const fixed = fixWith(md, RULE);
    expect(fixed).toContain('## 一、总体情况');
    expect(fixed).toContain('### （二）依申请公开情况。');
    expect(lint(fixed)).toEqual([]);
  });

  it('seed 001: the unnumbered 重点领域信息公开情况 between 三、 and 五、 is 四、', () => {
    const md = seed(1);
    expect(found(md)).toEqual([['unnumbered-at', 'error', '四、']]);
    expect(lint(md)[0].message).toBe(
      '标题“重点领域信息公开情况”没有序号，按位置应为“四、重点领域信息公开情况”',
    );
    expect(lint(fixWith(md, RULE))).toEqual([]);
  });

  it('reports a jump (三、 → 五、) once, without guessing a fix', () => {
    const md = outline('## 一、甲', '## 二、乙', '## 三、丙', '## 五、丁', '## 六、戊');
    expect(found(md)).toEqual([['gap', 'error', undefined]]);
    expect(lint(md)[0].message).toBe('标题序号不连续：“三、”之后应为“四、”，此处为“五、”');
  });

  it('reports a repeated number and a sequence that does not start at one', () => {
    expect(found(outline('## 一、甲', '## 二、乙', '## 二、丙'))).toEqual([
      ['repeat', 'error', undefined],
    ]);
    expect(found(outline('## 一、甲', '### （二）乙', '### （三）丙'))).toEqual([
      ['not-first', 'error', undefined],
    ]);
  });

  it('reports an unnumbered heading between numbered ones that does not fill a gap', () => {
    expect(found(outline('## 一、甲', '## 附注', '## 二、乙'))).toEqual([
      ['unnumbered', 'error', undefined],
    ]);
  });

  it('warns about the right numbers written another way, and fixes them', () => {
    const md = outline('## 一．甲', '### （一）、乙', '### (二) 丙', '#### 1、丁');
    expect(found(md)).toEqual([
      ['wrong-form', 'warning', '一、'],
      ['wrong-form', 'warning', '（一）'],
      ['half-width', 'warning', '（二）'],
      ['wrong-form', 'warning', '1.'],
    ]);
    expect(lint(fixWith(md, RULE))).toEqual([]);
  });

  it('reports another level’s numbering as an error: 1. where （一） belongs', () => {
    const md = edit(md2021, '### （二）依申请公开', '### 2.依申请公开');
    expect(found(md)).toEqual([['wrong-style', 'error', '（二）']]);
  });

  it('speaks English', () => {
    const md = outline('## 一、甲', '## 三、乙');
    expect(lintWith(md, RULE, 'en')[0].message).toBe(
      'Heading numbers skip: after “一、” comes “二、”, found “三、”',
    );
  });
});
