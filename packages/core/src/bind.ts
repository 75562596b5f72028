/**
 * Binding: recognise which official table (and block) each GFM table is, and give every value
 * cell its name from the edition. Binding is tolerant — a misspelled label still binds, so that
 * the label rule can report it with the official text as a fix.
 */
import type { Table, TableCell, TableRow } from 'mdast';
import type { Position } from 'unist';
import { toString } from 'mdast-util-to-string';
import {
  COLUMN_PATH_SEPARATOR,
  blockCells,
  columnHeader,
  flattenRows,
  leafColumns,
  sameColumnPath,
  type FlatRow,
  type LeafColumn,
} from './editions/cells.js';
import type { BlockSpec, EditionSpec, RowSpec, TableSpec, ValueType } from './editions/types.js';
import { coreMessages } from './messages.js';
import type {
  BoundCell,
  BoundHeaderCell,
  BoundRow,
  BoundTable,
  CellIssue,
  Problem,
} from './model.js';
import { labelSimilarity, normalizeLabel, stripNumbering } from './normalize.js';

interface GridCell {
  text: string;
  node: TableCell;
}

/** Least score (see `scoreBlock`) at which a table is taken for an official block. */
export const MIN_TABLE_SCORE = 0.45;
/** Least similarity (see `rowLabelSimilarity`) at which a written label is taken for a row. */
export const MIN_ROW_SIMILARITY = 0.6;
const ROW_LOOKAHEAD = 8;

export function cellText(node: TableCell): string {
  return toString(node).trim();
}

function grid(table: Table): GridCell[][] {
  return table.children.map((row) => row.children.map((node) => ({ text: cellText(node), node })));
}

/** A label without a trailing bracketed note: `（二）部分公开（区分处理的…）` → `(二)部分公开`. */
function withoutNote(label: string): string {
  const bare = normalizeLabel(label).replace(/\([^()]*\)$/u, '');
  return bare.length > 1 ? bare : '';
}

/**
 * Similarity of a written label to an official one, typos and numbering variants counted. A
 * label that lacks the official note printed after it (`（二）部分公开` without `（区分处理的…）`), or
 * adds one of its own (provincial annotations), is still that row: the label rule reports it.
 */
export function rowLabelSimilarity(text: string, row: RowSpec): number {
  const written = normalizeLabel(text);
  if (!written) return 0;
  const candidates = [row.label, ...(row.variants ?? []), ...(row.typos ?? [])];
  let best = 0;
  for (const candidate of candidates) {
    if (normalizeLabel(candidate) === written) return 1;
    best = Math.max(best, labelSimilarity(text, candidate));
    const bare = stripNumbering(candidate);
    if (bare.length > 1 && stripNumbering(text) === bare) best = Math.max(best, 0.95);
    const official = normalizeLabel(candidate);
    if (withoutNote(candidate) === written || withoutNote(text) === official)
      best = Math.max(best, 0.9);
  }
  return best;
}

/** Similarity of a written column header (a path or its last part) to a leaf column. */
export function headerLeafSimilarity(
  text: string,
  leaf: LeafColumn,
  year: number | undefined,
): number {
  const last = text.split(/\s*>\s*/u).pop() ?? '';
  const label = leaf.column.label;
  if (label.includes('{Y}')) {
    const re = new RegExp(`^${year ?? '\\d{4}'}年度?$`, 'u');
    return re.test(normalizeLabel(last)) ? 1 : /^\d{4}年度?$/u.test(normalizeLabel(last)) ? 0.8 : 0;
  }
  const candidates = [label, ...(leaf.column.typos ?? [])];
  return Math.max(...candidates.map((c) => labelSimilarity(last, c)));
}

interface Layout {
  labelColumns: number;
  unitColumns: number;
}

const layoutOf = (block: BlockSpec): Layout => ({
  labelColumns: block.noRowLabels ? 0 : 1,
  unitColumns: block.unitColumn ? 1 : 0,
});

/** How well a GFM table matches a block, in [0, 1]. */
export function scoreBlock(rows: GridCell[][], block: BlockSpec, year?: number): number {
  if (rows.length === 0) return 0;
  const [header, ...body] = rows;
  const { labelColumns, unitColumns } = layoutOf(block);
  const leaves = leafColumns(block.columns);
  let matched = 0;
  let expected = 0;
  if (labelColumns) {
    expected += 1;
    const first = header[0]?.text ?? '';
    const targets = [
      block.caption ?? block.corner,
      block.corner,
      ...(block.captionTypos ?? []),
      ...(block.cornerVariants ?? []),
    ];
    matched += Math.max(0, ...targets.map((t) => labelSimilarity(first, t)));
  }
  const valueHeader = header.slice(labelColumns + unitColumns);
  expected += leaves.length;
  leaves.forEach((leaf, i) => {
    const text = valueHeader[i]?.text;
    if (text !== undefined) matched += headerLeafSimilarity(text, leaf, year);
  });
  if (valueHeader.length !== leaves.length)
    matched -= Math.abs(valueHeader.length - leaves.length) * 0.5;
  if (labelColumns) {
    const flat = flattenRows(block.rows);
    const labelled = body.filter((r) => (r[0]?.text ?? '') !== '');
    expected += Math.max(flat.length, labelled.length);
    for (const r of labelled) {
      const best = Math.max(0, ...flat.map((f) => rowLabelSimilarity(r[0].text, f.row)));
      if (best >= MIN_ROW_SIMILARITY) matched += best;
    }
  } else {
    expected += 1;
    if (body.length === 1) matched += 1;
  }
  return Math.max(0, matched / expected);
}

const NUMBER = /^([+-]?\d+(?:\.\d+)?)(万元|元|件|条|个|人次|人|次|篇|项)?$/u;

/** Read the value of a cell as the declaration types it. */
export function parseCellValue(
  text: string,
  valueType: ValueType,
  unit: string | undefined,
): { value?: number; unit?: string; issue?: CellIssue } {
  const t = text
    .normalize('NFKC')
    .replace(/(?<=\d),(?=\d{3})/gu, '')
    .replace(/\s+/gu, '');
  if (t === '') return { issue: 'blank' };
  const m = NUMBER.exec(t);
  if (!m) return { issue: 'not-number' };
  const value = Number(m[1]);
  const written = m[2];
  const result = { value, ...(written ? { unit: written } : {}) };
  const countLike = valueType === 'count' || valueType === 'signed';
  if (countLike && m[1].includes('.')) return { ...result, issue: 'not-integer' };
  if (valueType !== 'signed' && value < 0) return { ...result, issue: 'negative' };
  if (valueType === 'amount' && unit && written && written !== unit)
    return { ...result, issue: 'unit' };
  if (countLike && written && (written === '元' || written === '万元'))
    return { ...result, issue: 'unit' };
  return result;
}

function bindBlock(
  table: TableSpec,
  block: BlockSpec,
  node: Table,
  rows: GridCell[][],
  score: number,
  year: number | undefined,
  problems: Problem[],
): BoundTable {
  const [header, ...body] = rows;
  const { labelColumns, unitColumns } = layoutOf(block);
  const leaves = leafColumns(block.columns);
  const headerCells: BoundHeaderCell[] = [];
  if (labelColumns && header[0]) {
    const expected = block.caption ?? block.corner;
    headerCells.push({
      expected,
      accepted: [expected, ...(block.cornerVariants ?? [])],
      typos: block.captionTypos ?? [],
      text: header[0].text,
      node: header[0].node,
      position: header[0].node.position,
      kind: block.caption ? 'caption' : 'corner',
    });
  }
  if (unitColumns && header[labelColumns]) {
    const cell = header[labelColumns];
    headerCells.push({
      expected: block.unitColumn!,
      accepted: [block.unitColumn!, '计量单位'],
      typos: [],
      text: cell.text,
      node: cell.node,
      position: cell.node.position,
      kind: 'unit-column',
    });
  }
  const valueHeader = header.slice(labelColumns + unitColumns);
  // Map each leaf column to a grid column: positionally when the count is right, else by label.
  const columnIndex = new Map<LeafColumn, number>();
  if (valueHeader.length === leaves.length) {
    leaves.forEach((leaf, i) => columnIndex.set(leaf, labelColumns + unitColumns + i));
  } else {
    const used = new Set<number>();
    for (const leaf of leaves) {
      let best = -1;
      let bestScore = 0.8;
      valueHeader.forEach((cell, i) => {
        const s = headerLeafSimilarity(cell.text, leaf, year);
        if (!used.has(i) && s >= bestScore) {
          best = i;
          bestScore = s;
        }
      });
      if (best >= 0) {
        used.add(best);
        columnIndex.set(leaf, labelColumns + unitColumns + best);
      }
    }
    problems.push({
      code: 'table-columns',
      severity: 'error',
      message: coreMessages['table-columns'],
      data: {
        table: table.name,
        expected: leaves.length,
        actual: valueHeader.length,
        labels: leaves.map((l) => columnHeader(l, year)).join('、'),
      },
      position: header[0]?.node.position ?? node.position,
    });
  }
  for (const leaf of leaves) {
    const index = columnIndex.get(leaf);
    if (index === undefined) continue;
    const cell = header[index];
    const expected = columnHeader(leaf, year);
    headerCells.push({
      expected,
      accepted: [
        expected,
        ...(block.columnsCaption
          ? [`${block.columnsCaption}${COLUMN_PATH_SEPARATOR}${expected}`]
          : []),
      ],
      typos: (leaf.column.typos ?? []).map((t) =>
        [...leaf.path.slice(0, -1).map((c) => c.label), t].join(COLUMN_PATH_SEPARATOR),
      ),
      text: cell.text,
      node: cell.node,
      position: cell.node.position,
      kind: 'column',
    });
  }

  const flat = flattenRows(block.rows);
  const specCells = blockCells(table, block);
  const boundRows: BoundRow[] = [];
  const matchedRows = new Set<FlatRow>();
  const cells: BoundCell[] = [];
  let pointer = 0;
  const bindValues = (flatRow: FlatRow, gridRow: GridCell[]) => {
    const rowCells = specCells.filter((c) => c.row === flatRow.row);
    if (rowCells.length === 0) return;
    if (!flatRow.hasData) {
      // A printed subtotal beside a group row is bound only when it holds numbers.
      const values = leaves.map((leaf) => gridRow[columnIndex.get(leaf) ?? -1]?.text ?? '');
      if (values.every((v) => v === '')) return;
    }
    for (const spec of rowCells) {
      const leaf = leaves.find((l) => sameColumnPath(l.path, spec.columnPath))!;
      const index = columnIndex.get(leaf);
      if (index === undefined) continue; // a column the table lacks: reported as table-columns
      // A row shorter than the header still has the cell: blank, placed at the row's end so
      // that a fix can append the value, never silently dropped.
      const gridCell = gridRow[index] ?? missingCell(rowNodeOf(gridRow, node));
      if (!gridCell) continue;
      const parsed = parseCellValue(gridCell.text, spec.valueType, spec.unit);
      cells.push({
        id: spec.id,
        spec,
        text: gridCell.text,
        node: gridCell.node,
        position: valuePosition(gridCell.node),
        ...parsed,
      });
    }
  };

  for (const gridRow of body) {
    if (!labelColumns) {
      if (pointer < flat.length) {
        matchedRows.add(flat[pointer]);
        boundRows.push({ spec: flat[pointer].row, text: '', position: gridRow[0]?.node.position });
        bindValues(flat[pointer], gridRow);
        pointer += 1;
      } else
        boundRows.push({
          text: gridRow.map((c) => c.text).join(' '),
          position: gridRow[0]?.node.position,
        });
      continue;
    }
    const label = gridRow[0]?.text ?? '';
    const unitCell = unitColumns ? gridRow[labelColumns] : undefined;
    if (label === '' && gridRow.every((c) => c.text === '')) continue;
    let found = -1;
    let bestScore = MIN_ROW_SIMILARITY;
    for (let j = pointer; j < Math.min(flat.length, pointer + ROW_LOOKAHEAD); j++) {
      const s = rowLabelSimilarity(label, flat[j].row);
      if (s >= 0.9) {
        found = j;
        break;
      }
      if (s > bestScore) {
        found = j;
        bestScore = s;
      }
    }
    const base = {
      text: label,
      labelNode: gridRow[0]?.node,
      position: gridRow[0]?.node.position,
      ...(unitCell ? { unitText: unitCell.text, unitNode: unitCell.node } : {}),
    };
    if (found < 0) {
      boundRows.push(base);
      continue;
    }
    const flatRow = flat[found];
    matchedRows.add(flatRow);
    boundRows.push({ ...base, spec: flatRow.row });
    bindValues(flatRow, gridRow);
    pointer = found + 1;
  }
  const missingRows = flat.filter((f) => !matchedRows.has(f)).map((f) => f.row);
  return {
    spec: table,
    block,
    node,
    position: node.position,
    header: headerCells,
    rows: boundRows,
    missingRows,
    cells,
    score,
  };
}

/**
 * Where a cell's value is written. mdast gives a GFM cell the range from its leading pipe to the
 * next one; a message should point at the value itself, and at the inside of an empty cell.
 */
function valuePosition(node: TableCell): Position | undefined {
  const first = node.children[0]?.position;
  const last = node.children[node.children.length - 1]?.position;
  if (first && last) return { start: first.start, end: last.end };
  const start = node.position?.start;
  if (!start || start.offset === node.position?.end.offset) return node.position;
  const inside = {
    line: start.line,
    column: start.column + 1,
    ...(start.offset === undefined ? {} : { offset: start.offset + 1 }),
  };
  return { start: inside, end: inside };
}

/** The table row a grid row was read from. */
function rowNodeOf(gridRow: GridCell[], table: Table): TableRow | undefined {
  const first = gridRow[0]?.node;
  return table.children.find((row) => row.children.includes(first));
}

/** A stand-in for a cell a short row does not write: empty, at the end of the row. */
function missingCell(row: TableRow | undefined): GridCell | undefined {
  const end = row?.position?.end;
  if (!end) return undefined;
  const node: TableCell = {
    type: 'tableCell',
    children: [],
    position: { start: { ...end }, end: { ...end } },
  };
  return { text: '', node };
}

export interface BindResult {
  tables: BoundTable[];
  otherTables: Table[];
  problems: Problem[];
}

/** Bind every GFM table of a report to the official tables of its edition. */
export function bindTables(tables: Table[], edition: EditionSpec, year?: number): BindResult {
  const grids = tables.map(grid);
  const candidates: { t: number; table: TableSpec; block: BlockSpec; score: number }[] = [];
  grids.forEach((rows, t) => {
    for (const table of edition.tables) {
      for (const block of table.blocks) {
        const score = scoreBlock(rows, block, year);
        if (score >= MIN_TABLE_SCORE) candidates.push({ t, table, block, score });
      }
    }
  });
  candidates.sort((a, b) => b.score - a.score);
  const taken = new Map<number, (typeof candidates)[number]>();
  const usedBlocks = new Set<BlockSpec>();
  const usedGroups = new Map<string, TableSpec>();
  for (const c of candidates) {
    if (taken.has(c.t) || usedBlocks.has(c.block)) continue;
    const group = c.table.alternativeGroup;
    if (group && usedGroups.has(group) && usedGroups.get(group) !== c.table) continue;
    taken.set(c.t, c);
    usedBlocks.add(c.block);
    if (group) usedGroups.set(group, c.table);
  }
  const problems: Problem[] = [];
  const bound: BoundTable[] = [];
  const otherTables: Table[] = [];
  tables.forEach((node, t) => {
    const c = taken.get(t);
    if (c) bound.push(bindBlock(c.table, c.block, node, grids[t], c.score, year, problems));
    else otherTables.push(node);
  });
  return { tables: bound, otherTables, problems };
}

/**
 * A hint for an unbound table: the header of the block it resembles most, among `tables` (the
 * tables of the section it stands in) when given.
 */
export function closestBlockHint(
  node: Table,
  edition: EditionSpec,
  tables: TableSpec[] = edition.tables,
): string {
  const rows = grid(node);
  let best: { block: BlockSpec; score: number } | undefined;
  for (const table of tables.length > 0 ? tables : edition.tables) {
    for (const block of table.blocks) {
      const score = scoreBlock(rows, block);
      if (!best || score > best.score) best = { block, score };
    }
  }
  const block = best?.block ?? edition.tables[0].blocks[0];
  return [block.caption ?? block.corner, ...leafColumns(block.columns).map((l) => columnHeader(l))]
    .filter(Boolean)
    .join(' | ');
}
