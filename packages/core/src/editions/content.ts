/**
 * What the prose sections of the 2019 and 2021 editions must cover (checks.md §2.4 C21-01…07,
 * §3.4 C19-01…05), as data. Topics are found by keywords; the lists are generous on purpose,
 * because a keyword check that fires on a section that does cover its topic in other words is
 * worse than one that misses a thin section.
 */
import type { ContentCheck, SectionSpec } from './types.js';

/** Words that show a problem is named (五、). */
const PROBLEM_WORDS = ['问题', '不足', '差距', '短板', '薄弱'];
/** Words that show an improvement measure is named (五、). */
const IMPROVEMENT_WORDS = [
  '改进',
  '整改',
  '措施',
  '下一步',
  '今后',
  '针对',
  '加强',
  '强化',
  '完善',
  '提高',
  '提升',
  '推进',
];
/** Ways of naming the previous year, and what is reported about its problems (C21-04). */
const PREVIOUS_YEAR = ['上年度', '上一年度', '上年', '去年', '{Y-1}年'];
const RECTIFICATION = ['整改', '改进', '问题'];

const any = (words: string[]): string[][] => words.map((w) => [w]);

/**
 * The fourth part of 一、总体情况 as each format names it: 政府信息公开平台建设 in the 30号
 * format; 平台建设 in the 2019 reports.
 */
export const PLATFORM_TOPIC = { '2021': '政府信息公开平台建设', '2019': '平台建设' } as const;

/**
 * The five topics of 一、总体情况 (30号 format, verbatim list; 2019 in practice), in order, each
 * with what its part of the report tells (the hint `nianbao new` writes under it).
 */
function overviewTopics(id: string, platform: string): ContentCheck[] {
  const topic = (zh: string, en: string, keywords: string[][], hint: string): ContentCheck => ({
    id,
    severity: 'error',
    topic: { zh, en: `${zh} (${en})` },
    keywords,
    hint,
  });
  return [
    topic(
      '主动公开',
      'proactive disclosure',
      any(['主动公开']),
      '写明本年度主动公开政府信息的总体情况、重点领域信息公开和政策解读情况。',
    ),
    topic(
      '依申请公开',
      'disclosure on request',
      any(['依申请', '申请公开', '公开申请']),
      '写明本年度收到和办理政府信息公开申请的总体情况。',
    ),
    topic(
      '政府信息管理',
      'information management',
      any(['信息管理', '公开属性', '审查']),
      '写明政府信息公开审查、公开属性认定、规范性文件管理等政府信息管理情况。',
    ),
    topic(
      platform,
      'platforms',
      any(['平台', '政府网站', '门户网站', '政务新媒体']),
      '写明政府网站、政务新媒体、公开查阅点等平台建设情况。',
    ),
    topic(
      '监督保障',
      'oversight and support',
      any(['监督', '保障', '考核', '培训']),
      '写明工作考核、社会评议和责任追究结果情况，以及培训、监督检查等保障措施。',
    ),
  ];
}

export function modernContent(edition: '2019' | '2021'): Record<string, ContentCheck[]> {
  const c = edition === '2021' ? 'C21' : 'C19';
  const overview: ContentCheck[] = [
    ...overviewTopics(`${c}-01`, PLATFORM_TOPIC[edition]),
    {
      id: `${c}-02`,
      severity: 'warning',
      topic: {
        zh: '工作考核、社会评议和责任追究结果情况',
        en: 'the results of 工作考核、社会评议和责任追究 (条例 第五十条第四项)',
      },
      keywords: [['考核', '评议', '追究']],
      bodies: ['government'],
    },
  ];
  const problems: ContentCheck[] = [
    {
      id: `${c}-05`,
      severity: 'error',
      topic: { zh: '存在的主要问题及改进情况', en: 'the main problems and improvements' },
    },
    {
      id: `${c}-03`,
      severity: 'warning',
      topic: { zh: '存在的主要问题', en: 'the main problems' },
      keywords: any(PROBLEM_WORDS),
    },
    {
      id: `${c}-03`,
      severity: 'warning',
      topic: { zh: '改进措施', en: 'improvement measures' },
      keywords: any(IMPROVEMENT_WORDS),
    },
    {
      id: `${c}-04`,
      severity: 'warning',
      topic: {
        zh: '上年度问题的整改情况',
        en: 'how the problems of the previous year were rectified',
      },
      keywords: PREVIOUS_YEAR.flatMap((year) => RECTIFICATION.map((act) => [year, act])),
    },
  ];
  const other: ContentCheck[] = [
    {
      id: `${c}-05`,
      severity: 'error',
      topic: { zh: '其他需要报告的事项', en: 'other matters to report' },
    },
  ];
  if (edition === '2021') {
    other.push(
      {
        id: 'C21-06',
        severity: 'warning',
        topic: {
          zh: '信息处理费收取情况',
          en: 'whether 信息处理费 (information processing fees) were charged',
        },
        // Not 收费通知 alone: 表三 prints it in a row label.
        keywords: any(['信息处理费', '处理费']),
        scope: 'report',
      },
      {
        id: 'C21-07',
        severity: 'info',
        topic: {
          zh: '人大代表建议和政协提案办理结果',
          en: 'the handling of 人大代表建议 and 政协提案',
        },
        keywords: [['建议', '提案']],
        bodies: ['government'],
      },
      {
        id: 'C21-07',
        severity: 'info',
        topic: { zh: '政务公开工作要点落实情况', en: 'the implementation of the 政务公开工作要点' },
        keywords: any(['工作要点']),
        bodies: ['government'],
      },
    );
  }
  return { overview, problems, other };
}

/** The sections with their content checks attached, and `无。` accepted in 六、. */
export function withContent(
  sections: SectionSpec[],
  content: Record<string, ContentCheck[]>,
): SectionSpec[] {
  return sections.map((section) => ({
    ...section,
    ...(content[section.key] ? { content: content[section.key] } : {}),
    ...(section.key === 'other' ? { nilAccepted: true } : {}),
  }));
}
