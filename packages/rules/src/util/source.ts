/**
 * Where things are in the Markdown source, for fixes: the text inside a table cell, the text of
 * a heading after its `#` marks. Nodes may lack positions (see toolchain notes): every helper
 * returns `undefined` then, and the rule reports without a fix.
 */
import type { Heading, TableCell } from 'mdast';
import type { Position } from 'unist';
import type { Fix } from '../types.js';

/**
 * The range of a cell's content, without the pipes and the padding around it. mdast gives a
 * GFM table cell the range from its leading pipe to the next one (the last cell includes its
 * closing pipe). An empty cell yields the range of its padding, so a fix fills it.
 */
export function cellContentRange(
  source: string,
  node: { position?: Position },
): { range: [number, number]; empty: boolean } | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || end < start) return undefined;
  let from = start;
  let to = end;
  if (source[from] === '|') from++;
  if (to > from && source[to - 1] === '|' && source[to - 2] !== '\\') to--;
  const inner = source.slice(from, to);
  const trimmedStart = inner.length - inner.trimStart().length;
  const trimmedEnd = inner.trimEnd().length;
  if (inner.trim() === '') return { range: [from, to], empty: true };
  return { range: [from + trimmedStart, from + trimmedEnd], empty: false };
}

/** Escape what would end a cell early. */
function escapeCellText(text: string): string {
  return text.replace(/\|/gu, '\\|').replace(/\r?\n/gu, ' ');
}

/** A fix that replaces what a table cell holds with `text`. */
export function replaceCellFix(
  source: string,
  node: TableCell | { position?: Position },
  text: string,
): Fix | undefined {
  const content = cellContentRange(source, node);
  if (!content) return undefined;
  const escaped = escapeCellText(text);
  return { range: content.range, text: content.empty ? ` ${escaped} ` : escaped };
}

/**
 * The offset where a heading's text starts (after `## ` of an ATX heading; the heading's start
 * for a setext one).
 */
export function headingTextStart(source: string, heading: Heading): number | undefined {
  const start = heading.position?.start.offset;
  if (start === undefined) return undefined;
  const lineEnd = source.indexOf('\n', start);
  const line = source.slice(start, lineEnd < 0 ? undefined : lineEnd);
  const atx = /^ {0,3}#{1,6}[ \t]+/u.exec(line);
  if (atx) {
    let offset = start + atx[0].length;
    while (source[offset] === ' ' || source[offset] === '\t') offset++;
    return offset;
  }
  return /^ {0,3}#/u.test(line) ? undefined : start;
}

/**
 * The range of `prefix` at the start of a heading's text, when the source holds it verbatim
 * there (a heading written with escapes or inline markup at its start gets no fix).
 */
export function headingPrefixRange(
  source: string,
  heading: Heading,
  prefix: string,
): [number, number] | undefined {
  const start = headingTextStart(source, heading);
  if (start === undefined) return undefined;
  return source.startsWith(prefix, start) ? [start, start + prefix.length] : undefined;
}

/** The range of a heading's text without its numbering, when the source holds it verbatim. */
export function headingTitleRange(
  source: string,
  heading: Heading,
  numberingRaw: string,
  title: string,
): [number, number] | undefined {
  const start = headingTextStart(source, heading);
  if (start === undefined) return undefined;
  let offset = start;
  if (numberingRaw) {
    if (!source.startsWith(numberingRaw, offset)) return undefined;
    offset += numberingRaw.length;
  }
  while (source[offset] === ' ' || source[offset] === '\t') offset++;
  return source.startsWith(title, offset) ? [offset, offset + title.length] : undefined;
}
