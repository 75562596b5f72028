/**
 * The printed layout of a table as a grid of merged cells — the one place that knows how an
 * official table looks on paper. DOCX, HTML and TXT all draw from these grids, so the three
 * formats cannot disagree about a rowspan.
 *
 * The layout is derived from the edition's declaration, never from the Markdown: the row and
 * column trees give the header rows (column groups span their leaves, leaves span down to the
 * last header row), the label columns (one per level of the row tree when every group row is a
 * label-only group, as in 表三; one indented column when group rows carry figures of their own, as
 * in the legacy 统计表) and the value columns (`valueSpans` widen a value across grid columns, as
 * in 表二). Values are the report's own text from the bound cells.
 */
import type { Table, TableCell } from 'mdast';
import {
  cellId,
  columnDepth,
  columnLabel,
  flattenRows,
  leafColumns,
  rowDepth,
  type BlockSpec,
  type BoundCell,
  type BoundTable,
  type ColumnSpec,
  type RowSpec,
  type TableSpec,
} from '@nianbao/core';
import { inlineText } from './inline.js';

export type GridCellKind =
  /** A block caption printed across the table (表二 `第二十条第（一）项`). */
  | 'caption'
  /** A header printed above the whole column tree (表三 `申请人情况`). */
  | 'columns-caption'
  /** The header cell above the row labels (`信息内容`, the 表三 note, `统计指标`). */
  | 'corner'
  | 'unit-header'
  /** A column header; a group header when it spans other column headers. */
  | 'column'
  | 'row-label'
  /** A unit in the 单位 column of a legacy table. */
  | 'unit'
  | 'value';

export interface GridCell {
  text: string;
  kind: GridCellKind;
  /** Grid position of the cell's top-left corner. */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** Whether the cell is a header cell (`th`). */
  header: boolean;
  /** What a header cell labels, as HTML's `scope`. */
  scope?: 'col' | 'colgroup' | 'row' | 'rowgroup';
  align: 'left' | 'center' | 'right';
  /** Level of a row label in the row tree (for indentation in one-column layouts). */
  indent: number;
  /** Id of the official cell a value cell shows (`t3.r1.natural`). */
  id?: string;
  /** Whether a value cell is empty because the report lacks it. */
  missing?: boolean;
}

export interface GridRow {
  cells: GridCell[];
  /** Whether the row is made of header cells only (column headers, block captions). */
  header: boolean;
}

/** Rows that belong together: the table head, or the body of one block. */
export interface GridGroup {
  head: boolean;
  rows: GridRow[];
}

export interface TableGrid {
  official: boolean;
  /** Key of the official table (`t3`). */
  key?: string;
  /** Its name (`表三`). */
  name?: string;
  /** Its caption (`收到和处理政府信息公开申请情况`), or the first header of another table. */
  caption: string;
  /** Number of grid columns. */
  columns: number;
  /** What each grid column holds. */
  columnKinds: ('label' | 'unit' | 'value')[];
  groups: GridGroup[];
  /** Every row, in order (the rows of `groups`). */
  rows: GridRow[];
  /** Leading rows to repeat when the table continues on another page. */
  headerRows: number;
  /** Notes of the declaration that no cell prints already. */
  notes: string[];
}

/** Whether group rows become merged label columns (表三) rather than indented rows (legacy). */
function nestedLabels(block: BlockSpec): boolean {
  if (block.noRowLabels) return false;
  return flattenRows(block.rows).every((f) => !f.row.children?.length || !f.hasData);
}

function labelColumnCount(block: BlockSpec): number {
  if (block.noRowLabels) return 0;
  return nestedLabels(block) ? rowDepth(block.rows) : 1;
}

/** Grid columns spanned by each leaf column of a block, stretched to the table's value width. */
function leafSpans(block: BlockSpec, valueColumns: number): number[] {
  const leaves = leafColumns(block.columns);
  const spans = leaves.map((_, i) => block.valueSpans?.[i] ?? 1);
  const used = spans.reduce((a, b) => a + b, 0);
  if (used < valueColumns && spans.length > 0) spans[spans.length - 1] += valueColumns - used;
  return spans;
}

function valueWidth(table: TableSpec): number {
  if (table.valueGridColumns) return table.valueGridColumns;
  return Math.max(
    ...table.blocks.map((b) =>
      leafColumns(b.columns).reduce((sum, _, i) => sum + (b.valueSpans?.[i] ?? 1), 0),
    ),
  );
}

class GridBuilder {
  rows: GridRow[] = [];
  /** Occupied positions of the rows built so far, so cells skip columns covered by rowspans. */
  private taken: boolean[][] = [];

  constructor(readonly columns: number) {}

  startRow(header: boolean): GridRow {
    const row: GridRow = { cells: [], header };
    this.rows.push(row);
    if (!this.taken[this.rows.length - 1]) this.taken[this.rows.length - 1] = [];
    return row;
  }

  /** Place a cell in the current row at the first free column from `minCol`. */
  add(cell: Omit<GridCell, 'row' | 'col'> & { col?: number }): GridCell {
    const r = this.rows.length - 1;
    const line = this.taken[r];
    let col = cell.col ?? 0;
    while (line[col]) col++;
    const placed: GridCell = { ...cell, row: r, col };
    for (let dr = 0; dr < cell.rowSpan; dr++) {
      const target = (this.taken[r + dr] ??= []);
      for (let dc = 0; dc < cell.colSpan; dc++) target[col + dc] = true;
    }
    this.rows[r].cells.push(placed);
    return placed;
  }
}

const headerCell = (
  text: string,
  kind: GridCellKind,
  rowSpan: number,
  colSpan: number,
  scope: GridCell['scope'],
): Omit<GridCell, 'row' | 'col'> => ({
  text,
  kind,
  rowSpan,
  colSpan,
  header: true,
  scope,
  align: 'center',
  indent: 0,
});

interface BlockContext {
  table: TableSpec;
  block: BlockSpec;
  bound?: BoundTable;
  cells: Map<string, BoundCell>;
  labelColumns: number;
  unitColumns: number;
  valueColumns: number;
  year?: number;
}

function addHeaderRows(grid: GridBuilder, ctx: BlockContext, captionScope: GridCell['scope']) {
  const { block, labelColumns, unitColumns, valueColumns, year } = ctx;
  if (block.caption) {
    grid.startRow(true);
    grid.add(headerCell(block.caption, 'caption', 1, grid.columns, captionScope));
  }
  const depth = columnDepth(block.columns) + (block.columnsCaption ? 1 : 0);
  const spans = leafSpans(block, valueColumns);
  const leaves = leafColumns(block.columns);
  const spanOf = new Map<ColumnSpec, number>(leaves.map((l, i) => [l.column, spans[i]]));
  const width = (column: ColumnSpec): number =>
    column.children?.length
      ? column.children.reduce((sum, c) => sum + width(c), 0)
      : (spanOf.get(column) ?? 1);
  const levels: ColumnSpec[][] = [];
  const collect = (list: ColumnSpec[], level: number) => {
    (levels[level] ??= []).push(...list);
    for (const c of list) if (c.children?.length) collect(c.children, level + 1);
  };
  collect(block.columns, block.columnsCaption ? 1 : 0);
  for (let h = 0; h < depth; h++) {
    grid.startRow(true);
    if (h === 0) {
      if (labelColumns > 0)
        grid.add(headerCell(block.corner, 'corner', depth, labelColumns, 'col'));
      if (unitColumns > 0)
        grid.add(headerCell(block.unitColumn ?? '', 'unit-header', depth, unitColumns, 'col'));
      if (block.columnsCaption)
        grid.add(headerCell(block.columnsCaption, 'columns-caption', 1, valueColumns, 'colgroup'));
    }
    for (const column of levels[h] ?? []) {
      const group = Boolean(column.children?.length);
      grid.add(
        headerCell(
          columnLabel(column, year),
          'column',
          group ? 1 : depth - h,
          width(column),
          group ? 'colgroup' : 'col',
        ),
      );
    }
  }
}

function valueCells(
  grid: GridBuilder,
  ctx: BlockContext,
  row: RowSpec | undefined,
  texts?: string[],
): void {
  const { table, block, cells, labelColumns, unitColumns, valueColumns } = ctx;
  const spans = leafSpans(block, valueColumns);
  leafColumns(block.columns).forEach((leaf, i) => {
    const id = row ? cellId(table, block, row, leaf.path) : undefined;
    const bound = id ? cells.get(id) : undefined;
    grid.add({
      text: texts ? (texts[i] ?? '') : (bound?.text ?? ''),
      kind: 'value',
      rowSpan: 1,
      colSpan: spans[i],
      header: false,
      align: 'center',
      indent: 0,
      col: labelColumns + unitColumns,
      ...(id ? { id, missing: !bound } : {}),
    });
  });
}

/** Whether the report prints figures beside a label-only group row (a subtotal, checks.md T3-05). */
function hasSubtotal(ctx: BlockContext, row: RowSpec): boolean {
  if (!row.optionalSubtotal) return false;
  return leafColumns(ctx.block.columns).some((leaf) =>
    ctx.cells.has(cellId(ctx.table, ctx.block, row, leaf.path)),
  );
}

/**
 * Label of the row that carries a group's printed subtotal. Not an official label (the form has
 * no subtotal rows); it appears only when a report adds subtotals.
 */
export const SUBTOTAL_LABEL = '小计';

function addNestedBody(grid: GridBuilder, ctx: BlockContext): void {
  const { labelColumns } = ctx;
  // Grid rows a row produces: its own (if it has figures) plus its descendants'.
  const height = (row: RowSpec): number => {
    const own = !row.children?.length || hasSubtotal(ctx, row) ? 1 : 0;
    return own + (row.children ?? []).reduce((sum, c) => sum + height(c), 0);
  };
  const pending: { row: RowSpec; depth: number }[] = [];
  const emit = (row: RowSpec, depth: number) => {
    const children = row.children ?? [];
    if (children.length) {
      pending.push({ row, depth });
      if (hasSubtotal(ctx, row)) {
        startDataRow();
        // The group's own figures: its label spans its items, the figures take the first row.
        grid.add({
          ...rowLabel(SUBTOTAL_LABEL, 0, labelColumns - depth - 1),
          col: depth + 1,
        });
        valueCells(grid, ctx, row);
      }
      for (const child of children) emit(child, depth + 1);
      return;
    }
    startDataRow();
    grid.add({ ...rowLabel(row.label, 0, labelColumns - depth), col: depth });
    valueCells(grid, ctx, row);
  };
  const startDataRow = () => {
    grid.startRow(false);
    // Group labels are placed on the first row of their span, outermost first.
    for (const group of pending.splice(0))
      grid.add({ ...rowLabel(group.row.label, 0, 1, height(group.row)), col: group.depth });
  };
  for (const row of ctx.block.rows) emit(row, 0);
}

/** A row label; `indent` is its level when the hierarchy is shown by indentation only. */
const rowLabel = (
  text: string,
  indent: number,
  colSpan: number,
  rowSpan = 1,
): Omit<GridCell, 'row' | 'col'> => ({
  text,
  kind: 'row-label',
  rowSpan,
  colSpan,
  header: true,
  scope: 'row',
  align: 'left',
  indent,
});

/** A cell of the 单位 column of a legacy table. */
const unitCell = (text: string, colSpan: number): Omit<GridCell, 'row' | 'col'> => ({
  text,
  kind: 'unit',
  rowSpan: 1,
  colSpan,
  header: false,
  align: 'center',
  indent: 0,
});

function addIndentedBody(grid: GridBuilder, ctx: BlockContext): void {
  const { block, labelColumns, unitColumns } = ctx;
  for (const flat of flattenRows(block.rows)) {
    grid.startRow(false);
    if (labelColumns > 0) grid.add(rowLabel(flat.row.label, flat.depth, labelColumns));
    if (unitColumns > 0) grid.add(unitCell(flat.hasData ? (flat.row.unit ?? '') : '', unitColumns));
    if (flat.hasData || hasSubtotal(ctx, flat.row)) valueCells(grid, ctx, flat.row);
    else valueCells(grid, ctx, undefined, []);
  }
}

/** Rows the report added that the form does not have: kept, after the official rows. */
function addExtraRows(grid: GridBuilder, ctx: BlockContext): void {
  const { bound, labelColumns, unitColumns } = ctx;
  if (!bound || labelColumns === 0) return;
  for (const extra of bound.rows) {
    if (extra.spec || !extra.labelNode) continue;
    const mdRow = bound.node.children.find((r) => r.children[0] === extra.labelNode);
    const texts = (mdRow?.children ?? [])
      .slice(1 + unitColumns)
      .map((c: TableCell) => inlineText(c.children));
    grid.startRow(false);
    grid.add(rowLabel(extra.text, 0, labelColumns));
    if (unitColumns > 0) grid.add(unitCell(extra.unitText ?? '', unitColumns));
    valueCells(grid, ctx, undefined, texts);
  }
}

export interface OfficialGridOptions {
  /** Report year, for column labels such as `{Y}年`. */
  year?: number;
}

/**
 * The printed form of an official table, filled with the report's figures. `bound` holds the
 * report's blocks of this table (any subset; blocks the report lacks are printed empty).
 */
export function officialTableGrid(
  table: TableSpec,
  bound: BoundTable[],
  options: OfficialGridOptions = {},
): TableGrid {
  const labelColumns = Math.max(...table.blocks.map(labelColumnCount));
  const unitColumns = table.blocks.some((b) => b.unitColumn) ? 1 : 0;
  const valueColumns = valueWidth(table);
  const columns = labelColumns + unitColumns + valueColumns;
  const grid = new GridBuilder(columns);
  const groups: GridGroup[] = [];
  const single = table.blocks.length === 1;
  let headerRows = 0;
  for (const block of table.blocks) {
    const boundBlock = bound.find((b) => b.block === block);
    const cells = new Map((boundBlock?.cells ?? []).map((c) => [c.id, c]));
    const ctx: BlockContext = {
      table,
      block,
      bound: boundBlock,
      cells,
      labelColumns,
      unitColumns,
      valueColumns,
      year: options.year,
    };
    const start = grid.rows.length;
    addHeaderRows(grid, ctx, single ? 'colgroup' : 'rowgroup');
    const bodyStart = grid.rows.length;
    if (nestedLabels(block)) addNestedBody(grid, ctx);
    else addIndentedBody(grid, ctx);
    addExtraRows(grid, ctx);
    if (single) {
      // One block: its header rows are the table head, repeated on every page.
      headerRows = bodyStart - start;
      groups.push({ head: true, rows: grid.rows.slice(start, bodyStart) });
      groups.push({ head: false, rows: grid.rows.slice(bodyStart) });
    } else {
      // Stacked blocks (表二): each block is a body of its own, with its own header rows.
      groups.push({ head: false, rows: grid.rows.slice(start) });
    }
  }
  const printed = new Set(grid.rows.flatMap((r) => r.cells.map((c) => c.text)));
  const notes = (table.notes ?? []).filter(
    (note) => ![...printed].some((text) => text.includes(note)),
  );
  return {
    official: true,
    key: table.key,
    name: table.name,
    caption: table.caption,
    columns,
    columnKinds: [
      ...Array<'label'>(labelColumns).fill('label'),
      ...Array<'unit'>(unitColumns).fill('unit'),
      ...Array<'value'>(valueColumns).fill('value'),
    ],
    groups: groups.filter((g) => g.rows.length > 0),
    rows: grid.rows,
    headerRows,
    notes,
  };
}

/** A table of the report that is not an official one, as written (first row as its header). */
export function plainTableGrid(node: Table): TableGrid {
  const columns = Math.max(1, ...node.children.map((r) => r.children.length));
  const grid = new GridBuilder(columns);
  const align = (i: number): GridCell['align'] => node.align?.[i] ?? 'left';
  node.children.forEach((row, r) => {
    grid.startRow(r === 0);
    for (let c = 0; c < columns; c++) {
      const cell = row.children[c];
      grid.add({
        text: cell ? inlineText(cell.children) : '',
        kind: r === 0 ? 'column' : 'value',
        rowSpan: 1,
        colSpan: 1,
        header: r === 0,
        ...(r === 0 ? { scope: 'col' as const } : {}),
        align: r === 0 ? 'center' : align(c),
        indent: 0,
      });
    }
  });
  const [head, ...body] = grid.rows;
  return {
    official: false,
    caption: '',
    columns,
    columnKinds: Array<'value'>(columns).fill('value'),
    groups: [
      { head: true, rows: head ? [head] : [] },
      { head: false, rows: body },
    ].filter((g) => g.rows.length > 0),
    rows: grid.rows,
    headerRows: head ? 1 : 0,
    notes: [],
  };
}

/** Every cell of a grid with the grid positions it covers, for renderers that draw lines. */
export function coveredBy(grid: TableGrid): (GridCell | undefined)[][] {
  const cover: (GridCell | undefined)[][] = grid.rows.map(() =>
    Array<GridCell | undefined>(grid.columns).fill(undefined),
  );
  for (const row of grid.rows)
    for (const cell of row.cells)
      for (let r = cell.row; r < cell.row + cell.rowSpan && r < cover.length; r++)
        for (let c = cell.col; c < cell.col + cell.colSpan; c++) cover[r][c] = cell;
  return cover;
}

export interface ColumnWidthOptions {
  /** Width available to the columns' content (padding and borders excluded). */
  available: number;
  /** Measure a text, in the unit of `available`. */
  measure: (text: string) => number;
  /** Narrowest a column may become, in the unit of `available` (two characters, say). */
  minimum: number;
  /** Widen the columns to fill `available` when the table is narrower. */
  fill?: boolean;
}

/**
 * Widths of the grid columns: each column wants its widest single-column cell and needs its
 * longest unbreakable word; when the wants do not fit, every column gives up the same share of
 * what it wants beyond its need, so long labels wrap before numbers do.
 */
export function columnWidths(grid: TableGrid, options: ColumnWidthOptions): number[] {
  const { available, measure, minimum } = options;
  const want = Array<number>(grid.columns).fill(minimum);
  const need = Array<number>(grid.columns).fill(minimum);
  for (const row of grid.rows)
    for (const cell of row.cells) {
      if (cell.colSpan !== 1) continue;
      for (const line of cell.text.split('\n')) {
        let wanted = measure(line) + (cell.indent * minimum) / 2;
        // Column headers wrap onto two or three lines rather than widen a column of figures,
        // and a label that spans rows wraps within them, as on the printed forms.
        if (cell.kind === 'column') wanted = Math.min(wanted, 2 * minimum);
        if (cell.rowSpan > 1 && cell.kind === 'row-label') {
          wanted = Math.max(1.5 * minimum, wanted / Math.min(cell.rowSpan, 3));
          need[cell.col] = Math.max(need[cell.col], 1.5 * minimum);
        }
        want[cell.col] = Math.max(want[cell.col], wanted);
        // Half-width words (numbers, Latin) do not break; Chinese breaks between any characters.
        for (const word of line.match(/[!-~]+/gu) ?? [])
          need[cell.col] = Math.max(need[cell.col], measure(word));
      }
    }
  for (let c = 0; c < grid.columns; c++) want[c] = Math.max(want[c], need[c]);
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
  const wanted = sum(want);
  if (wanted <= available) {
    if (!options.fill || wanted === 0) return want;
    return want.map((w) => (w * available) / wanted);
  }
  const needed = sum(need);
  if (needed >= available) return need;
  const share = (available - needed) / (wanted - needed);
  return want.map((w, c) => need[c] + (w - need[c]) * share);
}
