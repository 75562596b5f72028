/**
 * `nianbao new`: a complete report skeleton of an edition — frontmatter, every required section
 * with a hint of what belongs there, every official table filled with zeros.
 */
import { getEdition } from './editions/index.js';
import type { EditionSpec } from './editions/types.js';
import { tableToMarkdown } from './markdown.js';

export interface ScaffoldOptions {
  edition?: string;
  year?: number;
  agency?: string;
  /** 成文日期, YYYY-MM-DD; defaults to 20 January of the next year. */
  date?: string;
}

/** The five topics of 一、总体情况 (30号 format; 2019 in practice). */
function overviewTopics(edition: EditionSpec): { title: string; hint: string }[] {
  const platform = edition.id === '2021' ? '政府信息公开平台建设' : '平台建设';
  return [
    {
      title: '主动公开',
      hint: '写明本年度主动公开政府信息的总体情况、重点领域信息公开和政策解读情况。',
    },
    { title: '依申请公开', hint: '写明本年度收到和办理政府信息公开申请的总体情况。' },
    {
      title: '政府信息管理',
      hint: '写明政府信息公开审查、公开属性认定、规范性文件管理等政府信息管理情况。',
    },
    { title: platform, hint: '写明政府网站、政务新媒体、公开查阅点等平台建设情况。' },
    {
      title: '监督保障',
      hint: '写明工作考核、社会评议和责任追究结果情况，以及培训、监督检查等保障措施。',
    },
  ];
}

export function scaffoldReport(options: ScaffoldOptions = {}): string {
  const edition = getEdition(options.edition ?? '2021');
  if (!edition) throw new Error(`unknown edition ${options.edition}`);
  const year = options.year ?? defaultYear(edition);
  const agency = options.agency ?? '某某县某某镇人民政府';
  const date = options.date ?? `${year + 1}-01-20`;
  const out: string[] = [];
  out.push(
    '---',
    `edition: ${JSON.stringify(edition.id)}`,
    `agency: ${yamlScalar(agency)}`,
    `year: ${year}`,
    `date: ${date}`,
    'period:',
    `  start: ${year}-01-01`,
    `  end: ${year}-12-31`,
    '---',
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
    if (section.key === 'overview') {
      overviewTopics(edition).forEach((topic, i) => {
        out.push(`### （${'一二三四五'[i]}）${topic.title}`, '', topic.hint, '');
      });
    }
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

/**
 * A frontmatter value as YAML: plain when YAML reads it back as the same string, quoted when it
 * holds what YAML would read otherwise (`某县: 城关镇`, a leading `[`, a number).
 */
function yamlScalar(value: string): string {
  const plain =
    value !== '' &&
    !/[:#]\s|\s[:#]|^[\s\-?:,[\]{}#&*!|>'"%@`]|\s$|[\n\r]/u.test(value) &&
    !/^(?:[-+]?[\d.]+|true|false|null|yes|no|on|off|~)$/iu.test(value);
  return plain ? value : JSON.stringify(value);
}

function defaultYear(edition: EditionSpec): number {
  const last = new Date().getFullYear() - 1;
  const { from = -Infinity, to = Infinity } = edition.years;
  return Math.min(Math.max(last, from), to);
}
