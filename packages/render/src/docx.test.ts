/**
 * The DOCX read back two ways: mammoth (what a reader of the text and tables gets) and the XML
 * itself (page setup, fonts, merges, footers — which mammoth drops).
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { parseFragment } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from './docx.js';
import { buildTemplateData } from './model.js';
import { loadDocxStyle } from './style.js';
import { templateSet } from './templates.js';
import { filledReport, type FilledReport } from './testing/reports.js';

interface Built extends FilledReport {
  buffer: Buffer;
  zip: JSZip;
  document: string;
}

async function build(edition: '2021' | '2019' | 'legacy'): Promise<Built> {
  const filled = filledReport(edition);
  const data = buildTemplateData(filled.report, { format: 'docx' });
  const bytes = await renderDocx(data, loadDocxStyle(templateSet({ edition })));
  const buffer = Buffer.from(bytes);
  const zip = await JSZip.loadAsync(buffer);
  const document = await zip.file('word/document.xml')!.async('string');
  return { ...filled, buffer, zip, document };
}

/** Attributes of the first element of a name, e.g. `w:pgSz`. */
function attributes(xml: string, element: string): Record<string, string> {
  const m = new RegExp(`<${element}\\b([^>]*)/?>`, 'u').exec(xml);
  if (!m) throw new Error(`no <${element}>`);
  return Object.fromEntries([...m[1].matchAll(/([\w:]+)="([^"]*)"/gu)].map((a) => [a[1], a[2]]));
}

/** Runs with text, each with its properties. */
function runs(xml: string): { props: string; text: string }[] {
  return [...xml.matchAll(/<w:r>(?:<w:rPr>(.*?)<\/w:rPr>)?(.*?)<\/w:r>/gu)]
    .map((m) => ({
      props: m[1] ?? '',
      text: [...m[2].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/gu)].map((t) => t[1]).join(''),
    }))
    .filter((r) => r.text !== '');
}

/** Paragraphs with their properties and text. */
function paragraphs(xml: string): { props: string; text: string; xml: string }[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>/gu)].map((m) => ({
    xml: m[1],
    props: /<w:pPr>(.*?)<\/w:pPr>/u.exec(m[1])?.[1] ?? '',
    text: runs(m[1])
      .map((r) => r.text)
      .join(''),
  }));
}

interface HtmlCell {
  text: string;
  rowspan: number;
  colspan: number;
  tag: string;
}

/** Tables of mammoth's HTML as rows of cells. */
function htmlTables(html: string): HtmlCell[][][] {
  type Node = {
    nodeName: string;
    value?: string;
    childNodes?: Node[];
    attrs?: { name: string; value: string }[];
  };
  const text = (n: Node): string =>
    n.nodeName === '#text' ? (n.value ?? '') : (n.childNodes ?? []).map(text).join('');
  const all = (n: Node, name: string, out: Node[] = []): Node[] => {
    if (n.nodeName === name) out.push(n);
    for (const c of n.childNodes ?? []) all(c, name, out);
    return out;
  };
  const attr = (n: Node, name: string) => Number(n.attrs?.find((a) => a.name === name)?.value ?? 1);
  const root = parseFragment(html) as unknown as Node;
  return all(root, 'table').map((table) =>
    all(table, 'tr').map((tr) =>
      (tr.childNodes ?? [])
        .filter((c) => c.nodeName === 'td' || c.nodeName === 'th')
        .map((c) => ({
          text: text(c).trim(),
          rowspan: attr(c, 'rowspan'),
          colspan: attr(c, 'colspan'),
          tag: c.nodeName,
        })),
    ),
  );
}

describe('DOCX of a filled 2021 report', () => {
  let built: Built;
  let html: string;
  let raw: string;
  beforeAll(async () => {
    built = await build('2021');
    html = (await mammoth.convertToHtml({ buffer: built.buffer })).value;
    raw = (await mammoth.extractRawText({ buffer: built.buffer })).value;
  });

  it('reads back (mammoth): title, headings, prose, every figure, the signature', () => {
    expect(html).toMatch(/<h1>一、总体情况<\/h1>/u);
    expect(html).toMatch(/<h2>（一）主动公开<\/h2>/u);
    expect(raw).toContain('某某县某某镇人民政府');
    expect(raw).toContain('2025年政府信息公开工作年度报告');
    expect(raw).toContain('本年度收取信息处理费情况');
    const cells = new Set(
      htmlTables(html)
        .flat(2)
        .map((c) => c.text),
    );
    expect([...built.figures.values()].filter((f) => !cells.has(f))).toEqual([]);
    expect(
      raw.trimEnd().endsWith(`某某县某某镇人民政府\n\n${built.report.meta!.year! + 1}年1月20日`),
    ).toBe(true);
  });

  it('reads back (mammoth) the official tables with their merged cells', () => {
    const [t2, t3, t4] = htmlTables(html);
    const cell = (table: HtmlCell[][], text: string) => table.flat().find((c) => c.text === text);
    expect(cell(t2, '第二十条第（一）项')).toMatchObject({ colspan: 4 });
    expect(cell(t2, '本年收费金额（单位：万元）')).toMatchObject({ colspan: 3 });
    expect(cell(t3, '三、本年度办理结果')).toMatchObject({ rowspan: 22, colspan: 1 });
    expect(cell(t3, '（三）不予公开')).toMatchObject({ rowspan: 8 });
    expect(cell(t3, '申请人情况')).toMatchObject({ colspan: 7 });
    expect(cell(t3, '一、本年新收政府信息公开申请数量')).toMatchObject({ colspan: 3 });
    expect(cell(t4, '行政复议')).toMatchObject({ colspan: 5 });
    expect(cell(t4, '行政诉讼')).toMatchObject({ colspan: 10 });
    expect(cell(t4, '未经复议直接起诉')).toMatchObject({ colspan: 5 });
    // The repeated header rows come back as the table head.
    expect(
      t3
        .slice(0, 3)
        .flat()
        .every((c) => c.tag === 'th'),
    ).toBe(true);
    expect(t3[3].every((c) => c.tag === 'td')).toBe(true);
  });

  it('sets A4 and the GB/T 9704 margins, footer distance included', () => {
    expect(attributes(built.document, 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(attributes(built.document, 'w:pgMar')).toMatchObject({
      'w:top': '2098',
      'w:bottom': '1984',
      'w:left': '1587',
      'w:right': '1474',
      'w:footer': '1446',
    });
  });

  it('names the East Asian font and zh-CN on every run', async () => {
    const parts = [built.document];
    for (const name of Object.keys(built.zip.files).filter((n) => /word\/footer\d*\.xml/u.test(n)))
      parts.push(await built.zip.file(name)!.async('string'));
    const all = parts.flatMap(runs);
    expect(all.length).toBeGreaterThan(300);
    const bad = all.filter(
      (r) =>
        !/<w:rFonts [^>]*w:eastAsia="[^"]+"/u.test(r.props) ||
        !/<w:lang [^>]*w:eastAsia="zh-CN"/u.test(r.props),
    );
    expect(bad).toEqual([]);
  });

  it('sets the title, body and heading fonts of GB/T 9704', () => {
    const ps = paragraphs(built.document);
    const fontOf = (text: string) => {
      const p = ps.find((x) => x.text === text || x.text.startsWith(text))!;
      const run = runs(p.xml)[0];
      return {
        font: /w:eastAsia="([^"]+)"/u.exec(run.props)?.[1],
        size: /<w:sz w:val="(\d+)"/u.exec(run.props)?.[1],
        props: p.props,
        run: run.props,
      };
    };
    const title = fontOf('某某县某某镇人民政府2025年');
    expect(title).toMatchObject({ font: '方正小标宋简体', size: '44' });
    expect(title.props).toContain('<w:jc w:val="center"/>');
    const body = fontOf('本报告依据');
    expect(body).toMatchObject({ font: '仿宋_GB2312', size: '32' });
    expect(body.props).toMatch(/w:line="579" w:lineRule="exact"/u);
    expect(body.props).toMatch(/<w:ind w:firstLine="640" w:firstLineChars="200"\/>/u);
    expect(body.props).toContain('<w:jc w:val="both"/>');
    expect(body.run).toContain('<w:spacing w:val="-4"/>');
    expect(fontOf('一、总体情况')).toMatchObject({ font: '黑体', size: '32' });
    expect(fontOf('（一）主动公开')).toMatchObject({ font: '楷体_GB2312', size: '32' });
    expect(fontOf('一、总体情况').run).not.toContain('<w:b/>');
  });

  it('merges cells with gridSpan and vMerge, repeats header rows, keeps rows whole, fits 8844', () => {
    const tables = [...built.document.matchAll(/<w:tbl>(.*?)<\/w:tbl>/gu)].map((m) => m[1]);
    expect(tables).toHaveLength(3);
    const t3 = tables[1];
    const t4 = tables[2];
    expect(t4).toContain('<w:gridSpan w:val="5"/>');
    expect(t4).toContain('<w:gridSpan w:val="10"/>');
    // 三、本年度办理结果 starts a vertical merge continued in the 21 rows below it.
    const rows = [...t3.matchAll(/<w:tr>(.*?)<\/w:tr>/gu)].map((m) => m[1]);
    const start = rows.findIndex((r) => r.includes('三、本年度办理结果'));
    const firstCell = (r: string) => /<w:tc>(.*?)<\/w:tc>/u.exec(r)![1];
    expect(firstCell(rows[start])).toContain('<w:vMerge w:val="restart"/>');
    const continued = rows
      .slice(start + 1)
      .filter((r) => /<w:vMerge w:val="continue"\/>|<w:vMerge\/>/u.test(firstCell(r)));
    expect(continued).toHaveLength(21);
    for (const table of tables.slice(1)) {
      const trs = [...table.matchAll(/<w:tr>(.*?)<\/w:tr>/gu)].map((m) => m[1]);
      expect(trs.map((r) => r.includes('<w:tblHeader'))).toEqual(trs.map((_, i) => i < 3));
    }
    for (const table of tables) {
      const trs = [...table.matchAll(/<w:tr>(.*?)<\/w:tr>/gu)].map((m) => m[1]);
      expect(trs.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
      const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/gu)].map((m) => Number(m[1]));
      const total = grid.reduce((a, b) => a + b, 0);
      expect(total).toBeLessThanOrEqual(8844);
      expect(total).toBeGreaterThan(8000);
      expect(Number(attributes(table, 'w:tblW')['w:w'])).toBe(total);
      // Cell text: single spacing, 五号 or 小四.
      const sizes = new Set([...table.matchAll(/<w:sz w:val="(\d+)"/gu)].map((m) => m[1]));
      expect([...sizes].every((s) => s === '21' || s === '24')).toBe(true);
      expect(table).not.toContain('w:lineRule="exact"');
    }
  });

  it('numbers pages 「— n —」 in 4号 宋体, odd right and even left, with evenAndOddHeaders', async () => {
    const settings = await built.zip.file('word/settings.xml')!.async('string');
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    const refs = [
      ...built.document.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/gu),
    ];
    expect(refs.map((r) => r[1]).sort()).toEqual(['default', 'even']);
    const rels = await built.zip.file('word/_rels/document.xml.rels')!.async('string');
    for (const [, type, id] of refs) {
      const target =
        new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`, 'u').exec(rels)?.[1] ??
        new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`, 'u').exec(rels)![1];
      const footer = await built.zip.file(`word/${target}`)!.async('string');
      expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>|w:instr=" ?PAGE/u);
      const text = runs(footer)
        .map((r) => r.text)
        .join('');
      // U+2014 一字线, a space, the PAGE field, a space, U+2014.
      expect(text).toBe('\u2014 ' + ' \u2014');
      expect(footer).toMatch(/w:eastAsia="宋体"/u);
      expect(footer).toContain('<w:sz w:val="28"/>');
      if (type === 'default') {
        expect(footer).toContain('<w:jc w:val="right"/>');
        expect(footer).toContain('<w:ind w:right="280"/>');
      } else {
        expect(footer).toContain('<w:jc w:val="left"/>');
        expect(footer).toContain('<w:ind w:left="280"/>');
      }
    }
  });

  it('lays out the unsealed signature: agency 右空二字, the date two characters in', () => {
    const ps = paragraphs(built.document);
    const agency = ps.at(-2)!;
    const date = ps.at(-1)!;
    expect(agency.text).toBe('某某县某某镇人民政府');
    expect(date.text).toBe(`${built.report.meta!.year! + 1}年1月20日`);
    expect(agency.props).toContain('<w:jc w:val="right"/>');
    expect(agency.props).toContain('<w:ind w:right="640"/>');
    // 10 字 agency, 6.5 字 date: right space 2 + 10 − 2 − 6.5 = 3.5 字 = 1120 twips.
    expect(date.props).toContain('<w:ind w:right="1120"/>');
  });

  it('lists each font with its fallbacks in the font table', async () => {
    const fonts = await built.zip.file('word/fontTable.xml')!.async('string');
    expect(fonts).toMatch(
      /<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋,FangSong"\/><w:charset w:val="86"\/>/u,
    );
    expect(fonts).toMatch(/<w:font w:name="方正小标宋简体"><w:altName w:val="[^"]*宋体"\/>/u);
  });
});

describe('DOCX of other editions', () => {
  it('2019: 表三 三、 spans 20 rows; 表二 in a 5-column grid', async () => {
    const built = await build('2019');
    const html = (await mammoth.convertToHtml({ buffer: built.buffer })).value;
    const [t2, t3] = htmlTables(html);
    expect(t3.flat().find((c) => c.text === '三、本年度办理结果')).toMatchObject({ rowspan: 20 });
    expect(t2.flat().find((c) => c.text === '第二十条第（九）项')).toMatchObject({ colspan: 5 });
    expect(t2.flat().find((c) => c.text === '本年新公开数量')).toMatchObject({ colspan: 2 });
  });

  it('legacy: the 统计表 with its 单位 column and every figure', async () => {
    const built = await build('legacy');
    const html = (await mammoth.convertToHtml({ buffer: built.buffer })).value;
    const cells = new Set(
      htmlTables(html)
        .flat(2)
        .map((c) => c.text),
    );
    for (const text of ['统计指标', '单位', '统计数', '万元', '人次'])
      expect(cells).toContain(text);
    expect([...built.figures.values()].filter((f) => !cells.has(f))).toEqual([]);
  });
});
