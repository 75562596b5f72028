/**
 * Parse a report written in Markdown into the report model: frontmatter, title, section tree,
 * official tables bound to their edition, sentences and the numbers in them.
 */
import type { Heading, Root, RootContent, Table, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Position } from 'unist';
import { bindTables, closestBlockHint } from './bind.js';
import { getEdition } from './editions/index.js';
import type { EditionSpec } from './editions/types.js';
import { readFrontmatter } from './frontmatter.js';
import { remarkGfmTables } from './gfm.js';
import { coreMessages, type CoreMessageId } from './messages.js';
import type { Problem, Report, Section } from './model.js';
import { parseNumbering } from './numbering.js';
import { extractSentences, findNumbers } from './prose.js';
import { toString } from 'mdast-util-to-string';

/** Files larger than this are refused: one report is tens of kilobytes (toolchain notes). */
export const MAX_REPORT_BYTES = 2 * 1024 * 1024;

export interface ParseOptions {
  file?: string;
  /** Refuse larger inputs (bytes of UTF-8). */
  maxBytes?: number;
  /** Use this edition instead of the frontmatter's (e.g. `--edition`). */
  edition?: string;
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmTables);

export function parseMarkdown(source: string): Root {
  return processor.parse(source);
}

export function lineIndex(
  source: string,
): (offset: number) => { line: number; column: number; offset: number } {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1, offset };
  };
}

function fatal(
  code: CoreMessageId,
  data: Record<string, unknown> = {},
  position?: Position,
): Problem {
  return { code, severity: 'fatal', message: coreMessages[code], data, position };
}

const FIRST: Position = {
  start: { line: 1, column: 1, offset: 0 },
  end: { line: 1, column: 1, offset: 0 },
};

/**
 * Whether a text was read as UTF-8 but is not: a GBK/GB18030 file (what many Chinese editors
 * save) turns into replacement characters. Its writer needs another message than for binary data.
 */
export function looksMisencoded(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return false;
  let replaced = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0xfffd) replaced++;
  return sample.length > 0 && replaced / sample.length > 0.05;
}

/** Whether a text looks binary: NUL bytes or many control characters. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32) || c === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

function emptyReport(source: string, file: string | undefined, problems: Problem[]): Report {
  return {
    file,
    source,
    tree: { type: 'root', children: [] },
    preamble: [],
    sections: [],
    allSections: [],
    tables: [],
    otherTables: [],
    cells: new Map(),
    sentences: [],
    numbers: [],
    problems,
    positionAt: lineIndex(source),
  };
}

/** Parse a report. Never throws on bad input: problems say what is wrong and where. */
export function parseReport(input: string, options: ParseOptions = {}): Report {
  const { file } = options;
  let source = input;
  const maxBytes = options.maxBytes ?? MAX_REPORT_BYTES;
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes > maxBytes) {
    return emptyReport('', file, [
      fatal('file-too-large', formatSizeAndLimit(bytes, maxBytes), FIRST),
    ]);
  }
  if (looksMisencoded(source)) return emptyReport('', file, [fatal('not-utf8', {}, FIRST)]);
  if (looksBinary(source)) return emptyReport('', file, [fatal('binary-file', {}, FIRST)]);
  if (source.trim() === '') return emptyReport(source, file, [fatal('empty-file', {}, FIRST)]);
  // A byte-order mark is invisible to the writer; drop it so that `---` is recognised.
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  const tree = parseMarkdown(source);
  const report = emptyReport(source, file, []);
  report.tree = tree;

  const yamlNode = tree.children.find((n): n is Yaml => n.type === 'yaml');
  let edition: EditionSpec | undefined;
  if (!yamlNode) {
    report.problems.push(fatal('missing-frontmatter', {}, FIRST));
  } else {
    report.frontmatterPosition = yamlNode.position;
    const start = yamlNode.position?.start;
    // The YAML text starts on the line after the opening `---`.
    const startLine = (start?.line ?? 1) + 1;
    const startOffset = (start?.offset ?? 0) + source.slice(start?.offset ?? 0).indexOf('\n') + 1;
    const fm = readFrontmatter(yamlNode.value, startLine, startOffset);
    report.meta = fm.meta;
    report.rawMeta = fm.raw;
    report.problems.push(
      ...fm.problems.map((p) => ({ ...p, position: p.position ?? yamlNode.position })),
    );
    const editionId =
      options.edition ??
      fm.meta?.edition ??
      (typeof fm.raw?.edition === 'string' || typeof fm.raw?.edition === 'number'
        ? String(fm.raw.edition)
        : undefined);
    edition = editionId ? getEdition(editionId) : undefined;
    if (options.edition && !edition)
      report.problems.push(fatal('unknown-edition', { edition: options.edition }, FIRST));
  }
  report.edition = edition;
  const year =
    report.meta?.year ??
    (typeof report.rawMeta?.year === 'number' ? report.rawMeta.year : undefined);

  const body = tree.children.filter((n) => n.type !== 'yaml');
  const titleNode = body.find((n): n is Heading => n.type === 'heading' && n.depth === 1);
  if (titleNode)
    report.title = {
      text: toString(titleNode).trim(),
      node: titleNode,
      position: titleNode.position,
    };
  buildSections(report, body, titleNode);

  const tables: Table[] = [];
  collectTables(tree, tables);
  if (edition) {
    const bound = bindTables(tables, edition, year);
    report.tables = bound.tables;
    report.otherTables = bound.otherTables;
    report.problems.push(...bound.problems);
    for (const t of bound.tables) for (const c of t.cells) report.cells.set(c.id, c);
    const officialSections = new Set(edition.tables.map((t) => t.section));
    for (const node of bound.otherTables) {
      const section = sectionOf(report, node);
      const top = section ? topSection(section) : undefined;
      const sectionKey = top ? sectionKeyOf(edition, top) : undefined;
      if (edition.sectionMatching === 'titles' && sectionKey && officialSections.has(sectionKey)) {
        report.problems.push({
          code: 'table-unbound',
          severity: 'error',
          message: coreMessages['table-unbound'],
          data: {
            edition: edition.id,
            hint: closestBlockHint(
              node,
              edition,
              edition.tables.filter((t) => t.section === sectionKey),
            ),
          },
          position: node.position,
        });
      }
    }
  } else {
    report.otherTables = tables;
  }

  report.sentences = extractSentences(report);
  report.numbers = findNumbers(report);
  return report;
}

function collectTables(node: Root | RootContent, out: Table[]): void {
  if (node.type === 'table') out.push(node);
  else if ('children' in node)
    for (const child of node.children) collectTables(child as RootContent, out);
}

function buildSections(report: Report, body: RootContent[], title: Heading | undefined): void {
  const stack: Section[] = [];
  let started = false;
  for (const node of body) {
    if (node === title) continue;
    if (node.type === 'heading' && node.depth >= 2) {
      started = true;
      const text = toString(node).trim();
      const { numbering, rest } = parseNumbering(text);
      const section: Section = {
        heading: node,
        level: node.depth - 1,
        numbering,
        title: rest,
        text,
        children: [],
        content: [],
        nodes: [],
        position: node.position,
      };
      while (stack.length && stack[stack.length - 1].level >= section.level) stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) {
        section.parent = parent;
        parent.children.push(section);
      } else report.sections.push(section);
      report.allSections.push(section);
      stack.push(section);
      continue;
    }
    if (!started) {
      report.preamble.push(node);
      continue;
    }
    const current = stack[stack.length - 1];
    if (current) {
      current.content.push(node);
      for (const s of stack) s.nodes.push(node);
    }
  }
}

/** The innermost section that contains a node (by position). */
export function sectionOf(report: Report, node: { position?: Position }): Section | undefined {
  const offset = node.position?.start.offset;
  if (offset === undefined) return undefined;
  let found: Section | undefined;
  for (const section of report.allSections) {
    const start = section.position?.start.offset ?? Infinity;
    if (start <= offset) found = section;
    else break;
  }
  return found;
}

export function topSection(section: Section): Section {
  let s = section;
  while (s.parent) s = s.parent;
  return s;
}

/** The key of the edition section a top-level section is (by number or title), if any. */
export function sectionKeyOf(edition: EditionSpec, section: Section): string | undefined {
  if (edition.sectionMatching === 'keywords') {
    return edition.sections.find((spec) =>
      spec.keywords?.some((group) => group.every((k) => section.title.includes(k))),
    )?.key;
  }
  const byTitle = edition.sections.find((spec) =>
    [spec.title, ...(spec.variants ?? [])].some((t) => t === section.title),
  );
  if (byTitle) return byTitle.key;
  return edition.sections[section.numbering.ordinal - 1]?.key;
}

/**
 * A size and its limit for a message. Kilobytes when megabytes would print the same figure for
 * both (a file just over the limit must not read “2.0 MB, limit 2.0 MB”).
 */
export function formatSizeAndLimit(size: number, limit: number): { size: string; limit: string } {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  const kb = (n: number) => `${Math.ceil(n / 1024)} KB`;
  if (limit >= 1024 * 1024 && mb(size) !== mb(limit)) return { size: mb(size), limit: mb(limit) };
  if (kb(size) !== kb(limit)) return { size: kb(size), limit: kb(limit) };
  return { size: `${size} B`, limit: `${limit} B` };
}
