/**
 * Reports the plugin's tests lint: the repository's examples when they exist, and reports built
 * here — every edition's skeleton (`scaffoldReport`), the seeds' real prose placed into the
 * skeleton of their year's edition, and the skeletons with the mistakes clerks make.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editionForYear, scaffoldReport } from '@nianbao/core';

export interface CorpusReport {
  name: string;
  text: string;
}

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** examples/*.md and examples/imported/*.md, when others have written them. */
export function exampleReports(): CorpusReport[] {
  const reports: CorpusReport[] = [];
  for (const dir of ['examples', 'examples/imported']) {
    const abs = join(REPO_ROOT, dir);
    if (!existsSync(abs)) continue;
    for (const file of readdirSync(abs).sort()) {
      if (!file.endsWith('.md') || file.toLowerCase() === 'readme.md') continue;
      reports.push({ name: `${dir}/${file}`, text: readFileSync(join(abs, file), 'utf8') });
    }
  }
  return reports;
}

/** Replace the first occurrence of `search`; a corpus edit that does not apply is a bug here. */
export function edit(
  text: string,
  search: string | RegExp,
  replacement: string | ((match: string) => string),
): string {
  const next =
    typeof replacement === 'string'
      ? text.replace(search, replacement)
      : text.replace(search, replacement);
  if (next === text) throw new Error(`corpus edit did not apply: ${String(search)}`);
  return next;
}

/** Set the numbers of a table row, found by its label. */
export function setRow(text: string, label: string, values: number[]): string {
  const line = text.split('\n').find((l) => l.startsWith(`| ${label} |`));
  if (!line) throw new Error(`no row ${label}`);
  return text.replace(line, `| ${label} | ${values.join(' | ')} |`);
}

/** Paragraphs of a seed's prose (the plain-text reports in fixtures/seeds), without table rows. */
function seedParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line.length >= 40 && !/\t| {3,}/u.test(line));
}

/**
 * Each seed's prose placed under 一、 of the skeleton of its year's edition: real Chinese text,
 * with the full-width brackets around web addresses that give Markdown nodes without positions.
 */
export function seedReports(): CorpusReport[] {
  const dir = join(REPO_ROOT, 'fixtures/seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const seed = readFileSync(join(dir, file), 'utf8');
      const year = Number(/(20\d\d) ?年/u.exec(seed)?.[1] ?? 2021);
      const edition = editionForYear(year);
      const skeleton = scaffoldReport({ edition: edition.id, year, agency: '某某镇人民政府' });
      const firstSection = /\n## [^\n]+\n\n[^\n]+\n/u;
      const prose = seedParagraphs(seed).join('\n\n');
      const text = edit(skeleton, firstSection, (heading) => `${heading}\n${prose}\n`);
      return { name: `seed ${basename(file, '.txt')} (${edition.id})`, text };
    });
}

const r2021 = scaffoldReport({ edition: '2021', year: 2024, agency: '测试镇人民政府' });

/** Skeletons of every edition, and a 2021 one with the mistakes clerks make. */
export function builtReports(): CorpusReport[] {
  return [
    { name: 'skeleton 2021', text: r2021 },
    { name: 'skeleton 2019', text: scaffoldReport({ edition: '2019', year: 2020 }) },
    { name: 'skeleton legacy', text: scaffoldReport({ edition: 'legacy', year: 2017 }) },
    {
      name: '表三 row that does not add up',
      text: setRow(r2021, '一、本年新收政府信息公开申请数量', [3, 1, 0, 0, 0, 0, 5]),
    },
    { name: 'blank table cells', text: r2021.replace(/\| 0 \| 0 \|/gu, '|  | 0 |') },
    { name: 'missing frontmatter key', text: edit(r2021, /^agency: .*\n/mu, '') },
    { name: 'broken YAML', text: edit(r2021, /^year: 2024$/mu, 'year: [2024') },
    {
      name: 'unknown frontmatter key',
      text: edit(r2021, /^year: 2024$/mu, 'year: 2024\nyaer: 2024'),
    },
    { name: 'no frontmatter', text: r2021.slice(r2021.indexOf('\n---\n') + 5) },
    { name: 'unknown edition', text: edit(r2021, /^edition: .*$/mu, 'edition: "2030"') },
    {
      name: 'wrong year in the title, half-width brackets',
      text: edit(edit(r2021, '2024年政府信息公开', '2023年政府信息公开'), '### （一）', '### (一)'),
    },
    {
      name: 'edition that does not fit the year',
      text: edit(scaffoldReport({ edition: '2019', year: 2020 }), /^year: 2020$/mu, 'year: 2023'),
    },
    { name: 'missing section', text: edit(r2021, /\n## 五、[\s\S]*?(?=\n## )/u, '') },
    {
      name: 'CRLF line endings, a byte-order mark, half-width brackets',
      text: `\uFEFF${edit(setRow(r2021, '一、本年新收政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 0]), '### （一）', '### (一)')}`.replace(
        /\n/gu,
        '\r\n',
      ),
    },
    { name: 'empty file', text: '' },
    { name: 'whitespace only', text: ' \n\n' },
    { name: 'binary', text: 'PK\u0003\u0004\u0000\u0000\u0014\u0000' },
  ];
}

/** Everything above: what the parity and command-line tests lint. */
export function corpus(): CorpusReport[] {
  return [...exampleReports(), ...seedReports(), ...builtReports()];
}
