import { describe, expect, it } from 'vitest';
import { examples, fixture, fresh, lintWith, paragraph, seeds } from '../../test/rule-harness.js';
import { percentOf } from './prose-sums.js';

const lint = (source: string, locale?: 'zh' | 'en') => lintWith('prose-sums', source, { locale });
const lintText = (text: string) => lint(paragraph(text));

describe('prose-sums', () => {
  describe('valid', () => {
    it.each(examples)('is silent on the example report $name', ({ source }) => {
      expect(lint(source)).toEqual([]);
    });

    it.each(fresh)('is silent on a fresh $edition report', ({ source }) => {
      expect(lint(source)).toEqual([]);
    });

    it.each(['clean-2021.md', 'clean-legacy.md'])('is silent on the correct report %s', (name) => {
      expect(lint(fixture(name))).toEqual([]);
    });

    it('is silent on the breakdowns of the seeds that add up', () => {
      // Seed 003: 4+0+1+0+0+4+0+1+1+9+4 = 24, 其中 opening the next sentence; seed 004:
      // 340 and 292 listed over several sentences; seed 000: 182 by categories.
      for (const name of ['seed-000', 'seed-003', 'seed-004'])
        expect(lint(seeds.find((s) => s.name === name)!.source)).toEqual([]);
    });

    it.each([
      // Parts that add up, with 其中, 分别为, brackets, 其中： and ；.
      '本年度共收到政府信息公开申请35件，其中自然人申请31件、法人或其他组织申请4件。',
      '共收到申请15件，分别为当面申请5件、网络申请8件、信函申请2件。',
      '共收到申请10件，其中：当面申请3件；网络申请5件；信函申请2件。',
      '共发布信息100条（其中政策文件30条、工作动态70条），回应关切5次。',
      '我局共收到申请10件。其中，网上申请6件，当面申请4件。',
      '共有工作人员5人，其中专职2人、兼职3人。',
      // A part singled out is not a list of parts.
      '全镇政府共对外公开信息49条，其中主动公开规范性文件类信息12条。',
      // A partial list that says so.
      '本年度共收到政府信息公开申请10件，其中网上申请6件，当面申请3件等。',
      // The rest accounted for after the list.
      '本年度共收到政府信息公开申请10件，其中自然人申请6件，法人或其他组织申请3件；另有1件为匿名申请。',
      // Channels overlap: one item goes out through several of them.
      '主动公开政府信息1200条，其中通过政府网站公开1200条，通过政务微博公开800条，通过政务微信公开900条。',
      // The number before 其中 is a change, not the total.
      '全年共收到政府信息公开申请35件，较上年增加6件，其中自然人申请31件、法人或其他组织申请4件。',
      // Two breakdowns of one total, and a further fact after the parts.
      '共收到申请12件，其中，按申请人分：自然人10件，法人2件；按方式分：网络申请9件，当面申请3件。',
      '本年度共收到政府信息公开申请10件，其中网上申请6件，当面申请4件，办结9件。',
      // Approximate figures, ranges, thousands separators, bare numbers: never added up.
      '共发布信息约100条，其中政策文件30条、工作动态80条。',
      '共发布信息3,256条，其中政策文件128条，工作动态2135条，通知公告993条。',
      '共发布信息100条，其中1月30条，2-3月80条。',
      '共公开信息120条，其中政策解读10条，较上年增长20条。',
      // A nested list that may also hold parts of the outer level: ambiguous.
      '共公开信息100条，其中文件类60条，其中规范性文件10条，动态类40条。',
      // Another unit among the parts.
      '共发布信息500条，其中原创信息320条，转载180条，阅读量10万次。',
      // Percentages right to the precision written (half up), or rates with no whole.
      '共接待群众咨询200人次，其中现场咨询120人次，占60%，电话咨询80人次，占40%。',
      '全年共收到申请35件，其中自然人申请31件，占88.6%，法人或其他组织申请4件，占11.4%。',
      '共收到申请12件，其中网上申请4件（33.3%），当面申请8件（66.7%）。',
      '共收到申请10件，办结率100%，其中网上申请6件，当面申请4件。',
    ])('is silent on: %s', (text) => {
      expect(lintText(text)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('seed 001: 120 = 4+14+2+29+66+2+2+2 = 121 under 646 = 526 + 120 (P11, error)', () => {
      const [d, ...rest] = lint(seeds[1].source);
      expect(rest).toEqual([]);
      expect(d).toMatchObject({ severity: 'error', check: 'P11', messageId: 'exceeds' });
      expect(d.message).toBe(
        '分项之和 121条（4 + 14 + 2 + 29 + 66 + 2 + 2 + 2）大于总数 120条：请核对各分项或总数',
      );
      // Anchored at the subtotal 120, not at 646 (which adds up).
      const line = seeds[1].source.split('\n')[d.line - 1];
      expect(line.slice(d.column - 1, d.column + 3)).toBe('120条');
    });

    it('seed 002: 12条，占24.4% of 49 truncates 24.49 (P12, warning)', () => {
      const [d, ...rest] = lint(seeds[2].source);
      expect(rest).toEqual([]);
      expect(d).toMatchObject({
        severity: 'warning',
        check: 'P12',
        messageId: 'percent-truncated',
      });
      expect(d.message).toBe('12条占49条四舍五入应为 24.5%，文中 24.4% 是截尾所得');
    });

    it('parts that exceed the total are an error, wherever the list stands', () => {
      const cases = [
        '共收到申请15件，分别为当面申请5件、网络申请8件、信函申请3件。',
        '共收到申请10件，其中：当面申请3件；网络申请5件；信函申请3件。',
        '共发布信息100条（其中政策文件30条、工作动态71条），回应关切5次。',
        '我局共收到申请10件。其中，网上申请7件，当面申请4件。',
      ];
      for (const text of cases) {
        const found = lintText(text);
        expect(
          found.map((d) => [d.messageId, d.severity]),
          text,
        ).toEqual([['exceeds', 'error']]);
      }
    });

    it('a list short of a total introduced by 共 is a warning (a partial list says 等)', () => {
      const [d] = lintText(
        '本年度共收到政府信息公开申请10件，其中自然人申请6件，法人或其他组织申请3件。',
      );
      expect(d).toMatchObject({ messageId: 'short', severity: 'warning', check: 'P11' });
      expect(d.message).toContain('分项之和 9件（6 + 3）小于总数 10件');
    });

    it('a percentage that is neither rounded nor truncated is an error', () => {
      const found = lintText(
        '共接待群众咨询200人次，其中现场咨询125人次，占62.6%，电话咨询75人次，占37.5%。',
      );
      expect(found.map((d) => [d.messageId, d.severity, d.message])).toEqual([
        ['percent-wrong', 'error', '125人次占200人次应为 62.5%，文中写作 62.6%'],
      ]);
    });

    it('points at the percentage and speaks English', () => {
      const md = paragraph(
        '共接待群众咨询300人次，其中现场咨询100人次，占33.4%，电话咨询200人次，占66.7%。',
      );
      const [d] = lint(md, 'en');
      expect(d.message).toBe('100人次 of 300人次 is 33.3%, the text says 33.4%');
      const line = md.split('\n')[d.line - 1];
      expect(line.slice(d.column - 1, d.endColumn - 1)).toBe('33.4%');
    });
  });

  describe('percentOf', () => {
    it('rounds half up at the written precision without floating-point drift', () => {
      expect(percentOf(12, 49, 1)).toEqual({ rounded: '24.5', truncated: '24.4' });
      expect(percentOf(1, 8, 1)).toEqual({ rounded: '12.5', truncated: '12.5' });
      expect(percentOf(1, 8, 0)).toEqual({ rounded: '13', truncated: '12' });
      expect(percentOf(2, 3, 2)).toEqual({ rounded: '66.67', truncated: '66.66' });
    });
  });
});
