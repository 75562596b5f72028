/**
 * The prose ↔ table mapping of checks.md §5, as data: which words in front of a number name
 * which official cells, per edition. prose-table.ts only evaluates it; adding a fact or an
 * edition means adding lines here.
 *
 * A pattern is matched against the end of the clause before the number (`…收到政府信息公开申请`
 * of 「收到政府信息公开申请7件」), so it ends with `$`. The first fact that matches wins
 * (checks.md §5), so a narrower fact comes before a wider one.
 */
import type { EditionId, Localized } from '@nianbao/core';

/** Cells whose sum the prose states, and the check that compares them. */
export interface CellSet {
  cells: string[];
  /** Id in checks.md: P10 (2019/2021 表三), T4-06 (表四), L-19 (32号 table), F-07 (Fujian). */
  check: string;
  /** Cells an 「累计」 figure may state instead (the Fujian table's 历史累计 column). */
  cumulative?: string[];
}

export interface ProseFact {
  key: string;
  /** What the number is, for messages. */
  name: Localized;
  pattern: RegExp;
  /** A clause matching this states something narrower or different: skip it. */
  exclude?: RegExp;
  units: string[];
  /**
   * What the number must be about: a figure counts only if its sentence says so (`words`) or
   * it stands in a section whose title matches `section` — 「已答复件数7件」 under
   * 四、依申请公开政府信息的情况 is about applications, 「办理行政复议案件20件」 in a 司法局's
   * 一、 is not about 政府信息公开.
   */
  topic?: Topic;
  /** Per edition, the alternative tables in order; the first whose cells are all bound is used. */
  cells: Partial<Record<EditionId, CellSet[]>>;
}

export interface Topic {
  words: RegExp;
  section: RegExp;
}

const REQUESTS: Topic = { words: /信息公开|依申请/u, section: /申请/u };
const APPEALS: Topic = { words: /信息公开/u, section: /复议|诉讼/u };

const COUNT_UNITS = ['件', '条', '个', '起', '次', '项'];
/** `的件数`, `数量为`, `（2018年度）`, `共计`… between the words and the number. */
const TAIL =
  '[”"’]?(?:的)?(?:答复)?(?:件数|数量|总数|条数|数)?(?:[（(][^）)]{0,12}[）)])?(?:共计|共有|合计|累计|共|为|是|达)?';
const tail = (head: string) => new RegExp(`(?:${head})${TAIL}$`, 'u');

const t3 = (...rows: string[]): string[] => rows.map((r) => `t3.${r}.total`);
const range = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}.${i + 1}`);
const both = (set: CellSet): Partial<Record<EditionId, CellSet[]>> => ({
  '2021': [set],
  '2019': [set],
});

export const proseFacts: ProseFact[] = [
  {
    key: 'requests.all',
    name: { zh: '共办理申请', en: 'applications handled (new + carried over)' },
    pattern: tail('(?:共办理|共处理)[^，,；;：:]*?申请'),
    exclude: /复议|诉讼/u,
    units: COUNT_UNITS,
    topic: REQUESTS,
    cells: both({ cells: t3('r1', 'r2'), check: 'P10' }),
  },
  {
    key: 'requests.received',
    name: { zh: '收到申请', en: 'applications received' },
    pattern: tail('(?:新收|收到|受理|接收|接到)[^，,；;：:]*?(?:申请|请求)(?!人)'),
    exclude:
      /复议|诉讼|其中|自然人|法人|企业|组织|网上|网络|当面|信函|传真|邮寄|邮件|现场|在线|来信|电话|涉及|举报|投诉|咨询|结转|上年|去年|同比|较|累计|历年|留言|建议|提案|许可|审批|服务事项|低保|救助|补助/u,
    units: COUNT_UNITS,
    topic: REQUESTS,
    cells: {
      ...both({ cells: t3('r1'), check: 'P10' }),
      legacy: [
        { cells: ['L.3.1'], check: 'L-19' },
        { cells: ['F.requests.year'], check: 'F-07' },
      ],
    },
  },
  {
    key: 'requests.carried-over',
    name: { zh: '上年结转申请', en: 'applications carried over from last year' },
    pattern: tail('上(?:一)?年(?:度)?结转[^，,；;：:]*?'),
    units: COUNT_UNITS,
    topic: REQUESTS,
    cells: both({ cells: t3('r2'), check: 'P10' }),
  },
  {
    key: 'requests.carried-forward',
    name: { zh: '结转下年度申请', en: 'applications carried forward to next year' },
    pattern: tail('结转(?:至|到)?下(?:一)?年(?:度)?(?:继续办理)?[^，,；;：:]*?'),
    units: COUNT_UNITS,
    topic: REQUESTS,
    cells: both({ cells: t3('r4'), check: 'P10' }),
  },
  {
    key: 'requests.concluded',
    name: { zh: '办结申请', en: 'applications concluded' },
    pattern: tail('(?:办结|办理完毕)(?:了)?(?:申请)?'),
    exclude: /按时|按期|延期|逾期|待|未|率|留言|建议|提案|诉求|工单|来信/u,
    units: COUNT_UNITS,
    topic: REQUESTS,
    cells: {
      ...both({ cells: t3('r3.7'), check: 'P10' }),
      legacy: [{ cells: ['L.3.2'], check: 'L-19' }],
    },
  },
  {
    key: 'requests.replied',
    name: { zh: '答复申请', en: 'applications answered' },
    pattern: tail('答复(?:了)?(?:申请)?'),
    exclude: /按时|按期|延期|逾期|待|未|率|留言|建议|提案|诉求|工单|来信|同意|公开|不予|其他/u,
    units: COUNT_UNITS,
    topic: REQUESTS,
    cells: {
      ...both({ cells: t3('r3.7'), check: 'P10' }),
      legacy: [
        { cells: ['L.3.3'], check: 'L-19' },
        { cells: ['F.replies.year'], check: 'F-07' },
      ],
    },
  },
  {
    key: 'requests.granted',
    name: { zh: '予以公开', en: 'granted' },
    pattern: tail('[“"‘]?(?:予以公开|(?<!不)同意公开)'),
    units: COUNT_UNITS,
    topic: REQUESTS,
    cells: {
      ...both({ cells: t3('r3.1'), check: 'P10' }),
      legacy: [
        { cells: ['L.3.3.2'], check: 'L-19' },
        { cells: ['F.granted.year'], check: 'F-07' },
      ],
    },
  },
  {
    key: 'requests.partial',
    name: { zh: '部分公开', en: 'partly granted' },
    pattern: tail('[“"‘]?(?:同意)?部分公开'),
    units: COUNT_UNITS,
    topic: REQUESTS,
    cells: {
      ...both({ cells: t3('r3.2'), check: 'P10' }),
      legacy: [
        { cells: ['L.3.3.3'], check: 'L-19' },
        { cells: ['F.partial.year'], check: 'F-07' },
      ],
    },
  },
  {
    key: 'requests.refused',
    name: { zh: '不予公开', en: 'refused' },
    pattern: tail('[“"‘]?(?:不予公开|不同意公开)'),
    units: COUNT_UNITS,
    topic: REQUESTS,
    cells: {
      ...both({ cells: t3(...range('r3.3', 8)), check: 'P10' }),
      legacy: [
        { cells: ['L.3.3.4'], check: 'L-19' },
        { cells: ['F.refused.year'], check: 'F-07' },
      ],
    },
  },
  {
    key: 'requests.unable',
    name: { zh: '无法提供', en: 'unable to provide' },
    pattern: tail('[“"‘]?无法提供'),
    units: COUNT_UNITS,
    topic: REQUESTS,
    cells: both({ cells: t3(...range('r3.4', 3)), check: 'P10' }),
  },
  {
    key: 'requests.not-processed',
    name: { zh: '不予处理', en: 'not processed' },
    pattern: tail('[“"‘]?不予处理'),
    units: COUNT_UNITS,
    topic: REQUESTS,
    cells: both({ cells: t3(...range('r3.5', 5)), check: 'P10' }),
  },
  {
    key: 'appeals.review-corrected',
    name: { zh: '行政复议被纠错', en: 'administrative reviews decided against the body' },
    pattern: tail('复议[^，,；;：:]*?(?:被纠错|纠错|纠正|被撤销)(?:案件|案)?'),
    topic: APPEALS,
    units: COUNT_UNITS,
    cells: {
      ...both({ cells: ['t4.review.corrected'], check: 'T4-06' }),
      legacy: [{ cells: ['L.4.2'], check: 'L-19' }],
    },
  },
  {
    key: 'appeals.litigation-lost',
    name: { zh: '行政诉讼败诉', en: 'lawsuits lost' },
    pattern: tail('诉讼[^，,；;：:]*?(?:败诉|被纠错|纠错|纠正|被撤销)(?:案件|案)?'),
    topic: APPEALS,
    units: COUNT_UNITS,
    cells: {
      ...both({ cells: ['t4.direct.corrected', 't4.after_review.corrected'], check: 'T4-06' }),
      legacy: [{ cells: ['L.5.2'], check: 'L-19' }],
    },
  },
  {
    key: 'appeals.review',
    name: { zh: '行政复议', en: 'administrative reviews' },
    pattern: tail('行政复议(?:案件|案|申请)?'),
    exclude: /纠错|纠正|败诉|维持|撤销|诉讼|审结|上年|去年|同比|较|累计|历年/u,
    topic: APPEALS,
    units: COUNT_UNITS,
    cells: {
      ...both({ cells: ['t4.review.total'], check: 'T4-06' }),
      legacy: [
        { cells: ['L.4'], check: 'L-19' },
        { cells: ['F.review.year'], check: 'F-07', cumulative: ['F.review.cumulative'] },
      ],
    },
  },
  {
    key: 'appeals.litigation',
    name: { zh: '行政诉讼', en: 'lawsuits' },
    pattern: tail('行政诉讼(?:案件|案)?'),
    exclude: /纠错|纠正|败诉|维持|撤销|复议|审结|上年|去年|同比|较|累计|历年/u,
    topic: APPEALS,
    units: COUNT_UNITS,
    cells: {
      ...both({ cells: ['t4.direct.total', 't4.after_review.total'], check: 'T4-06' }),
      legacy: [
        { cells: ['L.5'], check: 'L-19' },
        { cells: ['F.litigation.year'], check: 'F-07', cumulative: ['F.litigation.cumulative'] },
      ],
    },
  },
  {
    key: 'documents.issued',
    name: { zh: '制发规范性文件', en: 'normative documents issued' },
    pattern: tail('(?:制发|出台|印发|制定)(?:了)?(?:行政)?规范性文件'),
    exclude: /党内|上年|去年|同比|较|累计|历年|清理|废止/u,
    units: ['件', '个', '份', '项'],
    cells: {
      '2021': [{ cells: ['t2.a1.normative.issued'], check: 'P10' }],
      '2019': [{ cells: ['t2.a1.normative.made'], check: 'P10' }],
      legacy: [{ cells: ['L.1.1b'], check: 'L-19' }],
    },
  },
  {
    key: 'documents.repealed',
    name: { zh: '废止规范性文件', en: 'normative documents repealed' },
    pattern: tail('废止(?:了)?(?:行政)?规范性文件'),
    exclude: /党内|上年|去年|同比|较|累计|历年/u,
    units: ['件', '个', '份', '项'],
    cells: { '2021': [{ cells: ['t2.a1.normative.repealed'], check: 'P10' }] },
  },
  {
    key: 'published.normative',
    name: { zh: '主动公开规范性文件', en: 'normative documents published' },
    pattern: tail('(?:主动|对外)公开(?:了)?(?:政府)?规范性文件(?:类)?(?:信息)?'),
    units: ['条', '件', '个', '份'],
    cells: { legacy: [{ cells: ['L.1.1a'], check: 'L-19' }] },
  },
  {
    key: 'published.all',
    name: { zh: '主动公开政府信息', en: 'items published actively' },
    pattern: tail('(?:主动|对外|共)公开(?:了)?(?:政府)?信息'),
    exclude:
      /网站|网页|微信|微博|公报|公众号|公告栏|公示栏|公开栏|宣传栏|平台|客户端|新媒体|专栏|目录|其中|类|上年|去年|同比|较|历年/u,
    units: ['条', '件'],
    cells: {
      legacy: [
        { cells: ['L.1.1'], check: 'L-19' },
        { cells: ['F.published.year'], check: 'F-07', cumulative: ['F.published.cumulative'] },
      ],
    },
  },
  {
    key: 'staff.full-time',
    name: { zh: '专职人员', en: 'full-time staff' },
    pattern: tail('专职(?:工作)?人员?'),
    units: ['人'],
    cells: { legacy: [{ cells: ['L.8.3.1'], check: 'L-19' }] },
  },
  {
    key: 'staff.part-time',
    name: { zh: '兼职人员', en: 'part-time staff' },
    pattern: tail('兼职(?:工作)?人员?'),
    units: ['人'],
    cells: { legacy: [{ cells: ['L.8.3.2'], check: 'L-19' }] },
  },
];

/**
 * Statements that a count is zero (「未收到政府信息公开申请」, 「未发生…行政复议、行政诉讼」):
 * every listed cell must be 0. `severity` is the finding's; `info` for cells the statement
 * implies only loosely (carry-overs under 「未收到申请」, checks.md T3-08).
 */
export interface ZeroStatement {
  key: string;
  name: Localized;
  /** Matched against a statement (text between full stops). */
  pattern: RegExp;
  exclude?: RegExp;
  /** The statement must also match this, or stand in a section about `sectionKeyword`. */
  topic?: RegExp;
  sectionKeyword?: RegExp;
  cells: Partial<Record<EditionId, (CellSet & { severity: 'warning' | 'info' })[][]>>;
}

const NEGATION =
  '(?:未|没有|无(?![法需论关效偿意])|尚未|未曾)(?:收到|受理|接到|接收|发生|出现|产生|有)?(?:过)?(?:任何)?';

export const zeroStatements: ZeroStatement[] = [
  {
    key: 'no-requests',
    name: { zh: '未收到政府信息公开申请', en: 'no application was received' },
    pattern: new RegExp(
      `${NEGATION}(?:群众|公民|个人|社会公众|申请人|公民、法人(?:和|或|及)其他组织)?(?:提出的|的)?(?:(?:政府信息公开|信息公开|依申请公开|依申请)(?:政府信息|信息)?(?:公开)?(?:的)?(?:申请|请求|件|事项)?|(?:申请|请求))(?![人书表])`,
      'u',
    ),
    exclude: /复议|诉讼|不予|逾期|收费|举报|投诉|涉及|咨询|办理|答复|申请人(?!情况)/u,
    topic: /依申请|信息公开/u,
    sectionKeyword: /申请/u,
    cells: {
      '2021': [
        [
          { cells: ['t3.r1.total'], check: 'P10', severity: 'warning' },
          { cells: ['t3.r2.total'], check: 'T3-08', severity: 'info' },
          { cells: ['t3.r4.total'], check: 'T3-08', severity: 'info' },
        ],
      ],
      '2019': [
        [
          { cells: ['t3.r1.total'], check: 'P10', severity: 'warning' },
          { cells: ['t3.r2.total'], check: 'T3-08', severity: 'info' },
          { cells: ['t3.r4.total'], check: 'T3-08', severity: 'info' },
        ],
      ],
      legacy: [
        [{ cells: ['L.3.1'], check: 'L-19', severity: 'warning' }],
        [{ cells: ['F.requests.year'], check: 'F-07', severity: 'warning' }],
      ],
    },
  },
  {
    key: 'no-reviews',
    name: { zh: '未发生行政复议', en: 'no administrative review' },
    pattern: new RegExp(`${NEGATION}[^。；;，,]{0,40}?复议`, 'u'),
    exclude: /败诉|纠错|纠正|撤销|维持/u,
    topic: /信息公开/u,
    sectionKeyword: /复议/u,
    cells: {
      '2021': [[{ cells: ['t4.review.total'], check: 'T4-06', severity: 'warning' }]],
      '2019': [[{ cells: ['t4.review.total'], check: 'T4-06', severity: 'warning' }]],
      legacy: [
        [{ cells: ['L.4'], check: 'L-19', severity: 'warning' }],
        [{ cells: ['F.review.year'], check: 'F-07', severity: 'warning' }],
      ],
    },
  },
  {
    key: 'no-lawsuits',
    name: { zh: '未发生行政诉讼', en: 'no lawsuit' },
    pattern: new RegExp(`${NEGATION}[^。；;，,]{0,40}?诉讼`, 'u'),
    exclude: /败诉|纠错|纠正|撤销|维持/u,
    topic: /信息公开/u,
    sectionKeyword: /诉讼/u,
    cells: {
      '2021': [
        [
          { cells: ['t4.direct.total'], check: 'T4-06', severity: 'warning' },
          { cells: ['t4.after_review.total'], check: 'T4-06', severity: 'warning' },
        ],
      ],
      '2019': [
        [
          { cells: ['t4.direct.total'], check: 'T4-06', severity: 'warning' },
          { cells: ['t4.after_review.total'], check: 'T4-06', severity: 'warning' },
        ],
      ],
      legacy: [
        [{ cells: ['L.5'], check: 'L-19', severity: 'warning' }],
        [{ cells: ['F.litigation.year'], check: 'F-07', severity: 'warning' }],
      ],
    },
  },
];
