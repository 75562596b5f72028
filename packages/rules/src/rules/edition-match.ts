/**
 * edition-match: the report follows the format that applies to its year (checks.md P02, P03;
 * editions.md §0): legacy up to 2018, 国办公开办函〔2019〕60号 for 2019–2020, 〔2021〕30号 from
 * 2021. The frontmatter's edition must fit the year, the tables must not carry labels that only
 * another edition prints, and a report under the 2019 条例 should not cite the repealed 492号.
 */
import {
  editionForYear,
  sectionOf,
  topSection,
  type EditionSpec,
  type Localized,
  type Report,
  type Section,
} from '@nianbao/core';
import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import { docsUrl } from '../docs-url.js';
import type { Rule } from '../types.js';
import { otherEditionOf } from '../util/labels.js';
import { reportYear } from '../util/prose-text.js';

const messages = {
  'edition-year': {
    zh: '{{year}}年度的年报应使用{{expected}}（{{expectedBasis}}），文件头写的是 edition: {{edition}}',
    en: 'A report for {{year}} follows edition {{expected}} ({{expectedBasis}}); the frontmatter says edition: {{edition}}',
  },
  'edition-year-tables': {
    zh: '{{year}}年度的年报应使用{{expected}}（{{expectedBasis}}），表格也已是该格式，但文件头写的是 edition: {{edition}}',
    en: 'A report for {{year}} follows edition {{expected}} ({{expectedBasis}}), as its tables do, but the frontmatter says edition: {{edition}}',
  },
  'other-edition-labels': {
    zh: '表格使用了{{other}}（{{otherBasis}}）的标签“{{labels}}”：这是旧版或其他版本的格式，{{year}}年度的年报应使用{{edition}}（{{basis}}）的表格',
    en: 'The table uses labels of edition {{other}} ({{otherBasis}}): “{{labels}}” — the wrong or old format; a report for {{year}} uses the tables of edition {{edition}} ({{basis}})',
  },
  'repealed-regulation': {
    zh: '引用了已被修订的2008年《条例》（国务院令第492号）：{{year}}年度的年报依据2019年修订的《条例》（国务院令第711号）',
    en: 'Cites the 2008 条例 (国务院令第492号), revised in 2019: a report for {{year}} rests on the revised 条例 (国务院令第711号)',
  },
} satisfies Record<string, Localized>;

const CITATION_492 = /国务院令\s*第\s*492\s*号/u;
/** A sentence that cites 492号 to say it was replaced is not a wrong citation. */
const HISTORY = /711|修订|修改|废止|原《|原条例|旧/u;

/** The value of the frontmatter's `edition:` key, with its range in the file. */
function editionValue(report: Report): { position: Position; range: [number, number] } | undefined {
  const start = report.frontmatterPosition?.start.offset;
  const end = report.frontmatterPosition?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const match = /^edition[ \t]*:[ \t]*(\S[^\n#]*?)[ \t]*(?:#.*)?$/mu.exec(
    report.source.slice(start, end),
  );
  if (!match) return undefined;
  const from = start + match.index + match[0].indexOf(match[1]);
  const to = from + match[1].length;
  return {
    position: { start: report.positionAt(from), end: report.positionAt(to) },
    range: [from, to],
  };
}

/** The labels of a GFM table that belong to another edition, with the first cell holding one. */
interface Foreign {
  other: EditionSpec;
  labels: string[];
  position?: Position;
  /** Whether the header row holds one: forms are told apart by their headers. */
  inHeader: boolean;
}

function foreignLabels(edition: EditionSpec, node: Table): Foreign | undefined {
  const [header, ...body] = node.children;
  const headerCells = header?.children ?? [];
  const cells = [...headerCells, ...body.map((r) => r.children[0]).filter(Boolean)];
  let found: Foreign | undefined;
  for (const cell of cells) {
    const text = toString(cell).trim();
    const other = text ? otherEditionOf(edition, text) : undefined;
    if (!other) continue;
    if (!found) found = { other, labels: [], position: cell.position, inHeader: false };
    if (other !== found.other) continue;
    if (!found.labels.includes(text)) found.labels.push(text);
    if (headerCells.includes(cell)) found.inHeader = true;
  }
  return found;
}

export const editionMatch: Rule = {
  meta: {
    id: 'edition-match',
    docs: {
      description: {
        zh: '年报使用与其年度相符的格式版本：文件头的版本、表格标签和引用的《条例》都与年度一致',
        en: 'The report follows the format of its year: the frontmatter edition, the table labels and the 条例 it cites',
      },
      url: docsUrl('edition-match'),
      recommended: 'on',
      checks: ['P02', 'P03'],
    },
    messages,
    fixable: 'code',
  },
  check(report, context) {
    const { edition } = context;
    const year = reportYear(report);
    if (year === undefined) return;
    const expected = editionForYear(year);
    const tables = [...report.tables.map((t) => t.node), ...report.otherTables];
    tables.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
    const official = new Set(report.tables.map((t) => t.node));
    // A table of the report's own (a list of 主动公开 categories) may hold such words as row
    // labels by chance (`3.其他`, `行政规范性文件`); another edition's form has them in its header.
    const foreign = tables
      .map((node) => ({ node, found: foreignLabels(edition, node) }))
      .filter((t) => t.found && (official.has(t.node) || t.found.inHeader));
    if (expected.id !== edition.id) {
      // Tables already in the format of the year: only the frontmatter is wrong, and safe to fix.
      const tablesFit = foreign.some((t) => t.found!.other === expected);
      const value = editionValue(report);
      context.report({
        messageId: tablesFit ? 'edition-year-tables' : 'edition-year',
        data: {
          year,
          expected: expected.id,
          expectedBasis: expected.basis,
          edition: edition.id,
        },
        position: value?.position ?? report.frontmatterPosition,
        severity: 'error',
        check: 'P02',
        ...(tablesFit && value
          ? { fix: { range: value.range, text: JSON.stringify(expected.id) } }
          : {}),
      });
    }
    // One finding per section: 表二 alone is four or five GFM tables.
    const bySection = new Map<Section | undefined, Foreign>();
    for (const { node, found } of foreign) {
      if (!found || found.other === expected) continue;
      const inner = sectionOf(report, node);
      const key = inner ? topSection(inner) : undefined;
      const group = bySection.get(key);
      if (!group) bySection.set(key, { ...found, position: found.position ?? node.position });
      else if (group.other === found.other)
        for (const label of found.labels)
          if (!group.labels.includes(label)) group.labels.push(label);
    }
    for (const found of bySection.values()) {
      context.report({
        messageId: 'other-edition-labels',
        data: {
          other: found.other.id,
          otherBasis: found.other.basis,
          labels: found.labels.slice(0, 4).join('”“'),
          year,
          edition: expected.id,
          basis: expected.basis,
        },
        position: found.position,
        severity: 'error',
        check: 'P02',
      });
    }
    if (year < 2019) return;
    for (const sentence of report.sentences) {
      const match = CITATION_492.exec(sentence.text);
      if (!match || HISTORY.test(sentence.text)) continue;
      const from = sentence.offsets[match.index];
      const to = sentence.offsets[match.index + match[0].length - 1] + 1;
      context.report({
        messageId: 'repealed-regulation',
        data: { year },
        position: { start: report.positionAt(from), end: report.positionAt(to) },
        severity: 'warning',
        check: 'P03',
      });
    }
  },
};
