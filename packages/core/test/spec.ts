/**
 * Reading the specification documents (fixtures/spec/*.md) in tests, so that the edition
 * declarations are held against the text they were written from, not against a copy of
 * themselves. Deliberately independent of the package's own Markdown parser.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const specPath = (name: string): string =>
  fileURLToPath(new URL(`../../../fixtures/spec/${name}`, import.meta.url));

export function readSpec(name: string): string {
  return readFileSync(specPath(name), 'utf8');
}

/**
 * The text of the part whose heading starts with `prefix` (e.g. `### 1.3`), up to the next
 * heading of the same or a higher level.
 */
export function part(markdown: string, prefix: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.startsWith(prefix));
  if (start < 0) throw new Error(`no heading “${prefix}” in the spec`);
  const level = /^#+/u.exec(lines[start])![0].length;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => {
    const m = /^(#+)\s/u.exec(l);
    return m !== null && m[1].length <= level;
  });
  return [lines[start], ...(end < 0 ? rest : rest.slice(0, end))].join('\n');
}

/** Every pipe table in a text, each as rows of trimmed cells (the header row first). */
export function pipeTables(text: string): string[][][] {
  const tables: string[][][] = [];
  let current: string[][] | undefined;
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) {
      current = undefined;
      continue;
    }
    if (/^\|[\s|:-]+\|$/u.test(line)) continue;
    const cells = line
      .slice(1, line.endsWith('|') ? -1 : undefined)
      .split('|')
      .map((c) => c.trim());
    if (!current) {
      current = [];
      tables.push(current);
    }
    current.push(cells);
  }
  return tables;
}

/** The first pipe table whose header row starts with the given cells. */
export function tableWithHeader(text: string, ...header: string[]): string[][] {
  const found = pipeTables(text).find((t) => header.every((h, i) => t[0][i] === h));
  if (!found) throw new Error(`no table with header ${header.join(' | ')}`);
  return found;
}

/** The contents of every `code span`, in order. */
export function codeSpans(text: string): string[] {
  const withoutFences = text.replace(/```[\s\S]*?```/gu, '');
  return [...withoutFences.matchAll(/`([^`]+)`/gu)].map((m) => m[1]);
}

/**
 * The paragraph (or list item) that starts with `start`, its wrapped lines joined by a space.
 * Labels never wrap inside a code span in the spec, so joining keeps them intact.
 */
export function paragraph(text: string, start: string): string {
  const at = text.indexOf(start);
  if (at < 0) throw new Error(`no paragraph starting with “${start}”`);
  const rest = text.slice(at);
  const end = rest.search(/\n\s*\n|\n- /u);
  return (end < 0 ? rest : rest.slice(0, end)).replace(/\n\s*/gu, ' ');
}

/** The number written in bold after a phrase, e.g. `= **200 cells**` → 200. */
export function boldNumber(text: string, after: RegExp): number {
  const m = new RegExp(`${after.source}[^*]*\\*\\*(\\d+)`, 'u').exec(text);
  if (!m) throw new Error(`no bold number after ${after}`);
  return Number(m[1]);
}

/**
 * Expand a cell-key pattern of the spec: `t2.a1.{rules,normative}.{made,total}` → 4 keys.
 * `{…}` repeats the previous pattern's last group (`t4.direct.{…}`).
 */
export function expandKeys(pattern: string, previousGroup?: string[]): string[] {
  const m = /\{([^}]*)\}/u.exec(pattern);
  if (!m) return [pattern];
  const group = m[1] === '…' && previousGroup ? previousGroup : m[1].split(',');
  const head = pattern.slice(0, m.index);
  const tail = pattern.slice(m.index + m[0].length);
  return group.flatMap((g) => expandKeys(`${head}${g}${tail}`, previousGroup));
}

/** The last `{a,b,c}` group of a pattern. */
export function lastGroup(pattern: string): string[] | undefined {
  const groups = [...pattern.matchAll(/\{([^}…]*)\}/gu)];
  return groups.length ? groups[groups.length - 1][1].split(',') : undefined;
}
