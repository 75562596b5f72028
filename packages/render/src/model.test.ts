import { parseReport, scaffoldReport } from '@nianbao/core';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { formatChineseDate, signatureLayout, titleLines } from './layout.js';
import { buildTemplateData, NotRenderableError } from './model.js';
import { renderReport } from './index.js';

const scaffold = scaffoldReport({ edition: '2021', year: 2024, agency: '某某县某某镇人民政府' });

describe('buildTemplateData', () => {
  it('builds meta, title, nested numbered sections and the signature from the report', () => {
    const data = buildTemplateData(parseReport(scaffold), { format: 'txt' });
    expect(data.meta).toMatchObject({
      agency: '某某县某某镇人民政府',
      year: 2024,
      date: '2025-01-20',
    });
    expect(data.meta.period).toMatchObject({
      startText: '2024年1月1日',
      endText: '2024年12月31日',
    });
    expect(data.edition).toMatchObject({ id: '2021', basis: '国办公开办函〔2021〕30号' });
    expect(data.title.lines).toEqual(['某某县某某镇人民政府', '2024年政府信息公开工作年度报告']);
    expect(data.sections.map((s) => [s.number, s.title, s.key])).toEqual([
      ['一、', '总体情况', 'overview'],
      ['二、', '主动公开政府信息情况', 'proactive'],
      ['三、', '收到和处理政府信息公开申请情况', 'requests'],
      ['四、', '政府信息公开行政复议、行政诉讼情况', 'appeals'],
      ['五、', '存在的主要问题及改进情况', 'problems'],
      ['六、', '其他需要报告的事项', 'other'],
    ]);
    const overview = data.sections[0];
    expect(overview.sections.map((s) => [s.id, s.level, s.headingLevel, s.number])).toEqual([
      ['section-1-1', 2, 3, '（一）'],
      ['section-1-2', 2, 3, '（二）'],
      ['section-1-3', 2, 3, '（三）'],
      ['section-1-4', 2, 3, '（四）'],
      ['section-1-5', 2, 3, '（五）'],
    ]);
    expect(data.preamble[0]).toMatchObject({ type: 'paragraph' });
    expect(data.signature).toEqual({
      agency: '某某县某某镇人民政府',
      date: '2025-01-20',
      dateText: '2025年1月20日',
      sealed: false,
      agencyRightChars: 2,
      dateRightChars: 3.5,
    });
  });

  it('prints 表二’s four GFM tables as one official table where the first stands', () => {
    const data = buildTemplateData(parseReport(scaffold), { format: 'txt' });
    const proactive = data.sections[1].blocks.filter((b) => b.type === 'table');
    expect(proactive).toHaveLength(1);
    expect(proactive[0]).toMatchObject({ id: 'table-t2', table: { name: '表二', columns: 4 } });
    expect(data.tables.map((t) => t.key)).toEqual(['t2', 't3', 't4']);
  });

  it('gives HTML only to the HTML format, sanitised, and runs with their emphasis', () => {
    const source = scaffold.replace(
      '写明其他需要报告的事项。',
      '本年度**无**其他事项，详见[网站](https://www.gov.cn)<script>alert(1)</script>。',
    );
    const block = (format: 'html' | 'txt') =>
      buildTemplateData(parseReport(source), { format }).sections[5].blocks[0];
    const html = block('html');
    expect(html).toMatchObject({ type: 'paragraph' });
    if (html.type !== 'paragraph') throw new Error('not a paragraph');
    expect(html.html).toBe(
      '本年度<strong>无</strong>其他事项，详见<a href="https://www.gov.cn">网站</a>。',
    );
    expect(html.runs).toEqual([
      { text: '本年度' },
      { text: '无', bold: true },
      { text: '其他事项，详见' },
      { text: '网站', link: 'https://www.gov.cn' },
      { text: '。' },
    ]);
    const txt = block('txt');
    expect(txt).not.toHaveProperty('html');
    expect(txt).toMatchObject({ text: '本年度无其他事项，详见网站。' });
  });

  it('joins lines a writer wrapped inside a Chinese paragraph without a space', () => {
    const source = scaffold.replace(
      '写明其他需要报告的事项。',
      '写明其他\n需要报告的事项。\nSee also\nthis.',
    );
    const data = buildTemplateData(parseReport(source), { format: 'html' });
    const block = data.sections[5].blocks[0];
    expect(block).toMatchObject({ text: '写明其他需要报告的事项。 See also this.' });
    expect(block).toMatchObject({ html: '写明其他需要报告的事项。 See also this.' });
  });

  it('drops a trailing agency and date that the signature block prints anyway', () => {
    const source = `${scaffold.trimEnd()}\n\n某某县某某镇人民政府\n\n2025年1月20日\n`;
    const data = buildTemplateData(parseReport(source), { format: 'txt' });
    const last = data.sections[5].blocks.at(-1);
    expect(last).toMatchObject({
      text: '本年度收取信息处理费情况：发出收费通知0件，收取信息处理费0元。',
    });
  });

  it('keeps lists with their numbers', () => {
    const source = scaffold.replace('写明其他需要报告的事项。', '1. 第一项。\n2. 第二项。');
    const data = buildTemplateData(parseReport(source), { format: 'txt' });
    const list = data.sections[5].blocks[0];
    expect(list).toMatchObject({ type: 'list', ordered: true, start: 1 });
    if (list.type !== 'list') throw new Error('not a list');
    expect(list.items.map((i) => i.marker)).toEqual(['1.', '2.']);
  });

  it('a report without a 成文日期: no date in the signature, a trailing date paragraph kept', async () => {
    const source = `${scaffold.replace('date: 2025-01-20\n', '').trimEnd()}\n\n某某县某某镇人民政府\n\n2025年1月20日\n`;
    const report = parseReport(source);
    expect(report.meta).toMatchObject({ agency: '某某县某某镇人民政府', year: 2024 });
    const data = buildTemplateData(report, { format: 'txt' });
    expect(data.signature).toMatchObject({ agency: '某某县某某镇人民政府', sealed: false });
    expect(data.signature).not.toHaveProperty('date');
    expect(data.signature).not.toHaveProperty('dateText');
    expect(data.meta).not.toHaveProperty('date');
    // The agency is printed by the signature block; the date, which the block does not print,
    // stays where the writer put it.
    expect(data.sections[5].blocks.at(-1)).toMatchObject({ text: '2025年1月20日' });

    const withoutDateParagraph = parseReport(scaffold.replace('date: 2025-01-20\n', ''));
    const txt = (await renderReport(withoutDateParagraph, 'txt')) as string;
    expect(txt.trimEnd().split('\n').at(-1)!.trim()).toBe('某某县某某镇人民政府');
    expect(txt).not.toMatch(/\d{4}年\d{1,2}月\d{1,2}日\s*$/u);
    const html = (await renderReport(withoutDateParagraph, 'html')) as string;
    expect(html).toMatch(
      /<footer class="signature">\s*<p class="agency"[^>]*>某某县某某镇人民政府<\/p>\s*<\/footer>/u,
    );
    expect(html).not.toContain('<time');
    const docx = await JSZip.loadAsync(
      (await renderReport(withoutDateParagraph, 'docx')) as Uint8Array,
    );
    const document = await docx.file('word/document.xml')!.async('string');
    const texts = [...document.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/gu)].map((m) => m[1]);
    expect(texts.at(-1)).toBe('某某县某某镇人民政府');
    expect(texts.join('')).not.toContain('2025年1月20日');
  });

  it('a report without an agency: the title from the year, no agency line', () => {
    const report = parseReport(
      scaffold.replace('agency: 某某县某某镇人民政府\n', '').replace(/^# .*\n/mu, ''),
    );
    const data = buildTemplateData(report, { format: 'txt' });
    expect(data.title.text).toBe('2024年政府信息公开工作年度报告');
    expect(data.signature).toMatchObject({ date: '2025-01-20', dateText: '2025年1月20日' });
    expect(data.signature).not.toHaveProperty('agency');
  });

  it('refuses a report without frontmatter', () => {
    expect(() => buildTemplateData(parseReport('# 标题\n\n正文'), { format: 'html' })).toThrow(
      NotRenderableError,
    );
  });
});

describe('layout (GB/T 9704)', () => {
  it('writes the 成文日期 with Arabic numerals and no leading zeros', () => {
    expect(formatChineseDate('2025-01-05')).toBe('2025年1月5日');
    expect(formatChineseDate('2024-12-31')).toBe('2024年12月31日');
  });

  it('breaks a long title after the agency, keeps a short one whole', () => {
    expect(titleLines('某某县人民政府2024年政府信息公开工作年度报告', '某某县人民政府')).toEqual([
      '某某县人民政府',
      '2024年政府信息公开工作年度报告',
    ]);
    expect(titleLines('2024年政府信息公开工作年度报告', '某某县人民政府')).toEqual([
      '2024年政府信息公开工作年度报告',
    ]);
    const lines = titleLines(
      '某某省某某市某某区某某街道办事处2024年度政府信息公开工作年度报告',
      '某',
    );
    expect(lines).toHaveLength(2);
    expect(lines.join('')).toBe('某某省某某市某某区某某街道办事处2024年度政府信息公开工作年度报告');
  });

  it('places the unsealed signature: agency 右空二字, date starting two characters in', () => {
    // 10-character agency, 6.5-character date.
    expect(signatureLayout('某某县某某镇人民政府', '2025年1月20日')).toEqual({
      agencyRightChars: 2,
      dateRightChars: 3.5,
    });
    // A short agency: the date takes 右空二字 and the agency moves left.
    expect(signatureLayout('某某局', '2025年12月20日')).toEqual({
      agencyRightChars: 8,
      dateRightChars: 2,
    });
    // Sealed: the date 右空四字, the agency centred over it.
    expect(signatureLayout('某某局', '2025年1月20日', true)).toEqual({
      dateRightChars: 4,
      agencyRightChars: 5.75,
    });
  });
});
