/**
 * Issue 5's done-when: the examples and the imported seeds build to all three formats. Each report
 * of examples/ and examples/imported/ is built (with --force when it has lint errors, as the
 * imported seeds keep their sources' errors) and every output is read back for the report's
 * title and every figure of its official tables.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReport } from '@nianbao/core';
import { decodeEntities } from '@nianbao/import';
import { lintReport } from '@nianbao/rules';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { capture } from '../../test/helpers.js';
import { runBuild } from './build.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const reports = ['examples', 'examples/imported'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `${dir}/${name}`),
);

/** Text without any whitespace: titles are broken into lines, TXT pads with spaces. */
const flat = (text: string) => text.replace(/\s+/gu, '');

const stripTags = (html: string) => decodeEntities(html.replace(/<[^>]*>/gu, ''));

/** The text of every table cell of an output, trimmed. */
const cellTexts = {
  html: (html: string) =>
    [...html.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gu)].map((m) => stripTags(m[1]).trim()),
  docx: (xml: string) =>
    [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/gu)].map((m) => docxText(m[1]).trim()),
  // Tables are drawn with `+ - |`: a cell is what stands between two bars on a line.
  txt: (txt: string) =>
    txt
      .split('\n')
      .filter((line) => line.includes('|'))
      .flatMap((line) => line.split('|').map((s) => s.trim())),
};

const docxText = (xml: string) =>
  decodeEntities([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join(''));

/** How often each text occurs. */
const counts = (texts: string[]) => {
  const map = new Map<string, number>();
  for (const text of texts) map.set(text, (map.get(text) ?? 0) + 1);
  return map;
};

describe.each(reports)('nianbao build %s', (name) => {
  it('writes DOCX, HTML and TXT with the title and every figure', async () => {
    const source = readFileSync(join(root, name), 'utf8');
    const report = parseReport(source, { file: name });
    const errors = lintReport(report).filter((d) => d.severity === 'error').length;
    const out = mkdtempSync(join(tmpdir(), 'nianbao-examples-'));
    const io = capture(root);
    const args = [name, '-o', out, ...(errors > 0 ? ['--force'] : [])];
    const code = await runBuild(args, io);
    expect({ code, err: io.err }).toMatchObject({ code: 0 });
    if (errors > 0) expect(io.err).toContain(`有 ${errors} 处错误，因 --force 仍然生成`);
    else expect(io.err).not.toContain('错误');

    const stem = name.split('/').at(-1)!.replace(/\.md$/u, '');
    const paths = Object.fromEntries(
      (['docx', 'html', 'txt'] as const).map((format) => [format, join(out, `${stem}.${format}`)]),
    ) as Record<'docx' | 'html' | 'txt', string>;
    for (const path of Object.values(paths)) expect(existsSync(path), path).toBe(true);

    const html = readFileSync(paths.html, 'utf8');
    const txt = readFileSync(paths.txt, 'utf8');
    const zip = await JSZip.loadAsync(readFileSync(paths.docx));
    const docx = await zip.file('word/document.xml')!.async('string');

    // A report without a `#` title (seed 004) gets the canonical one.
    const title =
      report.title?.text ?? `${report.meta!.agency}${report.meta!.year}年政府信息公开工作年度报告`;
    expect(stripTags(/<title>([^<]*)<\/title>/u.exec(html)![1])).toBe(title);
    expect(flat(stripTags(/<h1\b[^>]*>([\s\S]*?)<\/h1>/u.exec(html)![1]))).toBe(flat(title));
    expect(flat(txt)).toContain(flat(title));
    expect(flat(docxText(docx))).toContain(flat(title));

    // Every figure of the official tables in a table cell, every sentence of the prose that
    // states a figure in the text, of each output.
    const figures = [...report.cells.values()]
      .filter((cell) => cell.value !== undefined)
      .map((cell) => cell.text.trim());
    const sentences = [...new Set(report.numbers.map((n) => flat(n.sentence)))];
    // Seed 001 has no table, only prose; the others have both.
    expect([...figures, ...sentences]).not.toEqual([]);
    for (const [format, cells, text] of [
      ['html', cellTexts.html(html), stripTags(html.slice(html.indexOf('<body')))],
      ['docx', cellTexts.docx(docx), docxText(docx)],
      ['txt', cellTexts.txt(txt), txt],
    ] as const) {
      const printed = counts(cells);
      const missing = [...counts(figures)]
        .filter(([figure, n]) => (printed.get(figure) ?? 0) < n)
        .map(([figure, n]) => `${figure} ×${n} (printed ×${printed.get(figure) ?? 0})`);
      expect(missing, `${format}: figures not printed`).toEqual([]);
      const all = flat(text);
      expect(
        sentences.filter((sentence) => !all.includes(sentence)),
        `${format}: sentences with figures not printed`,
      ).toEqual([]);
    }
  });
});
