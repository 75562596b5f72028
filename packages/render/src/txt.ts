/**
 * The plain-text form: the report as a text file, tables drawn with ASCII rules so that they line
 * up in any monospaced CJK font (a Chinese character is two columns wide).
 */
import type Handlebars from 'handlebars';
import { columnWidths, type TableGrid } from './grid.js';
import { commonHelpers } from './helpers.js';
import type { TemplateData } from './model.js';
import type { TemplateSet } from './templates.js';
import { displayWidth, graphemes, pad, wrapText } from './width.js';

export interface TxtOptions {
  /** Line ends `\r\n` instead of `\n` (for Windows Notepad before 2018). */
  crlf?: boolean;
  /** Widest a table may be, in columns (a Chinese character is two). */
  tableWidth?: number;
  /** Characters of a line for centring and the signature (GB/T 9704: 28). */
  lineChars?: number;
}

const DEFAULT_TABLE_WIDTH = 100;
const DEFAULT_LINE_CHARS = 28;

/** A table grid drawn as text: `+---+` rules, `|` between columns, merged cells merged. */
export function textTable(grid: TableGrid, maxWidth = DEFAULT_TABLE_WIDTH): string {
  const columns = grid.columns;
  // Each column costs a rule and a space on each side of its text.
  const content = columnWidths(grid, {
    available: maxWidth - 1 - 3 * columns,
    measure: displayWidth,
    minimum: 4,
  }).map((w) => Math.max(1, Math.floor(w)));
  const x = [0];
  for (let c = 0; c < columns; c++) x.push(x[c] + content[c] + 3);

  const cells = grid.rows.flatMap((r) => r.cells);
  const innerWidth = (cell: (typeof cells)[number]) => x[cell.col + cell.colSpan] - x[cell.col] - 3;
  const lines = new Map(
    cells.map((cell) => {
      const indent = cell.indent > 0 && cell.kind === 'row-label' ? '　'.repeat(cell.indent) : '';
      const width = Math.max(2, innerWidth(cell) - displayWidth(indent));
      const wrapped = cell.text === '' ? [''] : wrapText(cell.text, width);
      return [cell, wrapped.map((line) => indent + line)];
    }),
  );

  // Row heights: a cell's lines fit the rows it spans (and the rules between them).
  const heights = grid.rows.map(() => 1);
  const bySpan = [...cells].sort((a, b) => a.rowSpan - b.rowSpan);
  for (const cell of bySpan) {
    const needed = lines.get(cell)!.length;
    const last = cell.row + cell.rowSpan - 1;
    let room = cell.rowSpan - 1;
    for (let r = cell.row; r <= last; r++) room += heights[r];
    if (needed > room) heights[last] += needed - room;
  }
  const y = [0];
  for (let r = 0; r < grid.rows.length; r++) y.push(y[r] + heights[r] + 1);

  const width = x[columns] + 1;
  const canvas: string[][] = Array.from({ length: y[grid.rows.length] + 1 }, () =>
    Array<string>(width).fill(' '),
  );
  // Rules: every cell draws its own frame; shared edges coincide.
  for (const cell of cells) {
    const top = y[cell.row];
    const bottom = y[cell.row + cell.rowSpan];
    const left = x[cell.col];
    const right = x[cell.col + cell.colSpan];
    for (let i = left; i <= right; i++) {
      for (const row of [top, bottom]) if (canvas[row][i] !== '+') canvas[row][i] = '-';
    }
    for (let j = top; j <= bottom; j++) {
      for (const col of [left, right]) if (canvas[j][col] !== '+') canvas[j][col] = '|';
    }
    for (const [row, col] of [
      [top, left],
      [top, right],
      [bottom, left],
      [bottom, right],
    ])
      canvas[row][col] = '+';
  }
  for (const cell of cells) {
    const text = lines.get(cell)!;
    const top = y[cell.row] + 1;
    const room = y[cell.row + cell.rowSpan] - top;
    const first = top + Math.floor((room - text.length) / 2);
    const inner = innerWidth(cell);
    text.forEach((line, i) => {
      let col = x[cell.col] + 2;
      for (const ch of graphemes(pad(line, inner, cell.align))) {
        const w = displayWidth(ch);
        canvas[first + i][col] = ch;
        // A wide character fills two columns: the second is left empty when printed.
        if (w === 2) canvas[first + i][col + 1] = '';
        col += w;
      }
    });
  }
  return canvas.map((row) => row.join('').trimEnd()).join('\n');
}

/** Settings the TXT helpers read from the render context (`@root.txt`). */
interface TxtSettings {
  tableWidth: number;
  lineWidth: number;
}

const settingsOf = (options: Handlebars.HelperOptions): TxtSettings =>
  (options.data?.root as { txt: TxtSettings }).txt;

/** The helpers of the TXT templates (documented in docs/templates.md). */
export const txtHelpers: Record<string, Handlebars.HelperDelegate> = {
  ...commonHelpers,
  /** A table grid drawn as text. */
  textTable: (grid: TableGrid, options: Handlebars.HelperOptions) =>
    textTable(grid, settingsOf(options).tableWidth),
  /** Centre a text on the line (titles, captions). */
  center: (text: unknown, options: Handlebars.HelperOptions) => {
    const value = String(text ?? '');
    const { lineWidth } = settingsOf(options);
    return ' '.repeat(Math.max(0, Math.floor((lineWidth - displayWidth(value)) / 2))) + value;
  },
  /** Place a text so that `rightChars` characters stay free at the end of the line. */
  rightAlign: (text: unknown, rightChars: unknown, options: Handlebars.HelperOptions) => {
    const value = String(text ?? '');
    const right = Math.round(Number(rightChars ?? 0) * 2);
    const { lineWidth } = settingsOf(options);
    return ' '.repeat(Math.max(0, lineWidth - right - displayWidth(value))) + value;
  },
  /** Prefix a text (a paragraph's indent, a list marker); nothing for an empty text. */
  indentLines: (text: unknown, prefix: unknown) => {
    const value = String(text ?? '');
    return value === '' ? '' : `${String(prefix ?? '')}${value}`;
  },
};

/** Tidy template output: no trailing spaces, at most one empty line in a row, one final newline. */
export function tidyText(text: string, crlf = false): string {
  const lines = text.split(/\r?\n/u).map((line) => line.trimEnd());
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out.at(-1) === '')) continue;
    out.push(line);
  }
  while (out.at(-1) === '') out.pop();
  return out.join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n');
}

export function renderTxt(
  data: TemplateData,
  templates: TemplateSet,
  options: TxtOptions = {},
): string {
  const render = templates.document('txt', txtHelpers);
  const txt: TxtSettings = {
    tableWidth: options.tableWidth ?? DEFAULT_TABLE_WIDTH,
    lineWidth: (options.lineChars ?? DEFAULT_LINE_CHARS) * 2,
  };
  return tidyText(render({ ...data, txt }), options.crlf);
}
