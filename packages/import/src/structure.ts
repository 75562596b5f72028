/**
 * The document's structure as the source lays it out: title lines, the date under the title,
 * headings with the level their numbering gives them (in whatever style the office used), prose
 * paragraphs, tables, and the signature block (机关署名 + 成文日期) and 版记 at the end.
 */
import { dateNumber, parseNumbering, type Numbering } from '@nianbao/core';
import {
  cleanLabel,
  trimText,
  type ImportWarning,
  type SourceItem,
  type SourceParagraph,
  type SourceTable,
} from './source.js';
import { importMessages } from './messages.js';

export interface DateText {
  /** `YYYY-MM-DD`. */
  iso: string;
  text: string;
  line: number;
}

export type BodyItem =
  | { kind: 'heading'; level: number; text: string; numbering: Numbering; line: number }
  | { kind: 'paragraph'; text: string; line: number; lines: number[] }
  | { kind: 'table'; table: SourceTable };

export interface Structure {
  /** Lines above the title (an issuing agency printed over it). */
  beforeTitle: SourceParagraph[];
  title?: { text: string; lines: number[] };
  /** A date printed under the title (`（2017年12月13日）`). */
  titleDate?: DateText;
  body: BodyItem[];
  signature: { agency?: { text: string; line: number }; date?: DateText };
  /** 版记 lines (`池店镇党政办 2019年1月2日印发`). */
  trailer: SourceParagraph[];
  warnings: ImportWarning[];
}

const DATE_RE =
  /([0-9]{4}|[〇零一二三四五六七八九]{4})\s*年\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日/u;

/** A date written in Chinese (`2019年1月2日`, `二〇一九年一月二日`) as ISO, if valid. */
export function readDate(text: string): string | undefined {
  const m = DATE_RE.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [m[1], m[2], m[3]].map(dateNumber);
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A line that is a date and nothing else, brackets allowed. */
function dateLine(p: SourceParagraph): DateText | undefined {
  const text = trimText(p.text);
  const m = /^[（(]?\s*(.+?)\s*[）)]?$/u.exec(text);
  if (!m || !DATE_RE.test(m[1]) || m[1].replace(DATE_RE, '').trim() !== '') return undefined;
  const iso = readDate(m[1]);
  return iso ? { iso, text, line: p.line } : undefined;
}

const AGENCY_SUFFIX =
  /(人民政府|政府|办公室|办公厅|办事处|委员会|管理局|局|厅|委|办|中心|街道|镇|乡|党政办)$/u;
const PUNCTUATION = /[。，、；：！？,.;:!?“”"（）()《》]/u;

/** A line that names an agency and nothing else (a signature). */
export function isAgencyLine(text: string): boolean {
  const t = cleanLabel(text);
  return t.length >= 2 && t.length <= 30 && AGENCY_SUFFIX.test(t) && !PUNCTUATION.test(t);
}

const TITLE_RE = /(年度报告|年报|工作报告)$/u;

function isShortLine(text: string): boolean {
  const t = cleanLabel(text);
  return t.length <= 40 && !/[。；！？]/u.test(t);
}

const SENTENCE_INSIDE = /[。！？；;!?]/u;

export interface HeadingCandidate {
  numbering: Numbering;
  /** Heading text as written, numbering included. */
  text: string;
}

/**
 * Whether a paragraph is a heading: a short line that is a title, not a sentence. Numbered lines
 * that run on into their text (`（一）加强组织领导。政务公开…`) are paragraphs.
 */
export function headingCandidate(p: SourceParagraph): HeadingCandidate | undefined {
  const text = trimText(p.text);
  const { numbering, rest } = parseNumbering(text);
  const core = cleanLabel(rest);
  if (p.heading) return { numbering, text };
  if (!core || [...text].length > 45) return undefined;
  if (/[，,：:；;、]$/u.test(core)) return undefined;
  if (SENTENCE_INSIDE.test(core.replace(/。$/u, ''))) return undefined;
  if (numbering.style !== 'none') return [...core].length <= 30 ? { numbering, text } : undefined;
  if ([...core].length > 20 || PUNCTUATION.test(core) || DATE_RE.test(core)) return undefined;
  return { numbering, text };
}

/** Shapes of numbering: bracketed (（一）, （1）) or plain (一、, 1., 1、). */
const family = (n: Numbering) =>
  n.style === 'cn-paren' || n.style === 'arabic-paren' || n.style === 'cn-paren-comma'
    ? 'paren'
    : 'plain';

interface OpenSequence {
  numbering: Numbering;
  last: number;
  level: number;
}

/**
 * The level of each numbered item. An item continues an open sequence when its number follows
 * that sequence's last one (the same style preferred, then the same shape), or after a gap in
 * the same style (a missing 四、); otherwise it opens a sequence one level below the innermost.
 * Numbered paragraphs take part, so that `（三）公开形式` after the paragraphs `（一）…；`
 * `（二）…` is a second-level heading.
 */
class LevelTracker {
  private stack: OpenSequence[] = [];

  levelOf(n: Numbering): number {
    const rank = (s: OpenSequence) =>
      s.numbering.style === n.style ? 2 : family(s.numbering) === family(n) ? 1 : 0;
    let found = -1;
    let best = -1;
    this.stack.forEach((s, i) => {
      if (n.ordinal === s.last + 1 && rank(s) >= best) {
        found = i;
        best = rank(s);
      }
    });
    if (found < 0) {
      // A gap in the same style (三、 → 五、), or the same style starting again at 1: GB/T 9704
      // never nests a style inside itself, so that is the same level.
      this.stack.forEach((s, i) => {
        if (s.numbering.style === n.style && (s.last < n.ordinal || n.ordinal === 1)) found = i;
      });
    }
    if (found >= 0) {
      this.stack.length = found + 1;
      this.stack[found].last = n.ordinal;
      return this.stack[found].level;
    }
    const level = (this.stack[this.stack.length - 1]?.level ?? 0) + 1;
    this.stack.push({ numbering: n, last: n.ordinal, level });
    return level;
  }

  /** Whether a numbered item would continue an open sequence (without changing anything). */
  continues(n: Numbering): number | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const s = this.stack[i];
      if (family(s.numbering) === family(n) && s.last < n.ordinal) return s.level;
    }
    return undefined;
  }

  /** An unnumbered heading at `level` closes the deeper sequences. */
  close(level: number): void {
    this.stack = this.stack.filter((s) => s.level <= level);
  }
}

const ENDS_OPEN = /[\p{Script=Han}A-Za-z0-9]$/u;

/**
 * Whether a paragraph was cut by a page break of the original (seed 003: `…2020年` / `已移交
 * 24 份。…`): a long paragraph that stops in the middle of a sentence, followed by one that
 * starts without a number.
 */
function continuesOnNext(a: SourceParagraph, b: SourceParagraph): boolean {
  const first = trimText(a.text);
  const next = trimText(b.text);
  return (
    [...first].length >= 40 &&
    ENDS_OPEN.test(first) &&
    parseNumbering(next).numbering.style === 'none' &&
    headingCandidate(b) === undefined &&
    !dateLine(b) &&
    !/^[“"‘]/u.test(next)
  );
}

function joinParagraphs(a: string, b: string): string {
  const asciiEnd = /[A-Za-z0-9]$/u.test(a) && /^[A-Za-z0-9]/u.test(b);
  return asciiEnd ? `${a} ${b}` : `${a}${b}`;
}

/** Read the structure of a source document. */
export function readStructure(items: SourceItem[]): Structure {
  const warnings: ImportWarning[] = [];
  const rest = [...items];
  const structure: Structure = { beforeTitle: [], body: [], signature: {}, trailer: [], warnings };

  // Title: among the first short lines, the one that ends like a report title; a line before it
  // that holds the first half of a title broken in two (`金珠镇2017年政府信息公开工作` / `年度报告`).
  const head: SourceParagraph[] = [];
  for (const item of rest.slice(0, 6)) {
    if (item.kind !== 'paragraph' || !isShortLine(item.text)) break;
    const numbered = parseNumbering(trimText(item.text)).numbering.style !== 'none';
    if (numbered && !TITLE_RE.test(cleanLabel(item.text))) break;
    head.push(item);
  }
  const titleIndex = head.findIndex((p) => TITLE_RE.test(cleanLabel(p.text)));
  if (titleIndex >= 0) {
    let start = titleIndex;
    const titleLine = cleanLabel(head[titleIndex].text);
    // The first half is the agency (`某某镇人民政府` / `2021年…年度报告`) or the title's start.
    const incomplete =
      [...titleLine].length <= 8 || !/\d{4}/u.test(titleLine) || /^\d{4}/u.test(titleLine);
    if (titleIndex > 0 && incomplete) start--;
    const lines = head.slice(start, titleIndex + 1);
    structure.beforeTitle = head.slice(0, start);
    structure.title = {
      text: lines.map((p) => cleanLabel(p.text)).join(''),
      lines: lines.map((p) => p.line),
    };
    rest.splice(0, titleIndex + 1);
    const next = rest[0];
    const date = next?.kind === 'paragraph' ? dateLine(next) : undefined;
    if (date) {
      structure.titleDate = date;
      rest.shift();
    }
  }

  // Signature and 版记, from the end.
  const lastParagraph = () => {
    const item = rest[rest.length - 1];
    return item?.kind === 'paragraph' ? item : undefined;
  };
  for (
    let p = lastParagraph();
    p && /印发\s*$/u.test(p.text) && readDate(p.text);
    p = lastParagraph()
  )
    structure.trailer.unshift(rest.pop() as SourceParagraph);
  const last = lastParagraph();
  const combined =
    last &&
    /^(.+?)\s+(\S*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年.*日)\s*$/u.exec(trimText(last.text));
  if (last && dateLine(last)) {
    structure.signature.date = dateLine(last);
    rest.pop();
    const agency = lastParagraph();
    if (agency && isAgencyLine(agency.text)) {
      structure.signature.agency = { text: cleanLabel(agency.text), line: agency.line };
      rest.pop();
    }
  } else if (last && combined && isAgencyLine(combined[1]) && readDate(combined[2])) {
    structure.signature = {
      agency: { text: cleanLabel(combined[1]), line: last.line },
      date: { iso: readDate(combined[2])!, text: combined[2], line: last.line },
    };
    rest.pop();
  } else if (last && isAgencyLine(last.text) && rest.length > 1) {
    structure.signature.agency = { text: cleanLabel(last.text), line: last.line };
    rest.pop();
  }

  // Body: headings and their levels, paragraphs (rejoined across page breaks), tables.
  const tracker = new LevelTracker();
  const candidates = rest.map((item) =>
    item.kind === 'paragraph' ? headingCandidate(item) : undefined,
  );
  // A numbered line that ends like a sentence (`5、及时在政府网站更新政府信息。`) is a heading
  // only when body text follows it; followed by its next sibling it is an item of a list.
  candidates.forEach((candidate, i) => {
    if (!candidate || candidate.numbering.style === 'none' || !/。$/u.test(candidate.text)) return;
    const next = rest[i + 1];
    const body =
      next?.kind === 'table' ||
      (next?.kind === 'paragraph' &&
        !candidates[i + 1] &&
        parseNumbering(trimText(next.text)).numbering.style === 'none');
    if (!body) candidates[i] = undefined;
  });
  // Word's heading levels, counted from the highest one used (标题 1 or 标题 2 → level 1).
  const levels = rest.flatMap((item) =>
    item.kind === 'paragraph' && item.headingLevel ? [item.headingLevel] : [],
  );
  const topHeadingLevel = levels.reduce((a, b) => (a === 0 ? b : Math.min(a, b)), 0);
  // The next numbered heading after each item (computed once: a long text has many lines).
  const nextNumberedIndex: number[] = [];
  for (let i = candidates.length - 1, next = -1; i >= 0; i--) {
    nextNumberedIndex[i] = next;
    if (candidates[i] && candidates[i]!.numbering.style !== 'none') next = i;
  }

  rest.forEach((item, i) => {
    if (item.kind === 'table') {
      structure.body.push({ kind: 'table', table: item });
      return;
    }
    const candidate = candidates[i];
    const numbering = parseNumbering(trimText(item.text)).numbering;
    if (candidate) {
      let level: number;
      if (candidate.numbering.style !== 'none') level = tracker.levelOf(candidate.numbering);
      else {
        // An unnumbered heading (`引 言`, `重点领域信息公开情况`) sits at the level of the next
        // numbered heading when that one continues an open sequence, else at the top.
        const nextNumbered = candidates[nextNumberedIndex[i]];
        level =
          item.headingLevel && topHeadingLevel
            ? item.headingLevel - topHeadingLevel + 1
            : (nextNumbered && tracker.continues(nextNumbered.numbering)) || 1;
        tracker.close(level);
      }
      structure.body.push({
        kind: 'heading',
        level,
        text: candidate.text,
        numbering,
        line: item.line,
      });
      return;
    }
    if (numbering.style !== 'none') tracker.levelOf(numbering);
    const previous = structure.body[structure.body.length - 1];
    const previousSource = rest[i - 1];
    if (
      previous?.kind === 'paragraph' &&
      previousSource?.kind === 'paragraph' &&
      continuesOnNext({ ...previousSource, text: previous.text }, item)
    ) {
      previous.text = joinParagraphs(previous.text, trimText(item.text));
      previous.lines.push(item.line);
      warnings.push({
        code: 'paragraphs-joined',
        severity: 'info',
        message: importMessages['paragraphs-joined'],
        data: { line: previousSource.line, next: item.line },
        line: previousSource.line,
      });
      return;
    }
    structure.body.push({
      kind: 'paragraph',
      text: trimText(item.text),
      line: item.line,
      lines: [item.line],
    });
  });
  return structure;
}
