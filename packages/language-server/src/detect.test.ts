import { describe, expect, it } from 'vitest';
import { scaffoldReport } from '@nianbao/core';
import { isNianbaoDocument } from './detect.js';

describe('isNianbaoDocument', () => {
  it('recognises a report of every edition as nianbao new writes it', () => {
    for (const edition of ['2021', '2019', 'legacy'])
      expect(isNianbaoDocument(scaffoldReport({ edition })), edition).toBe(true);
  });

  it('recognises a report with CRLF line ends, a byte-order mark or broken YAML', () => {
    const report = scaffoldReport({ edition: '2021' });
    expect(isNianbaoDocument(report.replace(/\n/gu, '\r\n'))).toBe(true);
    expect(isNianbaoDocument(`\uFEFF${report}`)).toBe(true);
    expect(isNianbaoDocument(report.replace(/^agency: .*$/mu, 'agency: [未闭合'))).toBe(true);
  });

  it('leaves other Markdown alone', () => {
    expect(isNianbaoDocument('# README\n\nedition: 2021\n')).toBe(false);
    expect(isNianbaoDocument('---\ntitle: 博客\nlayout: post\n---\n\nedition: 2021\n')).toBe(false);
    expect(isNianbaoDocument('---\ntitle: x\n  edition: "2021"\n---\n')).toBe(false);
    expect(isNianbaoDocument('')).toBe(false);
    expect(isNianbaoDocument('text\n---\nedition: 2021\n---\n')).toBe(false);
  });
});
