/**
 * `nianbao new`: a complete report skeleton of an edition — frontmatter, every required section
 * with a hint of what belongs there, every official table filled with zeros.
 */
import { getEdition } from './editions/index.js';
import type { EditionSpec } from './editions/types.js';
import { writeFrontmatter } from './frontmatter.js';
import { tableToMarkdown } from './markdown.js';
import { formatNumbering } from './numbering.js';

export interface ScaffoldOptions {
  edition?: string;
  year?: number;
  agency?: string;
  /** 成文日期, YYYY-MM-DD; defaults to 20 January of the next year. */
  date?: string;
}

export function scaffoldReport(options: ScaffoldOptions = {}): string {
  const edition = getEdition(options.edition ?? '2021');
  if (!edition) throw new Error(`unknown edition ${options.edition}`);
  const year = options.year ?? defaultYear(edition);
  const agency = options.agency ?? '某某县某某镇人民政府';
  const date = options.date ?? `${year + 1}-01-20`;
  const out: string[] = [];
  out.push(
    writeFrontmatter({
      edition: edition.id,
      agency,
      year,
      date,
      period: { start: `${year}-01-01`, end: `${year}-12-31` },
    }),
    '',
    `# ${agency}${year}年政府信息公开工作年度报告`,
    '',
    `本报告依据《中华人民共和国政府信息公开条例》编制，全文包括${edition.sections
      .filter((s) => !s.optional)
      .map((s) => s.title)
      .join('、')}等部分。本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    '',
  );
  for (const section of edition.sections) {
    out.push(`## ${section.number}、${section.title}`, '', section.hint, '');
    // The parts the official format lists for the section (the five topics of 一、总体情况).
    const parts = (section.content ?? []).filter((check) => check.hint !== undefined);
    parts.forEach((part, i) => {
      out.push(`### ${formatNumbering(2, i + 1)}${part.topic.zh}`, '', part.hint!, '');
    });
    if (section.key === 'other' && edition.id === '2021') {
      out.push('本年度收取信息处理费情况：发出收费通知0件，收取信息处理费0元。', '');
    }
    for (const key of section.tables ?? []) {
      const table = edition.tables.find((t) => t.key === key);
      if (table) out.push(tableToMarkdown(table, { year }), '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function defaultYear(edition: EditionSpec): number {
  const last = new Date().getFullYear() - 1;
  const { from = -Infinity, to = Infinity } = edition.years;
  return Math.min(Math.max(last, from), to);
}
