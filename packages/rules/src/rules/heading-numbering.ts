/**
 * heading-numbering: headings carry the 结构层次序数 of GB/T 9704-2012 7.3.3 — level 1 `一、`,
 * level 2 `（一）`, level 3 `1.`, level 4 `（1）` — one style per level, numbers consecutive from
 * the first, no gap, no repeat, no unnumbered heading among numbered ones (checks.md P08).
 */
import {
  LEVEL_STYLES,
  formatNumbering,
  parseNumbering,
  type Localized,
  type Numbering,
  type NumberingStyle,
  type Section,
} from '@nianbao/core';
import type { Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { docsUrl } from '../docs-url.js';
import type { Fix, Rule, RuleContext } from '../types.js';
import { headingPrefixRange, headingTextStart } from '../util/source.js';

const messages = {
  'wrong-style': {
    zh: '第{{level}}层标题的序号应为“{{example}}”式（GB/T 9704：一、→（一）→1.→（1）），“{{found}}”应为“{{expected}}”',
    en: 'Level-{{level}} headings are numbered “{{example}}” (GB/T 9704: 一、→（一）→1.→（1）): “{{found}}” should be “{{expected}}”',
  },
  'wrong-form': {
    zh: '标题序号“{{found}}”写法不规范，应为“{{expected}}”',
    en: 'The heading number “{{found}}” is not written the standard way: “{{expected}}”',
  },
  'half-width': {
    zh: '标题序号“{{found}}”使用了半角括号，应为“{{expected}}”',
    en: 'The heading number “{{found}}” uses half-width brackets: “{{expected}}”',
  },
  gap: {
    zh: '标题序号不连续：“{{previous}}”之后应为“{{expected}}”，此处为“{{found}}”',
    en: 'Heading numbers skip: after “{{previous}}” comes “{{expected}}”, found “{{found}}”',
  },
  repeat: {
    zh: '标题序号“{{found}}”重复：“{{previous}}”之后应为“{{expected}}”',
    en: 'The heading number “{{found}}” repeats: after “{{previous}}” comes “{{expected}}”',
  },
  'not-first': {
    zh: '同级标题应从“{{expected}}”开始编号，此处为“{{found}}”',
    en: 'Sibling headings are numbered from “{{expected}}”, found “{{found}}”',
  },
  unnumbered: {
    zh: '标题“{{title}}”没有序号，而同级的其他标题都有序号',
    en: 'The heading “{{title}}” has no number while its sibling headings have one',
  },
  'unnumbered-at': {
    zh: '标题“{{title}}”没有序号，按位置应为“{{expected}}{{title}}”',
    en: 'The heading “{{title}}” has no number; by its place it is “{{expected}}{{title}}”',
  },
} satisfies Record<string, Localized>;

const STYLE_EXAMPLE: Record<number, string> = { 1: '一、', 2: '（一）', 3: '1.', 4: '（1）' };

/**
 * One numbered item of a level: a heading, or a paragraph that starts with a number of the same
 * style. Reports converted from Word often turn only some items of a list into headings (the
 * short ones); the paragraphs keep the count but are never reported themselves.
 */
interface Item {
  section?: Section;
  numbering: Numbering;
  offset: number;
}

interface Reading {
  items: Item[];
  /** Ordinal of each item; unnumbered headings get one when `filled`. */
  ordinals: (number | undefined)[];
  filled: boolean;
  errors: number;
}

function countErrors(ordinals: (number | undefined)[]): number {
  let errors = 0;
  let previous: number | undefined;
  for (const ordinal of ordinals) {
    if (ordinal === undefined) continue;
    if (ordinal !== (previous ?? 0) + 1) errors++;
    previous = ordinal;
  }
  return errors;
}

function reading(items: Item[], fill: boolean): Reading {
  const ordinals: (number | undefined)[] = [];
  let previous = 0;
  for (const item of items) {
    const written = item.numbering.style === 'none' ? undefined : item.numbering.ordinal;
    const value = written ?? (fill ? previous + 1 : undefined);
    ordinals.push(value);
    if (value !== undefined) previous = value;
  }
  return { items, ordinals, filled: fill, errors: countErrors(ordinals) };
}

/** The items from the first numbered one to the last; unnumbered ones outside are not counted. */
function run(items: Item[]): Item[] {
  const numbered = items.filter((i) => i.numbering.style !== 'none');
  if (numbered.length === 0) return [];
  return items.slice(items.indexOf(numbered[0]), items.indexOf(numbered[numbered.length - 1]) + 1);
}

function collectParagraphs(nodes: readonly RootContent[], out: Paragraph[]): void {
  for (const node of nodes) {
    if (node.type === 'paragraph') out.push(node);
    else if (node.type === 'blockquote') collectParagraphs(node.children, out);
  }
}

/**
 * The most charitable reading of a level: headings alone or with their numbered paragraphs,
 * unnumbered headings inside the run left out or given the next number (seed 001's
 * `重点领域信息公开情况` between 三、 and 五、). The reading with the fewest errors wins; on a
 * tie, the one that assumes least.
 */
function bestReading(siblings: Section[], scope: readonly RootContent[]): Reading {
  const headings: Item[] = siblings.map((section) => ({
    section,
    numbering: section.numbering,
    offset: section.position?.start.offset ?? 0,
  }));
  const styles = new Set(siblings.map((s) => s.numbering.style).filter((s) => s !== 'none'));
  const paragraphs: Paragraph[] = [];
  collectParagraphs(scope, paragraphs);
  const numberedParagraphs: Item[] = [];
  for (const paragraph of paragraphs) {
    const { numbering } = parseNumbering(toString(paragraph));
    if (numbering.style !== 'none' && styles.has(numbering.style))
      numberedParagraphs.push({ numbering, offset: paragraph.position?.start.offset ?? 0 });
  }
  const merged = [...headings, ...numberedParagraphs].sort((a, b) => a.offset - b.offset);
  const candidates = [
    reading(run(headings), false),
    reading(run(merged), false),
    reading(run(headings), true),
    reading(run(merged), true),
  ];
  return candidates.reduce((best, c) => (c.errors < best.errors ? c : best));
}

/** Numeral kind and bracket of a style: what tells the levels apart. */
const SHAPE: Record<NumberingStyle, string> = {
  'cn-comma': 'cn',
  'cn-paren': 'cn()',
  'cn-paren-comma': 'cn()',
  'arabic-dot': 'arabic',
  'arabic-comma': 'arabic',
  'arabic-paren': 'arabic()',
  none: '',
};

function checkStyle(section: Section, depth: number, context: RuleContext): void {
  const { numbering, heading } = section;
  const found = numbering.raw.trim();
  const expected = formatNumbering(depth, numbering.ordinal);
  const range = headingPrefixRange(context.source, heading, numbering.raw);
  const fix: Fix | undefined = range ? { range, text: expected } : undefined;
  const style: NumberingStyle = LEVEL_STYLES[depth];
  if (SHAPE[numbering.style] !== SHAPE[style]) {
    // Another level's numbering: 1、 where 一、 belongs (seed 004).
    context.report({
      messageId: 'wrong-style',
      data: { level: depth, example: STYLE_EXAMPLE[depth], found, expected },
      node: heading,
      severity: 'error',
      check: 'P08',
      fix,
    });
  } else if (found !== expected) {
    // The right numbering written another way: 1、 for 1., （一）、 or (一) for （一）.
    context.report({
      messageId: numbering.halfWidth ? 'half-width' : 'wrong-form',
      data: { found, expected },
      node: heading,
      severity: 'warning',
      check: 'P08',
      fix,
    });
  }
}

/**
 * The level of a group of siblings: its depth in the tree, unless unnumbered headings above it
 * (an agency name written as a heading over the whole report) leave room for a shallower level
 * that the group's own numbering matches.
 */
function levelOf(siblings: Section[], depth: number, numberedAbove: number): number {
  const shapes = siblings
    .filter((s) => s.numbering.style !== 'none')
    .map((s) => SHAPE[s.numbering.style]);
  for (let level = numberedAbove + 1; level < depth; level++) {
    if (shapes.length > 0 && shapes.every((shape) => shape === SHAPE[LEVEL_STYLES[level]]))
      return level;
  }
  return depth;
}

function checkGroup(
  siblings: Section[],
  scope: readonly RootContent[],
  treeDepth: number,
  numberedAbove: number,
  context: RuleContext,
): void {
  // Below four numbered levels, GB/T 9704 prescribes nothing.
  if (numberedAbove >= 4) return;
  for (const section of siblings) {
    const numbered = section.numbering.style !== 'none' ? 1 : 0;
    checkGroup(section.children, section.nodes, treeDepth + 1, numberedAbove + numbered, context);
  }
  if (!siblings.some((s) => s.numbering.style !== 'none')) return;
  const depth = levelOf(siblings, treeDepth, numberedAbove);
  if (depth > 4) return;
  const best = bestReading(siblings, scope);
  const label = (ordinal: number) => formatNumbering(depth, ordinal);
  let previous: number | undefined;
  const seen = new Set<number>();
  best.items.forEach((item, i) => {
    const ordinal = best.ordinals[i];
    const { section } = item;
    if (section && section.numbering.style === 'none') {
      const title = section.title;
      const start = headingTextStart(context.source, section.heading);
      const fixable = best.filled && ordinal !== undefined && start !== undefined;
      context.report({
        messageId: fixable ? 'unnumbered-at' : 'unnumbered',
        data: { title, ...(fixable ? { expected: label(ordinal) } : {}) },
        node: section.heading,
        severity: 'error',
        check: 'P08',
        ...(fixable ? { fix: { range: [start, start], text: label(ordinal) } } : {}),
      });
    } else if (section) {
      checkStyle(section, depth, context);
      const expected = (previous ?? 0) + 1;
      if (ordinal !== undefined && ordinal !== expected) {
        const data = {
          found: section.numbering.raw.trim(),
          expected: label(expected),
          ...(previous !== undefined ? { previous: label(previous) } : {}),
        };
        const messageId =
          previous === undefined ? 'not-first' : seen.has(ordinal) ? 'repeat' : 'gap';
        context.report({ messageId, data, node: section.heading, severity: 'error', check: 'P08' });
      }
    }
    if (ordinal !== undefined) {
      previous = ordinal;
      seen.add(ordinal);
    }
  });
}

export const headingNumbering: Rule = {
  meta: {
    id: 'heading-numbering',
    docs: {
      description: {
        zh: '标题序号符合 GB/T 9704 结构层次序数（一、（一）1.（1）），连续、不跳号、不重复',
        en: 'Heading numbers follow GB/T 9704 (一、（一）1.（1）), one style per level, consecutive, no gap or repeat',
      },
      url: docsUrl('heading-numbering'),
      recommended: 'on',
      checks: ['P08'],
    },
    messages,
    fixable: 'code',
    needsEdition: false,
  },
  check(report, context) {
    const body = report.tree.children.filter((n) => n.type !== 'heading');
    checkGroup(report.sections, body, 1, 0, context);
  },
};
