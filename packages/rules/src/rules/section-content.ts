/**
 * section-content: the prose sections say what the format asks of them (checks.md C21-01…07,
 * C19-01…05, P15): 一、 covers its five topics, 五、 names problems, improvements and how last
 * year's problems were rectified, 五、 and 六、 are not empty, 六、 states the 信息处理费 (2021),
 * and no section is left empty or reduced to `无。` except 六、. The checks are declared with the
 * edition (SectionSpec.content); keywords can only show that a topic is not left out.
 */
import type { ContentCheck, Localized, Report, Section, SectionSpec } from '@nianbao/core';
import { docsUrl } from '../docs-url.js';
import type { Rule, RuleContext } from '../types.js';
import { reportYear } from '../util/prose-text.js';
import { isNilText, matchesKeywords, reportProse, sectionBodyText } from '../util/report-text.js';
import { findSection } from '../util/sections.js';

const messages = {
  'topic-missing': {
    zh: '“{{section}}”没有写到“{{topic}}”',
    en: '“{{section}}” says nothing about {{topic}}',
  },
  'section-empty': {
    zh: '“{{section}}”没有内容',
    en: '“{{section}}” is empty',
  },
  'nil-content': {
    zh: '“{{section}}”只写了“{{text}}”：只有“其他需要报告的事项”可以写“无”，其他部分应写明实际情况',
    en: '“{{section}}” says only “{{text}}”: only the section on other matters may say 无; this one reports what happened',
  },
  'nil-without': {
    zh: '“{{section}}”只写了“{{text}}”，但还应写明“{{topic}}”',
    en: '“{{section}}” says only “{{text}}”, but it should state {{topic}}',
  },
} satisfies Record<string, Localized>;

function applies(check: ContentCheck, report: Report): boolean {
  if (!check.bodies) return true;
  const body = report.meta?.body ?? report.rawMeta?.body;
  return typeof body === 'string' && check.bodies.includes(body);
}

function checkSpec(
  report: Report,
  spec: SectionSpec,
  section: Section,
  context: RuleContext,
  reportWords: () => string,
  emptyReported: Set<Section>,
): void {
  const text = sectionBodyText(section);
  const empty = text.trim() === '';
  const nil = !empty && isNilText(text);
  const year = reportYear(report);
  const name = section.text;
  for (const check of spec.content ?? []) {
    if (!applies(check, report)) continue;
    const at = { node: section.heading, severity: check.severity, check: check.id };
    if (!check.keywords) {
      if (empty) {
        context.report({ messageId: 'section-empty', data: { section: name }, ...at });
        emptyReported.add(section);
      }
      continue;
    }
    if (empty) continue;
    const words = check.scope === 'report' ? reportWords() : text;
    if (matchesKeywords(words, check.keywords, year)) continue;
    if (nil) {
      // 无。 is accepted in 六、 only where nothing else is due (the 信息处理费 in 2021).
      if (spec.nilAccepted)
        context.report({
          messageId: 'nil-without',
          data: { section: name, text: text.trim(), topic: check.topic },
          ...at,
        });
      continue;
    }
    context.report({
      messageId: 'topic-missing',
      data: { section: name, topic: check.topic },
      ...at,
    });
  }
  if (nil && !spec.nilAccepted) {
    context.report({
      messageId: 'nil-content',
      data: { section: name, text: text.trim() },
      node: section.heading,
      severity: 'warning',
      check: 'P15',
    });
  }
}

export const sectionContent: Rule = {
  meta: {
    id: 'section-content',
    docs: {
      description: {
        zh: '各部分写到官方格式要求的内容：总体情况的五个方面、问题与改进及上年度整改、信息处理费，且没有空白章节',
        en: 'Each section covers what the format asks: the five topics of the overview, problems, improvements and last year’s rectification, the 信息处理费; no section is empty',
      },
      url: docsUrl('section-content'),
      recommended: 'on',
      checks: [
        'C21-01',
        'C21-02',
        'C21-03',
        'C21-04',
        'C21-05',
        'C21-06',
        'C21-07',
        'C19-01',
        'C19-02',
        'C19-03',
        'C19-04',
        'C19-05',
        'P15',
      ],
    },
    messages,
  },
  check(report, context) {
    const { edition } = context;
    let words: string | undefined;
    const reportWords = () => (words ??= reportProse(report));
    const emptyReported = new Set<Section>();
    if (edition.sectionMatching === 'titles') {
      for (const spec of edition.sections) {
        if (!spec.content && !spec.nilAccepted) continue;
        const section = findSection(report, edition, spec.key);
        if (section) checkSpec(report, spec, section, context, reportWords, emptyReported);
      }
    }
    for (const section of report.allSections) {
      if (emptyReported.has(section) || sectionBodyText(section).trim() !== '') continue;
      context.report({
        messageId: 'section-empty',
        data: { section: section.text },
        node: section.heading,
        severity: 'warning',
        check: 'P15',
      });
    }
  },
};
