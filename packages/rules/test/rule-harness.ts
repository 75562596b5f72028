/**
 * Helpers for rule tests: run one rule over Markdown, read the fixtures (the five seeds in the
 * Markdown format, realistic clean reports), and edit a scaffolded report.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseReport, scaffoldReport, type Locale, type Report } from '@nianbao/core';
import { lintReport } from '../src/lint.js';
import { getRule } from '../src/rules/index.js';
import type { Diagnostic } from '../src/types.js';

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

export const seeds = ['000', '001', '002', '003', '004'].map((n) => ({
  name: `seed-${n}`,
  source: fixture(`seed-${n}.md`),
}));

/** The realistic, correct reports of the repository's examples/ (not examples/imported). */
const examplesDir = new URL('../../../examples/', import.meta.url);
export const examples = readdirSync(examplesDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ name, source: readFileSync(new URL(name, examplesDir), 'utf8') }));

/** `nianbao new` output of every edition: the rules must be silent on all of them. */
export const fresh = (['2021', '2019', 'legacy'] as const).map((edition) => ({
  edition,
  source: scaffoldReport({ edition, year: edition === 'legacy' ? 2017 : undefined }),
}));

/** Replace one passage that must exist (a test that edits nothing proves nothing). */
export function edit(source: string, from: string, to: string): string {
  if (!source.includes(from)) throw new Error(`passage not found: ${from}`);
  return source.replace(from, to);
}

/** A scaffolded report whose first hint paragraph of a section is replaced by `text`. */
export function reportWith(
  text: string,
  options: { edition?: '2021' | '2019' | 'legacy'; year?: number; section?: string } = {},
): string {
  const edition = options.edition ?? '2021';
  const defaultYear = { '2021': 2023, '2019': 2020, legacy: 2017 }[edition];
  const md = scaffoldReport({ edition, year: options.year ?? defaultYear });
  const hint =
    options.section ??
    (edition === 'legacy'
      ? '写明主动公开政府信息的数量、类别、形式。'
      : '写明本年度主动公开政府信息的总体情况、重点领域信息公开和政策解读情况。');
  return edit(md, hint, text);
}

/** Set the values of a table row given by its label (`| label | a | b |`). */
export function setRow(source: string, label: string, values: (number | string)[]): string {
  const line = source.split('\n').find((l) => l.startsWith(`| ${label} |`));
  if (!line) throw new Error(`no row ${label}`);
  const cells = line.split('|').slice(1, -1);
  const keep = cells.length - values.length;
  return source.replace(line, `|${cells.slice(0, keep).join('|')}| ${values.join(' | ')} |`);
}

/** `line:column` of a diagnostic, for readable assertions. */
export const at = (d: Diagnostic) => `${d.line}:${d.column}`;

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
