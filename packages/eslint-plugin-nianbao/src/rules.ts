/**
 * ESLint rules generated from the nianbao rule set: one ESLint rule per nianbao rule, same id,
 * same options, same messages, fixes and suggestions. No rule logic lives here — each rule asks
 * the shared per-file run (file-run.ts) for the diagnostics of its id and hands them to ESLint.
 */
import type { MarkdownRuleDefinition } from '@eslint/markdown';
import { coreMessages, type Localized } from '@nianbao/core';
import {
  allRules,
  DOCS_BASE,
  PARSE_RULE_ID,
  problemOwner,
  type Diagnostic,
  type Rule,
  type RuleLevel,
} from '@nianbao/rules';
import { diagnosticsOf, registerRule } from './file-run.js';
import { readSettings } from './settings.js';

type EslintRule = MarkdownRuleDefinition;
type EslintMeta = NonNullable<EslintRule['meta']>;

/** What the ESLint rule needs to know about a nianbao rule (or the `parse` pseudo-rule). */
interface RuleInfo {
  id: string;
  description: Localized;
  url: string;
  recommended: RuleLevel;
  messages: Record<string, Localized>;
  fixable?: 'code';
  hasSuggestions?: boolean;
  schema?: Record<string, unknown>;
}

/**
 * ESLint's level for a nianbao level. `on` keeps each finding's own severity in nianbao, which an
 * ESLint rule cannot do (its severity is one per rule): it becomes `error`, because the rules
 * recommended `on` (e.g. table-sums) are mostly about errors, and ESLint users expect an
 * `error` rule to fail a check. nianbao's `info` has no ESLint equivalent: `warn`.
 */
export function eslintLevel(level: RuleLevel): 'error' | 'warn' | 'off' {
  if (level === 'off') return 'off';
  return level === 'error' || level === 'on' ? 'error' : 'warn';
}

const NO_OPTIONS = { type: 'object', properties: {}, additionalProperties: false };

function toEslintRule(info: RuleInfo): EslintRule {
  const meta: EslintMeta = {
    // nianbao rules carry no type: a rule recommended as an error guards against wrong reports.
    type: info.recommended === 'error' || info.recommended === 'on' ? 'problem' : 'suggestion',
    docs: {
      description: `${info.description.en} — ${info.description.zh}`,
      url: info.url,
      recommended: info.recommended !== 'off',
    },
    // ESLint keeps one template per message id; nianbao's default locale is Chinese. Problems are
    // reported with the text rendered by nianbao in the configured locale (see `create`).
    messages: Object.fromEntries(Object.entries(info.messages).map(([id, m]) => [id, m.zh])),
    // The schema of the options object, as in the nianbao configuration: ["error", { … }]. A rule
    // without options accepts `{}` only, as `nianbao lint` does.
    schema: [info.schema ?? NO_OPTIONS],
    languages: ['markdown/*'],
    ...(info.fixable ? { fixable: info.fixable } : {}),
    ...(info.hasSuggestions ? { hasSuggestions: true } : {}),
  };
  return {
    meta,
    create(context) {
      const settings = readSettings(context.settings);
      const options = (context.options[0] as Record<string, unknown> | undefined) ?? {};
      registerRule(context.sourceCode, info.id, options, settings);
      return {
        root() {
          const { diagnostics, rewritable } = diagnosticsOf(context.sourceCode, info.id);
          for (const diagnostic of diagnostics)
            context.report(toDescriptor(diagnostic, rewritable, info));
        },
      };
    },
  };
}

type Descriptor = Parameters<Parameters<EslintRule['create']>[0]['report']>[0];

function toDescriptor(d: Diagnostic, rewritable: boolean, info: RuleInfo): Descriptor {
  // The message is nianbao's own rendering: the same text as `nianbao lint`, in either locale.
  // `loc` and not a node: @eslint/markdown's nodes may lack positions (toolchain notes).
  return {
    message: d.message,
    loc: {
      start: { line: d.line, column: d.column },
      end: { line: d.endLine, column: d.endColumn },
    },
    ...(d.fix && rewritable && info.fixable
      ? { fix: (fixer) => fixer.replaceTextRange(d.fix!.range, d.fix!.text) }
      : {}),
    ...(d.suggestions?.length && rewritable && info.hasSuggestions
      ? {
          suggest: d.suggestions.map((s) => ({
            desc: s.desc,
            fix: (fixer) => fixer.replaceTextRange(s.fix.range, s.fix.text),
          })),
        }
      : {}),
  } as Descriptor;
}

function ruleInfo(rule: Rule): RuleInfo {
  const { meta } = rule;
  return {
    id: meta.id,
    description: meta.docs.description,
    url: meta.docs.url,
    recommended: meta.docs.recommended,
    messages: meta.messages,
    fixable: meta.fixable,
    hasSuggestions: meta.hasSuggestions,
    schema: meta.schema,
  };
}

/**
 * `parse`: the report can be read at all (not empty, not binary, not too large). nianbao reports
 * these problems under `parse` and cannot turn them off; here they are a rule of their own so
 * that ESLint users can.
 */
const parseRule: RuleInfo = {
  id: PARSE_RULE_ID,
  description: {
    zh: '文件可以作为年报读取（非空、非二进制、不过大）',
    en: 'The file can be read as a report (not empty, not binary, not too large)',
  },
  url: new URL('../../packages/eslint-plugin-nianbao/README.md#nianbaoparse', DOCS_BASE).href,
  recommended: 'error',
  messages: Object.fromEntries(
    Object.entries(coreMessages).filter(([code]) => !problemOwner(code)),
  ),
};

/** Every nianbao rule (read from the rule set when the plugin loads) plus `parse`. */
export const ruleInfos: readonly RuleInfo[] = [parseRule, ...allRules.map(ruleInfo)];

export const rules: Record<string, EslintRule> = Object.fromEntries(
  ruleInfos.map((info) => [info.id, toEslintRule(info)]),
);
