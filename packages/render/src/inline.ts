/**
 * Inline Markdown (mdast phrasing content) as format-neutral runs of text with their emphasis,
 * and as plain text. DOCX draws the runs; TXT and table cells use the text.
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  underline?: boolean;
  superscript?: boolean;
  subscript?: boolean;
  code?: boolean;
  /** Target of a link; only http(s) and mailto links are kept. */
  link?: string;
  /** A line break inside the paragraph (before `text`, which is then empty). */
  break?: boolean;
}

type Format = Omit<Run, 'text' | 'break'>;

/** Inline HTML elements whose content is not text a reader sees (the sanitiser drops it too). */
const HIDDEN_CONTENT = new Set([
  'script',
  'style',
  'template',
  'textarea',
  'noscript',
  'iframe',
  'title',
]);

interface TagState {
  format: Format;
  /** Depth inside elements whose content is dropped. */
  hidden: number;
}

const SAFE_LINK = /^(?:https?:|mailto:)/iu;

/** Inline HTML tags that carry a format; other tags are dropped, their text kept. */
const TAG_FORMATS: Record<string, keyof Format> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strike',
  del: 'strike',
  strike: 'strike',
  sup: 'superscript',
  sub: 'subscript',
  code: 'code',
};

const CJK = '[\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f]';
const SOFT_BREAK_CJK = new RegExp(`(${CJK})[ \\t]*\\n[ \\t]*(?=${CJK})`, 'gu');

/**
 * A line break in the Markdown source inside a paragraph. Between Chinese characters it is not a
 * space (the writer only wrapped the line); elsewhere it is one.
 */
export function joinSoftBreaks(text: string): string {
  return text.replace(SOFT_BREAK_CJK, '$1').replace(/[ \t]*\n[ \t]*/gu, ' ');
}

export function inlineRuns(nodes: readonly (PhrasingContent | RootContent)[]): Run[] {
  const runs: Run[] = [];
  const tags: TagState = { format: {}, hidden: 0 };
  const state = tags.format;
  const push = (text: string, format: Format) => {
    if (!text || tags.hidden > 0) return;
    const last = runs.at(-1);
    if (last && !last.break && sameFormat(last, format)) last.text += text;
    else runs.push({ text, ...clean(format) });
  };
  const walk = (list: readonly Nodes[], format: Format) => {
    for (const node of list) {
      switch (node.type) {
        case 'text':
          push(joinSoftBreaks(node.value), { ...format, ...state });
          break;
        case 'inlineCode':
          push(node.value, { ...format, ...state, code: true });
          break;
        case 'break':
          runs.push({ text: '', break: true });
          break;
        case 'strong':
          walk(node.children, { ...format, bold: true });
          break;
        case 'emphasis':
          walk(node.children, { ...format, italic: true });
          break;
        case 'delete':
          walk(node.children, { ...format, strike: true });
          break;
        case 'link':
          walk(node.children, SAFE_LINK.test(node.url) ? { ...format, link: node.url } : format);
          break;
        case 'image':
        case 'imageReference':
          push(node.alt ?? '', { ...format, ...state });
          break;
        case 'html':
          applyTag(node.value, tags, runs);
          break;
        default:
          if ('children' in node) walk(node.children as Nodes[], format);
          else if ('value' in node && typeof node.value === 'string' && node.type !== 'yaml')
            push(node.value, { ...format, ...state });
      }
    }
  };
  walk(nodes as Nodes[], {});
  return runs;
}

function applyTag(html: string, tags: TagState, runs: Run[]): void {
  const state = tags.format;
  const re = /<\s*(\/?)\s*([a-z][a-z0-9]*)\b[^>]*>/giu;
  for (const m of html.matchAll(re)) {
    const closing = m[1] === '/';
    const tag = m[2].toLowerCase();
    if (HIDDEN_CONTENT.has(tag)) tags.hidden = Math.max(0, tags.hidden + (closing ? -1 : 1));
    if (tag === 'br' && !closing) runs.push({ text: '', break: true });
    const format = TAG_FORMATS[tag];
    if (!format) continue;
    if (closing) delete state[format];
    else (state as Record<string, unknown>)[format] = true;
  }
}

function clean(format: Format): Format {
  return Object.fromEntries(Object.entries(format).filter(([, v]) => v)) as Format;
}

function sameFormat(a: Run, b: Format): boolean {
  const keys: (keyof Format)[] = [
    'bold',
    'italic',
    'strike',
    'underline',
    'superscript',
    'subscript',
    'code',
    'link',
  ];
  return keys.every((k) => (a[k] || undefined) === (b[k] || undefined));
}

/** Plain text of inline content; a line break becomes `\n`. */
export function inlineText(nodes: readonly (PhrasingContent | RootContent)[]): string {
  return inlineRuns(nodes)
    .map((r) => (r.break ? '\n' : r.text))
    .join('')
    .trim();
}
