import { describe, expect, it } from 'vitest';
import { readFrontmatter, writeFrontmatter, type ReportMeta } from './frontmatter.js';

/** The YAML between the `---` lines, read back. */
const readBack = (written: string) =>
  readFrontmatter(written.split('\n').slice(1, -1).join('\n'), 2, 4);

describe('writeFrontmatter', () => {
  it('writes the keys in the order of the format and reads back as the same values', () => {
    const meta: ReportMeta = {
      edition: '2021',
      agency: '安澜县城关镇人民政府',
      year: 2024,
      date: '2025-01-20',
      period: { start: '2024-01-01', end: '2024-12-31' },
      body: 'township',
      contact: { phone: '0851-2345678', postcode: '561000', website: 'http://www.a.gov.cn/' },
    };
    const written = writeFrontmatter(meta);
    expect(written).toBe(
      [
        '---',
        'edition: "2021"',
        'agency: 安澜县城关镇人民政府',
        'year: 2024',
        'date: 2025-01-20',
        'period:',
        '  start: 2024-01-01',
        '  end: 2024-12-31',
        'body: township',
        'contact:',
        '  phone: "0851-2345678"',
        '  postcode: "561000"',
        '  website: "http://www.a.gov.cn/"',
        '---',
      ].join('\n'),
    );
    expect(readBack(written)).toEqual({ meta, raw: expect.anything(), problems: [] });
  });

  it('quotes what YAML would read otherwise, and leaves out what is not given', () => {
    for (const agency of ['某县: 城关镇人民政府', '[城关镇]', '2024', 'yes', '#1 镇', '城关镇 ']) {
      const written = writeFrontmatter({ edition: 'legacy', agency, year: 2018 });
      expect(written).toContain(`agency: ${JSON.stringify(agency)}`);
      expect(readBack(written).meta?.agency, agency).toBe(agency.trim());
    }
    expect(writeFrontmatter({ agency: '某县:城关镇', year: 2018 })).toBe(
      '---\nagency: 某县:城关镇\nyear: 2018\n---',
    );
    expect(writeFrontmatter({ edition: '2019', contact: { email: '' } })).toBe(
      '---\nedition: "2019"\n---',
    );
  });
});
