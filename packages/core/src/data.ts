/**
 * The bound official cells of a report as data (`nianbao data`, the reviewer's 汇总). The JSON
 * shape is documented in docs/data.md and versioned by `schema`.
 */

import type { Report } from './model.js';

export const DATA_SCHEMA = 'nianbao-data/1';

export interface DataCell {
  id: string;
  /** Column header path, e.g. ["法人或其他组织", "商业企业"]. */
  column: string[];
  value: number | null;
  text: string;
  unit?: string;
}

export interface DataRow {
  key: string;
  /** Row labels from the outermost group to the row, official text. */
  path: string[];
  cells: DataCell[];
}

export interface DataTable {
  key: string;
  block: string;
  name: string;
  caption?: string;
  rows: DataRow[];
}

export interface ReportData {
  schema: typeof DATA_SCHEMA;
  file?: string;
  edition?: string;
  agency?: string;
  year?: number;
  tables: DataTable[];
}

export function reportData(report: Report): ReportData {
  const tables: DataTable[] = report.tables.map((bound) => {
    const rows = new Map<string, DataRow>();
    for (const cell of bound.cells) {
      const key = cell.spec.row.key;
      let row = rows.get(key);
      if (!row) {
        row = { key, path: cell.spec.rowPath.map((r) => r.label).filter(Boolean), cells: [] };
        rows.set(key, row);
      }
      row.cells.push({
        id: cell.id,
        column: cell.spec.columnPath.map((c) =>
          c.label.replace('{Y}', String(report.meta?.year ?? 'Y')),
        ),
        value: cell.value ?? null,
        text: cell.text,
        ...(cell.unit ? { unit: cell.unit } : {}),
      });
    }
    return {
      key: bound.spec.key,
      block: bound.block.key,
      name: bound.spec.name,
      caption: bound.block.caption ?? bound.spec.caption,
      rows: [...rows.values()],
    };
  });
  return {
    schema: DATA_SCHEMA,
    ...(report.file ? { file: report.file } : {}),
    edition: report.edition?.id,
    agency: report.meta?.agency ?? (report.rawMeta?.agency as string | undefined),
    year: report.meta?.year ?? (report.rawMeta?.year as number | undefined),
    tables,
  };
}

const csvField = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
};

export const DATA_CSV_HEADER = [
  'file',
  'edition',
  'agency',
  'year',
  'table',
  'cell_id',
  'row_path',
  'column',
  'value',
  'text',
];

export function dataToCsvRows(data: ReportData): string[][] {
  const rows: string[][] = [];
  for (const table of data.tables) {
    for (const row of table.rows) {
      for (const cell of row.cells) {
        rows.push([
          data.file ?? '',
          data.edition ?? '',
          data.agency ?? '',
          String(data.year ?? ''),
          [table.name, table.caption].filter(Boolean).join(' '),
          cell.id,
          row.path.join(' / '),
          cell.column.join(' > '),
          cell.value === null ? '' : String(cell.value),
          cell.text,
        ]);
      }
    }
  }
  return rows;
}

export function toCsv(rows: string[][]): string {
  // A BOM lets Excel, which reviewers use, read the Chinese labels as UTF-8.
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
