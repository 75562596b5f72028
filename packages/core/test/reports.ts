/** Small edits of generated reports for tests, and where a piece of text stands in a file. */

/** Replace the cells of the table row whose label is `label`. */
export function setRow(markdown: string, label: string, values: (number | string)[]): string {
  const line = markdown.split('\n').find((l) => l.startsWith(`| ${label} |`));
  if (!line) throw new Error(`no row ${label}`);
  return markdown.replace(line, `| ${label} | ${values.join(' | ')} |`);
}

/** 1-based line and column of the first occurrence of `needle` (after `from`, if given). */
export function locate(
  source: string,
  needle: string,
  from?: string,
): { line: number; column: number } {
  const start = from === undefined ? 0 : source.indexOf(from);
  const offset = source.indexOf(needle, Math.max(0, start));
  if (offset < 0) throw new Error(`“${needle}” not in the source`);
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}
