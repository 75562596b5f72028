/**
 * Reading a plain-text report as exported from Word or a web page. Tables come in two layouts
 * (as in the seeds): one cell per line, each cell introduced by a tab, rows separated by blank
 * lines; or one row per line with tab-separated cells. A cell that Word wrapped continues on the
 * next line without a tab (`→本年新` / `制作数量`).
 */
import { parseNumbering } from '@nianbao/core';
import {
  isBlank,
  trimText,
  type SourceCell,
  type SourceDocument,
  type SourceItem,
  type SourceRow,
  type SourceTable,
} from './source.js';

interface Line {
  text: string;
  /** 1-based line number. */
  number: number;
}

const hasTab = (line: Line | undefined) => line !== undefined && line.text.includes('\t');
/** A blank line (a line holding only a tab is an empty cell, not a blank line). */
const blank = (line: Line | undefined) =>
  line !== undefined && !line.text.includes('\t') && isBlank(line.text);

/** The next line that is not blank, from index `i` on. */
function nextContent(lines: Line[], i: number): Line | undefined {
  for (let j = i; j < lines.length; j++) if (!blank(lines[j])) return lines[j];
  return undefined;
}

/**
 * A line without a tab inside a table is the rest of a cell that Word wrapped: it directly
 * follows a cell and is followed by another (possibly after the row's blank line), and it does
 * not start with a section number (a heading right after a table is not a cell).
 */
function isContinuation(lines: Line[], i: number): boolean {
  const line = lines[i];
  if (hasTab(line) || blank(line) || !hasTab(lines[i - 1])) return false;
  if (parseNumbering(trimText(line.text)).numbering.style !== 'none') return false;
  return hasTab(nextContent(lines, i + 1)) && (hasTab(lines[i + 1]) || blank(lines[i + 1]));
}

/** The lines of one table region, from `start` (a line with a tab) to its end (exclusive). */
function regionEnd(lines: Line[], start: number): number {
  let i = start;
  while (i < lines.length) {
    const line = lines[i];
    if (hasTab(line) || isContinuation(lines, i)) {
      i++;
      continue;
    }
    if (blank(line) && hasTab(nextContent(lines, i))) {
      i++;
      continue;
    }
    break;
  }
  return i;
}

const ONE_CELL_PER_LINE = /^\t[^\t]*$/u;

function regionRows(lines: Line[]): SourceRow[] {
  const tabbed = lines.filter((l) => hasTab(l));
  const cellPerLine =
    tabbed.filter((l) => ONE_CELL_PER_LINE.test(l.text)).length >= tabbed.length * 0.9;
  const rows: SourceRow[] = [];
  let row: SourceRow | undefined;
  const lastCell = (): SourceCell | undefined => row?.cells[row.cells.length - 1];
  for (const line of lines) {
    if (blank(line)) {
      if (cellPerLine) row = undefined;
      continue;
    }
    if (!hasTab(line)) {
      const cell = lastCell();
      if (cell) cell.text += `\n${line.text}`;
      continue;
    }
    const parts = line.text.split('\t');
    if (cellPerLine) {
      if (!row) {
        row = { cells: [], line: line.number };
        rows.push(row);
      }
      // The text before the first tab is indentation; any further tab separates cells.
      for (const text of parts.slice(1)) row.cells.push({ text, line: line.number });
    } else {
      row = { cells: parts.map((text) => ({ text, line: line.number })), line: line.number };
      rows.push(row);
    }
  }
  return rows.filter((r) => r.cells.some((c) => !isBlank(c.text)));
}

const NUMERIC = /^[+-]?\d[\d,.]*\s*[\p{Script=Han}%]{0,2}$/u;

/**
 * Whether the rows are a table rather than paragraphs indented with tabs: several rows of
 * several cells, some numbers, and short cells.
 */
function looksLikeTable(rows: SourceRow[]): boolean {
  const cells = rows.flatMap((r) => r.cells.map((c) => trimText(c.text))).filter(Boolean);
  const multi = rows.filter((r) => r.cells.filter((c) => !isBlank(c.text)).length >= 2).length;
  const numbers = cells.filter((c) => NUMERIC.test(c)).length;
  const lengths = cells.map((c) => [...c].length).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  return multi >= 2 && numbers >= 2 && median <= 30;
}

/** Columns of a table laid out with spaces: runs of two or more spaces (or ideographic ones). */
const COLUMN_GAP = /[ \u00a0]{2,}|\u3000+/u;

function alignedCells(line: Line): SourceCell[] {
  return trimText(line.text)
    .split(COLUMN_GAP)
    .map((text) => ({ text, line: line.number }));
}

/**
 * A table laid out with spaces (a monospaced export): consecutive lines of three or more cells
 * separated by wide gaps, some of them numbers. Blank lines between its rows are allowed.
 */
function alignedRows(lines: Line[], start: number): { rows: SourceRow[]; end: number } | undefined {
  const rows: SourceRow[] = [];
  let i = start;
  let end = start;
  while (i < lines.length && !hasTab(lines[i])) {
    if (blank(lines[i])) {
      i++;
      continue;
    }
    const cells = alignedCells(lines[i]);
    if (cells.length < 3) break;
    rows.push({ cells, line: lines[i].number });
    i++;
    end = i;
  }
  return rows.length >= 2 && looksLikeTable(rows) ? { rows, end } : undefined;
}

function paragraph(line: Line): SourceItem {
  return { kind: 'paragraph', text: trimText(line.text), line: line.number };
}

/** Split a decoded text (any line endings) into paragraphs and tables. */
export function readText(text: string): Pick<SourceDocument, 'items'> {
  const lines: Line[] = text
    .replace(/^\uFEFF/u, '')
    .split(/\r\n|\r|\n/u)
    .map((t, i) => ({ text: t, number: i + 1 }));
  const items: SourceItem[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (blank(line)) {
      i++;
      continue;
    }
    if (!hasTab(line)) {
      const aligned = alignedRows(lines, i);
      if (aligned) {
        items.push({ kind: 'table', rows: aligned.rows, line: line.number });
        i = aligned.end;
        continue;
      }
      items.push(paragraph(line));
      i++;
      continue;
    }
    const end = regionEnd(lines, i);
    const region = lines.slice(i, end);
    const rows = regionRows(region);
    if (looksLikeTable(rows)) {
      const table: SourceTable = { kind: 'table', rows, line: line.number };
      items.push(table);
    } else {
      // Paragraphs indented with tabs: each line is a paragraph again.
      for (const l of region) if (!blank(l)) items.push(paragraph(l));
    }
    i = end;
  }
  return { items };
}
