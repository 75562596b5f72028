/**
 * Everything derived from a table declaration: its cells with their ids, the flat row order, and
 * the leaf columns with their header paths.
 */
import type { BlockSpec, ColumnSpec, EditionSpec, RowSpec, TableSpec, ValueType } from './types.js';

export interface FlatRow {
  row: RowSpec;
  /** Ancestors, outermost first, then the row itself. */
  path: RowSpec[];
  depth: number;
  /** Whether the row carries numbers of its own. */
  hasData: boolean;
}

export interface LeafColumn {
  column: ColumnSpec;
  /** Ancestors, outermost first, then the column itself. */
  path: ColumnSpec[];
}

export interface CellSpec {
  id: string;
  table: TableSpec;
  block: BlockSpec;
  row: RowSpec;
  rowPath: RowSpec[];
  column: ColumnSpec;
  columnPath: ColumnSpec[];
  valueType: ValueType;
  unit?: string;
  /** A subtotal cell that the official form does not print (bound only when present). */
  optional: boolean;
}

export function flattenRows(rows: RowSpec[]): FlatRow[] {
  const out: FlatRow[] = [];
  const walk = (list: RowSpec[], parents: RowSpec[]) => {
    for (const row of list) {
      const hasChildren = Boolean(row.children?.length);
      const hasData = hasChildren ? row.data === true : row.data !== false;
      out.push({ row, path: [...parents, row], depth: parents.length, hasData });
      if (row.children) walk(row.children, [...parents, row]);
    }
  };
  walk(rows, []);
  return out;
}

export function leafColumns(columns: ColumnSpec[]): LeafColumn[] {
  const out: LeafColumn[] = [];
  const walk = (list: ColumnSpec[], parents: ColumnSpec[]) => {
    for (const column of list) {
      if (column.children?.length) walk(column.children, [...parents, column]);
      else out.push({ column, path: [...parents, column] });
    }
  };
  walk(columns, []);
  return out;
}

/** Depth of a column tree (1 for flat columns). */
export function columnDepth(columns: ColumnSpec[]): number {
  return Math.max(1, ...columns.map((c) => (c.children?.length ? 1 + columnDepth(c.children) : 1)));
}

/** Depth of a row tree (1 for flat rows). */
export function rowDepth(rows: RowSpec[]): number {
  return Math.max(1, ...rows.map((r) => (r.children?.length ? 1 + rowDepth(r.children) : 1)));
}

/** The separator of grouped column headers in the Markdown format: `行政诉讼 > 复议后起诉 > 总计`. */
export const COLUMN_PATH_SEPARATOR = ' > ';

/** The header text of a leaf column as written in Markdown. */
export function columnHeader(leaf: LeafColumn, year?: number): string {
  return leaf.path.map((c) => columnLabel(c, year)).join(COLUMN_PATH_SEPARATOR);
}

/** A column label with its `{Y}` placeholder filled in. */
export function columnLabel(column: ColumnSpec, year?: number): string {
  return column.label.replace('{Y}', year === undefined ? 'Y' : String(year));
}

/**
 * Whether two column paths are the same column. Compare paths, not leaf objects: a declaration
 * may reuse one list of leaves under several groups (表四's 结果维持…总计 under 行政复议 and under
 * both kinds of 行政诉讼).
 */
export function sameColumnPath(a: ColumnSpec[], b: ColumnSpec[]): boolean {
  return a.length === b.length && a.every((column, i) => column === b[i]);
}

export function cellId(
  table: TableSpec,
  block: BlockSpec,
  row: RowSpec,
  columnPath: ColumnSpec[],
): string {
  return [table.key, block.key, row.key, ...columnPath.map((c) => c.key)].filter(Boolean).join('.');
}

export function blockCells(table: TableSpec, block: BlockSpec): CellSpec[] {
  const columns = leafColumns(block.columns);
  const cells: CellSpec[] = [];
  for (const flat of flattenRows(block.rows)) {
    const optional = !flat.hasData && Boolean(flat.row.optionalSubtotal);
    if (!flat.hasData && !optional) continue;
    for (const leaf of columns) {
      cells.push({
        id: cellId(table, block, flat.row, leaf.path),
        table,
        block,
        row: flat.row,
        rowPath: flat.path,
        column: leaf.column,
        columnPath: leaf.path,
        valueType: leaf.column.valueType ?? flat.row.valueType ?? block.valueType,
        unit: flat.row.unit ?? block.unit,
        optional,
      });
    }
  }
  return cells;
}

export function tableCells(table: TableSpec): CellSpec[] {
  return table.blocks.flatMap((block) => blockCells(table, block));
}

/** Every cell of an edition, optional subtotals included (filter on `optional`). */
export function editionCells(edition: EditionSpec): CellSpec[] {
  return edition.tables.flatMap(tableCells);
}

export function findCellSpec(edition: EditionSpec, id: string): CellSpec | undefined {
  return editionCells(edition).find((c) => c.id === id);
}
