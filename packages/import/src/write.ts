/**
 * Writing the recognised report as nianbao Markdown: frontmatter, the title as `#`, headings as
 * `##`… with their numbering as written, paragraphs as written, official tables through the
 * core's `blockToMarkdown` (with the source's spelling of labels), other tables as plain GFM
 * tables, and whatever has no place as an HTML comment beside where it stood.
 */
import {
  blockToMarkdown,
  escapeCell,
  flattenRows,
  leafColumns,
  writeFrontmatter,
  type EditionSpec,
  type Localized,
} from '@nianbao/core';
import type { ImportedMeta } from './meta.js';
import { importMessages, type ImportMessageId } from './messages.js';
import {
  cleanLabel,
  isBlank,
  joinLines,
  type ImportWarning,
  type SourceCell,
  type SourceTable,
} from './source.js';
import type { Structure } from './structure.js';
import {
  blockLabels,
  blockUnits,
  blockValues,
  isValueLike,
  type RecognisedBlock,
  type TableRecognition,
} from './tables.js';

const MAX_HEADING_DEPTH = 6;

/**
 * Markdown-escape prose so that it reads back as the same text: line-start markers (`1. `
 * would be a list, `#` a heading) and inline markers (emphasis, code, strikethrough, links).
 */
export function escapeMarkdown(text: string): string {
  return escapeInline(text)
    .replace(/^(\d{1,9})([.)])(?=\s|$)/u, '$1\\$2')
    .replace(/^([#>+\-=|])/u, '\\$1');
}

/** Escape inline markers only (heading text: its leading `1.` is no list). */
export function escapeInline(text: string): string {
  return text
    .replace(/\\/gu, '\\\\')
    .replace(/([*_`~[\]])/gu, '\\$1')
    .replace(/<(?!https?:\/\/[^\s>]+>)/gu, '&lt;');
}

/** An HTML comment that cannot be closed early by the text it holds. */
export function comment(text: string): string {
  return `<!-- ${text.replace(/--/gu, '- -').replace(/\n/gu, ' ')} -->`;
}

function plainTable(table: SourceTable, rows = table.rows): string {
  const width = Math.max(1, ...rows.map((r) => r.cells.length));
  const line = (cells: string[]) =>
    `| ${Array.from({ length: width }, (_, i) => escapeCell(cells[i] ?? '')).join(' | ')} |`;
  const [header, ...body] = rows.map((r) => r.cells.map((c) => joinLines(c.text)));
  return [line(header ?? []), line(Array(width).fill('---')), ...body.map(line)].join('\n');
}

export interface WriteContext {
  edition: EditionSpec;
  meta: ImportedMeta;
  structure: Structure;
  recognition: TableRecognition;
  /** Localised location of a line or paragraph. */
  where: (line: number) => Localized;
  warn: (code: ImportMessageId, data: Record<string, unknown>, line?: number) => void;
}

function blockMarkdown(context: WriteContext, read: RecognisedBlock, out: string[]): void {
  const { meta, warn, where } = context;
  const name = read.table.name;
  for (const cell of read.leadingText) out.push(escapeMarkdown(joinLines(cell.text)), '');
  const values = blockValues(read);
  const markdown = blockToMarkdown(read.table, read.block, {
    values,
    year: meta.year,
    labels: blockLabels(read),
    units: blockUnits(read),
    header: read.header,
    fill: '',
  });
  out.push(markdown, '');
  const kept: string[] = [];
  for (const leftover of read.leftovers) {
    const text = joinLines(leftover.cell.text);
    const line = leftover.cell.line;
    const data = { table: name, text, where: where(line), row: leftover.row ?? '' };
    const code: ImportMessageId =
      leftover.kind === 'header'
        ? 'header-unknown'
        : leftover.kind === 'row'
          ? 'row-unknown'
          : leftover.kind === 'extra'
            ? 'cells-extra'
            : 'values-unplaced';
    warn(code, data, line);
    kept.push(`${where(line).zh}：${text}`);
  }
  const width = leafColumns(read.block.columns).length;
  for (const row of read.rows) {
    if (!row.flat || read.byRow.get(row.flat.row.key) !== row) continue;
    const carries = row.flat.hasData;
    if (carries && row.values.length < width)
      warn(
        'cells-missing',
        {
          table: name,
          row: cleanLabel(row.label?.text ?? row.flat.row.label),
          count: row.values.filter((v) => !isBlank(v.text)).length,
          expected: width,
          where: where(row.line),
        },
        row.line,
      );
  }
  for (const flat of missingRows(read))
    warn('row-missing', { table: name, row: flat }, read.segment.line);
  if (kept.length)
    out.push(comment(`nianbao import 无法归位的${name}内容：${kept.join('；')}`), '');
}

/** Official data rows the source does not have (label-only rows are not missed). */
export function missingRows(read: RecognisedBlock): string[] {
  if (read.block.noRowLabels) return read.rows.length ? [] : [read.table.name];
  return flattenRows(read.block.rows)
    .filter((f) => f.hasData && !read.byRow.has(f.row.key))
    .map((f) => f.row.label);
}

function tableMarkdown(context: WriteContext, table: SourceTable, out: string[]): void {
  const entry = context.recognition.tables.find((t) => t.source === table);
  for (const { segment, block } of entry?.segments ?? [{ segment: table, block: undefined }]) {
    if (block) {
      blockMarkdown(context, block, out);
      continue;
    }
    // Not an official table: kept as it is, a plain table (a one-cell row alone is a paragraph).
    const filled = segment.rows.filter((r) => r.cells.some((c) => !isBlank(c.text)));
    const single = filled.every((r) => r.cells.filter((c) => !isBlank(c.text)).length <= 1);
    if (single) {
      for (const row of filled) {
        const cell = row.cells.find((c: SourceCell) => !isBlank(c.text))!;
        out.push(escapeMarkdown(joinLines(cell.text)), '');
      }
      continue;
    }
    const hasNumbers = filled.some((r) => r.cells.some((c) => isValueLike(c.text)));
    context.warn(
      'table-unrecognised',
      { where: context.where(segment.line), edition: context.edition.id, numbers: hasNumbers },
      segment.line,
    );
    out.push(plainTable(table, filled), '');
  }
}

/** The whole report as Markdown. */
export function writeMarkdown(context: WriteContext): string {
  const { structure, edition, meta, where, warn } = context;
  const { agency, year, date, period, contact } = meta;
  const out: string[] = [
    writeFrontmatter({ edition: edition.id, agency, year, date, period, contact }),
    '',
  ];
  for (const p of structure.beforeTitle) out.push(escapeMarkdown(p.text), '');
  if (structure.title) out.push(`# ${escapeInline(structure.title.text)}`, '');
  for (const item of structure.body) {
    if (item.kind === 'heading') {
      const depth = Math.min(MAX_HEADING_DEPTH, item.level + 1);
      out.push(
        `${'#'.repeat(depth)} ${escapeInline(item.text).replace(/#+$/u, (m) => '\\#'.repeat(m.length))}`,
        '',
      );
    } else if (item.kind === 'paragraph') out.push(escapeMarkdown(item.text), '');
    else tableMarkdown(context, item.table, out);
  }
  for (const p of structure.trailer) {
    warn('trailer', { where: where(p.line), text: p.text }, p.line);
    out.push(comment(`nianbao import 版记：${p.text}`), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export function warning(
  code: ImportMessageId,
  data: Record<string, unknown>,
  line?: number,
  severity: ImportWarning['severity'] = 'warning',
): ImportWarning {
  return { code, severity, message: importMessages[code], data, ...(line ? { line } : {}) };
}
