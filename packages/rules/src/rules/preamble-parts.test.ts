import { describe, expect, it } from 'vitest';
import { fixture, fresh, lintWith, seeds, examples } from '../../test/rule-harness.js';

const lint = (source: string, locale?: 'zh' | 'en') =>
  lintWith('preamble-parts', source, { locale });

/** A legacy report with the given preamble and top-level headings. */
function report(preamble: string, headings: string[]): string {
  return [
    '---',
    'edition: legacy',
    'agency: 某某镇人民政府',
    'year: 2017',
    'date: 2018-01-20',
    '---',
    '',
    '# 某某镇人民政府2017年政府信息公开工作年度报告',
    '',
    preamble,
    '',
    ...headings.flatMap((h) => [`## ${h}`, '', '正文。', '']),
  ].join('\n');
}

const HEADINGS = [
  '一、概述',
  '二、主动公开政府信息情况',
  '三、依申请公开政府信息情况',
  '四、存在的主要问题及改进措施',
];

describe('preamble-parts', () => {
  describe('valid', () => {
    it.each(examples)('is silent on the example report $name', ({ source }) => {
      expect(lint(source)).toEqual([]);
    });

    it.each(fresh)(
      'is silent on a fresh $edition report (optional parts may go unnamed)',
      ({ source }) => {
        expect(lint(source)).toEqual([]);
      },
    );

    it('is silent on correct reports and on the seeds whose list matches', () => {
      expect(lint(fixture('clean-2021.md'))).toEqual([]);
      // Seed 002: 七部分, seven headings, names equal; seed 003: 「…行政复议和行政诉讼情况」 for
      // 「行政复议、行政诉讼情况」; seed 004 has no list.
      for (const n of [2, 3, 4]) expect(lint(seeds[n].source)).toEqual([]);
    });

    it.each([
      '本报告由概述、主动公开政府信息情况、依申请公开政府信息情况、存在的主要问题及改进措施等四部分组成。',
      '全文包括概述，主动公开政府信息的情况，依申请公开政府信息的情况，存在的主要问题与改进措施。',
      '本报告分为概述、主动公开政府信息情况等4个部分。',
      // A list that names only some parts, with no count: 等 covers the rest.
      '本报告主要包括概述、主动公开政府信息情况等内容。',
      // 「由」 that introduces no list.
      '本报告由某某镇人民政府办公室根据《条例》编制。',
      // 「共四部分」, a final 「以及」, a name with 、 inside brackets, an appendix after the parts.
      '本报告全文包括概述、主动公开政府信息情况、依申请公开政府信息情况、存在的主要问题及改进措施共四部分。',
      '全文包括概述、主动公开政府信息情况、依申请公开政府信息情况，以及存在的主要问题及改进措施。',
      '本报告由概述、主动公开政府信息情况、依申请公开政府信息情况以及存在的主要问题及改进措施组成。',
      '全文包括概述、主动公开政府信息情况（含政策解读、回应关切）、依申请公开政府信息情况、存在的主要问题及改进措施，并附相关说明和指标统计表。',
    ])('is silent on: %s', (preamble) => {
      expect(lint(report(preamble, HEADINGS))).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('seed 000: 「…附表等九部分组成」 names seven of the nine parts (preamble under 引言)', () => {
      const found = lint(seeds[0].source);
      expect(found.map((d) => [d.messageId, d.severity])).toEqual([['count-named', 'warning']]);
      expect(found[0].message).toBe(
        '引言称报告由九部分组成，却只列出 7 部分；未列出：二、2018年信息公开工作基本情况；六、工作人员情况',
      );
    });

    it('seed 001: 组织领导 in the preamble, 组织体系 in the heading', () => {
      const found = lint(seeds[1].source);
      expect(found.map((d) => d.message)).toEqual([
        '引言所列“政府信息公开组织领导和制度建设情况”与正文标题“二、政府信息公开组织体系和制度建设情况”不一致',
      ]);
      const line = seeds[1].source.split('\n')[found[0].line - 1];
      expect(line.slice(found[0].column - 1, found[0].endColumn - 1)).toBe(
        '政府信息公开组织领导和制度建设情况',
      );
    });

    it('a stated count that differs from the headings', () => {
      const preamble =
        '本报告由概述、主动公开政府信息情况、依申请公开政府信息情况、存在的主要问题及改进措施等五部分组成。';
      const found = lint(report(preamble, HEADINGS));
      expect(found.map((d) => d.messageId)).toEqual(['count-headings']);
      expect(found[0].message).toBe('引言称报告由五部分组成，但正文有 4 个一级标题');
    });

    it('a named part that is no heading', () => {
      const preamble =
        '本报告包括概述、主动公开政府信息情况、收费及减免情况、依申请公开政府信息情况等。';
      const found = lint(report(preamble, HEADINGS));
      expect(found.map((d) => [d.messageId, d.data?.named])).toEqual([
        ['name-unknown', '收费及减免情况'],
      ]);
    });

    it('speaks English', () => {
      const [d] = lint(seeds[1].source, 'en');
      expect(d.message).toBe(
        'The preamble names “政府信息公开组织领导和制度建设情况”, but the heading reads “二、政府信息公开组织体系和制度建设情况”',
      );
    });
  });
});
