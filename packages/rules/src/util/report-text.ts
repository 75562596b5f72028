/**
 * The plain text of sections and of the whole report, for keyword checks (section content,
 * legacy content items, citations).
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Report, Section } from '@nianbao/core';

/** Nodes whose text is not the report's: the frontmatter and raw HTML (control comments). */
const NOT_TEXT = new Set(['yaml', 'html', 'definition']);

export function nodesText(nodes: readonly (Root | RootContent)[]): string {
  return nodes
    .filter((n) => !NOT_TEXT.has(n.type))
    .map((n) => toString(n, { includeHtml: false }))
    .join('\n');
}

/**
 * The text of a section below its own heading: its body, and its sub-sections with their
 * headings. The section's own title is left out, so that a check of 五、存在的主要问题及改进情况
 * is not satisfied by the words of its official title.
 */
export function sectionBodyText(section: Section): string {
  const parts: string[] = [nodesText(section.content)];
  for (const child of section.children) parts.push(child.text, sectionBodyText(child));
  return parts.filter(Boolean).join('\n');
}

/** Every word of the report except the frontmatter: title, preamble, headings, prose, tables. */
export function reportText(report: Report): string {
  return nodesText(report.tree.children);
}

/** The report's prose and headings, without its tables (whose labels name every topic). */
export function reportProse(report: Report): string {
  return nodesText(report.tree.children.filter((n) => n.type !== 'table'));
}

/** Whether a section holds nothing at all: no prose, no table, no sub-section with content. */
export function isEmptySection(section: Section): boolean {
  return sectionBodyText(section).trim() === '';
}

/**
 * `无。` and its short equivalents: what offices write in 六、 when there is nothing to report
 * (checks.md P15).
 */
export function isNilText(text: string): boolean {
  return /^(?:无|暂无|没有|无其他需要报告的事项)[。.]?$/u.test(text.replace(/\s+/gu, ''));
}

/**
 * Whether the text holds every keyword of one of the groups. `{Y-1}` in a keyword stands for
 * the year before `year` (a group that needs it is skipped when the year is unknown).
 */
export function matchesKeywords(text: string, groups: string[][], year?: number): boolean {
  return groups.some((group) =>
    group.every((keyword) => {
      if (!keyword.includes('{Y-1}')) return text.includes(keyword);
      return year !== undefined && text.includes(keyword.replace('{Y-1}', String(year - 1)));
    }),
  );
}
