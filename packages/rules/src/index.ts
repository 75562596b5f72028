export * from './types.js';
export * from './config.js';
export { readControls, type Controls } from './controls.js';
export {
  lintReport,
  lintText,
  applyFixes,
  fixText,
  isRewritable,
  problemToDiagnostic,
  problemOwner,
  PARSE_RULE_ID,
  type LintOptions,
  type LintResult,
} from './lint.js';
export { allRules, getRule } from './rules/index.js';
export { docsUrl, DOCS_BASE } from './docs-url.js';
export { evaluateCheck } from './rules/table-sums.js';

import { allRules } from './rules/index.js';
import type { RuleSettings } from './config.js';

/** The recommended configuration: every rule at its recommended level. */
export const recommended: RuleSettings = Object.fromEntries(
  allRules.map((r) => [r.meta.id, r.meta.docs.recommended]),
);
