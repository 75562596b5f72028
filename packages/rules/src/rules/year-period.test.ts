import { describe, expect, it } from 'vitest';
import { applyFixes } from '../lint.js';
import {
  edit,
  fixture,
  fresh,
  lintWith,
  paragraph,
  seeds,
  examples,
} from '../../test/rule-harness.js';

const lint = (source: string, locale?: 'zh' | 'en') => lintWith('year-period', source, { locale });
const clean = fixture('clean-2021.md');
const PERIOD = '本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。';
/** A small 2023 report with a period statement and `text` in 五、. */
const withProblems = (text: string) =>
  `${paragraph(PERIOD)}\n## 五、存在的主要问题及改进情况\n\n${text}\n`;

describe('year-period', () => {
  describe('valid', () => {
    it.each(examples)('is silent on the example report $name', ({ source }) => {
      expect(lint(source)).toEqual([]);
    });

    it.each(fresh)('is silent on a fresh $edition report', ({ source }) => {
      expect(lint(source)).toEqual([]);
    });

    it('is silent on a correct report and on the seeds that state year and period right', () => {
      expect(lint(clean)).toEqual([]);
      // Seed 000: 「统计期限自2018年1月1日起，至2018年12月31日止」, dated 2019年1月2日; seed 003:
      // spaced title and 「统计期限从 2020 年 1 月 1 日至 2020 年 12 月 31 日」.
      expect(lint(seeds[0].source)).toEqual([]);
      expect(lint(seeds[3].source)).toEqual([]);
    });

    it.each([
      '本报告所列数据统计时间为2023年1月1日—12月31日。',
      '本年度报告中所列数据统计期限从 2023 年 1 月 1 日至 2023 年 12 月 31 日。',
      '本报告统计期间为2023年1月1日至2023年12月31日。',
      // A date range after weaker words is not a period statement unless it is a whole year.
      `${PERIOD}统计数据显示，2023年1月1日至6月30日网站访问量增长12%。`,
    ])('accepts the period statement 「%s」', (statement) => {
      expect(lint(paragraph(statement))).toEqual([]);
    });

    it.each([
      // Rectification done in the year, plans for the next year or without a year.
      '针对2022年度报告中指出的问题，2023年新增视频解读，已整改到位。',
      '2024年，我们将持续推进基层政务公开标准化规范化建设。',
      '下一步，将进一步完善考核评价机制。',
      // 将 marking the object (把), not the future.
      '2023年，我办将政务公开工作纳入全区绩效考核。',
      '2023年拟定整改方案5项，均已完成。',
      '2023年将上年度问题逐项整改到位，取得了明显成效。',
    ])('is silent on 五、: %s', (text) => {
      expect(lint(withProblems(text))).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('seed 001: non-standard title, no statistics period, a plan dated 2018 (P01, P04, P14)', () => {
      const found = lint(seeds[1].source);
      expect(found.map((d) => [d.check, d.severity, d.messageId])).toEqual([
        ['P01', 'warning', 'title-nonstandard'],
        ['P04', 'warning', 'period-missing'],
        ['P14', 'warning', 'plan-year'],
      ]);
      expect(found[0].message).toBe(
        '标题不规范：应为“息陬镇人民政府2018年政府信息公开工作年度报告”',
      );
      const plan = found[2];
      const line = seeds[1].source.split('\n')[plan.line - 1];
      expect(line.slice(plan.column - 1, plan.endColumn - 1)).toBe('2018年');
    });

    it('seed 002: dated 2017-12-13 for the 2017 report, no period statement (P05, P04)', () => {
      const found = lint(seeds[2].source);
      expect(found.map((d) => [d.check, d.severity, d.messageId])).toEqual([
        ['P05', 'error', 'date-too-early'],
        ['P04', 'warning', 'period-missing'],
      ]);
      expect(found[0].message).toBe(
        '成文日期 2017年12月13日 早于统计年度 2017 年结束：年度报告应在次年成文',
      );
      // The frontmatter's date line is pointed at.
      expect(seeds[2].source.split('\n')[found[0].line - 1]).toMatch(/^date:/u);
    });

    it('seed 004: no title (P01, error)', () => {
      const found = lint(seeds[4].source);
      expect(found.map((d) => [d.check, d.severity, d.messageId])).toEqual([
        ['P01', 'error', 'title-missing'],
      ]);
    });

    it('names the agency in the canonical title even when the frontmatter is incomplete', () => {
      const md = edit(
        edit(paragraph(PERIOD), 'date: 2024-01-20\n', ''),
        '# 某某县某某镇人民政府2023年政府信息公开工作年度报告',
        '# 某某县某某镇人民政府2023年信息公开年度报告',
      );
      expect(lint(md).map((d) => d.message)).toEqual([
        '标题不规范：应为“某某县某某镇人民政府2023年政府信息公开工作年度报告”',
      ]);
    });

    it.each([
      ['# 某某县某某镇人民政府2022年政府信息公开工作年度报告', 'title-other-year', 'error'],
      ['# 某某县某某镇人民政府政府信息公开工作年度报告', 'title-no-year', 'error'],
      ['# 某某县某某镇人民政府2023年度工作总结', 'title-not-report', 'error'],
      ['# 某某县某某镇人民政府2023年信息公开年报', 'title-nonstandard', 'warning'],
    ])('title 「%s」 → %s', (title, messageId, severity) => {
      const md = edit(
        paragraph(PERIOD),
        '# 某某县某某镇人民政府2023年政府信息公开工作年度报告',
        title,
      );
      expect(lint(md).map((d) => [d.messageId, d.severity])).toEqual([[messageId, severity]]);
    });

    it('a period statement of another year is an error, a period that is not the whole year a warning', () => {
      const other = lint(paragraph(PERIOD.replace(/2023/gu, '2022')));
      expect(other.map((d) => [d.messageId, d.severity, d.check])).toEqual([
        ['period-other-year', 'error', 'P04'],
      ]);
      expect(other[0].message).toBe('统计期限“2022年1月1日起至2022年12月31日”不是报告年度 2023 年');
      const partial = lint(paragraph(PERIOD.replace('1月1日', '7月1日')));
      expect(partial.map((d) => [d.messageId, d.severity])).toEqual([
        ['period-not-year', 'warning'],
      ]);
    });

    it('the frontmatter period must be the report year', () => {
      const md = edit(
        clean,
        '  start: 2023-01-01\n  end: 2023-12-31',
        '  start: 2022-01-01\n  end: 2022-12-31',
      );
      const found = lint(md);
      expect(found.map((d) => [d.messageId, d.severity])).toEqual([
        ['frontmatter-period', 'error'],
      ]);
      expect(md.split('\n')[found[0].line - 1]).toBe('period:');
    });

    it('a plan in 五、 dated in the report year (P14)', () => {
      const found = lint(withProblems('针对以上问题，2023年我办将从三个方面加以改进。'));
      expect(found.map((d) => [d.messageId, d.severity, d.message])).toEqual([
        [
          'plan-year',
          'warning',
          '改进计划写的是本年度 2023 年：下一步工作应指向 2024 年（或不写年份）',
        ],
      ]);
    });

    it('a date line in the text: before the year ended, different from the frontmatter, padded', () => {
      const early = lint(`${paragraph(PERIOD)}\n某某县某某镇人民政府\n\n2023年12月13日\n`);
      expect(early.map((d) => [d.messageId, d.severity])).toEqual([['date-too-early', 'error']]);
      const differs = lint(`${paragraph(PERIOD)}\n2024年2月1日\n`);
      expect(differs.map((d) => [d.messageId, d.severity])).toEqual([['date-differs', 'warning']]);
      expect(differs[0].message).toBe(
        '正文所写日期 2024年2月1日 与文件头成文日期 2024年1月20日 不一致',
      );
    });

    it('without a 成文日期 in the frontmatter: the date checks read the text alone', () => {
      const undated = (tail: string) =>
        edit(`${paragraph(PERIOD)}\n${tail}`, 'date: 2024-01-20\n', '');
      // A date after the year: nothing to compare it with.
      expect(lint(undated('某某县某某镇人民政府\n\n2024年2月1日\n'))).toEqual([]);
      const early = lint(undated('2023年12月13日\n'));
      expect(early.map((d) => [d.messageId, d.severity])).toEqual([['date-too-early', 'error']]);
      // The title and the period are still checked against the year.
      const title = lint(
        edit(undated(''), '# 某某县某某镇人民政府2023年', '# 某某县某某镇人民政府2022年'),
      );
      expect(title.map((d) => d.messageId)).toEqual(['title-other-year']);
    });

    it('fixes a zero-padded or Chinese-numeral date to GB/T 9704 form (P18)', () => {
      for (const written of ['2024年01月20日', '二〇二四年一月二十日']) {
        const md = `${paragraph(PERIOD)}\n${written}\n`;
        const found = lint(md);
        expect(found.map((d) => [d.messageId, d.severity, d.check])).toEqual([
          ['date-format', 'info', 'P18'],
        ]);
        expect(applyFixes(md, found).output).toContain('\n2024年1月20日\n');
      }
    });

    it('speaks English', () => {
      const [d] = lint(seeds[2].source, 'en');
      expect(d.message).toBe(
        'The 成文日期 2017年12月13日 comes before the end of the report year 2017: a report is dated in the following year',
      );
    });
  });
});
