/**
 * Importing, then rendering (what `nianbao build` does) loses no paragraph of the source: every
 * non-empty paragraph of each seed stands in the rendered TXT and HTML, and the signature the
 * importer moved into the frontmatter comes back under the text.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseReport } from '@nianbao/core';
import { decodeEntities, importText, readText } from '@nianbao/import';
import { renderReport } from '@nianbao/render';
import { describe, expect, it } from 'vitest';

const seedsDir = fileURLToPath(new URL('../../../../fixtures/seeds/', import.meta.url));
const seeds = [
  '000_ca076ed118eb309d',
  '001_d71a31302dcbe390',
  '002_8f2aa8313110af5c',
  '003_d00a2679fa720ff6',
  '004_88317d741f75eb7e',
];

/** Text without whitespace (wrapping, indentation) and the Markdown angle brackets of links. */
const flat = (text: string) => text.replace(/[\s<>\u3000]+/gu, '');

const decodeHtml = (html: string) => decodeEntities(html.replace(/<[^>]+>/gu, ''));

describe.each(seeds)('seed %s imported and rendered', (id) => {
  const source = readFileSync(`${seedsDir}${id}.txt`, 'utf8');
  const imported = importText(source);
  // Seeds 001 and 003 have no 成文日期: their frontmatter lacks `date` (lint reports it) and they
  // render as they are, with no date line.
  const report = parseReport(imported.markdown);
  const paragraphs = readText(source)
    .items.filter((i) => i.kind === 'paragraph')
    .map((p) => (p.kind === 'paragraph' ? p.text : ''));
  // Lines the importer moved into the frontmatter: the 成文日期 and the signing agency.
  const moved = (text: string) =>
    /^[（(]?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[）)]?$/u.test(text.trim()) ||
    text.trim() === imported.meta.agency;

  it.each(['txt', 'html'] as const)('as %s, with every paragraph', async (format) => {
    const rendered = String(await renderReport(report, format));
    const text = flat(format === 'html' ? decodeHtml(rendered) : rendered);
    const lost = paragraphs
      .filter((p) => !moved(p) && !/印发\s*$/u.test(p))
      .filter((p) => !text.includes(flat(p)));
    expect(lost).toEqual([]);
    if (imported.meta.agency) expect(text).toContain(flat(imported.meta.agency));
  });
});
