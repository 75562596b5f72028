/**
 * The example reports in examples/: complete, every official cell bound to a number, and every
 * 勾稽关系 of their edition satisfied.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../test/spec.js';
import { tableCells } from './editions/cells.js';
import { parseReport, sectionKeyOf } from './parse.js';

const dir = join(repoRoot, 'examples');
const files = readdirSync(dir).filter((f) => f.endsWith('.md'));

/** The full example at the end of docs/format.md (the last ```markdown block). */
const docExample = (() => {
  const doc = readFileSync(join(repoRoot, 'docs', 'format.md'), 'utf8');
  const blocks = [...doc.matchAll(/```markdown\n([\s\S]*?)```/gu)];
  return blocks[blocks.length - 1][1];
})();
const sources: [string, string][] = [
  ...files.map((f): [string, string] => [`examples/${f}`, readFileSync(join(dir, f), 'utf8')]),
  ['docs/format.md (full example)', docExample],
];

describe('examples/', () => {
  it('holds a 2021 and a 2019 report', () => {
    const editions = files.map(
      (f) => parseReport(readFileSync(join(dir, f), 'utf8')).meta?.edition,
    );
    expect(editions).toEqual(expect.arrayContaining(['2021', '2019']));
  });
});

describe.each(sources)('%s', (name, source) => {
  const report = parseReport(source, { file: name });
  const edition = report.edition!;

  it('parses without a problem, every section of its edition in order', () => {
    expect(report.problems).toEqual([]);
    expect(report.sections.map((s) => sectionKeyOf(edition, s))).toEqual(
      edition.sections.map((s) => s.key),
    );
  });

  it('binds every official cell of its edition to a number', () => {
    const official = edition.tables
      .filter((t) => t.required)
      .flatMap(tableCells)
      .filter((c) => !c.optional);
    for (const spec of official) {
      const cell = report.cells.get(spec.id);
      expect(cell, spec.id).toBeDefined();
      expect(cell!.issue, `${spec.id} ${cell!.text}`).toBeUndefined();
      expect(typeof cell!.value, spec.id).toBe('number');
    }
    // Realistic figures, not a skeleton: most tables carry numbers.
    const nonZero = [...report.cells.values()].filter((c) => c.value !== 0);
    expect(nonZero.length).toBeGreaterThan(20);
  });

  it('satisfies every 勾稽关系 of its edition', () => {
    const value = (id: string) => report.cells.get(id)?.value;
    for (const check of edition.checks) {
      const ids = [...check.left, ...check.right];
      if (check.optional && ids.some((id) => value(id) === undefined)) continue;
      const sum = (side: string[]) => side.reduce((s, id) => s + value(id)!, 0);
      const [left, right] = [sum(check.left), sum(check.right)];
      const holds =
        check.relation === '='
          ? left === right
          : check.relation === '<='
            ? left <= right
            : left >= right;
      expect(holds, `${check.id}: ${left} ${check.relation} ${right}`).toBe(true);
    }
  });

  it('states the statistics period', () => {
    const { year } = report.meta!;
    expect(report.source).toContain(`统计期限自${year}年1月1日起至${year}年12月31日止`);
  });

  it.skipIf(name.startsWith('docs/'))('ends with the agency and the 成文日期', () => {
    const { agency, date } = report.meta!;
    expect(date, 'the 成文日期 in the frontmatter').toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    const [y, m, d] = date!.split('-').map(Number);
    expect(report.source.trimEnd().endsWith(`${agency}\n\n${y}年${m}月${d}日`)).toBe(true);
  });

  it('writes Chinese prose with full-width punctuation only', () => {
    for (const sentence of report.sentences) {
      expect(sentence.text, sentence.text).not.toMatch(/[,;:!?()]|(?<!\d)\.(?!\d)/u);
    }
  });
});
