/**
 * Which top-level section of a report is which section of its edition (2019/2021: the six
 * official sections). A section is recognised by its title (exact, equal but for style, or an
 * accepted variant), then by the official table it holds, then by a similar title, then by its
 * number — so that a misspelled or renumbered section is still found and reported as such,
 * not as missing.
 */
import {
  labelSimilarity,
  sectionOf,
  topSection,
  type EditionSpec,
  type Report,
  type Section,
  type SectionSpec,
} from '@nianbao/core';
import { styleKey } from './labels.js';

export type SectionMatchKind = 'exact' | 'style' | 'variant' | 'table' | 'similar' | 'number';

export interface SectionMatch {
  section: Section;
  spec?: SectionSpec;
  how?: SectionMatchKind;
  /** Another section was already recognised as the same official section. */
  duplicate?: boolean;
}

/** Similarity above which a title counts as a near miss of an official title. */
export const SIMILAR_TITLE = 0.6;

/** A title without the punctuation some reports end headings with (`总体情况。`). */
export function bareTitle(title: string): string {
  return title.replace(/[\s。．.：:；;，,]+$/u, '');
}

function byTitle(
  title: string,
  specs: readonly SectionSpec[],
): { spec: SectionSpec; how: SectionMatchKind } | undefined {
  const bare = bareTitle(title);
  const exact = specs.find((s) => s.title === bare);
  if (exact) return { spec: exact, how: 'exact' };
  const key = styleKey(bare);
  const styled = specs.find((s) => styleKey(s.title) === key);
  if (styled) return { spec: styled, how: 'style' };
  const variant = specs.find((s) => (s.variants ?? []).some((v) => styleKey(v) === key));
  if (variant) return { spec: variant, how: 'variant' };
  return undefined;
}

const cache = new WeakMap<Report, SectionMatch[]>();

/** Match every top-level section of a report to the sections of an edition with titles. */
export function matchSections(report: Report, edition: EditionSpec): SectionMatch[] {
  const cached = cache.get(report);
  if (cached) return cached;
  const matches: SectionMatch[] = report.sections.map((section) => ({ section }));
  const taken = new Set<SectionSpec>();
  const assign = (match: SectionMatch, spec: SectionSpec, how: SectionMatchKind) => {
    match.spec = spec;
    match.how = how;
    if (taken.has(spec)) match.duplicate = true;
    taken.add(spec);
  };
  for (const match of matches) {
    const found = byTitle(match.section.title, edition.sections);
    if (found) assign(match, found.spec, found.how);
  }
  const open = (m: SectionMatch) => m.spec === undefined;
  // The official table a section holds names it.
  for (const table of report.tables) {
    const inner = sectionOf(report, table.node);
    if (!inner) continue;
    const top = topSection(inner);
    const match = matches.find((m) => m.section === top);
    const spec = edition.sections.find((s) => s.tables?.includes(table.spec.key));
    if (match && open(match) && spec && !taken.has(spec)) assign(match, spec, 'table');
  }
  for (const match of matches.filter(open)) {
    let best: SectionSpec | undefined;
    let bestScore = SIMILAR_TITLE;
    let tie = false;
    for (const spec of edition.sections) {
      if (taken.has(spec)) continue;
      const score = Math.max(
        labelSimilarity(bareTitle(match.section.title), spec.title),
        ...(spec.variants ?? []).map((v) => labelSimilarity(bareTitle(match.section.title), v)),
      );
      if (score > bestScore) {
        best = spec;
        bestScore = score;
        tie = false;
      } else if (score === bestScore && best) tie = true;
    }
    if (best && !tie) assign(match, best, 'similar');
  }
  for (const match of matches.filter(open)) {
    const { style, ordinal } = match.section.numbering;
    if (style === 'none') continue;
    const spec = edition.sections[ordinal - 1];
    if (spec && !taken.has(spec)) assign(match, spec, 'number');
  }
  cache.set(report, matches);
  return matches;
}

/** The report's section that is the edition's section `key`, if any. */
export function findSection(
  report: Report,
  edition: EditionSpec,
  key: string,
): Section | undefined {
  return matchSections(report, edition).find((m) => m.spec?.key === key && !m.duplicate)?.section;
}
