/** The nianbao rule set. Each rule lives in its own file with its doc page in docs/rules/. */
import type { Rule } from '../types.js';
import { frontmatter } from './frontmatter.js';
import { tableSums } from './table-sums.js';
import { proseSums } from './prose-sums.js';
import { proseTable } from './prose-table.js';
import { yearPeriod } from './year-period.js';
import { punctuation } from './punctuation.js';
import { preambleParts } from './preamble-parts.js';
import { officialLabels } from './official-labels.js';
import { tableValues } from './table-values.js';
import { headingNumbering } from './heading-numbering.js';
import { requiredSections } from './required-sections.js';
import { editionMatch } from './edition-match.js';
import { sectionContent } from './section-content.js';

export const allRules: readonly Rule[] = [
  frontmatter,
  tableSums,
  proseSums,
  proseTable,
  yearPeriod,
  punctuation,
  preambleParts,
  officialLabels,
  tableValues,
  headingNumbering,
  requiredSections,
  editionMatch,
  sectionContent,
];

export function getRule(id: string): Rule | undefined {
  return allRules.find((r) => r.meta.id === id);
}
