/**
 * Edition `legacy`: reports under the 2008 条例 (years up to 2018). No national section template:
 * sections are the six content items of 第三十二条, recognised by keywords; the statistics table is
 * the 国办发〔2014〕32号 《政府信息公开情况统计表》 or the Fujian provincial table
 * (shared/spec/editions.md §3, checks.md §4).
 */
import { checkSpec } from './shared.js';
import type { CheckSpec, EditionSpec, RowSpec, TableSpec } from './types.js';

const row = (key: string, label: string, unit: string, children?: RowSpec[]): RowSpec => ({
  key,
  label,
  unit,
  ...(children ? { children, data: true } : {}),
  ...(unit === '万元' || unit === '元' ? { valueType: 'amount' as const } : {}),
});
const heading = (key: string, label: string, children: RowSpec[]): RowSpec => ({
  key,
  label,
  data: false,
  children,
});

const statistics32: TableSpec = {
  key: 'L',
  name: '政府信息公开情况统计表',
  caption: '政府信息公开情况统计表',
  section: 'other',
  required: false,
  alternativeGroup: 'statistics',
  blocks: [
    {
      key: '',
      corner: '统计指标',
      unitColumn: '单位',
      valueType: 'count',
      columns: [{ key: '', label: '统计数' }],
      rows: [
        heading('1', '一、主动公开情况', [
          row('1.1', '（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）', '条', [
            row('1.1a', '其中：主动公开规范性文件数', '条'),
            row('1.1b', '制发规范性文件总数', '件'),
          ]),
          heading('1.2', '（二）通过不同渠道和方式公开政府信息的情况', [
            row('1.2.1', '1.政府公报公开政府信息数', '条'),
            row('1.2.2', '2.政府网站公开政府信息数', '条'),
            row('1.2.3', '3.政务微博公开政府信息数', '条'),
            row('1.2.4', '4.政务微信公开政府信息数', '条'),
            row('1.2.5', '5.其他方式公开政府信息数', '条'),
          ]),
        ]),
        heading('2', '二、回应解读情况', [
          row('2.1', '（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）', '次'),
          heading('2.2', '（二）通过不同渠道和方式回应解读的情况', [
            row('2.2.1', '1.参加或举办新闻发布会总次数', '次', [
              row('2.2.1a', '其中：主要负责同志参加新闻发布会次数', '次'),
            ]),
            row('2.2.2', '2.政府网站在线访谈次数', '次', [
              row('2.2.2a', '其中：主要负责同志参加政府网站在线访谈次数', '次'),
            ]),
            row('2.2.3', '3.政策解读稿件发布数', '篇'),
            row('2.2.4', '4.微博微信回应事件数', '次'),
            row('2.2.5', '5.其他方式回应事件数', '次'),
          ]),
        ]),
        heading('3', '三、依申请公开情况', [
          row('3.1', '（一）收到申请数', '件', [
            row('3.1.1', '1.当面申请数', '件'),
            row('3.1.2', '2.传真申请数', '件'),
            row('3.1.3', '3.网络申请数', '件'),
            row('3.1.4', '4.信函申请数', '件'),
          ]),
          row('3.2', '（二）申请办结数', '件', [
            row('3.2.1', '1.按时办结数', '件'),
            row('3.2.2', '2.延期办结数', '件'),
          ]),
          row('3.3', '（三）申请答复数', '件', [
            row('3.3.1', '1.属于已主动公开范围数', '件'),
            row('3.3.2', '2.同意公开答复数', '件'),
            row('3.3.3', '3.同意部分公开答复数', '件'),
            row('3.3.4', '4.不同意公开答复数', '件', [
              row('3.3.4a', '其中：涉及国家秘密', '件'),
              row('3.3.4b', '涉及商业秘密', '件'),
              row('3.3.4c', '涉及个人隐私', '件'),
              row('3.3.4d', '危及国家安全、公共安全、经济安全和社会稳定', '件'),
              row('3.3.4e', '不是《条例》所指政府信息', '件'),
              row('3.3.4f', '法律法规规定的其他情形', '件'),
            ]),
            row('3.3.5', '5.不属于本行政机关公开数', '件'),
            row('3.3.6', '6.申请信息不存在数', '件'),
            row('3.3.7', '7.告知作出更改补充数', '件'),
            row('3.3.8', '8.告知通过其他途径办理数', '件'),
          ]),
        ]),
        row('4', '四、行政复议数量', '件', [
          row('4.1', '（一）维持具体行政行为数', '件'),
          row('4.2', '（二）被依法纠错数', '件'),
          row('4.3', '（三）其他情形数', '件'),
        ]),
        row('5', '五、行政诉讼数量', '件', [
          row('5.1', '（一）维持具体行政行为或者驳回原告诉讼请求数', '件'),
          row('5.2', '（二）被依法纠错数', '件'),
          row('5.3', '（三）其他情形数', '件'),
        ]),
        row('6', '六、举报投诉数量', '件'),
        row('7', '七、依申请公开信息收取的费用', '万元'),
        heading('8', '八、机构建设和保障经费情况', [
          row('8.1', '（一）政府信息公开工作专门机构数', '个'),
          row('8.2', '（二）设置政府信息公开查阅点数', '个'),
          row('8.3', '（三）从事政府信息公开工作人员数', '人', [
            row('8.3.1', '1.专职人员数（不包括政府公报及政府网站工作人员数）', '人'),
            row('8.3.2', '2.兼职人员数', '人'),
          ]),
          row(
            '8.4',
            '（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）',
            '万元',
          ),
        ]),
        heading('9', '九、政府信息公开会议和培训情况', [
          row('9.1', '（一）召开政府信息公开工作会议或专题会议数', '次'),
          row('9.2', '（二）举办各类培训班数', '次'),
          row('9.3', '（三）接受培训人员数', '人次'),
        ]),
      ],
    },
  ],
};

const FUJIAN_ROWS: RowSpec[] = [
  row('published', '主动公开文件数', '条', [
    row('web', '其中：1.政府网站公开数', '条'),
    row('gazette', '2.政府公报公开数', '条'),
  ]),
  row('requests', '受理政府信息公开申请总数', '条', [
    row('in_person', '其中：1.当面申请数', '条'),
    row('online', '2.网络申请数', '条'),
    row('mail_fax', '3.信函、传真申请数', '条'),
  ]),
  row('replies', '对申请的答复总数', '条', [
    row('granted', '其中：1.同意公开答复数', '条'),
    row('partial', '2.同意部分公开答复数', '条'),
    row('refused', '3.不予公开答复数', '条'),
    row('other_replies', '4.其他类型答复数', '条'),
  ]),
  row('fees', '政府信息公开收费减免金额', '元'),
  row('complaints', '接受行政申诉、举报数', '件'),
  row('review', '行政复议数', '件'),
  row('litigation', '行政诉讼数', '件'),
];

const fujian: TableSpec = {
  key: 'F',
  name: '福建省政府信息公开工作情况统计表',
  caption: '政府信息公开工作情况统计表',
  section: 'other',
  required: false,
  alternativeGroup: 'statistics',
  yearColumn: true,
  blocks: [
    {
      key: '',
      corner: '指标名称',
      unitColumn: '单位',
      valueType: 'count',
      columns: [
        { key: 'year', label: '{Y}年' },
        { key: 'cumulative', label: '历史累计' },
      ],
      rows: FUJIAN_ROWS,
    },
  ],
};

const L = (key: string) => `L.${key}`;
const leq = (
  id: string,
  family: string,
  severity: CheckSpec['severity'],
  a: string[],
  b: string[],
  zh: string,
  en: string,
) => checkSpec(id, family, severity, a, b, { zh, en }, '<=');
const eq = (
  id: string,
  family: string,
  severity: CheckSpec['severity'],
  a: string[],
  b: string[],
  zh: string,
  en: string,
) => checkSpec(id, family, severity, a, b, { zh, en }, '=');

const legacyChecks: CheckSpec[] = [
  leq(
    'L-01',
    'L-01',
    'error',
    [L('1.1a')],
    [L('1.1')],
    '主动公开规范性文件数不超过主动公开政府信息数',
    'normative documents published ≤ all information published',
  ),
  leq(
    'L-02',
    'L-02',
    'warning',
    [L('1.1a')],
    [L('1.1b')],
    '主动公开规范性文件数一般不超过制发规范性文件总数',
    'normative documents published ≤ normative documents issued, usually',
  ),
  ...[1, 2, 3, 4, 5].map((k) =>
    leq(
      `L-03[${k}]`,
      'L-03',
      'error',
      [L(`1.2.${k}`)],
      [L('1.1')],
      '单一渠道公开数不超过主动公开政府信息数（不同渠道和方式公开相同信息计1条）',
      'a single channel cannot exceed the deduplicated number of items published',
    ),
  ),
  checkSpec(
    'L-04',
    'L-04',
    'warning',
    [1, 2, 3, 4, 5].map((k) => L(`1.2.${k}`)),
    [L('1.1')],
    {
      zh: '各渠道公开数之和不少于主动公开政府信息数',
      en: 'the channels together carry at least every item published',
    },
    '>=',
  ),
  leq(
    'L-05',
    'L-05',
    'error',
    [L('2.2.1a')],
    [L('2.2.1')],
    '主要负责同志参加新闻发布会次数不超过新闻发布会总次数',
    'press conferences with the head ≤ all press conferences',
  ),
  leq(
    'L-06',
    'L-06',
    'error',
    [L('2.2.2a')],
    [L('2.2.2')],
    '主要负责同志参加在线访谈次数不超过在线访谈次数',
    'interviews with the head ≤ all interviews',
  ),
  leq(
    'L-07[4]',
    'L-07',
    'warning',
    [L('2.2.4')],
    [L('2.1')],
    '微博微信回应事件数一般不超过回应热点数',
    'responses on Weibo/WeChat ≤ topics responded to, usually',
  ),
  leq(
    'L-07[5]',
    'L-07',
    'warning',
    [L('2.2.5')],
    [L('2.1')],
    '其他方式回应事件数一般不超过回应热点数',
    'responses by other means ≤ topics responded to, usually',
  ),
  eq(
    'L-08',
    'L-08',
    'error',
    [L('3.1')],
    [1, 2, 3, 4].map((k) => L(`3.1.${k}`)),
    '收到申请数等于各渠道申请数之和',
    'applications received = the sum of the four channels',
  ),
  eq(
    'L-09',
    'L-09',
    'error',
    [L('3.2')],
    [L('3.2.1'), L('3.2.2')],
    '申请办结数等于按时办结数加延期办结数',
    'applications concluded = on time + extended',
  ),
  eq(
    'L-10',
    'L-10',
    'error',
    [L('3.3')],
    [1, 2, 3, 4, 5, 6, 7, 8].map((k) => L(`3.3.${k}`)),
    '申请答复数等于各类答复数之和',
    'replies = the sum of the eight reply types',
  ),
  eq(
    'L-11',
    'L-11',
    'warning',
    [L('3.3.4')],
    ['a', 'b', 'c', 'd', 'e', 'f'].map((k) => L(`3.3.4${k}`)),
    '不同意公开答复数一般等于各项理由之和',
    'refusals = the sum of the reasons, usually',
  ),
  eq(
    'L-12',
    'L-12',
    'warning',
    [L('3.2')],
    [L('3.3')],
    '申请办结数一般等于申请答复数',
    'applications concluded = replies, usually',
  ),
  leq(
    'L-13',
    'L-13',
    'warning',
    [L('3.2')],
    [L('3.1')],
    '申请办结数一般不超过收到申请数',
    'applications concluded ≤ applications received, unless carried over',
  ),
  eq(
    'L-14',
    'L-14',
    'error',
    [L('4')],
    [L('4.1'), L('4.2'), L('4.3')],
    '行政复议数量等于各项结果之和',
    'administrative reviews = the sum of their outcomes',
  ),
  eq(
    'L-15',
    'L-15',
    'error',
    [L('5')],
    [L('5.1'), L('5.2'), L('5.3')],
    '行政诉讼数量等于各项结果之和',
    'lawsuits = the sum of their outcomes',
  ),
  eq(
    'L-16',
    'L-16',
    'error',
    [L('8.3')],
    [L('8.3.1'), L('8.3.2')],
    '从事政府信息公开工作人员数等于专职加兼职人员数',
    'staff = full-time + part-time',
  ),
];

const F = (rowKey: string, col: string) => `F.${rowKey}.${col}`;
const fujianRowKeys: string[] = [];
const collect = (rows: RowSpec[]) =>
  rows.forEach((r) => (fujianRowKeys.push(r.key), r.children && collect(r.children)));
collect(FUJIAN_ROWS);
const fujianChecks: CheckSpec[] = [
  ...fujianRowKeys.map((k) =>
    leq(
      `F-01[${k}]`,
      'F-01',
      'error',
      [F(k, 'year')],
      [F(k, 'cumulative')],
      '本年数不超过历史累计数',
      'the year’s figure ≤ the cumulative figure',
    ),
  ),
  ...['year', 'cumulative'].flatMap((c) => [
    leq(
      `F-02[web,${c}]`,
      'F-02',
      'error',
      [F('web', c)],
      [F('published', c)],
      '政府网站公开数不超过主动公开文件数',
      'published on the website ≤ all published',
    ),
    leq(
      `F-02[gazette,${c}]`,
      'F-02',
      'error',
      [F('gazette', c)],
      [F('published', c)],
      '政府公报公开数不超过主动公开文件数',
      'published in the gazette ≤ all published',
    ),
    checkSpec(
      `F-03[${c}]`,
      'F-03',
      'warning',
      [F('web', c), F('gazette', c)],
      [F('published', c)],
      {
        zh: '政府网站与政府公报公开数之和一般不少于主动公开文件数',
        en: 'website + gazette ≥ all published, usually',
      },
      '>=',
    ),
    eq(
      `F-04[${c}]`,
      'F-04',
      'error',
      [F('requests', c)],
      ['in_person', 'online', 'mail_fax'].map((k) => F(k, c)),
      '受理申请总数等于各渠道申请数之和',
      'applications = the sum of the channels',
    ),
    eq(
      `F-05[${c}]`,
      'F-05',
      'error',
      [F('replies', c)],
      ['granted', 'partial', 'refused', 'other_replies'].map((k) => F(k, c)),
      '答复总数等于各类答复数之和',
      'replies = the sum of the reply types',
    ),
    leq(
      `F-06[${c}]`,
      'F-06',
      'warning',
      [F('replies', c)],
      [F('requests', c)],
      '对申请的答复总数不应超过受理申请总数',
      'replies should not exceed applications received',
    ),
  ]),
];

export const editionLegacy: EditionSpec = {
  id: 'legacy',
  name: '2008年条例时期年度报告',
  basis: '《中华人民共和国政府信息公开条例》（国务院令第492号）第三十二条',
  years: { to: 2018 },
  sectionMatching: 'keywords',
  sections: [
    {
      key: 'proactive',
      number: '一',
      title: '主动公开政府信息的情况',
      hint: '写明主动公开政府信息的数量、类别、形式。',
      keywords: [['主动公开']],
    },
    {
      key: 'requests',
      number: '二',
      title: '依申请公开政府信息和不予公开政府信息的情况',
      hint: '写明收到和答复政府信息公开申请的情况，以及不予公开的情况。',
      // Not `申请` alone: 因政府信息公开申请行政复议… is the appeals item.
      keywords: [
        ['依申请'],
        ['收到', '申请'],
        ['申请', '答复'],
        ['申请', '办理'],
        ['申请', '处理'],
      ],
    },
    {
      key: 'fees',
      number: '三',
      title: '政府信息公开的收费及减免情况',
      hint: '写明政府信息公开收费及减免情况，没有收费的也应写明。',
      keywords: [['收费'], ['减免'], ['费用']],
    },
    {
      key: 'appeals',
      number: '四',
      title: '因政府信息公开申请行政复议、提起行政诉讼的情况',
      hint: '写明因政府信息公开申请行政复议、提起行政诉讼的情况。',
      keywords: [['复议'], ['诉讼']],
    },
    {
      key: 'problems',
      number: '五',
      title: '政府信息公开工作存在的主要问题及改进情况',
      hint: '写明存在的主要问题和改进措施。',
      keywords: [['问题'], ['改进'], ['打算']],
    },
    {
      key: 'other',
      number: '六',
      title: '其他需要报告的事项',
      hint: '写明其他需要报告的事项，并附政府信息公开情况统计表。',
      keywords: [['其他'], ['说明'], ['附表']],
      optional: true,
      nilAccepted: true,
      tables: ['L'],
    },
  ],
  tables: [statistics32, fujian],
  checks: [...legacyChecks, ...fujianChecks],
  distinctiveLabels: [
    '统计指标',
    '指标名称',
    '历史累计',
    '（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）',
    '受理政府信息公开申请总数',
    '对申请的答复总数',
  ],
};
