/**
 * required-sections: the report has the sections its edition requires (checks.md P07).
 * 2019/2021: the six sections of the official format, in order, with their official titles, and
 * nothing else at the top level. Legacy: no national template, so the six content items of the
 * 2008 条例 第三十二条 must be present somewhere in the text (editions.md §3.1).
 */
import {
  labelSimilarity,
  type EditionSpec,
  type Localized,
  type Report,
  type SectionSpec,
} from '@nianbao/core';
import type { Position } from 'unist';
import { docsUrl } from '../docs-url.js';
import type { Fix, Rule, RuleContext } from '../types.js';
import { matchesKeywords, reportText } from '../util/report-text.js';
import { bareTitle, matchSections, SIMILAR_TITLE, type SectionMatch } from '../util/sections.js';
import { headingTextStart, headingTitleRange } from '../util/source.js';

const messages = {
  'section-missing': {
    zh: '缺少第{{number}}部分“{{title}}”{{tables}}：{{edition}}要求年报包含此部分',
    en: 'Section {{number}} “{{title}}”{{tables}} is missing: the {{edition}} format requires it',
  },
  'section-unknown': {
    zh: '“{{title}}”不是{{edition}}规定的章节：正文只应有“一、”至“六、”六个部分，其他内容请作为其中某部分的下级标题',
    en: '“{{title}}” is not a section of the {{edition}} format: the body has the six sections 一、–六、 only; put other matter under one of them',
  },
  'section-duplicate': {
    zh: '“{{title}}”重复：{{edition}}中的这一部分只应出现一次',
    en: '“{{title}}” appears twice: the {{edition}} format has this section once',
  },
  'section-order': {
    zh: '章节顺序不对：“{{title}}”应排在“{{before}}”之前',
    en: 'Sections out of order: “{{title}}” comes before “{{before}}”',
  },
  'section-unnumbered': {
    zh: '章节“{{title}}”缺少序号，应为“{{expected}}”',
    en: 'The section “{{title}}” has no number: it is “{{expected}}”',
  },
  'title-variant': {
    zh: '章节标题“{{found}}”是常见的变体写法，官方格式为“{{expected}}”',
    en: 'The section title “{{found}}” is a common variant: the official format has “{{expected}}”',
  },
  'title-style': {
    zh: '章节标题“{{found}}”与官方标题“{{expected}}”写法不同（标点、空格或全半角）',
    en: 'The section title “{{found}}” is written differently from the official “{{expected}}” (punctuation, spaces or character widths)',
  },
  'title-mismatch': {
    zh: '第{{number}}部分的标题应为“{{expected}}”，而不是“{{found}}”',
    en: 'Section {{number}} is titled “{{expected}}”, not “{{found}}”',
  },
  'use-official-title': {
    zh: '改为官方标题“{{expected}}”',
    en: 'Use the official title “{{expected}}”',
  },
  'content-missing': {
    zh: '未见2008年《条例》第三十二条要求报告的“{{item}}”（全文未出现{{keywords}}）',
    en: 'Nothing on “{{item}}”, which 第三十二条 of the 2008 条例 requires (the text never mentions {{keywords}})',
  },
} satisfies Record<string, Localized>;

const fullTitle = (spec: SectionSpec) => `${spec.number}、${spec.title}`;

/** Where a finding about the report as a whole goes: its title, else its first heading. */
function reportAnchor(report: Report): { position?: Position } {
  return report.title?.node ?? report.sections[0]?.heading ?? { position: undefined };
}

function checkTitle(match: SectionMatch & { spec: SectionSpec }, context: RuleContext): void {
  const { section, spec, how } = match;
  if (how === 'exact') return;
  const range = headingTitleRange(
    context.source,
    section.heading,
    section.numbering.raw,
    section.title,
  );
  const fix: Fix | undefined = range ? { range, text: spec.title } : undefined;
  const data = { found: section.title, expected: spec.title, number: spec.number };
  if (how === 'style' || how === 'variant') {
    context.report({
      messageId: how === 'style' ? 'title-style' : 'title-variant',
      data,
      node: section.heading,
      severity: 'warning',
      check: 'P07',
      fix,
    });
    return;
  }
  // A near miss is fixed; a section recognised only by its table or number gets a suggestion.
  const near = labelSimilarity(bareTitle(section.title), spec.title) >= SIMILAR_TITLE;
  context.report({
    messageId: 'title-mismatch',
    data,
    node: section.heading,
    severity: 'error',
    check: 'P07',
    ...(near && fix ? { fix } : {}),
    ...(!near && fix ? { suggestions: [{ desc: localizedSuggestion(spec.title), fix }] } : {}),
  });
}

function localizedSuggestion(expected: string): Localized {
  return {
    zh: messages['use-official-title'].zh.replace('{{expected}}', expected),
    en: messages['use-official-title'].en.replace('{{expected}}', expected),
  };
}

function checkTitled(report: Report, edition: EditionSpec, context: RuleContext): void {
  const matches = matchSections(report, edition);
  const editionName = edition.basis;
  const anyNumbered = report.sections.some((s) => s.numbering.style !== 'none');
  let furthest: SectionSpec | undefined;
  for (const match of matches) {
    const { section, spec } = match;
    if (!spec) {
      context.report({
        messageId: 'section-unknown',
        data: { title: section.text, edition: editionName },
        node: section.heading,
        severity: 'error',
        check: 'P07',
      });
      continue;
    }
    if (match.duplicate) {
      context.report({
        messageId: 'section-duplicate',
        data: { title: section.text, edition: editionName },
        node: section.heading,
        severity: 'error',
        check: 'P07',
      });
      continue;
    }
    checkTitle(match as SectionMatch & { spec: SectionSpec }, context);
    if (!anyNumbered) {
      const start = headingTextStart(context.source, section.heading);
      context.report({
        messageId: 'section-unnumbered',
        data: { title: section.title, expected: `${spec.number}、${section.title}` },
        node: section.heading,
        severity: 'error',
        check: 'P07',
        ...(start !== undefined
          ? { fix: { range: [start, start], text: `${spec.number}、` } }
          : {}),
      });
    }
    const index = edition.sections.indexOf(spec);
    if (furthest && index < edition.sections.indexOf(furthest)) {
      context.report({
        messageId: 'section-order',
        data: { title: fullTitle(spec), before: fullTitle(furthest) },
        node: section.heading,
        severity: 'error',
        check: 'P07',
      });
    } else furthest = spec;
  }
  const present = new Set(matches.filter((m) => m.spec && !m.duplicate).map((m) => m.spec));
  edition.sections.forEach((spec, index) => {
    if (spec.optional || present.has(spec)) return;
    // Reported where it belongs: at the next section the report has.
    const next = matches.find((m) => m.spec && edition.sections.indexOf(m.spec) > index);
    const tables = (spec.tables ?? [])
      .map((key) => edition.tables.find((t) => t.key === key)?.name)
      .filter(Boolean);
    context.report({
      messageId: 'section-missing',
      data: {
        number: spec.number,
        title: spec.title,
        edition: editionName,
        tables: tables.length
          ? { zh: `（含${tables.join('、')}）`, en: ` (with ${tables.join(', ')})` }
          : '',
      },
      node: next?.section.heading ?? report.sections.at(-1)?.heading ?? reportAnchor(report),
      severity: 'error',
      check: 'P07',
    });
  });
}

function checkLegacy(report: Report, edition: EditionSpec, context: RuleContext): void {
  const text = reportText(report);
  for (const spec of edition.sections) {
    if (spec.optional || !spec.keywords?.length) continue;
    if (matchesKeywords(text, spec.keywords)) continue;
    const words = spec.keywords.map((group) => group.join('+'));
    context.report({
      messageId: 'content-missing',
      data: {
        item: spec.title,
        keywords: { zh: `“${words.join('”“')}”`, en: `“${words.join('”, “')}”` },
      },
      node: reportAnchor(report),
      severity: 'error',
      check: 'P07',
    });
  }
}

export const requiredSections: Rule = {
  meta: {
    id: 'required-sections',
    docs: {
      description: {
        zh: '年报包含版本要求的全部章节，顺序和标题与官方格式一致；2008年条例时期的年报包含第三十二条规定的六项内容',
        en: 'The report has every section its edition requires, in order, with the official titles; a legacy report covers the six items of 第三十二条 of the 2008 条例',
      },
      url: docsUrl('required-sections'),
      recommended: 'on',
      checks: ['P07'],
    },
    messages,
    fixable: 'code',
    hasSuggestions: true,
  },
  check(report, context) {
    const { edition } = context;
    if (edition.sectionMatching === 'keywords') checkLegacy(report, edition, context);
    else checkTitled(report, edition, context);
  },
};
