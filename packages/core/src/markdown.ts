/**
 * Writing official tables as GFM tables in nianbao's format: the block caption (or the corner
 * label) in the first header cell, grouped column headers as paths (`行政诉讼 > 复议后起诉 > 总计`),
 * one row per official row with its label verbatim, hierarchy carried by the labels' numbering.
 */
import {
  blockCells,
  columnHeader,
  flattenRows,
  leafColumns,
  sameColumnPath,
} from './editions/cells.js';
import type { BlockSpec, TableSpec } from './editions/types.js';

export function escapeCell(text: string): string {
  return text.replace(/\|/gu, '\\|').replace(/\r?\n/gu, ' ');
}

function row(cells: string[]): string {
  return `| ${cells.map(escapeCell).join(' | ')} |`;
}

export interface TableValues {
  /** Cell id → text to write. Missing data cells are written as `0`. */
  get(id: string): string | undefined;
}

/**
 * A block as Markdown. `values` gives the text of each cell; `labels` may override row labels
 * by row key, `units` the 单位 cell by row key, and `header` the header cells by position (an
 * `undefined` entry keeps the official text): the importer keeps a source's misspellings.
 */
export function blockToMarkdown(
  table: TableSpec,
  block: BlockSpec,
  options: {
    values?: TableValues;
    year?: number;
    labels?: Map<string, string>;
    units?: Map<string, string>;
    header?: (string | undefined)[];
    fill?: string;
  } = {},
): string {
  const { values, year, labels, units, fill = '0' } = options;
  const leaves = leafColumns(block.columns);
  const cells = blockCells(table, block);
  const official: string[] = [];
  if (!block.noRowLabels) official.push(block.caption ?? block.corner);
  if (block.unitColumn) official.push(block.unitColumn);
  official.push(...leaves.map((l) => columnHeader(l, year)));
  const header = official.map((text, i) => options.header?.[i] ?? text);
  const lines = [row(header), row(header.map(() => '---'))];
  for (const flat of flattenRows(block.rows)) {
    const line: string[] = [];
    if (!block.noRowLabels) line.push(labels?.get(flat.row.key) ?? flat.row.label);
    if (block.unitColumn)
      line.push(flat.hasData ? (units?.get(flat.row.key) ?? flat.row.unit ?? '') : '');
    for (const leaf of leaves) {
      const cell = cells.find((c) => c.row === flat.row && sameColumnPath(c.columnPath, leaf.path));
      const text = cell ? values?.get(cell.id) : undefined;
      // An amount whose unit the form leaves open must carry one (checks.md T2-19-01).
      const empty = cell?.valueType === 'amount-any-unit' ? `${fill}元` : fill;
      line.push(text ?? (flat.hasData ? empty : ''));
    }
    lines.push(row(line));
  }
  return lines.join('\n');
}

/**
 * One official row of a block as a Markdown table line, its cells filled with `fill` (a label
 * row's cells stay empty): what the label rule inserts for a missing row.
 */
export function rowToMarkdown(
  table: TableSpec,
  block: BlockSpec,
  rowKey: string,
  fill = '0',
): string | undefined {
  const lines = blockToMarkdown(table, block, { fill }).split('\n').slice(2);
  const index = flattenRows(block.rows).findIndex((f) => f.row.key === rowKey);
  return index < 0 ? undefined : lines[index];
}

export function tableToMarkdown(
  table: TableSpec,
  options: Parameters<typeof blockToMarkdown>[2] = {},
): string {
  return table.blocks.map((block) => blockToMarkdown(table, block, options)).join('\n\n');
}
