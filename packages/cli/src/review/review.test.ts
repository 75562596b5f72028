import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseReport, scaffoldReport } from '@nianbao/core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../../scripts/chromium.mjs';
import { capture, setRow } from '../../test/helpers.js';
import { main } from '../index.js';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-review-'));
const reports: Record<string, string> = {};

beforeAll(() => {
  // Three 2023 reports with different, consistent figures; one has a broken total; one 2020 report.
  [
    ['甲镇人民政府', 2, 1],
    ['乙镇人民政府', 5, 0],
    ['丙镇<script>window.pwned=1</script>人民政府', 1, 3],
  ].forEach(([agency, natural, biz], i) => {
    let md = scaffoldReport({ edition: '2021', year: 2023, agency: agency as string });
    const n = natural as number;
    const b = biz as number;
    const row = [n, b, 0, 0, 0, 0, n + b];
    md = setRow(md, '一、本年新收政府信息公开申请数量', row);
    md = setRow(md, '（一）予以公开', row);
    md = setRow(md, '（七）总计', i === 1 ? [n, b, 0, 0, 0, 0, n + b + 1] : row);
    reports[`r${i}.md`] = md;
  });
  reports['old.md'] = scaffoldReport({ edition: '2019', year: 2020, agency: '丁镇人民政府' });
  for (const [name, md] of Object.entries(reports)) writeFileSync(join(dir, name), md);
});

describe('nianbao review', () => {
  it('sums the official tables per edition and year, equal to the cells added up here', async () => {
    const io = capture(dir);
    const code = await main(['review', dir, '--format', 'json', '--jobs', '1'], io);
    expect(code).toBe(1); // one report has errors
    const result = JSON.parse(io.out);
    expect(result.reports).toHaveLength(4);
    const group = result.summary.find(
      (g: { edition: string; year: number }) => g.edition === '2021' && g.year === 2023,
    );
    expect(group.reports).toBe(3);
    for (const id of [
      't3.r1.total',
      't3.r1.natural',
      't3.r1.biz',
      't3.r3.7.total',
      't3.r3.1.natural',
    ]) {
      const expected = ['r0.md', 'r1.md', 'r2.md'].reduce(
        (sum, f) => sum + (parseReport(reports[f]).cells.get(id)!.value ?? 0),
        0,
      );
      expect(group.cells.find((c: { id: string }) => c.id === id).sum, id).toBe(expected);
    }
    expect(group.cells.find((c: { id: string }) => c.id === 't3.r1.total').sum).toBe(12);
    const old = result.summary.find((g: { edition: string }) => g.edition === '2019');
    expect(old.reports).toBe(1);
    expect(old.cells).toHaveLength(198);
  });

  it('exports the 汇总 as CSV', async () => {
    const io = capture(dir);
    await main(['review', dir, '--format', 'csv', '--jobs', '1'], io);
    const lines = io.out
      .replace(/^\uFEFF/u, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'edition,year,reports,table,cell_id,row_path,column,sum,reports_with_value',
    );
    expect(lines.find((l) => l.includes(',t3.r1.total,'))).toMatch(/^2021,2023,3,.*,12,3$/u);
  });

  describe('the page, in headless Chromium', () => {
    let browser: Browser;
    let html: string;
    beforeAll(async () => {
      const out = join(dir, 'review.html');
      const code = await main(['review', dir, '-o', out, '--jobs', '1'], capture(dir));
      expect(code).toBe(1);
      html = readFileSync(out, 'utf8');
      browser = await launchChromium();
    });
    afterAll(async () => browser?.close());

    it('is standalone, lists every report and escapes what reports contain', async () => {
      expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)="https?:/u);
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`file://${join(dir, 'review.html')}`);
      expect(await page.locator('tr.report').count()).toBe(4);
      expect(
        await page.evaluate(() => (globalThis as unknown as { pwned?: number }).pwned),
      ).toBeUndefined();
      await expect(page.locator('td', { hasText: '丙镇<script>' }).count()).resolves.toBe(1);
      expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
      // Charts drawn at build time: a bar for the rule that found the broken total.
      expect(await page.locator('#charts svg text', { hasText: 'table-sums' }).count()).toBe(1);
    });

    it('filters by rule and severity and sorts by a column', async () => {
      const page = await browser.newPage();
      await page.goto(`file://${join(dir, 'review.html')}`);
      await page.selectOption('#f-rule', 'table-sums');
      expect(await page.locator('tr.report:visible').count()).toBe(1);
      await expect(page.locator('tr.report:visible td').first().textContent()).resolves.toContain(
        'r1.md',
      );
      await page.selectOption('#f-rule', '');
      await page.selectOption('#f-sev', 'info');
      expect(await page.locator('tr.report:visible').count()).toBe(0);
      await page.selectOption('#f-sev', '');
      const errorsHeader = page.locator('table.reports thead th').nth(5);
      await errorsHeader.click();
      await errorsHeader.click();
      const first = await page.locator('tr.report').first().locator('td').nth(5).textContent();
      expect(Number(first)).toBeGreaterThan(0);
      const summed = await page.locator('td[data-cell="t3.r1.total"]').first().textContent();
      expect(summed).toBe('12');
    });
  });
});
