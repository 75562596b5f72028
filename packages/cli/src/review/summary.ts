/**
 * The 汇总: official tables summed across all reports of one edition and year — the figures a
 * higher office must compile. Streaming: each report is added once and only sums are kept.
 */
import type { ReportData } from '@nianbao/core';

export interface SummaryCell {
  id: string;
  table: string;
  tableName: string;
  caption?: string;
  rowPath: string[];
  column: string[];
  sum: number;
  /** Reports that gave a number for this cell. */
  reports: number;
}

export interface SummaryGroup {
  edition: string;
  year: number;
  reports: number;
  /** Cells in declaration order. */
  cells: SummaryCell[];
}

export class SummaryAccumulator {
  private groups = new Map<
    string,
    { edition: string; year: number; reports: number; cells: Map<string, SummaryCell> }
  >();

  add(data: ReportData | undefined): void {
    if (!data?.edition || data.year === undefined) return;
    const key = `${data.edition}|${data.year}`;
    let group = this.groups.get(key);
    if (!group) {
      group = { edition: data.edition, year: data.year, reports: 0, cells: new Map() };
      this.groups.set(key, group);
    }
    group.reports++;
    for (const table of data.tables) {
      for (const row of table.rows) {
        for (const cell of row.cells) {
          let sum = group.cells.get(cell.id);
          if (!sum) {
            sum = {
              id: cell.id,
              table: table.key,
              tableName: table.name,
              caption: table.caption,
              rowPath: row.path,
              column: cell.column,
              sum: 0,
              reports: 0,
            };
            group.cells.set(cell.id, sum);
          }
          if (typeof cell.value === 'number' && Number.isFinite(cell.value)) {
            // Sums of decimal amounts (万元) are rounded to the precision reports use.
            sum.sum = Math.round((sum.sum + cell.value) * 1e6) / 1e6;
            sum.reports++;
          }
        }
      }
    }
  }

  result(): SummaryGroup[] {
    return [...this.groups.values()]
      .map((g) => ({
        edition: g.edition,
        year: g.year,
        reports: g.reports,
        cells: [...g.cells.values()],
      }))
      .sort((a, b) => b.year - a.year || a.edition.localeCompare(b.edition));
  }
}

export const SUMMARY_CSV_HEADER = [
  'edition',
  'year',
  'reports',
  'table',
  'cell_id',
  'row_path',
  'column',
  'sum',
  'reports_with_value',
];

export function summaryCsvRows(groups: SummaryGroup[]): string[][] {
  return groups.flatMap((g) =>
    g.cells.map((c) => [
      g.edition,
      String(g.year),
      String(g.reports),
      [c.tableName, c.caption].filter(Boolean).join(' '),
      c.id,
      c.rowPath.join(' / '),
      c.column.join(' > '),
      String(c.sum),
      String(c.reports),
    ]),
  );
}
