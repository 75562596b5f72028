import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { renderReport } from './index.js';
import { loadDocxStyle } from './style.js';
import { DEFAULT_TEMPLATES_DIR, TemplateError, TemplateSet } from './templates.js';
import { filledReport } from './testing/reports.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** An office's template directory with the given files. */
function office(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-templates-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const { report } = filledReport('2021');

describe('an office’s template directory', () => {
  it('overrides one partial of the default HTML templates; the rest stays', async () => {
    const dir = office({
      'common/html/partials/signature.hbs':
        '<footer class="signature office">{{signature.agency}}（盖章）<time>{{signature.dateText}}</time></footer>\n',
    });
    const html = String(await renderReport(report, 'html', { templates: dir }));
    expect(html).toContain('<footer class="signature office">某某县某某镇人民政府（盖章）');
    expect(html).toContain('<table id="table-t3"');
    const standard = String(await renderReport(report, 'html'));
    expect(standard).not.toContain('（盖章）');
  });

  it('may be flat, and an edition folder wins over common for its edition', async () => {
    const dir = office({
      'txt/partials/heading.hbs': '【{{text}}】\n',
      '2021/txt/partials/heading.hbs': '〖{{text}}〗\n',
    });
    const txt2021 = String(await renderReport(report, 'txt', { templates: dir }));
    expect(txt2021).toContain('〖一、总体情况〗');
    const txt2019 = String(
      await renderReport(filledReport('2019').report, 'txt', { templates: dir }),
    );
    expect(txt2019).toContain('【一、总体情况】');
  });

  it('replaces the page style (style.css)', async () => {
    const dir = office({ 'html/style.css': 'body { color: rebeccapurple; }' });
    const html = String(await renderReport(report, 'html', { templates: dir }));
    expect(html).toContain('rebeccapurple');
    expect(html).not.toContain('--font-body');
  });

  it('merges its docx-style.json over the default, key by key', async () => {
    const dir = office({
      'docx-style.json': JSON.stringify({
        body: { font: '方正仿宋_GBK' },
        headings: [{}, { bold: true }],
        pageNumber: { position: 'center' },
      }),
    });
    const set = new TemplateSet({ edition: '2021', dir });
    const style = loadDocxStyle(set);
    expect(style.body).toMatchObject({ font: '方正仿宋_GBK', size: 32, line: 579 });
    expect(style.headings.map((h) => h.bold)).toEqual([false, true, false, false]);
    expect(style.headings[0].font).toBe('黑体');
    const bytes = (await renderReport(report, 'docx', { templates: dir })) as Uint8Array;
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    // The body outside the tables (which keep their own font) is in the office's font.
    const body = xml.replace(/<w:tbl>.*?<\/w:tbl>/gu, '');
    expect(body.includes('w:eastAsia="方正仿宋_GBK"')).toBe(true);
    expect(body.includes('w:eastAsia="仿宋_GB2312"')).toBe(false);
    // Centred page numbers: one footer, no even/odd distinction.
    expect(xml.includes('w:type="even"')).toBe(false);
  });

  it('reports a wrong setting or a broken template with its file', async () => {
    const badStyle = office({ 'docx-style.json': JSON.stringify({ body: { size: '三号' } }) });
    expect(() => loadDocxStyle(new TemplateSet({ edition: '2021', dir: badStyle }))).toThrow(
      /docx-style\.json: body\.size must be a number/u,
    );
    const unknown = office({ 'docx-style.json': JSON.stringify({ body: { colour: 'red' } }) });
    expect(() => loadDocxStyle(new TemplateSet({ edition: '2021', dir: unknown }))).toThrow(
      /unknown setting body\.colour/u,
    );
    const broken = office({ 'html/partials/heading.hbs': '<h2>{{#if text}}{{text}}</h2>\n' });
    const error = await renderReport(report, 'html', { templates: broken }).catch((e) => e);
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).file).toBe(join(broken, 'html/partials/heading.hbs'));
  });
});

describe('the default templates', () => {
  it('ship in the package: common/ for all editions, legacy/ for its tables', () => {
    const common = JSON.parse(
      readFileSync(join(DEFAULT_TEMPLATES_DIR, 'common/docx-style.json'), 'utf8'),
    );
    expect(common.page).toMatchObject({ width: 11906, height: 16838 });
    const legacy = loadDocxStyle(new TemplateSet({ edition: 'legacy' }));
    expect(legacy.tables.L).toMatchObject({ size: 21 });
    expect(legacy.tables.t3).toMatchObject({ size: 21 });
    const set = new TemplateSet({ edition: '2019' });
    expect(set.resolve('html/document.hbs')).toBe(
      join(DEFAULT_TEMPLATES_DIR, 'common/html/document.hbs'),
    );
  });
});
