/**
 * Prose: the report's sentences with their file offsets, and the numbers in them with their units
 * (`共公开信息646条`, `占24.4%`).
 */
import type { PhrasingContent, RootContent } from 'mdast';
import type { ProseNumber, Report, Sentence } from './model.js';
import { sectionOf } from './parse.js';

const SKIP = new Set(['table', 'yaml', 'html', 'code', 'heading', 'thematicBreak', 'definition']);

interface Run {
  text: string;
  offsets: number[];
}

function inlineRun(nodes: PhrasingContent[], run: Run): void {
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const exact = start !== undefined && end !== undefined && end - start === node.value.length;
      for (let i = 0; i < node.value.length; i++) {
        run.text += node.value[i];
        run.offsets.push(exact ? start + i : (start ?? run.offsets[run.offsets.length - 1] ?? 0));
      }
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

const TERMINATORS = /[。！？；!?;\n]/u;

export function extractSentences(report: Report): Sentence[] {
  const paras: { children: PhrasingContent[]; position?: RootContent['position'] }[] = [];
  paragraphs(report.tree.children, paras);
  const sentences: Sentence[] = [];
  for (const para of paras) {
    const run: Run = { text: '', offsets: [] };
    inlineRun(para.children, run);
    const section = sectionOf(report, para);
    let start = 0;
    for (let i = 0; i <= run.text.length; i++) {
      if (i === run.text.length || TERMINATORS.test(run.text[i])) {
        const end = i < run.text.length ? i + 1 : i;
        const text = run.text.slice(start, end);
        if (text.trim()) {
          const offsets = run.offsets.slice(start, end);
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
