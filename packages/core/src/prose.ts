/**
 * Prose: the report's sentences with their file offsets, and the numbers in them with their units
 * (`共公开信息646条`, `占24.4%`).
 */
import type { PhrasingContent, RootContent } from 'mdast';
import type { ProseNumber, Report, Section, Sentence } from './model.js';
import { sectionOf } from './parse.js';

const SKIP = new Set(['table', 'yaml', 'html', 'code', 'heading', 'thematicBreak', 'definition']);

interface Run {
  text: string;
  offsets: number[];
  /** The file, to locate characters of nodes whose value is not their source verbatim. */
  source?: string;
}

/**
 * The file offset of each character of a text node. A value that differs from its source
 * (`1\. 宣传` is written for `1. 宣传`, `&amp;` for `&`, continuation lines lose their
 * indentation) is aligned character by character; a character not found keeps the last offset.
 */
function nodeOffsets(value: string, start: number, end: number, source?: string): number[] {
  if (end - start === value.length || source === undefined)
    return Array.from({ length: value.length }, (_, i) =>
      end - start === value.length ? start + i : start,
    );
  const offsets: number[] = [];
  let j = start;
  for (const ch of value) {
    let k = j;
    while (k < end && !source.startsWith(ch, k)) k++;
    if (k < end) j = k;
    offsets.push(j);
    for (let c = 1; c < ch.length; c++) offsets.push(j + c);
    if (k < end) j += ch.length;
  }
  return offsets;
}

function inlineRun(nodes: PhrasingContent[], run: Run): void {
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const offsets =
        start !== undefined && end !== undefined
          ? nodeOffsets(node.value, start, end, run.source)
          : node.value.split('').map(() => run.offsets[run.offsets.length - 1] ?? 0);
      run.text += node.value;
      run.offsets.push(...offsets);
    } else if (node.type === 'break') {
      run.text += '\n';
      run.offsets.push(node.position?.start.offset ?? run.offsets[run.offsets.length - 1] ?? 0);
    } else if ('children' in node) {
      inlineRun(node.children as PhrasingContent[], run);
    }
  }
}

function paragraphs(
  nodes: RootContent[],
  out: { children: PhrasingContent[]; position?: RootContent['position'] }[],
): void {
  for (const node of nodes) {
    if (SKIP.has(node.type)) continue;
    if (node.type === 'paragraph') out.push(node);
    else if ('children' in node) paragraphs(node.children as RootContent[], out);
  }
}

/**
 * A paragraph of prose (or a heading's text) as one run of text, with the file offset of each
 * character. Rules that look across sentence boundaries (quotes, brackets, `；`-separated lists)
 * read these.
 */
export interface ProseBlock {
  text: string;
  /** File offsets of each character of `text` (same length + 1). */
  offsets: number[];
  node: RootContent;
  section?: Section;
}

function toBlock(report: Report, node: RootContent, children: PhrasingContent[]): ProseBlock {
  const run: Run = { text: '', offsets: [], source: report.source };
  inlineRun(children, run);
  run.offsets.push((run.offsets[run.offsets.length - 1] ?? node.position?.start.offset ?? 0) + 1);
  return { text: run.text, offsets: run.offsets, node, section: sectionOf(report, node) };
}

/** Blocks by report: the model is not changed after parsing, and several rules read them. */
const blockCache = new WeakMap<Report, ProseBlock[]>();

/** Every paragraph of the report (tables, code, HTML and headings excluded), in document order. */
export function proseBlocks(report: Report): ProseBlock[] {
  const cached = blockCache.get(report);
  if (cached) return cached;
  const paras: { children: PhrasingContent[]; position?: RootContent['position'] }[] = [];
  paragraphs(report.tree.children, paras);
  const blocks = paras.map((para) => toBlock(report, para as RootContent, para.children));
  blockCache.set(report, blocks);
  return blocks;
}

/** The text of every heading (title included), in document order. */
export function headingBlocks(report: Report): ProseBlock[] {
  const out: ProseBlock[] = [];
  for (const node of report.tree.children)
    if (node.type === 'heading') out.push(toBlock(report, node, node.children));
  return out;
}

const TERMINATORS = /[。！？；!?;\n]/u;

export function extractSentences(report: Report): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of proseBlocks(report)) {
    const { text: blockText, section } = block;
    let start = 0;
    for (let i = 0; i <= blockText.length; i++) {
      if (i === blockText.length || TERMINATORS.test(blockText[i])) {
        const end = i < blockText.length ? i + 1 : i;
        const text = blockText.slice(start, end);
        if (text.trim()) {
          const offsets = block.offsets.slice(start, end);
          offsets.push((offsets[offsets.length - 1] ?? 0) + 1);
          sentences.push({ text, offsets, section });
        }
        start = end;
      }
    }
  }
  return sentences;
}

/** Units met in reports, longest first so that `人次` wins over `人`. */
export const PROSE_UNITS = [
  '个工作日',
  '人次',
  '万元',
  '%',
  '％',
  '元',
  '条',
  '件',
  '次',
  '人',
  '个',
  '篇',
  '份',
  '项',
  '起',
  '家',
  '期',
  '场',
  '天',
];

const NUMBER_WITH_UNIT = new RegExp(
  `(?<![\\d.．])(\\d+(?:\\.\\d+)?)\\s*(${PROSE_UNITS.join('|')})`,
  'gu',
);

export function findNumbers(report: Report): ProseNumber[] {
  const numbers: ProseNumber[] = [];
  for (const sentence of report.sentences) {
    for (const m of sentence.text.matchAll(NUMBER_WITH_UNIT)) {
      const index = m.index ?? 0;
      const startOffset = sentence.offsets[index];
      const endOffset =
        sentence.offsets[Math.min(index + m[0].length, sentence.offsets.length - 1)];
      const unit = m[2] === '％' ? '%' : m[2];
      numbers.push({
        value: Number(m[1]),
        raw: m[1],
        unit,
        sentence: sentence.text,
        sentenceOffset: index,
        position: { start: report.positionAt(startOffset), end: report.positionAt(endOffset) },
        section: sentence.section,
      });
    }
  }
  return numbers;
}
