/**
 * Real .docx inputs for the tests, built with the `docx` library from a report's content: its
 * paragraphs and headings as Word paragraphs, its official tables in the printed layout of the
 * form — caption rows across the block, the corner cell and grouped column headers merged as
 * the declaration nests them (表三's 3 × 3 note, 申请人情况 over seven columns, 法人或其他组织 over
 * five; 表四's 行政复议/行政诉讼 groups), group row labels merged down their items (表三 三、本年度
 * 办理结果 over twenty rows), value cells spanning the grid as `valueSpans` says (2019 表二).
 */
import {
  columnDepth,
  flattenRows,
  leafColumns,
  parseReport,
  rowDepth,
  type BlockSpec,
  type BoundTable,
  type ColumnSpec,
  type Report,
} from '@nianbao/core';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

type Cell = { text: string; rowSpan?: number; columnSpan?: number };

function tableCell(cell: Cell, wrap = false): TableCell {
  // A long header label wraps onto a second paragraph, as Word lays out narrow cells.
  const parts =
    wrap && [...cell.text].length > 5
      ? [
          cell.text.slice(0, Math.ceil(cell.text.length / 2)),
          cell.text.slice(Math.ceil(cell.text.length / 2)),
        ]
      : [cell.text];
  return new TableCell({
    children: parts.map((t) => new Paragraph({ children: [new TextRun(t)] })),
    ...(cell.rowSpan && cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
    ...(cell.columnSpan && cell.columnSpan > 1 ? { columnSpan: cell.columnSpan } : {}),
  });
}

/** Label columns of the printed form: 表三 nests its labels in three columns, others use one. */
const labelColumnsOf = (block: BlockSpec) =>
  block.noRowLabels ? 0 : block.columnsCaption ? rowDepth(block.rows) : 1;

const spansOf = (block: BlockSpec) =>
  leafColumns(block.columns).map((_, i) => block.valueSpans?.[i] ?? 1);

/** Grid width of a block's printed layout. */
export function gridWidth(block: BlockSpec): number {
  return (
    labelColumnsOf(block) + (block.unitColumn ? 1 : 0) + spansOf(block).reduce((a, b) => a + b, 0)
  );
}

/** The printed rows of one bound block, with the source's labels and values. */
function blockRows(bound: BoundTable, width: number): Cell[][] {
  const { block } = bound;
  const labelColumns = labelColumnsOf(block);
  const spans = spansOf(block);
  const leaves = leafColumns(block.columns);
  const rows: Cell[][] = [];
  const headerText = (kind: string, fallback: string) =>
    bound.header.find((h) => h.kind === kind)?.text ?? fallback;

  if (block.caption) rows.push([{ text: headerText('caption', block.caption), columnSpan: width }]);
  // Header: the corner (and unit header) down the whole header, then the column tree.
  const captionRows = block.columnsCaption ? 1 : 0;
  const depth = columnDepth(block.columns) + captionRows;
  const header: Cell[][] = Array.from({ length: depth }, () => []);
  if (labelColumns)
    header[0].push({
      text: block.caption ? block.corner : headerText('corner', block.corner),
      rowSpan: depth,
      columnSpan: labelColumns,
    });
  if (block.unitColumn)
    header[0].push({ text: headerText('unit-column', block.unitColumn), rowSpan: depth });
  if (block.columnsCaption)
    header[0].push({ text: block.columnsCaption, columnSpan: spans.reduce((a, b) => a + b, 0) });
  const written = new Map(
    bound.header.filter((h) => h.kind === 'column').map((h, i) => [i, h.text.split(' > ')]),
  );
  let leafIndex = 0;
  const place = (columns: ColumnSpec[], level: number) => {
    for (const column of columns) {
      if (column.children?.length) {
        const first = leafIndex;
        const count = leafColumns(column.children).length;
        const parts = written.get(first) ?? [];
        const text = parts[parts.length - 1 - columnDepth(column.children)] ?? column.label;
        const span = spans.slice(first, first + count).reduce((a, b) => a + b, 0);
        header[captionRows + level].push({ text, columnSpan: span });
        place(column.children, level + 1);
      } else {
        const parts = written.get(leafIndex) ?? [];
        header[captionRows + level].push({
          text: parts[parts.length - 1] ?? column.label,
          rowSpan: depth - captionRows - level,
          columnSpan: spans[leafIndex],
        });
        leafIndex++;
      }
    }
  };
  place(block.columns, 0);
  rows.push(...header.filter((r) => r.length));

  // Body: every official row; group labels merged down their items in nested label columns.
  const flat = flattenRows(block.rows);
  const labelOf = (key: string, official: string) =>
    bound.rows.find((r) => r.spec?.key === key)?.text ?? official;
  const valueOf = (key: string, leaf: number) =>
    bound.cells.find((c) => c.spec.row.key === key && c.spec.column === leaves[leaf].column)
      ?.text ?? '';
  const nested = labelColumns > 1;
  const pending: Cell[] = [];
  flat.forEach((f, i) => {
    const isGroup = nested && !f.hasData && (f.row.children?.length ?? 0) > 0;
    if (isGroup) {
      const items = flat
        .slice(i + 1)
        .filter((g) => g.path.includes(f.row) && !(g.row.children?.length && !g.hasData));
      pending.push({ text: labelOf(f.row.key, f.row.label), rowSpan: items.length });
      return;
    }
    const cells: Cell[] = [...pending.splice(0)];
    if (labelColumns)
      cells.push({
        text: labelOf(f.row.key, f.row.label),
        columnSpan: nested ? labelColumns - f.depth : 1,
      });
    if (block.unitColumn) cells.push({ text: f.hasData ? (f.row.unit ?? '') : '' });
    leaves.forEach((_, leaf) =>
      cells.push({ text: f.hasData ? valueOf(f.row.key, leaf) : '', columnSpan: spans[leaf] }),
    );
    rows.push(cells);
  });
  return rows;
}

/** Word paragraphs and tables for a report written in nianbao Markdown. */
export async function docxFromMarkdown(markdown: string): Promise<Buffer> {
  const report: Report = parseReport(markdown);
  const children: (Paragraph | Table)[] = [];
  const bound = new Map(report.tables.map((t) => [t.node, t]));
  let group: BoundTable[] = [];
  const flush = () => {
    if (!group.length) return;
    const width = Math.max(...group.map((b) => gridWidth(b.block)));
    const rows = group.flatMap((b) => blockRows(b, width));
    children.push(
      new Table({
        rows: rows.map(
          (cells, r) =>
            new TableRow({
              children: cells.map((c) =>
                tableCell(c, r < 3 && Boolean(group[0].block.columnsCaption)),
              ),
            }),
        ),
      }),
    );
    group = [];
  };
  const text = (node: { value?: unknown; children?: unknown[] }): string =>
    typeof node.value === 'string'
      ? node.value
      : (node.children ?? []).map((c) => text(c as { value?: unknown })).join('');
  for (const node of report.tree.children) {
    if (node.type === 'table') {
      const table = bound.get(node);
      if (table && group.length && group[0].spec !== table.spec) flush();
      if (table) group.push(table);
      continue;
    }
    flush();
    if (node.type === 'heading' || node.type === 'paragraph')
      children.push(new Paragraph({ children: [new TextRun(text(node))] }));
  }
  flush();
  if (report.meta?.agency && report.meta?.date) {
    const [y, m, d] = report.meta.date.split('-').map(Number);
    children.push(new Paragraph({ children: [new TextRun(report.meta.agency)] }));
    children.push(new Paragraph({ children: [new TextRun(`${y}年${m}月${d}日`)] }));
  }
  const doc = new Document({ sections: [{ children }] });
  return Packer.toBuffer(doc);
}
