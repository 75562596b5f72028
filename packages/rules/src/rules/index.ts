/** The nianbao rule set. Each rule lives in its own file with its doc page in docs/rules/. */
import type { Rule } from '../types.js';
import { frontmatter } from './frontmatter.js';
import { tableSums } from './table-sums.js';
import { proseSums } from './prose-sums.js';
import { proseTable } from './prose-table.js';
import { yearPeriod } from './year-period.js';
import { punctuation } from './punctuation.js';
import { preambleParts } from './preamble-parts.js';

export const allRules: readonly Rule[] = [
  frontmatter,
  tableSums,
  proseSums,
  proseTable,
  yearPeriod,
  punctuation,
  preambleParts,
];

export function getRule(id: string): Rule | undefined {
  return allRules.find((r) => r.meta.id === id);
}
