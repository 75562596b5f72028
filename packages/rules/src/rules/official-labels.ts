/**
 * official-labels: every caption, corner note, column header and row label of an official table
 * is the official text, verbatim (checks.md P09; editions.md "Label normalisation", §6 of
 * checks.md for the known misspellings). Also the structure of the tables: rows missing or not
 * official, tables that cannot be bound, wrong columns, required tables or blocks missing.
 */
import {
  coreMessages,
  flattenRows,
  labelSimilarity,
  leafColumns,
  rowToMarkdown,
  sectionOf,
  topSection,
  type BoundHeaderCell,
  type BoundRow,
  type BoundTable,
  type EditionSpec,
  type Localized,
  type Report,
  type RowSpec,
  type TableSpec,
} from '@nianbao/core';
import type { Table, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { docsUrl } from '../docs-url.js';
import type { Fix, Rule, RuleContext, Severity } from '../types.js';
import { compareLabel, otherEditionOf, styleDetail, styleKey } from '../util/labels.js';
import { findSection } from '../util/sections.js';
import { replaceCellFix } from '../util/source.js';

/** Core problems this rule reports (lint.ts routes them here). */
const PROBLEMS = ['table-unbound', 'table-columns'] as const;

/** A label this similar to the official one (or containing it) is a near miss: fix it. */
const NEAR_MISS = 0.6;

const messages = {
  'table-unbound': coreMessages['table-unbound'],
  'table-columns': coreMessages['table-columns'],
  'table-missing': coreMessages['table-missing'],
  'row-missing': coreMessages['row-missing'],
  'row-unknown': coreMessages['row-unknown'],
  'row-order': {
    zh: '{{table}}的行“{{label}}”位置不对：请按官方表格的行序排列',
    en: '{{table}}: the row “{{label}}” is out of place; keep the rows in the official order',
  },
  'block-missing': {
    zh: '{{table}}缺少“{{caption}}”部分：请按官方格式补上该部分及其各行',
    en: '{{table}} lacks its part “{{caption}}”: add it with its rows as the official form prints them',
  },
  'data-row-missing': {
    zh: '{{table}}缺少数据行：表头下应有一行数据',
    en: '{{table}} has no data row: one row of figures belongs under the header',
  },
  'row-no-label': {
    zh: '{{table}}中有一行没有标签：每行数据前应写官方行标签',
    en: '{{table}} has a row without a label: every row of figures starts with its official label',
  },
  'label-typo': {
    zh: '“{{found}}”有错别字，官方标签为“{{expected}}”',
    en: '“{{found}}” is misspelled: the official label is “{{expected}}”',
  },
  'label-style': {
    zh: '“{{found}}”与官方标签“{{expected}}”写法不同（{{detail}}）',
    en: '“{{found}}” is written differently from the official label “{{expected}}” ({{detail}})',
  },
  'label-mismatch': {
    zh: '“{{found}}”不是官方标签，应为“{{expected}}”',
    en: '“{{found}}” is not the official label: expected “{{expected}}”',
  },
  'label-missing': {
    zh: '{{table}}此处缺少官方标签“{{expected}}”',
    en: '{{table}} lacks the official label “{{expected}}” here',
  },
  'note-missing': {
    zh: '{{table}}缺少官方注释：应为“{{expected}}”',
    en: '{{table}} lacks the note the official form prints: “{{expected}}”',
  },
  'caption-missing': {
    zh: '表头第一格应为该部分的标题“{{expected}}”，而不是“{{found}}”',
    en: 'The first header cell holds the part’s caption “{{expected}}”, not “{{found}}”',
  },
  'column-path': {
    zh: '列标题“{{found}}”应写出上级列标题：“{{expected}}”',
    en: 'The column header “{{found}}” should name its group: “{{expected}}”',
  },
  'unit-mismatch': {
    zh: '“{{row}}”的单位应为“{{expected}}”，实为“{{found}}”',
    en: 'The unit of “{{row}}” is “{{expected}}”, found “{{found}}”',
  },
  'unit-missing': {
    zh: '“{{row}}”缺少单位，应为“{{expected}}”',
    en: '“{{row}}” lacks its unit: “{{expected}}”',
  },
} satisfies Record<string, Localized>;

type MessageId = keyof typeof messages;

interface Reporter {
  (
    messageId: MessageId,
    node: { position?: BoundRow['position'] } | undefined,
    data: Record<string, unknown>,
    severity: Severity,
    fix?: Fix,
  ): void;
}

function reporter(context: RuleContext): Reporter {
  return (messageId, node, data, severity, fix) =>
    context.report({
      messageId,
      data,
      position: node?.position,
      severity,
      check: 'P09',
      ...(fix ? { fix } : {}),
    });
}

/**
 * Whether a table's header carries labels of another edition: that is another edition's form,
 * which edition-match reports (as it does, by the same test).
 */
function usesOtherEdition(edition: EditionSpec, node: Table): boolean {
  return (node.children[0]?.children ?? []).some((cell) => {
    const label = toString(cell).trim();
    return label !== '' && otherEditionOf(edition, label) !== undefined;
  });
}

/** A near miss is fixed; a label with nothing in common gets no fix (it may be another row). */
function isNearMiss(found: string, expected: string): boolean {
  if (!found) return true;
  return (
    styleKey(found).includes(styleKey(expected)) || labelSimilarity(found, expected) >= NEAR_MISS
  );
}

function checkHeader(
  table: BoundTable,
  cell: BoundHeaderCell,
  edition: EditionSpec,
  source: string,
  report: Reporter,
): void {
  const { text, expected } = cell;
  const name = table.spec.name;
  const fix = () => replaceCellFix(source, cell.node, expected);
  if (text === '') {
    if (expected === '') return;
    const isNote = table.spec.notes?.includes(expected) ?? false;
    report(
      isNote ? 'note-missing' : 'label-missing',
      cell,
      { table: name, expected },
      'error',
      fix(),
    );
    return;
  }
  if (otherEditionOf(edition, text)) return;
  // The Fujian table's year column is `2018年` or, in the 2009 notice, `2018年度`.
  if (/^\d{4}年$/u.test(expected) && text.replace(/\s+/gu, '') === `${expected}度`) return;
  // Equivalent forms of a header (表三's columns under `申请人情况 > …`) are as good as the
  // official one; written in another style they are set right in their own form.
  if (cell.accepted.includes(text)) return;
  const form =
    cell.accepted.find((a) => compareLabel(text, a).kind === 'style') ??
    (compareLabel(text, expected).kind === 'style' ? expected : undefined);
  if (form !== undefined) {
    report(
      'label-style',
      cell,
      { found: text, expected: form, detail: styleDetail(text, form) },
      'warning',
      replaceCellFix(source, cell.node, form),
    );
    return;
  }
  const comparison = compareLabel(text, expected, [], cell.typos);
  if (comparison.kind === 'typo') {
    report('label-typo', cell, { found: text, expected }, 'error', fix());
    return;
  }
  const block = table.block;
  if (cell.kind === 'caption' && styleKey(text) === styleKey(block.corner)) {
    report('caption-missing', cell, { found: text, expected }, 'warning', fix());
    return;
  }
  if (cell.kind === 'column') {
    const leaf = expected.split(' > ').at(-1) ?? expected;
    const written = text.split(/\s*>\s*/u).at(-1) ?? text;
    const last = compareLabel(written, leaf, [], []);
    if (last.kind === 'exact' || last.kind === 'style') {
      report('column-path', cell, { found: text, expected }, 'warning', fix());
      return;
    }
  }
  reportDifferent(cell, text, expected, edition, fix, report);
}

/**
 * A label that is simply not the official one: an error (a warning in legacy tables, whose
 * wording varied by province), fixed only when it is a near miss.
 */
function reportDifferent(
  node: { position?: BoundRow['position'] },
  text: string,
  expected: string,
  edition: EditionSpec,
  fix: () => Fix | undefined,
  report: Reporter,
): void {
  const severity: Severity = edition.id === 'legacy' ? 'warning' : 'error';
  const near = isNearMiss(text, expected);
  report('label-mismatch', node, { found: text, expected }, severity, near ? fix() : undefined);
}

/** The official label with one of the table's notes left out, if the label carries one. */
function labelWithoutNote(table: TableSpec, label: string): string | undefined {
  const note = table.notes?.find((n) => label.includes(n) && label !== n);
  return note === undefined ? undefined : label.replace(note, '');
}

function checkRowLabel(
  table: BoundTable,
  row: BoundRow & { spec: RowSpec },
  edition: EditionSpec,
  source: string,
  report: Reporter,
): void {
  const { text, spec } = row;
  const expected = spec.label;
  const fix = () => (row.labelNode ? replaceCellFix(source, row.labelNode, expected) : undefined);
  const comparison = compareLabel(text, expected, spec.variants ?? [], spec.typos ?? []);
  if (comparison.kind === 'exact') return;
  const bare = labelWithoutNote(table.spec, expected);
  if (bare !== undefined && styleKey(bare) === styleKey(text)) {
    report('note-missing', row, { table: table.spec.name, expected }, 'error', fix());
    return;
  }
  if (comparison.kind === 'style') {
    report(
      'label-style',
      row,
      { found: text, expected, detail: comparison.detail },
      'warning',
      fix(),
    );
    return;
  }
  if (comparison.kind === 'typo') {
    report('label-typo', row, { found: text, expected }, 'error', fix());
    return;
  }
  if (otherEditionOf(edition, text)) return;
  reportDifferent(row, text, expected, edition, fix, report);
}

function checkUnit(
  row: BoundRow & { spec: RowSpec },
  hasData: boolean,
  source: string,
  report: Reporter,
): void {
  const expected = row.spec.unit;
  if (!expected || !hasData || row.unitText === undefined || !row.unitNode) return;
  const found = row.unitText.trim();
  const fix = replaceCellFix(source, row.unitNode, expected);
  const node = { position: row.unitNode.position };
  if (found === '') {
    report('unit-missing', node, { row: row.spec.label, expected }, 'warning', fix);
  } else if (styleKey(found) !== styleKey(expected)) {
    report('unit-mismatch', node, { row: row.spec.label, expected, found }, 'warning', fix);
  }
}

function rowNodeOf(table: BoundTable, row: BoundRow): TableRow | undefined {
  const offset = row.position?.start.offset;
  return table.node.children.find(
    (r) =>
      (row.labelNode && r.children.includes(row.labelNode)) ||
      (offset !== undefined && r.children[0]?.position?.start.offset === offset),
  );
}

/** Width of the block's grid as written in the Markdown format. */
function gridWidth(table: BoundTable): number {
  const { block } = table;
  return (
    (block.noRowLabels ? 0 : 1) + (block.unitColumn ? 1 : 0) + leafColumns(block.columns).length
  );
}

/**
 * Missing rows: one finding each, with a fix that inserts the official row (zeros in its cells,
 * a label row empty) where the neighbouring official rows leave no doubt about the place.
 */
function checkMissingRows(
  table: BoundTable,
  stillMissing: ReadonlySet<RowSpec>,
  report: Reporter,
): void {
  if (stillMissing.size === 0) return;
  const name = table.spec.name;
  if (table.block.noRowLabels) {
    report('data-row-missing', table, { table: name }, 'error');
    return;
  }
  const flat = flattenRows(table.block.rows);
  const boundByRow = new Map<RowSpec, BoundRow>();
  for (const row of table.rows) if (row.spec) boundByRow.set(row.spec, row);
  const width = gridWidth(table);
  const wellFormed = table.node.children.every((r) => r.children.length === width);
  const missing = stillMissing;
  for (const flatRow of flat) {
    if (!missing.has(flatRow.row)) continue;
    const index = flat.indexOf(flatRow);
    const before = flat
      .slice(0, index)
      .reverse()
      .find((f) => boundByRow.has(f.row));
    const after = flat.slice(index + 1).find((f) => boundByRow.has(f.row));
    const anchorBefore = before ? rowNodeOf(table, boundByRow.get(before.row)!) : undefined;
    const anchorAfter = after ? rowNodeOf(table, boundByRow.get(after.row)!) : undefined;
    let fix: Fix | undefined;
    const line = rowToMarkdown(table.spec, table.block, flatRow.row.key);
    if (line && wellFormed) {
      const rows = table.node.children;
      const i = anchorBefore ? rows.indexOf(anchorBefore) : 0;
      const j = anchorAfter ? rows.indexOf(anchorAfter) : rows.length;
      // Unambiguous: nothing but other missing rows belongs between the two official neighbours.
      if (j === i + 1) {
        const end = anchorBefore?.position?.end.offset;
        const start = anchorAfter?.position?.start.offset;
        if (end !== undefined) fix = { range: [end, end], text: `\n${line}` };
        else if (start !== undefined) fix = { range: [start, start], text: `${line}\n` };
      }
    }
    const anchor = anchorBefore ?? anchorAfter ?? table.node;
    report('row-missing', anchor, { table: name, label: flatRow.row.label }, 'error', fix);
  }
}

/**
 * An official row the binder could not place: written out of order (its label is official, but
 * the binder reads rows in order), or with an annotation after the official label (Hubei's
 * `规章（设区的市、自治州人民政府应提供相关数据）`). Either is one finding about that row, not an
 * unknown row plus a missing one.
 */
function placeUnbound(
  table: BoundTable,
  row: BoundRow,
  missing: Set<RowSpec>,
  source: string,
  report: Reporter,
): boolean {
  for (const spec of missing) {
    const kind = compareLabel(row.text, spec.label, spec.variants ?? [], spec.typos ?? []).kind;
    if (kind !== 'different') {
      missing.delete(spec);
      report('row-order', row, { table: table.spec.name, label: spec.label }, 'error');
      return true;
    }
    const written = styleKey(row.text);
    const official = styleKey(spec.label);
    if (written.startsWith(official) && /^\(.+\)$/u.test(written.slice(official.length))) {
      missing.delete(spec);
      const fix = row.labelNode ? replaceCellFix(source, row.labelNode, spec.label) : undefined;
      report('label-mismatch', row, { found: row.text, expected: spec.label }, 'error', fix);
      return true;
    }
  }
  return false;
}

function checkRows(
  table: BoundTable,
  edition: EditionSpec,
  source: string,
  report: Reporter,
): void {
  const flat = flattenRows(table.block.rows);
  const missing = new Set(table.missingRows);
  for (const row of table.rows) {
    if (!row.spec) {
      // The printed form's second header row (`信息内容 | 本年制发件数 | …`) repeated under the
      // caption: no figures, nothing wrong.
      if (table.block.caption && row.text && styleKey(row.text) === styleKey(table.block.corner))
        continue;
      if (row.text === '') {
        report('row-no-label', row, { table: table.spec.name }, 'error');
      } else if (
        !otherEditionOf(edition, row.text) &&
        (table.block.noRowLabels || !placeUnbound(table, row, missing, source, report))
      ) {
        report('row-unknown', row, { table: table.spec.name, label: row.text }, 'error');
      }
      continue;
    }
    if (table.block.noRowLabels) continue;
    const bound = row as BoundRow & { spec: RowSpec };
    checkRowLabel(table, bound, edition, source, report);
    const hasData = flat.find((f) => f.row === row.spec)?.hasData ?? false;
    checkUnit(bound, hasData, source, report);
  }
  checkMissingRows(table, missing, report);
}

/** Required tables, and every block of a table that is present. */
function checkPresence(report: Report, edition: EditionSpec, out: Reporter): void {
  const unboundSections = new Set(
    report.problems
      .filter((p) => p.code === 'table-unbound')
      .map((p) => {
        const inner = sectionOf(report, { position: p.position });
        return inner ? topSection(inner) : undefined;
      }),
  );
  for (const table of edition.tables) {
    if (!table.required) continue;
    const bound = report.tables.filter((t) => t.spec === table);
    const section = findSection(report, edition, table.section);
    if (bound.length === 0) {
      // A missing section is reported by required-sections; an unreadable table as unbound.
      if (!section || unboundSections.has(section)) continue;
      const spec = edition.sections.find((s) => s.key === table.section);
      out(
        'table-missing',
        section.heading,
        {
          table: table.name,
          caption: table.caption,
          section: spec ? `${spec.number}、${spec.title}` : section.text,
        },
        'error',
      );
      continue;
    }
    if (section && unboundSections.has(section)) continue;
    for (const block of table.blocks) {
      if (bound.some((t) => t.block === block)) continue;
      out(
        'block-missing',
        bound[0].node,
        { table: table.name, caption: block.caption ?? block.corner },
        'error',
      );
    }
  }
}

export const officialLabels: Rule = {
  meta: {
    id: 'official-labels',
    docs: {
      description: {
        zh: '官方表格的标题、注释、列标题和行标签与官方格式逐字一致，行齐全',
        en: 'Every caption, note, column header and row label of an official table is the official text, and no row is missing',
      },
      url: docsUrl('official-labels'),
      recommended: 'on',
      checks: ['P09'],
    },
    messages,
    fixable: 'code',
  },
  check(report, context) {
    const { edition, source } = context;
    const out = reporter(context);
    for (const problem of report.problems) {
      if (!(PROBLEMS as readonly string[]).includes(problem.code)) continue;
      if (problem.code === 'table-unbound') {
        const node = report.otherTables.find(
          (t) => t.position?.start.offset === problem.position?.start.offset,
        );
        if (node && usesOtherEdition(edition, node)) continue;
      }
      out(problem.code as MessageId, { position: problem.position }, problem.data, 'error');
    }
    for (const table of report.tables) {
      for (const cell of table.header) checkHeader(table, cell, edition, source, out);
      checkRows(table, edition, source, out);
    }
    checkPresence(report, edition, out);
  },
};
