/// <reference lib="dom" />
/**
 * The HTML page in a real browser: Debian's headless Chromium driven by playwright-core (flags
 * from the toolchain notes). Set CHROMIUM_PATH to use another Chromium.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'parse5';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { renderHtml } from './html.js';
import { buildTemplateData } from './model.js';
import { templateSet } from './templates.js';
import { filledReport } from './testing/reports.js';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-html-'));
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

function html(edition: '2021' | '2019' | 'legacy', edit?: (s: string) => string): string {
  const { report } = filledReport(edition, edit);
  return renderHtml(buildTemplateData(report, { format: 'html' }), templateSet({ edition }));
}

interface Opened {
  page: Page;
  /** URLs the page asked for, other than itself. */
  requests: string[];
  close: () => Promise<void>;
}

async function open(name: string, text: string, width = 375): Promise<Opened> {
  const file = join(dir, `${name}.html`);
  writeFileSync(file, text);
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const url = pathToFileURL(file).href;
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.url() !== url) requests.push(r.url());
  });
  await page.goto(url);
  return { page, requests, close: () => context.close() };
}

describe.each([
  ['2021', 22],
  ['2019', 20],
] as const)('HTML of a %s report in Chromium', (edition, outcomeRows) => {
  let opened: Opened;
  const text = html(edition);
  beforeAll(async () => {
    opened = await open(`report-${edition}`, text);
  });
  afterAll(() => opened.close());

  it('is one valid standalone page in Chinese that asks for nothing else', async () => {
    const errors: string[] = [];
    parse(text, { onParseError: (e) => errors.push(`${e.code} at ${e.startLine}:${e.startCol}`) });
    expect(errors).toEqual([]);
    expect(text.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(await opened.page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(opened.requests).toEqual([]);
    expect(text).not.toMatch(/<script|<link|@import|url\(/iu);
  });

  it('has semantic headings and accessible tables', async () => {
    const { page } = opened;
    const headings = await page.$$eval('h1, h2, h3', (hs) => hs.map((h) => h.tagName));
    expect(headings[0]).toBe('H1');
    expect(headings.filter((h) => h === 'H2')).toHaveLength(6);
    const tables = await page.$$eval('table', (ts) =>
      ts.map((t) => ({
        caption: t.caption?.textContent ?? '',
        unscoped: [...t.querySelectorAll('th')].filter((th) => !th.getAttribute('scope')).length,
        labelled: t.closest('[role=region]')?.getAttribute('aria-labelledby') === t.caption?.id,
      })),
    );
    expect(tables.map((t) => t.caption)).toEqual([
      '表二 主动公开政府信息情况',
      '表三 收到和处理政府信息公开申请情况',
      '表四 政府信息公开行政复议、行政诉讼情况',
    ]);
    expect(tables.every((t) => t.unscoped === 0 && t.labelled)).toBe(true);
  });

  it(`has the printed form’s merged cells (表三 三、 spans ${outcomeRows} rows; 表四 5/10)`, async () => {
    const { page } = opened;
    const span = (table: string, text: string) =>
      page.$$eval(
        `#${table} th`,
        (ths, wanted) => {
          const th = ths.find((t) => t.textContent === wanted) as HTMLTableCellElement | undefined;
          return th ? { rowSpan: th.rowSpan, colSpan: th.colSpan, scope: th.scope } : undefined;
        },
        text,
      );
    expect(await span('table-t3', '三、本年度办理结果')).toEqual({
      rowSpan: outcomeRows,
      colSpan: 1,
      scope: 'row',
    });
    expect(await span('table-t3', '（三）不予公开')).toMatchObject({ rowSpan: 8 });
    expect(await span('table-t3', '申请人情况')).toMatchObject({ colSpan: 7, scope: 'colgroup' });
    expect(await span('table-t3', '法人或其他组织')).toMatchObject({ colSpan: 5 });
    expect(await span('table-t4', '行政复议')).toEqual({
      rowSpan: 1,
      colSpan: 5,
      scope: 'colgroup',
    });
    expect(await span('table-t4', '行政诉讼')).toEqual({
      rowSpan: 1,
      colSpan: 10,
      scope: 'colgroup',
    });
    expect(await page.$$eval('#table-t4 thead tr', (rows) => rows.length)).toBe(3);
    expect(await page.$$eval('#table-t3 thead tr', (rows) => rows.length)).toBe(3);
    // The browser's own table model: every row of 表三's body is 10 columns wide.
    const widths = await page.$$eval('#table-t3 tbody tr', (rows) => {
      const table = rows[0].closest('table')!;
      const grid: number[] = [];
      [...table.rows].forEach((row, r) => {
        let col = 0;
        for (const cell of [...row.cells]) {
          while (grid[r * 100 + col]) col++;
          for (let dr = 0; dr < cell.rowSpan; dr++)
            for (let dc = 0; dc < cell.colSpan; dc++) grid[(r + dr) * 100 + col + dc] = 1;
          col += cell.colSpan;
        }
      });
      return [...table.rows].map(
        (_, r) => grid.slice(r * 100, r * 100 + 100).filter(Boolean).length,
      );
    });
    expect(new Set(widths)).toEqual(new Set([10]));
  });

  it('fits a 375 px phone: nothing overflows, wide tables scroll in their frame', async () => {
    const { page } = opened;
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(375);
    const frames = await page.$$eval('.table-scroll', (els) =>
      els.map((el) => ({ client: el.clientWidth, scroll: el.scrollWidth })),
    );
    expect(frames.every((f) => f.client <= 375)).toBe(true);
    // 表三 and 表四 are wider than a phone: they scroll inside their frame.
    expect(frames.some((f) => f.scroll > f.client)).toBe(true);
  });
});

describe('raw HTML and links in the Markdown', () => {
  const payload = [
    '<img src=x onerror="window.__xss = (window.__xss || 0) + 1">',
    '<script>window.__xss = (window.__xss || 0) + 1</script>',
    '[点此](javascript:window.__xss=(window.__xss||0)+1)',
    '<a href="javascript:window.__xss=(window.__xss||0)+1">链接</a>',
    '<svg onload="window.__xss = (window.__xss || 0) + 1"></svg>',
    '<iframe src="javascript:parent.__xss=1"></iframe>',
    '<p style="background:url(https://example.com/x.png)" onclick="window.__xss=1">段落<sup>2</sup></p>',
  ];
  const text = html('2021', (s) =>
    s.replace(
      '写明其他需要报告的事项。',
      `写明其他需要报告的事项。${payload[0]}${payload[1]}${payload[2]}${payload[3]}\n\n${payload[4]}\n\n${payload[5]}\n\n${payload[6]}`,
    ),
  );

  it('keeps no script, event handler, javascript: URL or outside request', () => {
    expect(text).not.toMatch(/<script|onerror|onload|onclick|javascript:|<iframe|example\.com/iu);
    // What is harmless stays: the text, the link text, <sup>.
    expect(text).toContain('点此');
    expect(text).toContain('链接');
    expect(text).toContain('<sup>2</sup>');
  });

  it('runs nothing in the browser, even without the page’s Content-Security-Policy', async () => {
    const withoutCsp = text.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/u, '');
    expect(withoutCsp).not.toContain('Content-Security-Policy');
    for (const [name, page] of [
      ['xss', text],
      ['xss-no-csp', withoutCsp],
    ]) {
      const opened = await open(name, page, 1000);
      // Follow every link as a reader would (a javascript: URL would run now).
      await opened.page.$$eval('a', (links) => links.forEach((a) => (a as HTMLElement).click()));
      await opened.page.waitForTimeout(200);
      expect(
        await opened.page.evaluate(() => (window as { __xss?: number }).__xss),
      ).toBeUndefined();
      expect(opened.requests.filter((u) => !u.endsWith('/x'))).toEqual([]);
      await opened.close();
    }
  });
});
