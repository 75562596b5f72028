/**
 * Completion of official row labels in the first cell of a table row. The labels come from the
 * edition declaration; when the row has no other cells yet, the whole row is inserted as
 * `nianbao new` writes it (`rowToMarkdown`), zeros included.
 */
import {
  cellText,
  escapeCell,
  flattenRows,
  normalizeLabel,
  rowToMarkdown,
  type BlockSpec,
  type Report,
  type TableSpec,
} from '@nianbao/core';
import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckedDocument } from './checked.js';
import { m } from './messages.js';

interface Candidate {
  table: TableSpec;
  block: BlockSpec;
  /** Row keys the Markdown table already has. */
  present: Set<string>;
}

/** Offsets of the cell separators of a table line (pipes not escaped with a backslash). */
function pipeOffsets(line: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') out.push(i);
  }
  return out;
}

type Table = Report['otherTables'][number];
type UnistPosition = Table['position'];

const covers = (position: UnistPosition | undefined, line: number): boolean =>
  Boolean(position && position.start.line <= line && line <= position.end.line);

/** The blocks whose rows fit the table the cursor is in. */
function candidates(checked: CheckedDocument, line: number): Candidate[] | undefined {
  const { report } = checked.result;
  const edition = report.edition!;
  const bound = report.tables.find((t) => covers(t.node.position, line));
  const node: Table | undefined =
    bound?.node ?? report.otherTables.find((t) => covers(t.position, line));
  if (!node?.position) return undefined;
  // The header and delimiter rows hold no row labels.
  if (line <= node.position.start.line + 1) return undefined;
  if (bound) {
    if (bound.block.noRowLabels) return [];
    const present = new Set(bound.rows.flatMap((r) => (r.spec ? [r.spec.key] : [])));
    return [{ table: bound.spec, block: bound.block, present }];
  }
  const headerCell = node.children[0]?.children[0];
  const header = headerCell ? normalizeLabel(cellText(headerCell)) : '';
  const all = edition.tables.flatMap((table) =>
    table.blocks
      .filter((block) => !block.noRowLabels)
      .map((block) => ({ table, block, present: new Set<string>() })),
  );
  const named = all.filter(({ block }) =>
    [block.caption, block.corner, ...(block.cornerVariants ?? [])].some(
      (label) => label && normalizeLabel(label) === header,
    ),
  );
  return named.length ? named : all;
}

export function completeRowLabels(
  checked: CheckedDocument,
  document: TextDocument,
  position: Position,
): CompletionItem[] {
  const { report } = checked.result;
  if (!report.edition) return [];
  const lineText = document
    .getText({
      start: { line: position.line, character: 0 },
      end: { line: position.line + 1, character: 0 },
    })
    .replace(/\r?\n$|\r$/u, '');
  if (!/^\s*\|/u.test(lineText)) return [];
  const pipes = pipeOffsets(lineText);
  const [first, second] = pipes;
  if (position.character <= first || (second !== undefined && position.character > second))
    return [];
  const found = candidates(checked, position.line + 1);
  if (!found?.length) return [];

  const cellEnd = second ?? lineText.length;
  let start = first + 1;
  while (start < cellEnd && /\s/u.test(lineText[start])) start++;
  let end = cellEnd;
  while (end > start && /\s/u.test(lineText[end - 1])) end--;
  const range = {
    start: { line: position.line, character: Math.min(start, position.character) },
    end: { line: position.line, character: Math.max(end, position.character) },
  };
  // A row that has only its label cell so far gets the rest of the row too.
  const wholeRow = second === undefined;
  const items: CompletionItem[] = [];
  let order = 0;
  for (const { table, block, present } of found) {
    const rows = flattenRows(block.rows);
    const detail = [table.name, table.caption, block.caption].filter(Boolean).join(' · ');
    for (const flat of rows) {
      const label = flat.row.label;
      const row = wholeRow ? rowToMarkdown(table, block, flat.row.key) : undefined;
      const newText = row ? row.replace(/^\|\s?/u, '') : escapeCell(label);
      const rank = present.has(flat.row.key) ? 1 : 0;
      items.push({
        label,
        kind: CompletionItemKind.EnumMember,
        detail,
        documentation: m(checked.options.locale, 'completion-row', { table: table.name }),
        sortText: `${rank}${String(order++).padStart(4, '0')}`,
        filterText: label,
        textEdit: { range, newText },
      });
    }
  }
  return items;
}
