import { describe, expect, it } from 'vitest';
import { editions, parseReport } from '@nianbao/core';
import { lintText } from '@nianbao/rules';
import { editionItems, isReport, newReportText } from './commands.js';

const doc = (text: string, languageId = 'markdown') => ({ languageId, getText: () => text });

describe('新建年报', () => {
  it('offers every edition, newest first, with its basis and years', () => {
    const items = editionItems('zh');
    expect(items.map((i) => i.label)).toEqual(editions.map((e) => e.id));
    const e2021 = editions.find((e) => e.id === '2021')!;
    expect(items[0].description).toBe(e2021.name);
    expect(items[0].detail).toContain(e2021.basis);
    expect(items[0].detail).toContain(`适用于 ${e2021.years.from}–`);
    expect(editionItems('en')[0].detail).toContain('for the years');
  });

  it('writes a report of the chosen edition that the language server takes up and that has no errors', () => {
    for (const { id } of editions) {
      const text = newReportText(id);
      expect(parseReport(text).edition?.id).toBe(id);
      expect(isReport(doc(text))).toBe(true);
      const errors = lintText(text).diagnostics.filter((d) => d.severity === 'error');
      expect(errors, id).toEqual([]);
    }
  });
});

describe('which documents are reports', () => {
  it('takes Markdown with nianbao frontmatter only', () => {
    const report = newReportText('2021');
    expect(isReport(doc(report))).toBe(true);
    expect(isReport(doc(report, 'plaintext'))).toBe(false);
    expect(isReport(doc('# 说明\n'))).toBe(false);
  });
});
