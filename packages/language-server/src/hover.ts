/** Hover on a finding: what its rule checks, the check id of checks.md, and the rule's doc page. */
import { localize } from '@nianbao/core';
import { getRule, PARSE_RULE_ID } from '@nianbao/rules';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { CheckedDocument } from './checked.js';
import { containsPosition, diagnosticRange } from './convert.js';
import { m } from './messages.js';

export function hover(checked: CheckedDocument, position: Position): Hover | null {
  const { locale } = checked.options;
  const parts: string[] = [];
  let range;
  for (const d of checked.result.diagnostics) {
    const dRange = diagnosticRange(d, checked.bom);
    if (!containsPosition(dRange, position)) continue;
    range ??= dRange;
    const rule = getRule(d.ruleId);
    const description = rule
      ? localize(rule.meta.docs.description, locale)
      : d.ruleId === PARSE_RULE_ID
        ? m(locale, 'parse-description')
        : '';
    const lines = [
      `**nianbao/${d.ruleId}**${d.check ? ` · ${m(locale, 'hover-check')} ${d.check}` : ''}`,
    ];
    if (description) lines.push('', description);
    if (rule) lines.push('', `[${m(locale, 'hover-docs')}](${rule.meta.docs.url})`);
    const text = lines.join('\n');
    if (!parts.includes(text)) parts.push(text);
  }
  if (!parts.length) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range };
}
