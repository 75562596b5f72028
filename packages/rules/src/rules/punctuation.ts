/**
 * punctuation: Chinese punctuation as GB/T 15834—2011 prescribes it (checks.md P17) — no
 * half-width `, ; : ? ! ( )` inside Chinese text, 文号 years in 〔〕 (GB/T 9704—2012 7.2.4),
 * brackets and quotes in pairs of one width, no doubled marks, no stray English words.
 * URLs, e-mail addresses and numbers are never touched, nor are tables.
 */
import { headingBlocks, proseBlocks, type ProseBlock, type Report } from '@nianbao/core';
import { docsUrl } from '../docs-url.js';
import type { Rule, RuleContext } from '../types.js';
import { addressRanges, fixIn, inRanges, isHan, positionIn } from '../util/prose-text.js';

const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};
/** Marks after which Chinese text goes on (a half-width mark after them is still in Chinese). */
const CJK_CLOSING = /[”’）》」』】〕]/u;
const CJK_OPENING = /[“‘（《「『【〔]/u;
const PAIRS: Record<string, string> = {
  '（': '）',
  '(': ')',
  '【': '】',
  '[': ']',
  '《': '》',
  '〈': '〉',
  '“': '”',
  '‘': '’',
  '「': '」',
  '『': '』',
  '〔': '〕',
};
const CLOSERS = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]));
/** Brackets of the two widths that form one pair: `（…)` is a pair written in two widths. */
const SAME_KIND: Record<string, string> = { '（': '(', '(': '（', '）': ')', ')': '）' };
/**
 * 文号: 机关代字 + year in brackets + number + 号 (晋政办[2018]154号 → 晋政办〔2018〕154号). After
 * 「按照」「根据」… the bracket may open something else, so only an agency code before it counts.
 */
const DOCUMENT_NUMBER = /([[［【(（﹝｛{〈<])((?:19|20)\d{2})([\]］】)）﹞｝}〉>])(?=\d{1,5}号)/gu;
const NOT_AGENCY_CODE = /(?:按照|根据|依据|依照|参照|遵照|对照|按|据|和|及|与|或|见|如|第)$/u;
/** English words that never belong in Chinese prose (seed 003: 「文件精神 and 内容」). */
const ENGLISH_WORD =
  /\b(?:and|or|the|of|to|in|for|with|on|at|by|from|is|are|was|were|be|as|an|that|this|not|but|And|The)\b/gu;
const DOUBLED = /([。，、；：？！])\1+/gu;
const MIXED = /[，、；：。](?=[，、；：。])/gu;

interface Ctx {
  report: Report;
  context: RuleContext;
}

/** One block being checked: where to start (after a heading's number), what to leave alone. */
interface Scan extends Ctx {
  block: ProseBlock;
  from: number;
  /** Characters of 文号 already reported. */
  skip: Set<number>;
  addresses: [number, number][];
}

function chineseBefore(text: string, i: number): boolean {
  const ch = text[i - 1];
  return isHan(ch) || (ch !== undefined && CJK_CLOSING.test(ch));
}

function chineseAfter(text: string, i: number): boolean {
  let j = i + 1;
  while (text[j] === ' ') j++;
  const ch = text[j];
  return isHan(ch) || (ch !== undefined && CJK_OPENING.test(ch));
}

function checkHalfWidth({ report, context, block, from, skip, addresses }: Scan): void {
  const { text } = block;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (!',;:?!'.includes(ch) || skip.has(i) || inRanges(addresses, i)) continue;
    const atEnd = /^\s*$/u.test(text.slice(i + 1));
    const after =
      chineseAfter(text, i) ||
      (/[\d“‘]/u.test(text[i + 1] ?? '') && ch !== '?' && ch !== '!') ||
      ((ch === '?' || ch === '!') && atEnd);
    if (!chineseBefore(text, i) || !after) continue;
    // Spaces after the mark go with it: 「全面, 对」 → 「全面，对」.
    let end = i + 1;
    while (text[end] === ' ' && end < text.length - 1) end++;
    context.report({
      check: 'P17',
      messageId: 'half-width',
      data: { mark: ch, full: FULL_WIDTH[ch] },
      position: positionIn(report, block, i, i + 1),
      fix: fixIn(report, block, i, end, FULL_WIDTH[ch]),
    });
  }
}

function checkPairs(scan: Scan): void {
  const { report, context, block, from, skip, addresses } = scan;
  const { text } = block;
  const stack: { ch: string; index: number }[] = [];
  const unpaired = (index: number) =>
    context.report({
      check: 'P17',
      messageId: 'unpaired',
      data: { mark: text[index] },
      position: positionIn(report, block, index, index + 1),
    });
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (!PAIRS[ch] && !CLOSERS.has(ch)) continue;
    if (skip.has(i) || inRanges(addresses, i)) continue;
    if (PAIRS[ch]) {
      stack.push({ ch, index: i });
      continue;
    }
    const opener = CLOSERS.get(ch);
    if (!opener) continue;
    // 「1）」「（2)」 list numbers close what nothing opened.
    if (
      (ch === ')' || ch === '）') &&
      /(?:^|[\s。；;：:，,])[\dA-Za-z一二三四五六七八九十]{1,3}$/u.test(
        text.slice(Math.max(from, i - 5), i),
      ) &&
      stack.at(-1)?.ch !== opener &&
      stack.at(-1)?.ch !== SAME_KIND[opener]
    )
      continue;
    // An apostrophe inside a Latin word.
    if (ch === '’' && /[A-Za-z]/u.test(text[i - 1] ?? '') && /[A-Za-z]/u.test(text[i + 1] ?? ''))
      continue;
    const top = stack.at(-1);
    if (top?.ch === opener) {
      stack.pop();
      checkHalfWidthPair(scan, top.index, i);
      continue;
    }
    if (top && SAME_KIND[top.ch] === opener) {
      stack.pop();
      // 「（www.longtan.gov.cn)」: one pair written in two widths.
      const content = text.slice(top.index + 1, i);
      const address = addresses.some(([a, b]) => a <= top.index + 1 && b >= i);
      const halfIndex = top.ch === '(' ? top.index : i;
      context.report({
        check: 'P17',
        messageId: 'mixed-width',
        data: { pair: `${top.ch}…${ch}` },
        position: positionIn(report, block, top.index, i + 1),
        fix:
          address || !content
            ? undefined
            : fixIn(report, block, halfIndex, halfIndex + 1, FULL_WIDTH[text[halfIndex]]),
      });
      continue;
    }
    unpaired(i);
  }
  for (const open of stack)
    if (open.ch !== '‘' || !/[A-Za-z]/u.test(text[open.index - 1] ?? '')) unpaired(open.index);
}

/** A half-width pair `(…)` in Chinese text becomes `（…）`. */
function checkHalfWidthPair(
  { report, context, block, addresses }: Scan,
  open: number,
  close: number,
): void {
  const { text } = block;
  if (text[open] !== '(') return;
  const content = text.slice(open + 1, close);
  const chineseInside = [...content].some((c) => isHan(c));
  const chineseAround =
    chineseBefore(text, open) &&
    (isHan(text[close + 1]) || /^[，。；：、]/u.test(text.slice(close + 1)));
  if (!chineseInside && !chineseAround) return;
  const address = addresses.some(([a, b]) => a <= open + 1 && b >= close);
  context.report({
    check: 'P17',
    messageId: 'half-width-brackets',
    data: { content },
    position: positionIn(report, block, open, close + 1),
    // One fix rewrites the whole pair, so that it is never applied halfway.
    fix: address ? undefined : fixIn(report, block, open, close + 1, `（${content}）`),
  });
}

function checkBlock(ctx: Ctx, block: ProseBlock, from: number): void {
  const { report, context } = ctx;
  const { text } = block;
  const addresses = addressRanges(text);
  const skip = new Set<number>();
  for (const m of text.matchAll(DOCUMENT_NUMBER)) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 2), at);
    if (at < from || !isHan(before.at(-1)) || NOT_AGENCY_CODE.test(before)) continue;
    const end = at + m[0].length;
    for (let i = at; i < end; i++) skip.add(i);
    if (m[1] === '〔') continue;
    context.report({
      check: 'P17',
      messageId: 'document-number',
      data: { written: m[0], canonical: `〔${m[2]}〕` },
      position: positionIn(report, block, at, end),
      fix: fixIn(report, block, at, end, `〔${m[2]}〕`),
    });
  }
  const scan: Scan = { ...ctx, block, from, skip, addresses };
  checkHalfWidth(scan);
  checkPairs(scan);
  for (const m of text.matchAll(DOUBLED)) {
    const at = m.index ?? 0;
    if (at < from) continue;
    context.report({
      check: 'P17',
      messageId: 'doubled',
      data: { marks: m[0] },
      position: positionIn(report, block, at, at + m[0].length),
      // 「。。。」 may stand for an ellipsis: only a plain double is fixed.
      fix: m[0].length === 2 ? fixIn(report, block, at, at + 2, m[1]) : undefined,
    });
  }
  for (const m of text.matchAll(MIXED)) {
    const at = m.index ?? 0;
    if (at < from || text[at] === text[at + 1]) continue;
    context.report({
      check: 'P17',
      messageId: 'doubled',
      data: { marks: text.slice(at, at + 2) },
      position: positionIn(report, block, at, at + 2),
    });
  }
  for (const m of text.matchAll(ENGLISH_WORD)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    // Between Chinese characters (spaces allowed), not inside an address or Latin text.
    const before = /\p{Script=Han}[ \t]*$/u.test(text.slice(Math.max(0, at - 4), at));
    const after = /^[ \t]*\p{Script=Han}/u.test(text.slice(end, end + 4));
    if (at < from || !before || !after || inRanges(addresses, at)) continue;
    context.report({
      check: 'P17',
      messageId: 'latin-word',
      data: { word: m[0] },
      position: positionIn(report, block, at, end),
    });
  }
}

export const punctuation: Rule = {
  meta: {
    id: 'punctuation',
    docs: {
      description: {
        zh: '标点符号符合 GB/T 15834：中文中用全角标点，文号用六角括号，括号引号成对，不重复标点',
        en: 'Punctuation follows GB/T 15834: full-width marks in Chinese text, 〔〕 in 文号, paired brackets and quotes, no doubled marks',
      },
      url: docsUrl('punctuation'),
      recommended: 'warning',
      checks: ['P17'],
    },
    fixable: 'code',
    messages: {
      'half-width': {
        zh: '中文中应使用全角标点“{{full}}”，而非半角“{{mark}}”',
        en: 'Use the full-width “{{full}}” in Chinese text, not the half-width “{{mark}}”',
      },
      'half-width-brackets': {
        zh: '中文中应使用全角括号：“({{content}})”应为“（{{content}}）”',
        en: 'Use full-width brackets in Chinese text: “({{content}})” should be “（{{content}}）”',
      },
      'mixed-width': {
        zh: '括号“{{pair}}”全角半角混用：请统一为全角括号',
        en: 'The brackets “{{pair}}” mix widths: use full-width brackets on both sides',
      },
      unpaired: {
        zh: '“{{mark}}”不成对：请补全或删除',
        en: '“{{mark}}” has no partner: add the missing one or remove it',
      },
      'document-number': {
        zh: '文号中的年份应使用六角括号“〔〕”：“{{written}}”应为“{{canonical}}”',
        en: 'The year in a 文号 goes in 〔〕: “{{written}}” should be “{{canonical}}”',
      },
      doubled: {
        zh: '标点“{{marks}}”重复',
        en: 'Doubled punctuation “{{marks}}”',
      },
      'latin-word': {
        zh: '中文正文中夹有英文单词“{{word}}”：请改为中文',
        en: 'The English word “{{word}}” stands in Chinese prose: write it in Chinese',
      },
    },
  },
  check(report, context) {
    const ctx: Ctx = { report, context };
    for (const block of proseBlocks(report)) checkBlock(ctx, block, 0);
    // Headings: the numbering is heading-numbering's (「(一)」 is reported there).
    const sections = new Map(report.allSections.map((s) => [s.heading, s]));
    for (const block of headingBlocks(report)) {
      const section = sections.get(block.node as never);
      const raw = section?.numbering.raw ?? '';
      const from = raw && block.text.startsWith(raw) ? raw.length : 0;
      checkBlock(ctx, block, from);
    }
  },
};
