import { scaffoldReport } from '@nianbao/core';
import { describe, expect, it } from 'vitest';
import { lintText } from '../lint.js';

const report2021 = scaffoldReport({ edition: '2021', year: 2024, agency: '测试镇人民政府' });

function setRow(md: string, label: string, values: number[]): string {
  const line = md.split('\n').find((l) => l.startsWith(`| ${label} |`));
  if (!line) throw new Error(`no row ${label}`);
  return md.replace(line, `| ${label} | ${values.join(' | ')} |`);
}

describe('table-sums', () => {
  it('is silent on a report whose tables add up', () => {
    const { diagnostics } = lintText(report2021, { rules: { frontmatter: 'off' } });
    expect(diagnostics.filter((d) => d.ruleId === 'table-sums')).toEqual([]);
  });

  it('reports a row whose 总计 is not the sum of its applicants, with both sides', () => {
    const md = setRow(report2021, '一、本年新收政府信息公开申请数量', [3, 1, 0, 0, 0, 0, 5]);
    const sums = lintText(md).diagnostics.filter((d) => d.ruleId === 'table-sums');
    const rowCheck = sums.find((d) => d.message.includes('T3-01[r1]'));
    expect(rowCheck).toBeDefined();
    expect(rowCheck!.severity).toBe('error');
    expect(rowCheck!.message).toContain('左边 5，右边 4');
    // 一 + 二 = 三 + 四 fails as well for the columns that changed.
    expect(sums.map((d) => d.message.match(/T3-0\d\[[^\]]+\]/u)?.[0])).toEqual(
      expect.arrayContaining(['T3-03[natural]', 'T3-03[biz]', 'T3-03[total]']),
    );
  });

  it('speaks English with locale en', () => {
    const md = setRow(report2021, '一、本年新收政府信息公开申请数量', [3, 1, 0, 0, 0, 0, 5]);
    const d = lintText(md, { locale: 'en' }).diagnostics.find((x) =>
      x.message.includes('T3-01[r1]'),
    )!;
    expect(d.message).toMatch(/fails: .*Left 5, right 4/u);
  });
});
