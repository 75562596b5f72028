/**
 * Helpers of the prose rules' tests, on top of test/helpers.ts: one rule over a report parsed
 * once per text, the fixtures (seeds, realistic clean reports, the repository's examples), fresh
 * reports of every edition, and a small report around one paragraph.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseReport, type Locale, type Report } from '@nianbao/core';
import { lintReport } from '../src/lint.js';
import { getRule } from '../src/rules/index.js';
import type { Diagnostic } from '../src/types.js';
import { scaffold, seed } from './helpers.js';

export { edit, setCell } from './helpers.js';

/** Parsed reports by source: rules only read the model, so tests share one parse per text. */
const parsed = new Map<string, Report>();

/** The diagnostics one rule gives on a Markdown source (the other rules do not run). */
export function lintWith(
  ruleId: string,
  source: string,
  options: { locale?: Locale } = {},
): Diagnostic[] {
  const rule = getRule(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  let report = parsed.get(source);
  if (!report) parsed.set(source, (report = parseReport(source)));
  return lintReport(report, { ruleSet: [rule], locale: options.locale });
}

/** A fixture of packages/rules/test/fixtures (seed-000.md … seed-004.md, clean-2021.md…). */
export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

/** The five seeds in the Markdown format (test/fixtures/seed-00N.md), by index. */
export const seeds = [0, 1, 2, 3, 4].map((n) => ({ name: `seed-00${n}`, source: seed(n) }));

/** The realistic, correct reports of the repository's examples/ (not examples/imported). */
const examplesDir = new URL('../../../examples/', import.meta.url);
export const examples = readdirSync(examplesDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ name, source: readFileSync(new URL(name, examplesDir), 'utf8') }));

/** `nianbao new` output of every edition: the rules must be silent on all of them. */
export const fresh = (['2021', '2019', 'legacy'] as const).map((edition) => ({
  edition,
  source: scaffold(edition),
}));

/** A small report around one paragraph: enough for rules that read prose only, fast to parse. */
export function paragraph(text: string, options: { edition?: string; year?: number } = {}): string {
  const edition = options.edition ?? '2021';
  const year = options.year ?? 2023;
  return [
    '---',
    `edition: "${edition}"`,
    'agency: 某某县某某镇人民政府',
    `year: ${year}`,
    `date: ${year + 1}-01-20`,
    '---',
    '',
    `# 某某县某某镇人民政府${year}年政府信息公开工作年度报告`,
    '',
    '## 一、总体情况',
    '',
    text,
    '',
  ].join('\n');
}
