/**
 * remark-preset-nianbao: the nianbao rules as remark-lint rules, so that any unified pipeline
 * (remark-cli, unified-engine, an editor integration of remark) checks reports.
 *
 * Each remark-lint rule is a thin unified-lint-rule wrapper around one nianbao rule: it parses
 * the file's text with @nianbao/core (once per file, shared by all the rules), runs that one rule
 * through the engine of @nianbao/rules (so inline `nianbao-disable` comments, options and the
 * isolation of a crashing rule behave as in `nianbao lint`), and reports each finding with
 * `file.message`. No rule logic lives here.
 */
import {
  parseReport,
  resolveLocale,
  remarkGfmTables,
  type Locale,
  type Report,
} from '@nianbao/core';
import {
  PARSE_RULE_ID,
  allRules,
  lintReport,
  type Diagnostic,
  type Rule,
  type RuleSettings,
} from '@nianbao/rules';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkLint from 'remark-lint';
import type { Preset } from 'unified';
import { lintRule, type Plugin as LintPlugin } from 'unified-lint-rule';
import type { VFile } from 'vfile';

/** The `source` of every message: remark-lint prints it with the rule id (`nianbao:table-sums`). */
export const SOURCE = 'nianbao';

export interface PresetOptions {
  /** Language of the messages; NIANBAO_LOCALE or zh by default. */
  locale?: Locale;
  /** Rule settings as in a nianbao configuration file (levels and options). */
  rules?: RuleSettings;
}

type RuleOptions = Record<string, unknown> | undefined;
/** A remark-lint rule: `.use(rule)`, `.use(rule, [2])`, `.use(rule, ['warn', options])`. */
export type RemarkRule = LintPlugin<Root, RuleOptions>;

/** One parse per file and text, shared by the rules of a run. */
const parsed = new WeakMap<VFile, { text: string; report: Report }>();

function reportOf(file: VFile): Report {
  const text = String(file);
  const cached = parsed.get(file);
  if (cached && cached.text === text) return cached.report;
  const report = parseReport(text, { file: file.path || undefined });
  parsed.set(file, { text, report });
  return report;
}

function emit(file: VFile, report: Report, d: Diagnostic): void {
  const message = file.message(d.message, {
    place: {
      start: { line: d.line, column: d.column, offset: d.range[0] },
      end: { line: d.endLine, column: d.endColumn, offset: d.range[1] },
    },
    ruleId: d.ruleId,
    source: SOURCE,
  });
  // What the finding would be replaced with, in the fields remark-lint uses for that.
  if (d.fix) {
    message.actual = report.source.slice(d.fix.range[0], d.fix.range[1]);
    message.expected = [d.fix.text];
  } else if (d.suggestions?.length) {
    message.expected = d.suggestions.map((s) => s.fix.text);
  }
  if (d.check) message.note = d.check;
}

/** A remark-lint rule that runs one nianbao rule. */
export function remarkRule(rule: Rule, locale: Locale): RemarkRule {
  const id = rule.meta.id;
  return lintRule<Root, RuleOptions>(
    { origin: `${SOURCE}:${id}`, url: rule.meta.docs.url },
    (_tree, file, options) => {
      const report = reportOf(file);
      const setting: RuleSettings[string] =
        options && Object.keys(options).length > 0 ? ['on', options] : 'on';
      for (const d of lintReport(report, { ruleSet: [rule], rules: { [id]: setting }, locale }))
        if (d.ruleId === id) emit(file, report, d);
    },
  );
}

/** Reports a file that cannot be read as a report at all (empty, binary, too large). */
export function remarkParseProblems(locale: Locale): RemarkRule {
  return lintRule<Root, RuleOptions>({ origin: `${SOURCE}:${PARSE_RULE_ID}` }, (_tree, file) => {
    const report = reportOf(file);
    for (const d of lintReport(report, { ruleSet: [], locale })) emit(file, report, d);
  });
}

/** remark-lint severity (1 warning, 2 error) of a nianbao level, or false for off. */
function severityOf(level: string | undefined): 1 | 2 | false {
  if (level === undefined || level === 'off') return false;
  return level === 'warning' || level === 'info' ? 1 : 2;
}

/** The rules as remark-lint plugins, by rule id (to configure or use them one by one). */
export function remarkRules(locale: Locale = defaultLocale()): Record<string, RemarkRule> {
  return Object.fromEntries(allRules.map((rule) => [rule.meta.id, remarkRule(rule, locale)]));
}

function defaultLocale(): Locale {
  return resolveLocale(process.env.NIANBAO_LOCALE);
}

/**
 * The preset: frontmatter and GFM tables parsed as nianbao reads them, remark-lint (for
 * `<!--lint disable-->` comments), and every nianbao rule at its recommended level, or as
 * `options.rules` says. A rule's findings take the rule's level (remark-lint has one per rule).
 */
export function nianbaoPreset(options: PresetOptions = {}): Preset {
  const locale = options.locale ?? defaultLocale();
  const plugins: Preset['plugins'] = [
    [remarkFrontmatter, ['yaml']],
    remarkGfmTables,
    remarkLint,
    // unified-lint-rule reads a severity only inside an array: `[2]`, `[2, options]`.
    [remarkParseProblems(locale), [2]],
  ];
  for (const rule of allRules) {
    const setting = options.rules?.[rule.meta.id];
    const level = Array.isArray(setting) ? setting[0] : (setting ?? rule.meta.docs.recommended);
    const severity = severityOf(level);
    if (severity === false) continue;
    const ruleOptions = Array.isArray(setting) && setting.length > 1 ? setting[1] : undefined;
    plugins.push([remarkRule(rule, locale), ruleOptions ? [severity, ruleOptions] : [severity]]);
  }
  return { plugins };
}

const preset: Preset = nianbaoPreset();
export default preset;
