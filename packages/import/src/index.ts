/**
 * @nianbao/import: existing reports (.txt, .docx) into nianbao Markdown. The reader turns a file
 * into paragraphs and tables; the recogniser finds the structure and the official tables (from
 * the edition declarations, with the core's binder measures); the writer produces Markdown that
 * keeps the source's text as written, so that `nianbao lint` reports the original's errors.
 */
import {
  MAX_REPORT_BYTES,
  flattenRows,
  getEdition,
  leafColumns,
  localize,
  type EditionId,
  type Locale,
  type Localized,
} from '@nianbao/core';
import { decodeText, sniffFormat } from './decode.js';
import { DEFAULT_DOCX_LIMITS, readDocx, type DocxLimits } from './docx.js';
import { chooseEdition, type Reason } from './edition.js';
import { ImportError, formatBytes } from './errors.js';
import { readMeta, yearSourceMessage, type ImportedMeta } from './meta.js';
import { importMessages, type ImportMessageId } from './messages.js';
import type { ImportWarning, SourceDocument, SourceTable } from './source.js';
import { readStructure } from './structure.js';
import { isValueLike } from './tables.js';
import { readText } from './txt.js';
import { missingRows, warning, writeMarkdown } from './write.js';

export { ImportError } from './errors.js';
export { importMessages, type ImportMessageId } from './messages.js';
export { DEFAULT_DOCX_LIMITS, type DocxLimits } from './docx.js';
export { decodeText, sniffFormat, type DecodedText, type SourceFormat } from './decode.js';
export { readText } from './txt.js';
export { decodeEntities, readHtml } from './html.js';
export { readStructure, readDate, type Structure, type BodyItem } from './structure.js';
export { readContact, readPeriod, type ImportedMeta } from './meta.js';
export {
  cleanLabel,
  type ImportWarning,
  type SourceDocument,
  type SourceItem,
  type SourceTable,
} from './source.js';
export { chooseEdition, type Reason, type EditionChoice } from './edition.js';
export { recogniseTables, type TableRecognition, type RecognisedBlock } from './tables.js';

/** Plain-text reports larger than a report can be are refused before they are read. */
export const MAX_TEXT_BYTES = MAX_REPORT_BYTES;
/** A .docx file (images included) larger than this is refused. */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024;

export interface ImportOptions {
  /** File name: names the source in results, and `.docx` tells a damaged archive from text. */
  name?: string;
  /** Use this edition instead of the detected one (`--edition`). */
  edition?: string;
  maxTextBytes?: number;
  maxDocxBytes?: number;
  docx?: Partial<DocxLimits>;
}

export interface ImportedTable {
  /** Table name (`表三`) and block caption, if any. */
  table: string;
  key: string;
  block: string;
  /** Source line (or paragraph) where the block starts. */
  line: number;
  /** Official cells the source fills. */
  cells: number;
  /** Official cells of the block (optional subtotals left out). */
  expected: number;
  /** How well the block matched the declaration (the binder's score). */
  score: number;
  missingRows: string[];
}

export interface ImportResult {
  name?: string;
  markdown: string;
  format: 'txt' | 'docx';
  encoding?: string;
  edition: {
    id: EditionId;
    detected: EditionId;
    overridden: boolean;
    reasons: Reason[];
    scores: Record<string, number>;
  };
  meta: ImportedMeta;
  sections: { found: string[]; missing: string[]; headings: number };
  tables: ImportedTable[];
  /** Cells of the source's tables that no official cell took (kept as comments or plain tables). */
  unbound: { text: string; line: number; table?: string }[];
  paragraphs: number;
  warnings: ImportWarning[];
  /** Where `line` numbers point: lines of a .txt, paragraphs of a .docx. */
  unit: SourceDocument['unit'];
}

function whereOf(unit: SourceDocument['unit']): (line: number) => Localized {
  const message = unit === 'line' ? importMessages.where : importMessages['where-paragraph'];
  return (line) => ({
    zh: localize(message, 'zh', { line }),
    en: localize(message, 'en', { line }),
  });
}

/** Recognise and write a source document (already read from a file). */
export function importSource(doc: SourceDocument, options: ImportOptions = {}): ImportResult {
  const override = options.edition ? getEdition(options.edition) : undefined;
  if (options.edition && !override)
    throw new ImportError('import-unsupported', { format: `edition ${options.edition}` });
  const warnings: ImportWarning[] = [...doc.warnings];
  const structure = readStructure(doc.items);
  warnings.push(...structure.warnings);
  const fullText = doc.items
    .map((i) =>
      i.kind === 'paragraph'
        ? i.text
        : i.rows.map((r) => r.cells.map((c) => c.text).join(' ')).join('\n'),
    )
    .join('\n');
  const meta = readMeta(structure, fullText);
  const tables = doc.items.filter((i): i is SourceTable => i.kind === 'table');
  const choice = chooseEdition(tables, structure.body, meta.year, override);
  const { edition } = choice.chosen;
  const recognition = choice.chosen.tables;

  const looksLikeReport =
    recognition.blocks.length > 0 ||
    choice.chosen.sections.found.length >= 2 ||
    /政府信息公开|信息公开.*(年度报告|年报)/u.test(structure.title?.text ?? '');
  if (!looksLikeReport && !override) throw new ImportError('import-not-report');

  const where = whereOf(doc.unit);
  const warn = (
    code: ImportMessageId,
    data: Record<string, unknown>,
    line?: number,
    severity?: ImportWarning['severity'],
  ) => warnings.push(warning(code, data, line, severity));
  if (choice.overridden && choice.detected.edition.id !== edition.id)
    warn('edition-override', { edition: edition.id, detected: choice.detected.edition.id });
  if (!structure.title) warn('no-title', {}, undefined, 'info');
  if (!meta.agency) warn('no-agency', {}, undefined, 'info');
  if (!meta.date) warn('no-date', {}, undefined, 'info');
  if (meta.year === undefined) warn('no-year', {}, undefined, 'info');
  else if (meta.yearSource && meta.yearSource !== 'title')
    warn(
      'year-guessed',
      { year: meta.year, source: importMessages[yearSourceMessage[meta.yearSource]] },
      undefined,
      'info',
    );

  const markdown = writeMarkdown({ edition, meta, structure, recognition, where, warn });

  const importedTables: ImportedTable[] = recognition.blocks
    .map((read) => {
      const width = leafColumns(read.block.columns).length;
      let cells = 0;
      for (const row of read.byRow.values())
        if (row.flat?.hasData) cells += Math.min(width, row.values.length);
      return {
        table: read.table.name,
        key: read.table.key,
        block: read.block.caption ?? '',
        line: read.segment.line,
        cells,
        expected: flattenRows(read.block.rows).filter((f) => f.hasData).length * width,
        score: Math.round(read.score * 1000) / 1000,
        missingRows: missingRows(read),
      };
    })
    .sort((a, b) => a.line - b.line);

  const unbound: ImportResult['unbound'] = [];
  for (const read of recognition.blocks)
    for (const leftover of read.leftovers)
      unbound.push({ text: leftover.cell.text, line: leftover.cell.line, table: read.table.name });
  for (const entry of recognition.tables)
    for (const { segment, block } of entry.segments)
      if (!block)
        for (const row of segment.rows)
          for (const cell of row.cells)
            if (isValueLike(cell.text)) unbound.push({ text: cell.text, line: cell.line });

  return {
    ...(options.name ? { name: options.name } : {}),
    markdown,
    format: doc.format,
    ...(doc.encoding ? { encoding: doc.encoding } : {}),
    edition: {
      id: edition.id,
      detected: choice.detected.edition.id,
      overridden: choice.overridden,
      reasons: choice.reasons,
      scores: Object.fromEntries(
        choice.ranking.map((r) => [r.edition.id, Math.round(r.score * 1000) / 1000]),
      ),
    },
    meta,
    sections: {
      found: choice.chosen.sections.found,
      missing: choice.chosen.sections.missing,
      headings: structure.body.filter((b) => b.kind === 'heading').length,
    },
    tables: importedTables,
    unbound,
    paragraphs: structure.body.filter((b) => b.kind === 'paragraph').length,
    warnings,
    unit: doc.unit,
  };
}

/** Import a plain-text report that is already decoded. */
export function importText(text: string, options: ImportOptions = {}): ImportResult {
  if (text.trim() === '') throw new ImportError('import-empty');
  return importSource(
    { format: 'txt', unit: 'line', items: readText(text).items, warnings: [] },
    options,
  );
}

/** Import a file's bytes (.txt in any common encoding, or .docx). */
export async function importFile(
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const format = sniffFormat(bytes, options.name);
  if (format === 'docx') {
    const limit = options.maxDocxBytes ?? MAX_DOCX_BYTES;
    if (bytes.length > limit)
      throw new ImportError('import-too-large', {
        size: formatBytes(bytes.length),
        limit: formatBytes(limit),
      });
    const read = await readDocx(bytes, { ...DEFAULT_DOCX_LIMITS, ...options.docx });
    const warnings = read.images.map((line) =>
      warning('image-dropped', { where: whereOf('paragraph')(line) }, line),
    );
    const text = read.items.map((i) => (i.kind === 'paragraph' ? i.text : '')).join('');
    if (
      read.items.length === 0 ||
      (text.trim() === '' && !read.items.some((i) => i.kind === 'table'))
    )
      throw new ImportError('import-empty');
    return importSource(
      { format: 'docx', unit: 'paragraph', items: read.items, warnings },
      options,
    );
  }
  const limit = options.maxTextBytes ?? MAX_TEXT_BYTES;
  if (bytes.length > limit)
    throw new ImportError('import-too-large', {
      size: formatBytes(bytes.length),
      limit: formatBytes(limit),
    });
  const decoded = decodeText(bytes);
  const warnings =
    decoded.encoding === 'UTF-8'
      ? []
      : [warning('encoding-detected', { encoding: decoded.encoding }, undefined, 'info')];
  return importSource(
    {
      format: 'txt',
      unit: 'line',
      encoding: decoded.encoding,
      items: readText(decoded.text).items,
      warnings,
    },
    options,
  );
}

/** A file name for an imported report: `2018-池店镇.md` (year and the town or agency). */
export function suggestedFileName(meta: ImportedMeta, fallback = 'report'): string {
  const agency = meta.agency?.replace(/\s+/gu, '') ?? '';
  const local = agency.replace(/^.*?[省市县区旗盟州](?=[^省市县区旗盟州]+(?:镇|乡|街道))/u, '');
  const place =
    /^[^镇乡]*?(?:镇|乡|街道)/u.exec(local)?.[0] ??
    agency.replace(/(人民政府|政府)$/u, '') ??
    fallback;
  const name = (place || fallback).replace(/[\\/:*?"<>|]/gu, '');
  return meta.year ? `${meta.year}-${name}.md` : `${name}.md`;
}

/** Messages of a result in one locale (for printing). */
export function localizeWarning(w: ImportWarning, locale: Locale): string {
  return localize(w.message, locale, w.data);
}
