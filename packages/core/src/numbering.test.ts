import { describe, expect, it } from 'vitest';
import {
  LEVEL_STYLES,
  chineseToNumber,
  dateNumber,
  numeralToNumber,
  formatNumbering,
  numberToChinese,
  parseNumbering,
} from './numbering.js';

describe('parseNumbering', () => {
  it.each([
    // GB/T 9704 层次序数, one per level
    ['一、总体情况', 'cn-comma', 1, '一、', false, '总体情况'],
    ['（三）政府信息管理', 'cn-paren', 3, '（三）', false, '政府信息管理'],
    ['2.重复申请', 'arabic-dot', 2, '2.', false, '重复申请'],
    ['（4）其他', 'arabic-paren', 4, '（4）', false, '其他'],
    // deviations met in real reports
    ['1、 总体情况', 'arabic-comma', 1, '1、 ', false, '总体情况'],
    ['(一) 予以公开', 'cn-paren', 1, '(一) ', true, '予以公开'],
    ['(二）部分公开', 'cn-paren', 2, '(二）', true, '部分公开'],
    ['（五)', 'cn-paren', 5, '（五)', true, ''],
    ['（一）、主动公开', 'cn-paren-comma', 1, '（一）、', false, '主动公开'],
    ['三．依申请公开', 'cn-comma', 3, '三．', false, '依申请公开'],
    ['二，主动公开', 'cn-comma', 2, '二，', false, '主动公开'],
    ['3．其他', 'arabic-dot', 3, '3．', false, '其他'],
    ['(12)补充', 'arabic-paren', 12, '(12)', true, '补充'],
    ['十二、附表', 'cn-comma', 12, '十二、', false, '附表'],
    ['二十一、其他', 'cn-comma', 21, '二十一、', false, '其他'],
  ])('%s → %s %i', (text, style, ordinal, raw, halfWidth, rest) => {
    expect(parseNumbering(text)).toEqual({
      numbering: { style, ordinal, raw, halfWidth },
      rest,
    });
  });

  it.each(['总体情况', '2024年工作要点', '1.5亿元投入', '第一部分 概述', ''])(
    '%s has no numbering',
    (text) => {
      expect(parseNumbering(text).numbering.style).toBe('none');
      expect(parseNumbering(text).rest).toBe(text.trim());
    },
  );
});

describe('Chinese numerals', () => {
  it('round-trips 1–99', () => {
    for (let n = 1; n < 100; n++) expect(chineseToNumber(numberToChinese(n))).toBe(n);
  });

  it('reads hundreds, 两 and zero; is NaN for text that is not a well-formed numeral', () => {
    expect(
      ['一百', '一百零五', '一百一十', '一百十', '三百二十一', '两', '〇'].map(chineseToNumber),
    ).toEqual([100, 105, 110, 110, 321, 2, 0]);
    for (const text of ['总体', '', '一二', '十十', '百', '零五', '二十零', '一百零'])
      expect(chineseToNumber(text), text).toBeNaN();
  });

  it('reads counts and date parts as written: Arabic, numerals, a year digit by digit', () => {
    expect(['12', '九', '两'].map(numeralToNumber)).toEqual([12, 9, 2]);
    expect(numeralToNumber('九部分')).toBeNaN();
    expect(['2019', '二〇一九', '二零二一', '十二', '三十一', '01'].map(dateNumber)).toEqual([
      2019, 2019, 2021, 12, 31, 1,
    ]);
    expect(dateNumber('〇一')).toBeNaN();
  });
});

describe('formatNumbering', () => {
  it('writes the canonical numbering of each level, which parses back in its style', () => {
    for (const level of [1, 2, 3, 4]) {
      const raw = formatNumbering(level, 3);
      const { numbering } = parseNumbering(`${raw}标题`);
      expect(numbering.style).toBe(LEVEL_STYLES[level]);
      expect(numbering.ordinal).toBe(3);
    }
    expect([1, 2, 3, 4].map((level) => formatNumbering(level, 2))).toEqual([
      '二、',
      '（二）',
      '2.',
      '（2）',
    ]);
  });
});
