/**
 * The template data model: what the templates (HTML, TXT) and the DOCX writer see of a report.
 * Built once from the bound report; documented for template authors in docs/templates.md.
 */
import type { Heading, RootContent, Table } from 'mdast';
import {
  normalizeLabel,
  sectionKeyOf,
  type BoundTable,
  type Report,
  type Section,
  type TableSpec,
} from '@nianbao/core';
import { officialTableGrid, plainTableGrid, type TableGrid } from './grid.js';
import { inlineRuns, inlineText, type Run } from './inline.js';
import { formatChineseDate, signatureLayout, titleLines } from './layout.js';
import { hastText, safeHast, safeHtml, safeInlineHtml } from './sanitize.js';

export type OutputFormat = 'docx' | 'html' | 'txt';

export interface ParagraphBlock {
  type: 'paragraph';
  /** Inline content as runs with their emphasis (DOCX). */
  runs: Run[];
  /** Plain text (TXT). */
  text: string;
  /** Sanitised inner HTML (only when building for HTML). */
  html?: string;
}

export interface TableBlock {
  type: 'table';
  /** Anchor, unique in the document: `table-t3` for an official table, `table-2` otherwise. */
  id: string;
  table: TableGrid;
}

export interface ListItem {
  /** `1.` for ordered lists; empty for bullet lists. */
  marker: string;
  blocks: Block[];
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  start: number;
  items: ListItem[];
}

export interface QuoteBlock {
  type: 'quote';
  blocks: Block[];
}

export interface CodeBlock {
  type: 'code';
  text: string;
}

/** A block of raw HTML in the Markdown. */
export interface HtmlBlock {
  type: 'html';
  text: string;
  /** Sanitised HTML (only when building for HTML). */
  html?: string;
}

export interface RuleBlock {
  type: 'rule';
}

export type Block =
  ParagraphBlock | TableBlock | ListBlock | QuoteBlock | CodeBlock | HtmlBlock | RuleBlock;

export interface SectionData {
  /** Anchor, unique in the document: `section-3`, `section-1-2`. */
  id: string;
  /** 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）. */
  level: number;
  /** HTML heading rank: the title is h1, so level 1 is h2 (at most 6). */
  headingLevel: number;
  /** The number as written (`一、`, `（一）`), or empty. */
  number: string;
  /** Heading text without its number. */
  title: string;
  /** Heading text as written. */
  text: string;
  /** The edition's key of a top-level section (`overview`, `requests`…), when it is one. */
  key?: string;
  blocks: Block[];
  sections: SectionData[];
}

export interface SignatureData {
  /** The agency (署名); absent when the frontmatter has none, and then not printed. */
  agency?: string;
  /** 成文日期, ISO (`2025-01-20`); absent when the frontmatter has none (no date line). */
  date?: string;
  /** 成文日期 as printed (`2025年1月20日`). */
  dateText?: string;
  /** Space right of the agency's name, in 字 (GB/T 9704 §7.3.5). */
  agencyRightChars: number;
  /** Space right of the date, in 字. */
  dateRightChars: number;
  sealed: boolean;
}

export interface TemplateData {
  format: OutputFormat;
  lang: 'zh-CN';
  /** `nianbao` and its version, for a generator mark. */
  generator: string;
  edition: { id: string; name: string; basis: string };
  meta: {
    agency?: string;
    year: number;
    date?: string;
    dateText?: string;
    period?: { start: string; end: string; startText: string; endText: string };
    body?: string;
    contact?: Record<string, string>;
  };
  title: { text: string; lines: string[] };
  preamble: Block[];
  sections: SectionData[];
  /** Every official table, in document order (each also stands as a block where it is). */
  tables: TableGrid[];
  signature: SignatureData;
}

export interface TemplateDataOptions {
  format: OutputFormat;
  /** Signature layout for a sealed document (GB/T 9704 §7.3.5.1); unsealed by default. */
  sealed?: boolean;
  generator?: string;
}

/**
 * Raised when a report cannot be rendered: it has no known edition or no valid year (the fatal
 * problems of the parse). A missing agency or 成文日期 only leaves that line out.
 */
export class NotRenderableError extends Error {
  constructor() {
    super('the report has no valid frontmatter or edition; parse problems say why');
  }
}

const CHINESE_DATE =
  /^[\d〇零一二三四五六七八九十○Ｏ０-９]{2,4}年[\d〇零一二三四五六七八九十０-９]{1,3}月[\d〇零一二三四五六七八九十０-９]{1,3}日$/u;

export function buildTemplateData(report: Report, options: TemplateDataOptions): TemplateData {
  const { meta, edition } = report;
  const year = meta?.year;
  if (!meta || !edition || year === undefined) throw new NotRenderableError();
  const html = options.format === 'html';
  const byNode = new Map<Table, BoundTable>(report.tables.map((t) => [t.node, t]));
  const emitted = new Set<TableSpec>();
  const tables: TableGrid[] = [];
  let plainTables = 0;

  const blocksOf = (nodes: readonly RootContent[]): Block[] => {
    const out: Block[] = [];
    for (const node of nodes) {
      const block = blockOf(node);
      if (block) out.push(block);
    }
    return out;
  };

  const blockOf = (node: RootContent): Block | undefined => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        return paragraph(node.children, html);
      case 'table': {
        const bound = byNode.get(node);
        if (!bound) {
          plainTables += 1;
          return { type: 'table', id: `table-${plainTables}`, table: plainTableGrid(node) };
        }
        // All blocks of an official table print as one table, where its first block stands.
        if (emitted.has(bound.spec)) return undefined;
        emitted.add(bound.spec);
        const grid = officialTableGrid(
          bound.spec,
          report.tables.filter((t) => t.spec === bound.spec),
          { year },
        );
        tables.push(grid);
        return { type: 'table', id: `table-${bound.spec.key}`, table: grid };
      }
      case 'list':
        return {
          type: 'list',
          ordered: Boolean(node.ordered),
          start: node.start ?? 1,
          items: node.children.map((item, i) => ({
            marker: node.ordered ? `${(node.start ?? 1) + i}.` : '',
            blocks: blocksOf(item.children),
          })),
        };
      case 'blockquote':
        return { type: 'quote', blocks: blocksOf(node.children) };
      case 'code':
        return { type: 'code', text: node.value };
      case 'html': {
        const text = hastText(safeHast([node]));
        return html ? { type: 'html', text, html: safeHtml([node]) } : { type: 'html', text };
      }
      case 'thematicBreak':
        return { type: 'rule' };
      default:
        // Definitions, footnote definitions and the frontmatter print nothing.
        return undefined;
    }
  };

  const sectionOf = (section: Section, path: number[]): SectionData => ({
    id: `section-${path.join('-')}`,
    level: section.level,
    headingLevel: Math.min(6, section.level + 1),
    number: section.numbering.raw.trim(),
    title: section.title,
    text: section.text,
    ...(section.level === 1 && sectionKeyOf(edition, section)
      ? { key: sectionKeyOf(edition, section) }
      : {}),
    blocks: blocksOf(section.content),
    sections: section.children.map((child, i) => sectionOf(child, [...path, i + 1])),
  });

  const preamble = blocksOf(report.preamble);
  const sections = report.sections.map((s, i) => sectionOf(s, [i + 1]));
  const { agency, date } = meta;
  const dateText = date === undefined ? undefined : formatChineseDate(date);
  absorbSignature(sections, agency, dateText !== undefined);

  const titleText =
    report.title?.text ?? meta.title ?? `${agency ?? ''}${year}年政府信息公开工作年度报告`;
  const sealed = options.sealed ?? false;
  return {
    format: options.format,
    lang: 'zh-CN',
    generator: options.generator ?? 'nianbao',
    edition: { id: edition.id, name: edition.name, basis: edition.basis },
    meta: {
      ...(agency !== undefined ? { agency } : {}),
      year,
      ...(date !== undefined ? { date, dateText } : {}),
      ...(meta.period
        ? {
            period: {
              ...meta.period,
              startText: formatChineseDate(meta.period.start),
              endText: formatChineseDate(meta.period.end),
            },
          }
        : {}),
      ...(meta.body ? { body: meta.body } : {}),
      ...(meta.contact ? { contact: meta.contact as Record<string, string> } : {}),
    },
    title: { text: titleText, lines: titleLines(titleText, agency) },
    preamble,
    sections,
    tables,
    signature: {
      ...(agency !== undefined ? { agency } : {}),
      ...(date !== undefined ? { date, dateText } : {}),
      sealed,
      ...signatureLayout(agency ?? '', dateText ?? '', sealed),
    },
  };
}

function paragraph(children: Heading['children'], html: boolean): ParagraphBlock {
  const runs = inlineRuns(children);
  const text = inlineText(children);
  return html
    ? { type: 'paragraph', runs, text, html: safeInlineHtml(children) }
    : { type: 'paragraph', runs, text };
}

/**
 * A report that ends with the agency's name and the date as paragraphs (as imported reports do)
 * would print them twice: the signature block comes from the frontmatter, so they are dropped —
 * only what the signature block prints, so a date the frontmatter lacks stays in the text.
 */
function absorbSignature(
  sections: SectionData[],
  agency: string | undefined,
  printsDate: boolean,
): void {
  let last = sections.at(-1);
  while (last?.sections.length) last = last.sections.at(-1);
  if (!last) return;
  const agencyKey = agency === undefined ? undefined : normalizeLabel(agency);
  for (;;) {
    const block = last.blocks.at(-1);
    if (block?.type !== 'paragraph') return;
    const text = block.text.replace(/\s+/gu, '');
    const printed =
      text === '' ||
      (agencyKey !== undefined && normalizeLabel(text) === agencyKey) ||
      (printsDate && CHINESE_DATE.test(text));
    if (!printed) return;
    last.blocks.pop();
  }
}
