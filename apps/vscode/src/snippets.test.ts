import { describe, expect, it } from 'vitest';
import { editions, parseReport, scaffoldReport, tableToMarkdown } from '@nianbao/core';
import { escapeSnippet, tableSnippets } from './snippets.js';

/** What VS Code inserts for a snippet body without placeholders: escapes undone, `$0` gone. */
function expand(body: string[]): string {
  return body
    .join('\n')
    .replace(/\$0$/u, '')
    .replace(/\\([$}\\])/gu, '$1')
    .trimEnd();
}

describe('table snippets', () => {
  const snippets = tableSnippets();

  it('has one snippet per official table of every edition, found by the table name', () => {
    const expected = editions.flatMap((e) => e.tables.map((t) => [e.id, t.name]));
    expect(Object.keys(snippets)).toHaveLength(expected.length);
    for (const [edition, name] of expected) {
      const snippet = snippets[`nianbao ${edition} ${name}`];
      expect(snippet.prefix).toContain(name);
      expect(snippet.prefix).toContain(`nianbao-${edition}-${name}`);
    }
  });

  it('inserts a table that binds to its official table with every cell', () => {
    for (const edition of editions) {
      for (const table of edition.tables) {
        const inserted = expand(snippets[`nianbao ${edition.id} ${table.name}`].body);
        // A report of the edition without this table (or its alternatives), then the snippet.
        const scaffold = scaffoldReport({ edition: edition.id });
        const year = parseReport(scaffold).meta?.year;
        let base = scaffold;
        for (const other of edition.tables)
          if (
            other === table ||
            (table.alternativeGroup && other.alternativeGroup === table.alternativeGroup)
          )
            base = base.replace(tableToMarkdown(other, { year }), '');
        const section = edition.sections.find((s) => s.key === table.section)!;
        const heading = `## ${section.number}、${section.title}\n`;
        const text = base.includes(heading)
          ? base.replace(heading, `${heading}\n${inserted}\n`)
          : `${base}\n${heading}\n${inserted}\n`;
        const report = parseReport(text);
        const bound = report.tables.filter((t) => t.spec.key === table.key);
        expect(
          bound.map((t) => t.block.key),
          `${edition.id} ${table.name}`,
        ).toEqual(table.blocks.map((b) => b.key));
        for (const t of bound) expect(t.missingRows).toEqual([]);
        const problems = report.problems.filter((p) => p.code.startsWith('table'));
        expect(problems, `${edition.id} ${table.name}`).toEqual([]);
      }
    }
  });

  it('escapes what snippet syntax would read as placeholders', () => {
    expect(escapeSnippet('金额 $1 {x} a\\b')).toBe('金额 \\$1 {x\\} a\\\\b');
    expect(expand([escapeSnippet('$TM_FILENAME ${1:x} \\'), '$0'])).toBe('$TM_FILENAME ${1:x} \\');
  });
});
