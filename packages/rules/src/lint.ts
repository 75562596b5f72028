/**
 * The engine: run the rules over a parsed report and return diagnostics in one locale. Every
 * adapter (CLI, remark preset, ESLint plugin, language server) goes through here.
 */
import {
  localize,
  parseReport,
  type Locale,
  type ParseOptions,
  type Problem,
  type Report,
} from '@nianbao/core';
import type { Position } from 'unist';
import { settingLevel, settingOptions, type RuleSettings } from './config.js';
import { readControls } from './controls.js';
import { allRules } from './rules/index.js';
import type { Diagnostic, Fix, Rule, Severity } from './types.js';

export interface LintOptions {
  /** Rule settings; rules not named run at their recommended level. */
  rules?: RuleSettings;
  locale?: Locale;
  /** The rule set (defaults to every nianbao rule). */
  ruleSet?: readonly Rule[];
}

export interface LintResult {
  report: Report;
  diagnostics: Diagnostic[];
}

/** Rule id under which problems that stop a file from being read are reported. */
export const PARSE_RULE_ID = 'parse';

const internalError = {
  zh: '规则 {{rule}} 内部错误：{{error}}（请报告此问题；其他规则的结果不受影响）',
  en: 'Internal error in rule {{rule}}: {{error}} (please report it; other rules are not affected)',
};

function rangeOf(
  report: Report,
  position: Position | undefined,
): Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn' | 'range'> {
  const start = position?.start ?? { line: 1, column: 1, offset: 0 };
  const end = position?.end ?? start;
  const startOffset = start.offset ?? 0;
  const endOffset = end.offset ?? startOffset;
  return {
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    range: [startOffset, endOffset],
  };
}

export function problemToDiagnostic(
  report: Report,
  problem: Problem,
  locale: Locale,
  ruleId: string,
): Diagnostic {
  return {
    ruleId,
    severity: problem.severity === 'warning' ? 'warning' : 'error',
    messageId: problem.code,
    message: localize(problem.message, locale, problem.data),
    data: problem.data,
    ...rangeOf(report, problem.position),
    ...(problem.severity === 'fatal' ? { fatal: true } : {}),
  };
}

/**
 * Core problems that a rule reports (so they can be configured like any finding); the rest of
 * the fatal ones (empty, binary, too large) are reported under `parse`.
 */
const problemOwners: Record<string, string> = {
  'missing-frontmatter': 'frontmatter',
  'yaml-syntax': 'frontmatter',
  'frontmatter-not-mapping': 'frontmatter',
  'frontmatter-missing-key': 'frontmatter',
  'frontmatter-invalid': 'frontmatter',
  'frontmatter-unknown-key': 'frontmatter',
  'unknown-edition': 'frontmatter',
  'table-unbound': 'official-labels',
  'table-columns': 'official-labels',
};

export function problemOwner(code: string): string | undefined {
  return problemOwners[code];
}

export function lintReport(report: Report, options: LintOptions = {}): Diagnostic[] {
  const locale = options.locale ?? 'zh';
  const ruleSet = options.ruleSet ?? allRules;
  const settings = options.rules ?? {};
  const diagnostics: Diagnostic[] = [];
  for (const problem of report.problems) {
    if (problemOwners[problem.code] || problem.severity !== 'fatal') continue;
    diagnostics.push(problemToDiagnostic(report, problem, locale, PARSE_RULE_ID));
  }
  const controls = readControls(report.tree);
  const unreadable = report.problems.some((p) => p.severity === 'fatal' && !problemOwners[p.code]);
  for (const rule of ruleSet) {
    const setting = settings[rule.meta.id];
    const level = settingLevel(setting) ?? rule.meta.docs.recommended;
    if (level === 'off' || unreadable) continue;
    const edition = report.edition;
    if (rule.meta.needsEdition !== false && !edition) continue;
    if (edition && rule.meta.editions && !rule.meta.editions.includes(edition.id)) continue;
    const ruleOptions = { ...(rule.meta.defaultOptions ?? {}), ...settingOptions(setting) };
    const defaultSeverity: Severity =
      rule.meta.defaultSeverity ?? (level === 'on' ? 'error' : level);
    try {
      rule.check(report, {
        options: ruleOptions,
        edition: edition!,
        source: report.source,
        report(d) {
          const message = rule.meta.messages[d.messageId];
          if (!message)
            throw new Error(`rule ${rule.meta.id} reported unknown messageId ${d.messageId}`);
          const position = d.position ?? d.node?.position;
          const range = rangeOf(report, position);
          if (controls.isDisabled(rule.meta.id, range.line)) return;
          const severity: Severity = level === 'on' ? (d.severity ?? defaultSeverity) : level;
          diagnostics.push({
            ruleId: rule.meta.id,
            severity,
            messageId: d.messageId,
            message: localize(message, locale, d.data),
            ...(d.data ? { data: d.data } : {}),
            ...(d.check ? { check: d.check } : {}),
            ...range,
            ...(d.fix && rule.meta.fixable ? { fix: d.fix } : {}),
            ...(d.suggestions?.length
              ? {
                  suggestions: d.suggestions.map((s) => ({
                    desc: localize(s.desc, locale),
                    fix: s.fix,
                  })),
                }
              : {}),
          });
        },
      });
    } catch (error) {
      diagnostics.push({
        ruleId: rule.meta.id,
        severity: 'error',
        messageId: 'internal-error',
        message: localize(internalError, locale, {
          rule: rule.meta.id,
          error: error instanceof Error ? error.message : String(error),
        }),
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        range: [0, 0],
      });
    }
  }
  return diagnostics.sort(
    (a, b) =>
      a.range[0] - b.range[0] ||
      a.line - b.line ||
      a.column - b.column ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

export function lintText(source: string, options: LintOptions & ParseOptions = {}): LintResult {
  const report = parseReport(source, options);
  return { report, diagnostics: lintReport(report, options) };
}

/** Apply non-overlapping fixes, earliest first; overlapping ones wait for the next pass. */
export function applyFixes(
  source: string,
  diagnostics: Diagnostic[],
): { output: string; applied: number } {
  const fixes = diagnostics
    .map((d) => d.fix)
    .filter((f): f is Fix => Boolean(f))
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let cursor = 0;
  let applied = 0;
  for (const fix of fixes) {
    if (fix.range[0] < cursor) continue;
    output += source.slice(cursor, fix.range[0]) + fix.text;
    cursor = fix.range[1];
    applied++;
  }
  output += source.slice(cursor);
  return { output, applied };
}

/**
 * Whether fixes may be applied to a report: a file that cannot be read completely (any fatal
 * problem, e.g. broken YAML) is never rewritten, by any adapter.
 */
export function isRewritable(report: Report): boolean {
  return !report.problems.some((p) => p.severity === 'fatal');
}

/** Lint, fix, and lint again until nothing more can be fixed (at most 10 passes). */
export function fixText(
  source: string,
  options: LintOptions & ParseOptions = {},
): { output: string; fixed: number; result: LintResult } {
  // The parser drops a byte-order mark, so fix ranges count from after it; keep it in the output.
  const bom = source.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  let output = source.slice(bom.length);
  let fixed = 0;
  let result = lintText(output, options);
  for (let pass = 0; pass < 10; pass++) {
    if (!isRewritable(result.report)) break;
    const { output: next, applied } = applyFixes(output, result.diagnostics);
    if (applied === 0 || next === output) break;
    output = next;
    fixed += applied;
    result = lintText(output, options);
  }
  return { output: bom + output, fixed, result };
}
