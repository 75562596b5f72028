/**
 * One run of the nianbao engine per file, shared by all the plugin's rules.
 *
 * ESLint calls every enabled rule's `create()` before it visits the first node. Each rule
 * registers its options there; the first rule to reach the root node runs `lintText` once, for
 * all the registered rules, and each rule then reports the diagnostics carrying its own id. So a
 * file is parsed and checked once however many nianbao rules are on, and a rule that ESLint
 * turned off is not run at all.
 */
import {
  getRule,
  isRewritable,
  lintText,
  PARSE_RULE_ID,
  type Diagnostic,
  type Rule,
  type RuleSettings,
} from '@nianbao/rules';
import type { ResolvedSettings } from './settings.js';

interface FileRun {
  settings: ResolvedSettings;
  /** Rules registered for this file and not run yet, with their options. */
  pending: Map<string, Record<string, unknown>>;
  /** Diagnostics of the rules already run, by rule id (`parse` included once run). */
  done: Map<string, Diagnostic[]>;
  /** Whether fixes may be offered: never for a file that cannot be read completely. */
  rewritable: boolean;
}

/** Keyed by ESLint's SourceCode object: one per file and pass, dropped with it. */
const runs = new WeakMap<object, FileRun>();

export function registerRule(
  sourceCode: object,
  ruleId: string,
  options: Record<string, unknown>,
  settings: ResolvedSettings,
): void {
  let run = runs.get(sourceCode);
  if (!run) {
    run = { settings, pending: new Map(), done: new Map(), rewritable: true };
    runs.set(sourceCode, run);
  }
  if (!run.done.has(ruleId)) run.pending.set(ruleId, options);
}

/** The diagnostics of one rule for the file of `sourceCode`, running the engine if needed. */
export function diagnosticsOf(
  sourceCode: object & { text: string },
  ruleId: string,
): { diagnostics: Diagnostic[]; rewritable: boolean } {
  const run = runs.get(sourceCode);
  if (!run) throw new Error(`nianbao: rule ${ruleId} was not registered for this file`);
  if (!run.done.has(ruleId)) lintPending(sourceCode.text, run);
  return { diagnostics: run.done.get(ruleId) ?? [], rewritable: run.rewritable };
}

function lintPending(text: string, run: FileRun): void {
  const ruleSet: Rule[] = [];
  const rules: RuleSettings = {};
  for (const [id, options] of run.pending) {
    const rule = getRule(id);
    if (!rule) continue;
    ruleSet.push(rule);
    // `on`: each finding keeps its own severity; ESLint applies the configured one anyway.
    rules[id] = ['on', options];
  }
  const firstRun = run.done.size === 0;
  const { report, diagnostics } = lintText(text, {
    ruleSet,
    rules,
    locale: run.settings.locale,
  });
  for (const id of run.pending.keys()) if (!run.done.has(id)) run.done.set(id, []);
  // The engine reports unreadable files under `parse` on every run: keep the first run's only.
  if (firstRun) run.done.set(PARSE_RULE_ID, []);
  for (const diagnostic of diagnostics) {
    if (diagnostic.ruleId === PARSE_RULE_ID && !firstRun) continue;
    run.done.get(diagnostic.ruleId)?.push(diagnostic);
  }
  run.rewritable = isRewritable(report);
  run.pending.clear();
}
