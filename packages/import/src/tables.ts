/**
 * Recognising the official tables of an edition in the source's tables. Everything is read from
 * the edition declaration: block captions, corner labels, the column tree, the row tree. A
 * source table is cut at block captions (表二's 第二十条第（X）项), each piece is read against
 * every block (header cells to column labels, label cells to rows, the rest to values), scored
 * with the binder's `scoreBlock`, and the best pieces are taken the way the binder takes them.
 */
import {
  COLUMN_PATH_SEPARATOR,
  MIN_ROW_SIMILARITY,
  MIN_TABLE_SCORE,
  blockCells,
  columnHeader,
  columnLabel,
  flattenRows,
  headerLeafSimilarity,
  labelSimilarity,
  leafColumns,
  normalizeLabel,
  parseCellValue,
  rowLabelSimilarity as coreRowLabelSimilarity,
  scoreBlock,
  stripNumbering,
  type BlockSpec,
  type ColumnSpec,
  type EditionSpec,
  type FlatRow,
  type LeafColumn,
  type RowSpec,
  type TableSpec,
} from '@nianbao/core';
import {
  cleanLabel,
  isBlank,
  joinLines,
  type SourceCell,
  type SourceRow,
  type SourceTable,
} from './source.js';

/** How similar a header cell must be to a label of the declaration to be taken for it. */
const HEADER_SIMILARITY = 0.7;
/** How similar a row's only cell must be to a block caption to cut the table there. */
const CAPTION_SIMILARITY = 0.85;
/** No official block has more rows than this (the 32号 table has 62): longer tables are not read against blocks, which keeps a huge input linear. */
const MAX_SEGMENT_ROWS = 300;
/** Rows after the last matched one that a written row label may skip (as in the binder). */
const ROW_LOOKAHEAD = 8;

type Grid = Parameters<typeof scoreBlock>[0];

/**
 * The binder's row-label measure, remembered: every cell is held against every row of every
 * candidate block of every edition, and labels repeat.
 */
const rowSimilarities = new WeakMap<RowSpec, Map<string, number>>();
function rowLabelSimilarity(text: string, row: RowSpec): number {
  let known = rowSimilarities.get(row);
  if (!known) rowSimilarities.set(row, (known = new Map()));
  let score = known.get(text);
  if (score === undefined) {
    // Bounded, so that a batch of many files keeps a flat memory.
    if (known.size > 2000) known.clear();
    known.set(text, (score = coreRowLabelSimilarity(text, row)));
  }
  return score;
}
type GridNode = Grid[number][number]['node'];
const NO_NODE = { type: 'tableCell', children: [] } as unknown as GridNode;

/** A piece of a source table that may be one block. */
export interface Segment {
  rows: SourceRow[];
  line: number;
}

export interface RecognisedRow {
  /** The official row; undefined for a row the declaration does not have. */
  flat?: FlatRow;
  label?: SourceCell;
  unit?: SourceCell;
  values: SourceCell[];
  line: number;
}

export interface Leftover {
  cell: SourceCell;
  /** `header`: a header cell that is no label of the block; `extra`: a cell too many in a row; `row`: a row that is not official; `values`: numbers without a row. */
  kind: 'header' | 'extra' | 'row' | 'values';
  row?: string;
}

export interface RecognisedBlock {
  table: TableSpec;
  block: BlockSpec;
  score: number;
  segment: Segment;
  /** Text before the table proper (`附件：`), kept as paragraphs. */
  leadingText: SourceCell[];
  /** Header cells as the source spells them, by position, for `blockToMarkdown`. */
  header: (string | undefined)[];
  rows: RecognisedRow[];
  /** The first recognised row of each official row key. */
  byRow: Map<string, RecognisedRow>;
  leftovers: Leftover[];
}

const cellText = (cell: SourceCell | undefined) => (cell ? cleanLabel(cell.text) : '');

/** Whether a cell holds a value (a number, with or without a unit) rather than a label. */
export function isValueLike(text: string): boolean {
  const issue = parseCellValue(joinLines(text), 'signed', undefined).issue;
  return issue !== 'not-number' && issue !== 'blank';
}

/** Captions of every block of the edition, with known misspellings, normalised. */
function captionsOf(edition: EditionSpec): string[] {
  return edition.tables.flatMap((t) =>
    t.blocks.flatMap((b) =>
      b.caption ? [b.caption, ...(b.captionTypos ?? [])].map((c) => normalizeLabel(c)) : [],
    ),
  );
}

const length = (text: string) => [...text].length;

/** A row that starts with a block caption: alone across the block, or in the header's corner. */
function isCaptionRow(row: SourceRow, captions: string[]): boolean {
  const first = row.cells.find((c) => !isBlank(c.text));
  if (!first) return false;
  const text = normalizeLabel(cellText(first));
  const size = length(text);
  // Lengths too far apart cannot reach the similarity: no edit distance needed (long tables).
  return captions.some(
    (c) =>
      1 - Math.abs(length(c) - size) / Math.max(length(c), size, 1) >= CAPTION_SIMILARITY &&
      labelSimilarity(text, c) >= CAPTION_SIMILARITY,
  );
}

/** Cut a source table before each row that is a block caption of the edition. */
export function segmentTable(table: SourceTable, edition: EditionSpec): Segment[] {
  const captions = captionsOf(edition);
  const segments: Segment[] = [];
  let current: Segment | undefined;
  for (const row of table.rows) {
    if (!current || (isCaptionRow(row, captions) && current.rows.length > 0)) {
      current = { rows: [], line: row.line };
      segments.push(current);
    }
    current.rows.push(row);
  }
  return segments;
}

interface HeaderTarget {
  kind: 'caption' | 'corner' | 'columns-caption' | 'unit' | 'column';
  /** Texts that match (official first). */
  texts: string[];
  column?: ColumnSpec;
  /** Position of a column node in the tree (`1.0.3`): column objects are shared (表四). */
  path?: string;
  leaf?: LeafColumn;
  matched?: SourceCell;
}

/** Tree positions of the leaf columns, in the order of `leafColumns`. */
function leafPaths(columns: ColumnSpec[], prefix = ''): string[] {
  return columns.flatMap((c, i) => {
    const path = prefix ? `${prefix}.${i}` : String(i);
    return c.children?.length ? leafPaths(c.children, path) : [path];
  });
}

/** Every label a block prints above its values, column nodes level by level. */
function headerTargets(block: BlockSpec, leaves: LeafColumn[]): HeaderTarget[] {
  const targets: HeaderTarget[] = [];
  if (block.caption)
    targets.push({ kind: 'caption', texts: [block.caption, ...(block.captionTypos ?? [])] });
  if (block.corner)
    targets.push({ kind: 'corner', texts: [block.corner, ...(block.cornerVariants ?? [])] });
  if (block.columnsCaption)
    targets.push({ kind: 'columns-caption', texts: [block.columnsCaption] });
  if (block.unitColumn) targets.push({ kind: 'unit', texts: [block.unitColumn] });
  const paths = leafPaths(block.columns);
  let level = block.columns.map((column, i) => ({ column, path: String(i) }));
  while (level.length) {
    for (const { column, path } of level) {
      const index = paths.indexOf(path);
      targets.push({
        kind: 'column',
        texts: [column.label, ...(column.typos ?? [])],
        column,
        path,
        ...(index >= 0 ? { leaf: leaves[index] } : {}),
      });
    }
    level = level.flatMap(({ column, path }) =>
      (column.children ?? []).map((child, i) => ({ column: child, path: `${path}.${i}` })),
    );
  }
  return targets;
}

function targetSimilarity(text: string, target: HeaderTarget, year: number | undefined): number {
  if (target.leaf) return headerLeafSimilarity(text, target.leaf, year);
  // The unit column is also headed with a qualified name (`计量单位` for `单位`).
  if (target.kind === 'unit' && normalizeLabel(text).endsWith(normalizeLabel(target.texts[0])))
    return 1;
  return Math.max(...target.texts.map((t) => labelSimilarity(text, t)));
}

function bestHeaderSimilarity(text: string, targets: HeaderTarget[], year?: number): number {
  return Math.max(0, ...targets.map((t) => targetSimilarity(text, t, year)));
}

/** The official row a written label is, looking ahead from the last matched row. */
function matchRow(text: string, flat: FlatRow[], from: number): { index: number; score: number } {
  let index = -1;
  let score = MIN_ROW_SIMILARITY;
  const scan = (start: number, end: number) => {
    for (let j = start; j < end; j++) {
      const s = rowLabelSimilarity(text, flat[j].row);
      if (s > score || (s >= 0.9 && index < 0)) {
        index = j;
        score = s;
        if (s >= 1) return;
      }
    }
  };
  scan(from, Math.min(flat.length, from + ROW_LOOKAHEAD));
  // A row written out of order (or twice) is still that row.
  if (index < 0) scan(0, flat.length);
  return { index, score: index < 0 ? 0 : score };
}

const vocabularies = new WeakMap<BlockSpec, Set<string>>();
function vocabularyOf(block: BlockSpec): Set<string> {
  let words = vocabularies.get(block);
  if (!words) vocabularies.set(block, (words = blockVocabulary(block)));
  return words;
}

function trimTrailingBlanks(cells: SourceCell[]): SourceCell[] {
  let end = cells.length;
  while (end > 0 && isBlank(cells[end - 1].text)) end--;
  return cells.slice(0, end);
}

/** Read a segment as one block of the declaration. */
export function readBlock(
  segment: Segment,
  table: TableSpec,
  block: BlockSpec,
  year: number | undefined,
): RecognisedBlock {
  const leaves = leafColumns(block.columns);
  const width = leaves.length;
  const labelled = !block.noRowLabels;
  const flat = flattenRows(block.rows);
  const targets = headerTargets(block, leaves);
  const leftovers: Leftover[] = [];

  // Header rows run until the first row that reads as a row of the body.
  const isBodyRow = (row: SourceRow): boolean => {
    const filled = row.cells.filter((c) => !isBlank(c.text));
    if (filled.length === 0) return false;
    if (!labelled) {
      const values = filled.filter((c) => isValueLike(c.text)).length;
      return values >= 2 && values >= filled.length / 2;
    }
    return filled.some((cell) => {
      const text = cellText(cell);
      const row = Math.max(...flat.map((f) => rowLabelSimilarity(text, f.row)));
      return row >= MIN_ROW_SIMILARITY && row > bestHeaderSimilarity(text, targets, year);
    });
  };
  let bodyStart = segment.rows.findIndex(isBodyRow);
  if (bodyStart < 0) bodyStart = segment.rows.length;

  // Header cells to labels: the best label, the first of equals (表四 repeats 结果维持).
  const leadingText: SourceCell[] = [];
  const unmatchedHeader: SourceCell[] = [];
  let anyHeader = false;
  for (const row of segment.rows.slice(0, bodyStart)) {
    for (const cell of row.cells) {
      if (isBlank(cell.text)) continue;
      const text = cellText(cell);
      let best: HeaderTarget | undefined;
      let bestScore = HEADER_SIMILARITY;
      for (const target of targets) {
        if (target.matched) continue;
        const s = targetSimilarity(text, target, year);
        if (s > bestScore + 1e-9) {
          best = target;
          bestScore = s;
        }
      }
      if (best) {
        best.matched = cell;
        anyHeader = true;
      } else if (!anyHeader) leadingText.push(cell);
      else unmatchedHeader.push(cell);
    }
  }
  for (const cell of unmatchedHeader) leftovers.push({ cell, kind: 'header' });

  // Body: label cells name rows (the last label of a line carries its values), the rest are
  // values. A line of values alone continues a row that is still short of values (a blank line
  // inside a row, as in seed 004's 政府集中采购).
  const rows: RecognisedRow[] = [];
  let pointer = 0;
  for (const row of segment.rows.slice(bodyStart)) {
    const cells = trimTrailingBlanks(row.cells);
    if (cells.length === 0) continue;
    if (!labelled) {
      const values = cells.slice(cells.findIndex((c) => !isBlank(c.text)));
      const target = flat[pointer];
      if (target && rows.length < flat.length) {
        rows.push({ flat: target, values, line: row.line });
        pointer++;
      } else if (rows.length) rows[rows.length - 1].values.push(...values);
      continue;
    }
    const labels: { cell: SourceCell; flat?: FlatRow }[] = [];
    let index = 0;
    while (index < cells.length) {
      const cell = cells[index];
      if (isBlank(cell.text)) {
        if (labels.length) break;
        index++;
        continue;
      }
      const match = matchRow(cellText(cell), flat, pointer);
      if (match.index >= 0 && !(labels.length && isValueLike(cell.text))) {
        labels.push({ cell, flat: flat[match.index] });
        pointer = match.index + 1;
        index++;
        continue;
      }
      if (labels.length === 0 && !isValueLike(cell.text)) {
        labels.push({ cell });
        index++;
        continue;
      }
      break;
    }
    let rest = cells.slice(index);
    if (labels.length === 0) {
      const previous = rows[rows.length - 1];
      if (previous && previous.values.length < width) previous.values.push(...rest);
      else for (const cell of rest) leftovers.push({ cell, kind: 'values' });
      continue;
    }
    for (const group of labels.slice(0, -1))
      rows.push({ flat: group.flat, label: group.cell, values: [], line: group.cell.line });
    const last = labels[labels.length - 1];
    let unit: SourceCell | undefined;
    if (
      block.unitColumn &&
      rest.length > 0 &&
      !(rest.length <= width && isValueLike(rest[0].text))
    ) {
      unit = rest[0];
      rest = rest.slice(1);
    }
    rows.push({ flat: last.flat, label: last.cell, unit, values: rest, line: last.cell.line });
  }

  // Fit each row to the block's width: merged cells leave empty or doubled cells behind.
  for (const row of rows) {
    let values = row.values;
    while (values.length > width && isBlank(values[0].text)) values = values.slice(1);
    if (values.length > width) {
      const extra = values.slice(0, values.length - width);
      for (const cell of extra)
        leftovers.push({ cell, kind: 'extra', row: cellText(row.label) || undefined });
      values = values.slice(values.length - width);
    }
    row.values = values;
  }
  const byRow = new Map<string, RecognisedRow>();
  for (const row of rows) {
    if (!row.flat) {
      if (row.label) leftovers.push({ cell: row.label, kind: 'row' });
      continue;
    }
    if (byRow.has(row.flat.row.key)) {
      if (row.label) leftovers.push({ cell: row.label, kind: 'row' });
      continue;
    }
    byRow.set(row.flat.row.key, row);
  }

  const header = headerOverrides(block, targets, leaves, year);
  const score = scoreBlock(logicalGrid(block, targets, leaves, rows, unmatchedHeader), block, year);
  return { table, block, score, segment, leadingText, header, rows, byRow, leftovers };
}

/** The header as `blockToMarkdown` writes it, with the source's spelling where it differs. */
function headerOverrides(
  block: BlockSpec,
  targets: HeaderTarget[],
  leaves: LeafColumn[],
  year: number | undefined,
): (string | undefined)[] {
  const header: (string | undefined)[] = [];
  const of = (kind: HeaderTarget['kind']) => targets.find((t) => t.kind === kind)?.matched;
  if (!block.noRowLabels) {
    const first = block.caption ? of('caption') : of('corner');
    // A corner printed on the form but missing in the source stays missing (seed 003's 表三).
    header.push(first ? cellText(first) : block.caption ? undefined : '');
  }
  if (block.unitColumn) header.push(of('unit') ? cellText(of('unit')) : undefined);
  const paths = leafPaths(block.columns);
  leaves.forEach((leaf, index) => {
    const steps = paths[index].split('.');
    const parts = leaf.path.map((column, depth) => {
      const path = steps.slice(0, depth + 1).join('.');
      const matched = targets.find((t) => t.path === path)?.matched;
      return matched ? cellText(matched) : columnLabel(column, year);
    });
    // A caption printed over all columns (表三 申请人情况) is kept as the first part of the path.
    const caption = of('columns-caption');
    const written = [...(caption ? [cellText(caption)] : []), ...parts].join(COLUMN_PATH_SEPARATOR);
    header.push(written === columnHeader(leaf, year) ? undefined : written);
  });
  return header;
}

/** The block as the binder would see it, to score it with the binder's own measure. */
function logicalGrid(
  block: BlockSpec,
  targets: HeaderTarget[],
  leaves: LeafColumn[],
  rows: RecognisedRow[],
  unmatchedHeader: SourceCell[],
): Grid {
  const cell = (text: string) => ({ text, node: NO_NODE });
  const first = targets.find((t) => t.kind === (block.caption ? 'caption' : 'corner'))?.matched;
  const header = [
    ...(block.noRowLabels ? [] : [cell(cellText(first))]),
    ...(block.unitColumn ? [cell(cellText(targets.find((t) => t.kind === 'unit')?.matched))] : []),
    ...leaves.map((leaf) => cell(cellText(targets.find((t) => t.leaf === leaf)?.matched))),
    ...unmatchedHeader.map((c) => cell(cellText(c))),
  ];
  const body = rows.map((row) => [
    ...(block.noRowLabels ? [] : [cell(cellText(row.label))]),
    ...(block.unitColumn ? [cell(cellText(row.unit))] : []),
    ...row.values.map((v) => cell(joinLines(v.text))),
  ]);
  return [header, ...body];
}

/** Cell id → text as written, for every cell of the block (blank where the source has none). */
export function blockValues(recognised: RecognisedBlock): Map<string, string> {
  const values = new Map<string, string>();
  const leaves = leafColumns(recognised.block.columns);
  for (const spec of blockCells(recognised.table, recognised.block)) {
    const row = recognised.byRow.get(spec.row.key);
    const index = leaves.findIndex((l) => l.column === spec.column);
    const cell = row?.values[index];
    values.set(spec.id, cell ? joinLines(cell.text) : '');
  }
  return values;
}

/** Row key → label as written (layout removed), where the source names the row. */
export function blockLabels(recognised: RecognisedBlock): Map<string, string> {
  const labels = new Map<string, string>();
  for (const [key, row] of recognised.byRow) if (row.label) labels.set(key, cellText(row.label));
  return labels;
}

/** Row key → unit as written (legacy tables). */
export function blockUnits(recognised: RecognisedBlock): Map<string, string> {
  const units = new Map<string, string>();
  for (const [key, row] of recognised.byRow)
    if (row.unit && !isBlank(row.unit.text)) units.set(key, cellText(row.unit));
  return units;
}

export interface TableRecognition {
  /** Per source table, its segments in order, each recognised or not. */
  tables: { source: SourceTable; segments: { segment: Segment; block?: RecognisedBlock }[] }[];
  /** Sum of the scores of the recognised blocks. */
  score: number;
  blocks: RecognisedBlock[];
}

/** Every label a block prints, normalised, with and without its item number. */
function blockVocabulary(block: BlockSpec): Set<string> {
  const words = new Set<string>();
  const add = (label: string | undefined) => {
    if (!label) return;
    words.add(normalizeLabel(label));
    words.add(stripNumbering(label));
  };
  add(block.caption);
  block.captionTypos?.forEach(add);
  add(block.corner);
  add(block.unitColumn);
  add(block.columnsCaption);
  const columns = (list: ColumnSpec[]) =>
    list.forEach((c) => {
      add(c.label);
      c.typos?.forEach(add);
      if (c.children) columns(c.children);
    });
  columns(block.columns);
  for (const { row } of flattenRows(block.rows)) {
    add(row.label);
    row.variants?.forEach(add);
    row.typos?.forEach(add);
  }
  words.delete('');
  return words;
}

/**
 * Whether a segment shares at least one label with a block: reading a segment against a block
 * costs edit distances over every cell and row, so blocks with nothing in common are skipped.
 */
function sharesLabel(segment: Segment, vocabulary: Set<string>): boolean {
  return segment.rows.some((row) =>
    row.cells.some((cell) => {
      const text = cleanLabel(cell.text);
      return (
        text !== '' &&
        (vocabulary.has(normalizeLabel(text)) || vocabulary.has(stripNumbering(text)))
      );
    }),
  );
}

/** Recognise the official tables of an edition among the source's tables. */
export function recogniseTables(
  sources: SourceTable[],
  edition: EditionSpec,
  year: number | undefined,
): TableRecognition {
  const pieces = sources.map((source) => ({ source, segments: segmentTable(source, edition) }));
  const candidates: { piece: number; segment: number; read: RecognisedBlock }[] = [];
  pieces.forEach((piece, p) => {
    piece.segments.forEach((segment, s) => {
      for (const table of edition.tables)
        for (const block of table.blocks) {
          if (segment.rows.length > MAX_SEGMENT_ROWS) continue;
          if (!sharesLabel(segment, vocabularyOf(block))) continue;
          const read = readBlock(segment, table, block, year);
          if (read.score >= MIN_TABLE_SCORE) candidates.push({ piece: p, segment: s, read });
        }
    });
  });
  candidates.sort((a, b) => b.read.score - a.read.score);
  const taken = new Map<string, RecognisedBlock>();
  const usedBlocks = new Set<BlockSpec>();
  const usedGroups = new Map<string, TableSpec>();
  for (const c of candidates) {
    const key = `${c.piece}:${c.segment}`;
    if (taken.has(key) || usedBlocks.has(c.read.block)) continue;
    const group = c.read.table.alternativeGroup;
    if (group && usedGroups.has(group) && usedGroups.get(group) !== c.read.table) continue;
    taken.set(key, c.read);
    usedBlocks.add(c.read.block);
    if (group) usedGroups.set(group, c.read.table);
  }
  const blocks = [...taken.values()];
  return {
    tables: pieces.map((piece, p) => ({
      source: piece.source,
      segments: piece.segments.map((segment, s) => ({ segment, block: taken.get(`${p}:${s}`) })),
    })),
    score: blocks.reduce((sum, b) => sum + b.score, 0),
    blocks,
  };
}

/** Every cell text of the source's tables, normalised (to look labels up). */
export function cellLabels(sources: SourceTable[]): Set<string> {
  const labels = new Set<string>();
  for (const t of sources)
    for (const r of t.rows)
      for (const c of r.cells) if (!isBlank(c.text)) labels.add(normalizeLabel(cleanLabel(c.text)));
  return labels;
}
