import { describe, expect, it } from 'vitest';
import { isRewritable, lintText } from '../lint.js';
import { edit, examples, fresh, lintWith, paragraph } from '../../test/rule-harness.js';

const lint = (source: string, locale?: 'zh' | 'en') => lintWith('frontmatter', source, { locale });
const clean = paragraph('本年度主动公开政府信息12条。');

describe('frontmatter', () => {
  describe('valid', () => {
    it.each(examples)('is silent on the example report $name', ({ source }) => {
      expect(lint(source)).toEqual([]);
    });

    it.each(fresh)('is silent on a fresh $edition report', ({ source }) => {
      expect(lint(source)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('a missing 成文日期 is an error at the frontmatter, and the report stays readable', () => {
      const md = edit(clean, 'date: 2024-01-20\n', '');
      const found = lint(md);
      expect(found.map((d) => [d.messageId, d.severity, d.line, d.column, d.fatal])).toEqual([
        ['frontmatter-missing-key', 'error', 2, 1, undefined],
      ]);
      expect(found[0].message).toBe(
        '文件头缺少 `date`：应为成文日期，格式 YYYY-MM-DD，如 2025-01-20',
      );
      expect(lint(md, 'en')[0].message).toBe(
        'The frontmatter lacks `date`: the 成文日期 as YYYY-MM-DD, e.g. 2025-01-20',
      );
      // The other rules read the agency and year it does have, and fixes may be applied.
      const { report, diagnostics } = lintText(`${md}\n某某县某某镇人民政府\n\n2023年12月13日\n`);
      expect(report.meta).toMatchObject({ agency: '某某县某某镇人民政府', year: 2023 });
      expect(diagnostics.map((d) => d.messageId)).toContain('date-too-early');
      expect(isRewritable(report)).toBe(true);
    });

    it('an invalid or unknown key is an error naming the key and the expected form', () => {
      const found = lint(
        edit(
          edit(clean, 'date: 2024-01-20', 'date: 2024年1月20日'),
          'year: 2023',
          'year: 2023\nbdoy: township',
        ),
      );
      expect(found.map((d) => [d.messageId, d.severity, d.data?.key])).toEqual([
        ['frontmatter-unknown-key', 'error', 'bdoy'],
        ['frontmatter-invalid', 'error', 'date'],
      ]);
    });

    it('a missing year cannot be read past: the report is not rewritten', () => {
      const md = edit(clean, 'year: 2023\n', '');
      expect(lint(md).map((d) => [d.messageId, d.data?.key])).toEqual([
        ['frontmatter-missing-key', 'year'],
      ]);
      expect(isRewritable(lintText(md).report)).toBe(false);
    });
  });
});
