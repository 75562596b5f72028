/**
 * preamble-parts: the preamble's list of the report's parts (「本报告由概述、……等九部分组成」,
 * 「全文包括……等部分」) matches the top-level headings in number and names (checks.md P13).
 */
import {
  numeralToNumber,
  labelSimilarity,
  proseBlocks,
  type ProseBlock,
  type Report,
  type Section,
} from '@nianbao/core';
import { docsUrl } from '../docs-url.js';
import type { Rule } from '../types.js';
import { positionIn } from '../util/prose-text.js';

/** 「本年报由…等九部分组成」「全文内容包括…等。」「本报告分为…六个部分」. */
const LIST =
  /(?:报告|年报|全文|内容)[^。，,]{0,6}?(?:由|包括|包含|分为|分成)(?:以下)?([^。]+?)(?:等|共)?(?:([一二三四五六七八九十两]{1,3}|\d{1,2})?个?(?:部分|方面))?(?:组成|构成|内容)?(?=。|$)/gu;

/** Headings of an introduction, which is not one of the parts it lists. */
const INTRO = /^(?:引言|前言|导言|序言|概要)$/u;

interface Atom {
  text: string;
  start: number;
  end: number;
}

/** Compare names without spaces, quotes, 的, and with 和/与/及/、 as one separator. */
function normalize(text: string): string {
  return text
    .replace(/[（(][^（）()]*[）)]/gu, '')
    .replace(/[\s“”"'‘’《》]/gu, '')
    .replace(/的/gu, '')
    .replace(/以及|和|与|及|、|，|,/gu, '·');
}

/**
 * Whether a named part is a heading: the same words, or (for a single item) words the heading
 * contains — 「附表」 names 「说明与附表」.
 */
function sameName(named: string, heading: string, loose: boolean): boolean {
  const a = normalize(named);
  const b = normalize(heading);
  return a === b || (loose && a.length >= 2 && b.includes(a));
}

/**
 * The listed names: split at `，、；` and `以及` outside brackets (「咨询处理情况（公民、法人和其他
 * 组织咨询情况）」 is one name), without a leading 「以及」「和」.
 */
function atomsOf(list: string, offset: number): Atom[] {
  const atoms: Atom[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number) => {
    const raw = list.slice(start, end);
    const lead = /^[\s]*(?:以及|和|及|与|并且)?/u.exec(raw)![0].length;
    const text = raw.slice(lead).trim();
    if (text) atoms.push({ text, start: offset + start + lead, end: offset + end });
  };
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    else if (depth === 0 && /[，,、；;]/u.test(ch)) {
      push(i);
      start = i + 1;
    } else if (depth === 0 && list.startsWith('以及', i)) {
      push(i);
      start = i;
    }
  }
  push(list.length);
  return atoms;
}

/** An appendix named after the parts (「并附相关的说明和指标统计表」) needs no heading. */
const APPENDIX = /^(?:并|另)?附|附表|附件|统计表/u;

interface Alignment {
  /** Index of the heading each named item matched, in order. */
  matched: { heading: number; atoms: Atom[] }[];
  /** Runs of atoms that name no heading. */
  unknown: Atom[][];
}

/** Walk the list: each run of atoms names the next heading it matches (headings may be skipped). */
function align(atoms: Atom[], titles: string[]): Alignment {
  const matched: Alignment['matched'] = [];
  const unknown: Atom[][] = [];
  let nextHeading = 0;
  let run: Atom[] = [];
  for (let i = 0; i < atoms.length;) {
    let found: { heading: number; length: number } | undefined;
    for (const loose of [false, true]) {
      for (let h = nextHeading; h < titles.length && !found; h++) {
        for (let k = loose ? 1 : Math.min(4, atoms.length - i); k >= 1 && !found; k--) {
          const name = atoms
            .slice(i, i + k)
            .map((a) => a.text)
            .join('、');
          if (sameName(name, titles[h], loose)) found = { heading: h, length: k };
        }
      }
      if (found) break;
    }
    if (!found) {
      run.push(atoms[i]);
      i++;
      continue;
    }
    if (run.length) unknown.push(run);
    run = [];
    matched.push({ heading: found.heading, atoms: atoms.slice(i, i + found.length) });
    nextHeading = found.heading + 1;
    i += found.length;
  }
  if (run.length) unknown.push(run);
  return { matched, unknown };
}

const heading = (s: Section) => s.text;

export const preambleParts: Rule = {
  meta: {
    id: 'preamble-parts',
    docs: {
      description: {
        zh: '引言所列报告组成部分与正文一级标题在数量和名称上一致',
        en: "The preamble's list of parts matches the top-level headings in number and names",
      },
      url: docsUrl('preamble-parts'),
      recommended: 'warning',
      checks: ['P13'],
    },
    messages: {
      'count-headings': {
        zh: '引言称报告由{{stated}}部分组成，但正文有 {{actual}} 个一级标题',
        en: 'The preamble says the report has {{stated}} parts, but it has {{actual}} top-level headings',
      },
      'count-named': {
        zh: '引言称报告由{{stated}}部分组成，却只列出 {{named}} 部分；未列出：{{missing}}',
        en: 'The preamble says the report has {{stated}} parts but names {{named}}; not named: {{missing}}',
      },
      'name-differs': {
        zh: '引言所列“{{named}}”与正文标题“{{heading}}”不一致',
        en: 'The preamble names “{{named}}”, but the heading reads “{{heading}}”',
      },
      'name-unknown': {
        zh: '引言所列“{{named}}”在正文中没有对应的一级标题',
        en: 'The preamble names “{{named}}”, which is not a top-level heading of the report',
      },
    },
  },
  check(report: Report, context) {
    // The preamble: text before the first heading, or under a heading 「引言」 (seed 000).
    const intro = report.sections.filter((s) => INTRO.test(s.title.replace(/\s+/gu, '')));
    const preamble = new Set([...report.preamble, ...intro.flatMap((s) => s.nodes)]);
    const sections = report.sections.filter((s) => !intro.includes(s));
    if (sections.length === 0) return;
    const titles = sections.map((s) => s.title || s.text);
    for (const block of proseBlocks(report)) {
      if (!preamble.has(block.node)) continue;
      for (const m of block.text.matchAll(LIST)) checkList(block, m);
    }

    function checkList(block: ProseBlock, m: RegExpMatchArray): void {
      const at = m.index ?? 0;
      const listStart = at + m[0].indexOf(m[1]);
      const atoms = atomsOf(m[1], listStart);
      if (atoms.length < 2) return;
      const { matched, unknown } = align(atoms, titles);
      // A list that names almost none of the headings is about something else.
      if (matched.length < 2) return;
      const where = positionIn(report, block, at, at + m[0].length);
      const stated = m[2] ? numeralToNumber(m[2]) : Number.NaN;
      if (!Number.isNaN(stated) && stated !== sections.length) {
        context.report({
          check: 'P13',
          messageId: 'count-headings',
          data: { stated: m[2], actual: sections.length },
          position: where,
        });
      }
      const named = new Set(matched.map((x) => x.heading));
      const unnamed = sections.filter((_, i) => !named.has(i));
      // 「A、B等四部分」 may abbreviate the list; a list that names most parts means to name all.
      const meantComplete = stated !== undefined && matched.length * 2 > stated;
      if (meantComplete && unknown.length === 0 && matched.length !== stated && unnamed.length) {
        context.report({
          check: 'P13',
          messageId: 'count-named',
          data: {
            stated: m[2],
            named: matched.length,
            missing: unnamed.map(heading).join('；'),
          },
          position: where,
        });
      }
      for (const run of unknown) {
        const name = run.map((a) => a.text).join('、');
        let best: { index: number; score: number } | undefined;
        sections.forEach((s, i) => {
          if (named.has(i)) return;
          const score = labelSimilarity(normalize(name), normalize(s.title));
          if (!best || score > best.score) best = { index: i, score };
        });
        const position = positionIn(report, block, run[0].start, run.at(-1)!.end);
        if (best && best.score >= 0.6) {
          named.add(best.index);
          context.report({
            check: 'P13',
            messageId: 'name-differs',
            data: { named: name, heading: sections[best.index].text },
            position,
          });
        } else if (!APPENDIX.test(name)) {
          context.report({
            messageId: 'name-unknown',
            data: { named: name },
            position,
            check: 'P13',
          });
        }
      }
    }
  },
};
