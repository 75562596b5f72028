/**
 * ESLint's RuleTester on every rule of the plugin. The cases are generated: a report of the corpus
 * (test/corpus.ts) on which the engine finds nothing for a rule is a valid case of that rule; one
 * on which it finds something is an invalid case, expecting exactly the engine's problems
 * (messages, positions), fixes and suggestions.
 */
import markdown from '@eslint/markdown';
import { allRules } from '@nianbao/rules';
import { RuleTester } from 'eslint';
import { describe, expect, it } from 'vitest';
import { corpus } from '../test/corpus.js';
import { engineDiagnostics, fixedOnce, stripBom } from '../test/expected.js';
import plugin, { ruleInfos } from './index.js';

// ESLint 10's RuleTester takes describe/it/itOnly (it has no afterAll hook).
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({
  plugins: { markdown },
  language: 'markdown/gfm',
  languageOptions: { frontmatter: 'yaml' },
});

/** Valid cases per rule: enough to show silence on clean reports of each edition. */
const MAX_VALID = 2;
const english = { nianbao: { locale: 'en' } };

type InvalidCase = RuleTester.InvalidTestCase;

function invalidCase(
  name: string,
  text: string,
  ruleId: string,
  locale: 'zh' | 'en',
): InvalidCase | undefined {
  const { diagnostics, rewritable } = engineDiagnostics(text, locale);
  const own = diagnostics.filter((d) => d.ruleId === ruleId);
  if (!own.length) return undefined;
  const code = stripBom(text);
  const fixes = rewritable ? own.filter((d) => d.fix) : [];
  return {
    name: `${name}${locale === 'en' ? ' (en)' : ''}`,
    code,
    filename: 'report.md',
    ...(locale === 'en' ? { settings: english } : {}),
    errors: own.map((d) => ({
      message: d.message,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      ...(d.suggestions?.length && rewritable
        ? {
            suggestions: d.suggestions.map((s) => ({
              desc: s.desc,
              output: fixedOnce(code, [{ ...d, fix: s.fix }]),
            })),
          }
        : {}),
    })),
    output: fixes.length ? fixedOnce(code, fixes) : null,
  };
}

const reports = corpus();
const covered = new Set<string>();
const validCount = new Map<string, number>();

for (const info of ruleInfos) {
  const valid: RuleTester.ValidTestCase[] = [];
  const invalid: InvalidCase[] = [];
  for (const { name, text } of reports) {
    const zh = invalidCase(name, text, info.id, 'zh');
    if (!zh) {
      if (valid.length < MAX_VALID)
        valid.push({ name, code: stripBom(text), filename: 'report.md' });
      continue;
    }
    invalid.push(zh);
    // Each rule speaks English once, on its first invalid case.
    if (invalid.length === 1) invalid.push(invalidCase(name, text, info.id, 'en')!);
  }
  if (invalid.length) covered.add(info.id);
  validCount.set(info.id, valid.length);
  tester.run(info.id, plugin.rules[info.id], { valid, invalid });
}

describe('the corpus', () => {
  // The rules that existed when the plugin was written, with the corpus edits that trigger
  // them; a rule added later gets its cases as soon as a corpus report triggers it.
  it.each(['parse', 'frontmatter', 'table-sums'])('has invalid cases for %s', (id) => {
    expect(covered.has(id)).toBe(true);
  });

  for (const rule of allRules)
    if (!covered.has(rule.meta.id))
      it.todo(
        `has an invalid case for ${rule.meta.id}: add a report that triggers it to test/corpus.ts`,
      );

  it.each(ruleInfos.map((info) => info.id))('has valid cases for %s', (id) => {
    expect(validCount.get(id)).toBeGreaterThan(0);
  });
});
