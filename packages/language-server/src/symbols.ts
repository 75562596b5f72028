/** The outline: the report's sections as the parser numbered them, with their official tables. */
import type { BoundTable, Section } from '@nianbao/core';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver';
import type { CheckedDocument } from './checked.js';

type UnistPosition = NonNullable<Section['position']>;

function toRange(start: UnistPosition['start'], end: UnistPosition['end'], bom: number): Range {
  const at = (p: UnistPosition['start']) => ({
    line: p.line - 1,
    character: p.column - 1 + (p.line === 1 ? bom : 0),
  });
  return { start: at(start), end: at(end) };
}

function sectionEnd(section: Section): UnistPosition['end'] | undefined {
  for (let i = section.nodes.length - 1; i >= 0; i--) {
    const end = section.nodes[i].position?.end;
    if (end) return end;
  }
  return section.position?.end;
}

export function documentSymbols(checked: CheckedDocument): DocumentSymbol[] {
  const { report } = checked.result;
  const tablesBySection = new Map<Section, BoundTable[]>();
  for (const table of report.tables) {
    const start = table.position?.start.offset;
    if (start === undefined) continue;
    // The innermost section whose span holds the table.
    let owner: Section | undefined;
    for (const section of report.allSections) {
      const from = section.position?.start.offset ?? Infinity;
      const to = sectionEnd(section)?.offset ?? -Infinity;
      if (from <= start && start <= to) owner = section;
    }
    if (owner) tablesBySection.set(owner, [...(tablesBySection.get(owner) ?? []), table]);
  }

  const tableSymbol = (table: BoundTable): DocumentSymbol | undefined => {
    if (!table.position) return undefined;
    const range = toRange(table.position.start, table.position.end, checked.bom);
    const block = table.block.caption ? ` · ${table.block.caption}` : '';
    return {
      name: `${table.spec.name}${block}`,
      detail: table.spec.caption,
      kind: SymbolKind.Array,
      range,
      selectionRange: range,
    };
  };

  const sectionSymbol = (section: Section): DocumentSymbol | undefined => {
    const heading = section.position;
    if (!heading) return undefined;
    const children = [
      ...(tablesBySection.get(section) ?? []).map(tableSymbol),
      ...section.children.map(sectionSymbol),
    ].filter((s): s is DocumentSymbol => Boolean(s));
    children.sort(
      (a, b) =>
        a.range.start.line - b.range.start.line ||
        a.range.start.character - b.range.start.character,
    );
    return {
      name: section.text || section.numbering.raw || '—',
      kind: SymbolKind.String,
      range: toRange(heading.start, sectionEnd(section) ?? heading.end, checked.bom),
      selectionRange: toRange(heading.start, heading.end, checked.bom),
      children,
    };
  };

  return report.sections.map(sectionSymbol).filter((s): s is DocumentSymbol => Boolean(s));
}
