/**
 * Comparing a label as written with the official one (editions.md "Label normalisation"):
 * equal, equal but for style (half-width brackets, spaces, `，` for `、`), a known typo, or a
 * different text. Also: which labels belong to another edition (left to `edition-match`).
 */
import { editions, normalizeLabel, type EditionSpec, type Localized } from '@nianbao/core';

/**
 * The key two labels are compared by for style: the core normalisation (NFKC, no whitespace,
 * one kind of quote and enumeration comma) plus the punctuation after an item number
 * (`1、` and `1．` for `1.`).
 */
export function styleKey(label: string): string {
  return normalizeLabel(label).replace(/^(\d+)[、.]/u, '$1.');
}

export type LabelComparison =
  | { kind: 'exact' }
  | { kind: 'style'; detail: Localized }
  | { kind: 'typo' }
  | { kind: 'different' };

const part = (zh: string, en: string): Localized => ({ zh, en });

/** What makes `found` differ from `expected` when they are equal for style. */
export function styleDetail(writtenLabel: string, officialLabel: string): Localized {
  // The ` > ` of a grouped column header is the format's, not the label's.
  const found = writtenLabel.replace(/\s*>\s*/gu, '>');
  const expected = officialLabel.replace(/\s*>\s*/gu, '>');
  const parts: Localized[] = [];
  if (/[()]/u.test(found) && !/[()]/u.test(expected))
    parts.push(part('半角括号', 'half-width brackets'));
  if (/\s/u.test(found) && !/\s/u.test(expected))
    parts.push(part('多余的空格', 'spaces inside the label'));
  if (/[，,]/u.test(found) && !/[，,]/u.test(expected))
    parts.push(part('“，”应为“、”', '“，” instead of “、”'));
  if (/^\d+[、．]/u.test(found) && /^\d+\./u.test(expected))
    parts.push(part('序号后应为“.”', 'the item number takes “.”'));
  if (parts.length === 0)
    parts.push(part('标点或全半角不同', 'different punctuation or character widths'));
  return {
    zh: parts.map((p) => p.zh).join('、'),
    en: parts.map((p) => p.en).join(', '),
  };
}

/**
 * Compare a label as written with the official label, its accepted forms (which still get a
 * style warning: the official text is the one to print) and its known typos.
 */
export function compareLabel(
  found: string,
  expected: string,
  accepted: readonly string[] = [],
  typos: readonly string[] = [],
): LabelComparison {
  if (found === expected) return { kind: 'exact' };
  const key = styleKey(found);
  if ([expected, ...accepted].some((a) => styleKey(a) === key))
    return { kind: 'style', detail: styleDetail(found, expected) };
  if (typos.some((t) => styleKey(t) === key)) return { kind: 'typo' };
  return { kind: 'different' };
}

const otherLabelsCache = new WeakMap<EditionSpec, Map<string, EditionSpec>>();

/**
 * The labels that only other editions print (their `distinctiveLabels`), by style key: a report
 * that uses them follows the wrong format, which `edition-match` reports.
 */
export function otherEditionLabels(edition: EditionSpec): Map<string, EditionSpec> {
  let labels = otherLabelsCache.get(edition);
  if (!labels) {
    labels = new Map();
    for (const other of editions) {
      if (other.id === edition.id) continue;
      for (const label of other.distinctiveLabels) labels.set(styleKey(label), other);
    }
    otherLabelsCache.set(edition, labels);
  }
  return labels;
}

/**
 * The edition a label as written belongs to, when it is a distinctive label of another edition.
 * A grouped column header (`法人或其他组织 > 商业企业`) is looked up segment by segment.
 */
export function otherEditionOf(edition: EditionSpec, label: string): EditionSpec | undefined {
  const labels = otherEditionLabels(edition);
  for (const segment of label.split(/\s*>\s*/u)) {
    const found = labels.get(styleKey(segment));
    if (found) return found;
  }
  return undefined;
}
