/**
 * .docx inputs: real Word files built from the seeds' content with the `docx` library, their
 * official tables in the printed layout with merged cells. Importing them must bind the same
 * cells with the same labels as importing the .txt. Then the ways a .docx can be bad.
 */
import { parseReport, type Report } from '@nianbao/core';
import { Document, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxFromMarkdown } from '../test/docx-builder.js';
import { seeds, seedText } from '../test/seeds.js';
import { ImportError, importFile, importText, type ImportResult } from './index.js';

const withTables = seeds.filter((s) => Object.keys(s.cells).length > 0 || s.id === '001');

interface Pair {
  txt: ImportResult;
  docx: ImportResult;
  bytes: Buffer;
}
const pairs = new Map<string, Pair>();

beforeAll(async () => {
  for (const seed of withTables) {
    const txt = importText(seedText(seed), { name: seed.file });
    const bytes = await docxFromMarkdown(txt.markdown);
    const docx = await importFile(bytes, { name: seed.file.replace('.txt', '.docx') });
    pairs.set(seed.id, { txt, docx, bytes });
  }
});

/** Cell id → text, row key → label, header texts, per official table. */
function bindings(report: Report) {
  return report.tables.map((t) => ({
    table: `${t.spec.key}.${t.block.key}`,
    header: t.header.map((h) => h.text),
    rows: t.rows.filter((r) => r.spec).map((r) => `${r.spec!.key}=${r.text}`),
    cells: t.cells.map((c) => `${c.id}=${c.text}`),
  }));
}

async function documentXml(bytes: Buffer): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
}

describe.each(withTables)('seed $id as .docx', (seed) => {
  it('is a Word file whose official tables have the printed form’s merged cells', async () => {
    const xml = await documentXml(pairs.get(seed.id)!.bytes);
    if (seed.edition === '2019') {
      expect(xml).toContain('<w:gridSpan w:val="7"/>'); // 申请人情况 over the seven columns
      expect(xml).toContain('<w:gridSpan w:val="10"/>'); // 行政诉讼
      expect(xml).toMatch(/<w:vMerge w:val="restart"\/>/u); // 三、本年度办理结果, 表四 leaves
      expect(
        (xml.match(/<w:vMerge\/>|<w:vMerge w:val="continue"\/>/gu) ?? []).length,
      ).toBeGreaterThan(20);
    }
    if (seed.id === '001') expect(xml).not.toContain('<w:tbl>');
  });

  it('imports with the edition, frontmatter and bound cells of the .txt import', () => {
    const { txt, docx } = pairs.get(seed.id)!;
    expect(docx.format).toBe('docx');
    expect(docx.edition.id).toBe(seed.edition);
    expect(docx.meta).toMatchObject({
      agency: txt.meta.agency,
      year: txt.meta.year,
      ...(txt.meta.date ? { date: txt.meta.date } : {}),
    });
    const fromTxt = bindings(parseReport(txt.markdown));
    const fromDocx = bindings(parseReport(docx.markdown));
    expect(fromDocx).toEqual(fromTxt);
    expect(fromDocx.reduce((n, t) => n + t.cells.length, 0)).toBe(
      Object.values(seed.cells).reduce((a, b) => a + b, 0),
    );
    expect(docx.sections.found).toEqual(txt.sections.found);
  });
});

describe('the 2019 printed layout read back', () => {
  it('keeps misspelled labels, a sentence in a count cell, and a missing note', () => {
    const md004 = pairs.get('004')!.docx.markdown;
    expect(md004).toContain('| 第二十条第（一）顼 |');
    expect(md004).toContain('本年増/减');
    expect(md004).toContain('| （五）不于处理 |');
    expect(md004).toContain('| 政府集中采购 | 付云南博超科技公司');
    const md003 = pairs.get('003')!.docx.markdown;
    expect(md003).toContain('| (二)部分公开 | 0 |');
    expect(md003).toMatch(/^\| {2}\| 申请人情况 > 自然人 \|/mu);
  });
});

describe('Word features', () => {
  it('reads heading styles, line breaks inside a paragraph, and reports images', async () => {
    // A 1×1 PNG.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new TextRun('某某镇2021年政府信息公开工作'),
                new TextRun({ text: '年度报告', break: 1 }),
              ],
            }),
            new Paragraph({ text: '一、总体情况', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('本年度工作情况。'),
            new Paragraph({ text: '主动公开', heading: HeadingLevel.HEADING_2 }),
            new Paragraph({
              children: [
                new ImageRun({ type: 'png', data: png, transformation: { width: 10, height: 10 } }),
              ],
            }),
            new Paragraph({ text: '二、主动公开政府信息情况', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('无。'),
          ],
        },
      ],
    });
    const result = await importFile(await Packer.toBuffer(doc), { name: 'r.docx' });
    expect(result.markdown).toContain('\n# 某某镇2021年政府信息公开工作年度报告\n');
    expect(result.markdown).toContain('\n## 一、总体情况\n');
    expect(result.markdown).toContain('\n### 主动公开\n');
    expect(result.meta).toMatchObject({ agency: '某某镇', year: 2021 });
    const image = result.warnings.find((w) => w.code === 'image-dropped');
    expect(image?.line).toBe(5);
    expect(result.unit).toBe('paragraph');
  });
});

async function docxWith(files: Record<string, string | Uint8Array>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function importError(bytes: Uint8Array, options = {}): Promise<ImportError> {
  const error = await importFile(bytes, { name: 'report.docx', ...options }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('bad .docx files', () => {
  it('refuses a damaged archive with a clear message', async () => {
    const bytes = pairs.get('004')!.bytes;
    const error = await importError(bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(error.code).toBe('import-corrupt');
    expect(error.localized.zh).toContain('已损坏');
  });

  it('recognises a password-protected file (an OLE compound file, not a zip)', async () => {
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    ole.write('EncryptedPackage', 1024, 'utf16le');
    const error = await importError(ole);
    expect(error.code).toBe('import-encrypted');
    expect(error.localized.zh).toContain('密码');
  });

  it('refuses an archive that unpacks beyond the limit before reading it', async () => {
    const document = await documentXml(pairs.get('004')!.bytes);
    const bomb = await docxWith({
      '[Content_Types].xml': '<Types/>',
      'word/document.xml': document,
      'word/media/image1.bin': new Uint8Array(3 * 1024 * 1024),
    });
    expect(bomb.length).toBeLessThan(64 * 1024);
    const error = await importError(bomb, { docx: { maxUnpackedBytes: 1024 * 1024 } });
    expect(error.code).toBe('import-unpacked-too-large');
    expect(error.message).toContain('1.0 MB');
  });

  it('does not trust the sizes the central directory declares', async () => {
    const bomb = await docxWith({
      'word/document.xml': '<w:document/>',
      'word/media/image1.bin': new Uint8Array(2 * 1024 * 1024),
    });
    // Rewrite every declared uncompressed size (central directory and local headers) to 1 byte.
    for (let i = 0; i + 4 < bomb.length; i++) {
      const signature = bomb.readUInt32LE(i);
      if (signature === 0x02014b50) bomb.writeUInt32LE(1, i + 24);
      if (signature === 0x04034b50) bomb.writeUInt32LE(1, i + 22);
    }
    const error = await importError(bomb, { docx: { maxUnpackedBytes: 1024 * 1024 } });
    expect(['import-unpacked-too-large', 'import-corrupt']).toContain(error.code);
  });

  it('tells a zip that is not a Word document', async () => {
    const error = await importError(await docxWith({ 'content.xml': '<office/>' }));
    expect(error.code).toBe('import-not-word');
  });

  it('says an empty Word document is empty', async () => {
    const empty = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('')] }] }),
    );
    expect((await importError(empty)).code).toBe('import-empty');
  });
});
