/**
 * Helpers of the prose rules (prose-sums, prose-table, year-period, punctuation,
 * preamble-parts): character classes of Chinese text, statements (text
 * between full stops) with their file offsets, numbers with units, and positions and fixes that
 * point back into the file.
 */
import { PROSE_UNITS, type ProseBlock, type Report } from '@nianbao/core';
import type { Position } from 'unist';
import type { Fix } from '../types.js';

const HAN = /\p{Script=Han}/u;

/** A Chinese character (汉字), not punctuation. */
export function isHan(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const code = ch.charCodeAt(0);
  // The common blocks by code (the regex costs a microsecond a character); the rest by script.
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) return true;
  return code >= 0x2e80 && HAN.test(ch);
}

/** The year the report covers: the frontmatter's, or the raw value when the rest is invalid. */
export function reportYear(report: Report): number | undefined {
  if (report.meta?.year) return report.meta.year;
  const raw = report.rawMeta?.year;
  if (typeof raw === 'number' && Number.isInteger(raw)) return raw;
  if (typeof raw === 'string' && /^\d{4}$/u.test(raw)) return Number(raw);
  return undefined;
}

/** A piece of a prose block: its text and the file offset of every character. */
export interface Span {
  text: string;
  offsets: number[];
  block: ProseBlock;
  /** Index of the span's first character within the block. */
  start: number;
}

/**
 * Split a block into statements at full stops (`。！？` and line breaks). Unlike the model's
 * sentences, `；` does not end a statement: reports list the parts of a total separated by `；`.
 */
export function statements(block: ProseBlock): Span[] {
  const out: Span[] = [];
  let start = 0;
  const { text } = block;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || /[。！？!?\n]/u.test(text[i])) {
      const end = i < text.length ? i + 1 : i;
      if (text.slice(start, end).trim()) out.push(spanOf(block, start, end));
      start = end;
    }
  }
  return out;
}

export function spanOf(block: ProseBlock, start: number, end: number): Span {
  return {
    text: block.text.slice(start, end),
    offsets: block.offsets.slice(start, end + 1),
    block,
    start,
  };
}

/** Position in the file of the characters `from`…`to` (exclusive) of a block or span. */
export function positionIn(
  report: Report,
  where: { offsets: number[] },
  from: number,
  to: number,
): Position {
  const last = where.offsets.length - 1;
  const startOffset = where.offsets[Math.max(0, Math.min(from, last))];
  // The end is just after the last character of the range (offsets are per character).
  const endOffset =
    to > from ? where.offsets[Math.max(0, Math.min(to, last + 1) - 1)] + 1 : startOffset;
  return { start: report.positionAt(startOffset), end: report.positionAt(endOffset) };
}

/**
 * A fix replacing characters `from`…`to` of a block or span — only when those characters stand
 * verbatim and contiguously in the file (not through an escape or an entity), so that a fix
 * never rewrites text it did not read.
 */
export function fixIn(
  report: Report,
  where: { text: string; offsets: number[] },
  from: number,
  to: number,
  replacement: string,
): Fix | undefined {
  const start = where.offsets[from];
  if (start === undefined || to <= from) return undefined;
  for (let i = from; i < to; i++) {
    const offset = where.offsets[i];
    if (offset !== start + (i - from) || report.source[offset] !== where.text[i]) return undefined;
  }
  return { range: [start, start + (to - from)], text: replacement };
}

export interface UnitNumber {
  value: number;
  raw: string;
  unit: string;
  /** Index of the first digit in the text. */
  index: number;
  /** Index just after the unit. */
  end: number;
  /** Digits after the decimal point. */
  decimals: number;
  /** Approximate or part of a range (`约100条`, `3-4条`, `100条左右`): never compared. */
  fuzzy: boolean;
}

const NUMBER_WITH_UNIT = new RegExp(
  `(?<![\\d.．])(\\d+(?:\\.\\d+)?)\\s*(${PROSE_UNITS.join('|')})`,
  'gu',
);

/** Numbers with a unit in a text (the units of the report model), `％` read as `%`. */
export function unitNumbers(text: string): UnitNumber[] {
  const out: UnitNumber[] = [];
  for (const m of text.matchAll(NUMBER_WITH_UNIT)) {
    const index = m.index ?? 0;
    const end = index + m[0].length;
    const before = text.slice(Math.max(0, index - 3), index);
    const after = text.slice(end, end + 2);
    const fuzzy =
      /(?:约|近|逾|超|将近|大约|不到|不足|上千|上百)$/u.test(before) ||
      /\d\s*[-－~～—–至到]\s*$/u.test(before) ||
      // 「3,256条」: a thousands separator, the regex sees only 256.
      /\d,$/u.test(before) ||
      /^(?:左右|上下|以上|以下|多|余)/u.test(after) ||
      /^[-－~～—–至到]\s*\d/u.test(after);
    out.push({
      value: Number(m[1]),
      raw: m[1],
      unit: m[2] === '％' ? '%' : m[2],
      index,
      end,
      decimals: m[1].includes('.') ? m[1].length - m[1].indexOf('.') - 1 : 0,
      fuzzy,
    });
  }
  return out;
}

/** Ranges of URLs, domain names and e-mail addresses in a text, which prose rules skip. */
export function addressRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const pattern =
    /(?:https?:\/\/|ftp:\/\/|www\.)[\w\-.~:/?#[\]@!$&'*+,;=%]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:gov|com|net|org|edu|cn)\b[\w\-./?=&%#]*/giu;
  for (const m of text.matchAll(pattern)) out.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return out;
}

export function inRanges(ranges: [number, number][], index: number): boolean {
  return ranges.some(([from, to]) => index >= from && index < to);
}
