/**
 * Reading the HTML that mammoth writes: a flat, well-formed subset (p, h1–h6, table/tr/td/th
 * with rowspan/colspan, lists, inline formatting, br, img). A small tokenizer is enough; a
 * general HTML parser would add weight and nothing else.
 */
import type { SourceCell, SourceItem, SourceRow } from './source.js';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Text of HTML with its character references (`&amp;`, `&#x4e00;`, `&nbsp;`) decoded. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/giu, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

interface Token {
  type: 'open' | 'close' | 'text';
  name?: string;
  attributes?: string;
  text?: string;
}

function* tokens(html: string): Generator<Token> {
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/gu;
  for (const m of html.matchAll(re)) {
    if (m[4] !== undefined) yield { type: 'text', text: decodeEntities(m[4]) };
    else yield { type: m[1] ? 'close' : 'open', name: m[2].toLowerCase(), attributes: m[3] };
  }
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

export interface HtmlItems {
  items: SourceItem[];
  /** Paragraph numbers where an image stood. */
  images: number[];
}

/**
 * Paragraphs and tables in reading order. A paragraph's line breaks (`<br />`) split it into
 * lines, as a plain-text export would; a cell's paragraphs stay in the cell, joined by `\n`.
 * Locations count paragraphs and table rows (1-based).
 */
export function readHtml(html: string): HtmlItems {
  const items: SourceItem[] = [];
  const images: number[] = [];
  let counter = 0;
  let text: string[] | undefined;
  let heading = 0;
  let tableDepth = 0;
  let rows: SourceRow[] = [];
  let row: SourceRow | undefined;
  let cell: SourceCell | undefined;
  let tableLine = 0;

  const flushParagraph = () => {
    if (!text) return;
    const lines = text.join('').split('\n');
    text = undefined;
    if (cell) {
      const body = lines.join('\n');
      cell.text = cell.text ? `${cell.text}\n${body}` : body;
      return;
    }
    counter++;
    for (const line of lines)
      if (line.trim())
        items.push({
          kind: 'paragraph',
          text: line,
          line: counter,
          ...(heading ? { heading: true, headingLevel: heading } : {}),
        });
  };

  for (const token of tokens(html)) {
    const name = token.name ?? '';
    if (token.type === 'text') {
      if (text) text.push(token.text!);
      else if (cell) cell.text += token.text!;
      continue;
    }
    if (token.type === 'open') {
      if (BLOCKS.has(name)) {
        flushParagraph();
        text = [];
        heading = /^h[1-6]$/u.test(name) ? Number(name[1]) : 0;
      } else if (name === 'br') text?.push('\n');
      else if (name === 'img') {
        images.push(counter + 1);
      } else if (name === 'table') {
        flushParagraph();
        tableDepth++;
        if (tableDepth === 1) {
          rows = [];
          tableLine = counter + 1;
        }
      } else if (name === 'tr' && tableDepth === 1) {
        counter++;
        row = { cells: [], line: counter };
        rows.push(row);
      } else if ((name === 'td' || name === 'th') && tableDepth === 1 && row) {
        cell = { text: '', line: row.line };
        row.cells.push(cell);
      }
      continue;
    }
    if (BLOCKS.has(name)) flushParagraph();
    else if ((name === 'td' || name === 'th') && tableDepth === 1) {
      flushParagraph();
      cell = undefined;
    } else if (name === 'tr' && tableDepth === 1) row = undefined;
    else if (name === 'table') {
      tableDepth--;
      if (tableDepth === 0) items.push({ kind: 'table', rows, line: tableLine });
    }
  }
  flushParagraph();
  return { items, images };
}
