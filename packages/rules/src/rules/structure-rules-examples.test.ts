/**
 * The two example reports in examples/ are correct reports: the structure and table rules find
 * nothing in them (issue 3: "A fresh `nianbao new` report and both examples lint clean").
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../lint.js';
import { getRule } from './index.js';

const examples = new URL('../../../../examples/', import.meta.url);
const RULES = [
  'official-labels',
  'table-values',
  'table-sums',
  'required-sections',
  'heading-numbering',
  'edition-match',
  'section-content',
];

describe('the examples are clean for the structure and table rules', () => {
  const files = readdirSync(examples).filter((f) => f.endsWith('.md'));

  it('has both examples', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  it.each(files)('%s', (file) => {
    const source = readFileSync(new URL(file, examples), 'utf8');
    const ruleSet = RULES.map((id) => getRule(id)!);
    const { diagnostics } = lintText(source, { file, ruleSet });
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual([]);
  });
});
