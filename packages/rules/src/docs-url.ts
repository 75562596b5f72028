/** Where each rule's doc page lives (docs/rules/ID.md in the repository). */
export const DOCS_BASE = 'https://github.com/nianbao/nianbao/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}
