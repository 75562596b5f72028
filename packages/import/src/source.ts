/**
 * The source document as the readers (.txt, .docx) hand it to the recogniser: paragraphs and
 * tables in reading order, each with the line (.txt) or paragraph number (.docx) it came from,
 * text exactly as written. Nothing here knows a label; recognition happens later, against the
 * edition declarations.
 */
import type { Localized } from '@nianbao/core';

export interface SourceCell {
  /** Text as written; line breaks inside the cell kept as `\n`. */
  text: string;
  line: number;
}

export interface SourceRow {
  cells: SourceCell[];
  line: number;
}

export interface SourceTable {
  kind: 'table';
  rows: SourceRow[];
  line: number;
}

export interface SourceParagraph {
  kind: 'paragraph';
  text: string;
  line: number;
  /** The reader knows it is a heading (a Word heading style). */
  heading?: boolean;
  /** Its heading level in the source (Word's 标题 1 → 1), when the reader knows it. */
  headingLevel?: number;
}

export type SourceItem = SourceParagraph | SourceTable;

/** What a location number counts: lines of a .txt, paragraphs (and table rows) of a .docx. */
export type LocationUnit = 'line' | 'paragraph';

export interface ImportWarning {
  code: string;
  severity: 'warning' | 'info';
  message: Localized;
  data: Record<string, unknown>;
  /** Line (.txt) or paragraph (.docx) of the source. */
  line?: number;
}

export interface SourceDocument {
  format: 'txt' | 'docx';
  unit: LocationUnit;
  /** The text encoding a .txt was read in (`UTF-8`, `GB18030`…). */
  encoding?: string;
  items: SourceItem[];
  warnings: ImportWarning[];
}

const WHITESPACE = /[\s\u00a0\u3000]+/gu;
const ASCII_WORD = /[A-Za-z0-9]/u;

/**
 * A label without its layout: line breaks and the spaces that centring or justification put
 * between characters (`商业 企业`, `结  果  维  持`, `法律服\n务机构`). A space between two Latin
 * letters or digits is a word space and stays (one space).
 */
export function cleanLabel(text: string): string {
  const trimmed = text.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/gu, '');
  return trimmed.replace(WHITESPACE, (space, offset: number) => {
    const before = trimmed[offset - 1] ?? '';
    const after = trimmed[offset + space.length] ?? '';
    return ASCII_WORD.test(before) && ASCII_WORD.test(after) ? ' ' : '';
  });
}

/** Cell or paragraph text with its line breaks joined (no space between Chinese characters). */
export function joinLines(text: string): string {
  const lines = text.split('\n').map((l) => l.trim());
  let out = '';
  for (const line of lines) {
    if (!line) continue;
    const last = out.slice(-1);
    out += out && ASCII_WORD.test(last) && ASCII_WORD.test(line[0]) ? ` ${line}` : line;
  }
  return out;
}

/** Text of a paragraph as written, without the indentation around it. */
export function trimText(text: string): string {
  return text.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/gu, '');
}

export function isBlank(text: string): boolean {
  return trimText(text) === '';
}
