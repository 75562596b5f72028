/**
 * Parts shared by the 2019 and 2021 editions (国办公开办函〔2019〕60号 and 〔2021〕30号):
 * the six sections, 表三 (differing only in （六）其他处理) and 表四 (identical).
 * Labels are verbatim from shared/spec/editions.md §1.4–1.5, §2.4.
 */
import { PLATFORM_TOPIC } from './content.js';
import type { CheckSpec, ColumnSpec, RowSpec, SectionSpec, TableSpec } from './types.js';

export const T3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
export const T3_PARTIAL_NOTE = '（区分处理的，只计这一情形，不计其他情形）';

export function modernSections(edition: '2019' | '2021'): SectionSpec[] {
  const platformTopic = PLATFORM_TOPIC[edition];
  return [
    {
      key: 'overview',
      number: '一',
      title: '总体情况',
      hint: `综述本机关贯彻落实《中华人民共和国政府信息公开条例》情况，分主动公开、依申请公开、政府信息管理、${platformTopic}、监督保障五个方面。`,
    },
    {
      key: 'proactive',
      number: '二',
      title: '主动公开政府信息情况',
      hint: '按表二填报第二十条所列主动公开事项的数量。',
      tables: ['t2'],
    },
    {
      key: 'requests',
      number: '三',
      title: '收到和处理政府信息公开申请情况',
      hint: '按表三填报收到和处理政府信息公开申请的数量，第一项加第二项之和等于第三项加第四项之和。',
      tables: ['t3'],
    },
    {
      key: 'appeals',
      number: '四',
      title: '政府信息公开行政复议、行政诉讼情况',
      variants: ['因政府信息公开工作被申请行政复议、提起行政诉讼情况'],
      hint: '按表四填报因政府信息公开被申请行政复议、提起行政诉讼的数量。',
      tables: ['t4'],
    },
    {
      key: 'problems',
      number: '五',
      title: '存在的主要问题及改进情况',
      variants: ['政府信息公开工作存在的主要问题及改进情况', '存在的主要问题和改进情况'],
      hint: '写明本年度存在的主要问题和改进措施，并报告上年度所列问题的整改情况。',
    },
    {
      key: 'other',
      number: '六',
      title: '其他需要报告的事项',
      hint: '写明其他需要报告的事项。',
    },
  ];
}

const APPLICANT_COLUMNS: ColumnSpec[] = [
  { key: 'natural', label: '自然人' },
  {
    key: '',
    label: '法人或其他组织',
    children: [
      { key: 'biz', label: '商业企业' },
      { key: 'research', label: '科研机构' },
      { key: 'ngo', label: '社会公益组织' },
      { key: 'legal', label: '法律服务机构' },
      { key: 'other', label: '其他' },
    ],
  },
  { key: 'total', label: '总计' },
];

/** Data columns of 表三 left to right, by key, as in checks.md (`COLS`). */
export const T3_COLUMNS = ['natural', 'biz', 'research', 'ngo', 'legal', 'other', 'total'] as const;
export const T3_APPLICANTS = T3_COLUMNS.filter((c) => c !== 'total');

const numbered = (prefix: string, labels: string[]): RowSpec[] =>
  labels.map((label, i) => ({ key: `${prefix}.${i + 1}`, label: `${i + 1}.${label}` }));

function otherHandling(edition: '2019' | '2021'): RowSpec {
  if (edition === '2019') return { key: 'r3.6', label: '（六）其他处理' };
  return {
    key: 'r3.6',
    label: '（六）其他处理',
    data: false,
    optionalSubtotal: true,
    children: [
      {
        key: 'r3.6.1',
        label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
        variants: ['1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请'],
      },
      {
        key: 'r3.6.2',
        label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
        variants: ['2.申请人逾期未按收费通知要求缴纳费用，行政机关不再处理其政府信息公开申请'],
      },
      { key: 'r3.6.3', label: '3.其他' },
    ],
  };
}

export function tableThree(edition: '2019' | '2021'): TableSpec {
  return {
    key: 't3',
    name: '表三',
    caption: '收到和处理政府信息公开申请情况',
    section: 'requests',
    required: true,
    notes: [T3_NOTE, T3_PARTIAL_NOTE],
    blocks: [
      {
        key: '',
        corner: T3_NOTE,
        columnsCaption: '申请人情况',
        columns: APPLICANT_COLUMNS,
        valueType: 'count',
        rows: [
          { key: 'r1', label: '一、本年新收政府信息公开申请数量' },
          { key: 'r2', label: '二、上年结转政府信息公开申请数量' },
          {
            key: 'r3',
            label: '三、本年度办理结果',
            data: false,
            children: [
              { key: 'r3.1', label: '（一）予以公开' },
              {
                key: 'r3.2',
                label: `（二）部分公开${T3_PARTIAL_NOTE}`,
              },
              {
                key: 'r3.3',
                label: '（三）不予公开',
                data: false,
                optionalSubtotal: true,
                children: numbered('r3.3', [
                  '属于国家秘密',
                  '其他法律行政法规禁止公开',
                  '危及“三安全一稳定”',
                  '保护第三方合法权益',
                  '属于三类内部事务信息',
                  '属于四类过程性信息',
                  '属于行政执法案卷',
                  '属于行政查询事项',
                ]),
              },
              {
                key: 'r3.4',
                label: '（四）无法提供',
                data: false,
                optionalSubtotal: true,
                children: numbered('r3.4', [
                  '本机关不掌握相关政府信息',
                  '没有现成信息需要另行制作',
                  '补正后申请内容仍不明确',
                ]),
              },
              {
                key: 'r3.5',
                label: '（五）不予处理',
                typos: ['（五）不于处理'],
                data: false,
                optionalSubtotal: true,
                children: numbered('r3.5', [
                  '信访举报投诉类申请',
                  '重复申请',
                  '要求提供公开出版物',
                  '无正当理由大量反复申请',
                  '要求行政机关确认或重新出具已获取信息',
                ]),
              },
              otherHandling(edition),
              { key: 'r3.7', label: '（七）总计' },
            ],
          },
          { key: 'r4', label: '四、结转下年度继续办理' },
        ],
      },
    ],
  };
}

const OUTCOME_COLUMNS: ColumnSpec[] = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
];

export function tableFour(): TableSpec {
  return {
    key: 't4',
    name: '表四',
    caption: '政府信息公开行政复议、行政诉讼情况',
    section: 'appeals',
    required: true,
    blocks: [
      {
        key: '',
        corner: '',
        noRowLabels: true,
        valueType: 'count',
        columns: [
          { key: 'review', label: '行政复议', children: OUTCOME_COLUMNS },
          {
            key: '',
            label: '行政诉讼',
            children: [
              { key: 'direct', label: '未经复议直接起诉', children: OUTCOME_COLUMNS },
              { key: 'after_review', label: '复议后起诉', children: OUTCOME_COLUMNS },
            ],
          },
        ],
        rows: [{ key: '', label: '' }],
      },
    ],
  };
}

/** Leaf rows of a row tree that carry numbers, depth first. */
export function dataRows(rows: RowSpec[]): RowSpec[] {
  const out: RowSpec[] = [];
  const walk = (list: RowSpec[]) => {
    for (const row of list) {
      if (row.children?.length) {
        if (row.data === true) out.push(row);
        walk(row.children);
      } else if (row.data !== false) out.push(row);
    }
  };
  walk(rows);
  return out;
}

const sum = (
  id: string,
  family: string,
  severity: CheckSpec['severity'],
  left: string[],
  right: string[],
  description: CheckSpec['description'],
  relation: CheckSpec['relation'] = '=',
  optional = false,
): CheckSpec => ({ id, family, severity, relation, left, right, description, optional });

/** The arithmetic identities of 表三 and 表四 (checks.md §2.2, §2.3, §3.2). */
export function modernChecks(edition: '2019' | '2021'): CheckSpec[] {
  const t3 = tableThree(edition);
  const rows = dataRows(t3.blocks[0].rows);
  const checks: CheckSpec[] = [];
  const cell = (row: string, col: string) => `t3.${row}.${col}`;
  for (const row of rows) {
    checks.push(
      sum(
        `T3-01[${row.key}]`,
        'T3-01',
        'error',
        [cell(row.key, 'total')],
        T3_APPLICANTS.map((c) => cell(row.key, c)),
        {
          zh: `表三“${row.label}”行：总计等于各类申请人之和`,
          en: `表三 row “${row.label}”: 总计 equals the sum of the applicant columns`,
        },
      ),
    );
  }
  const outcomeRows = rows.filter((r) => r.key.startsWith('r3.') && r.key !== 'r3.7');
  for (const col of T3_COLUMNS) {
    checks.push(
      sum(
        `T3-02[${col}]`,
        'T3-02',
        'error',
        [cell('r3.7', col)],
        outcomeRows.map((r) => cell(r.key, col)),
        {
          zh: '表三（七）总计等于（一）至（六）各项之和',
          en: '表三 （七）总计 equals the sum of the outcomes （一）–（六）',
        },
      ),
    );
    checks.push(
      sum(
        `T3-03[${col}]`,
        'T3-03',
        'error',
        [cell('r1', col), cell('r2', col)],
        [cell('r3.7', col), cell('r4', col)],
        {
          zh: '表三第一项加第二项之和，等于第三项加第四项之和',
          en: '表三: item 一 plus item 二 equals item 三 (总计) plus item 四',
        },
      ),
    );
  }
  const groups = ['r3.3', 'r3.4', 'r3.5', ...(edition === '2021' ? ['r3.6'] : [])];
  for (const group of groups) {
    const items = rows.filter((r) => r.key.startsWith(`${group}.`));
    for (const col of T3_COLUMNS) {
      checks.push(
        sum(
          `T3-05[${group},${col}]`,
          'T3-05',
          'error',
          [cell(group, col)],
          items.map((r) => cell(r.key, col)),
          {
            zh: '表三分组小计等于其各项之和',
            en: '表三: a group subtotal equals the sum of its items',
          },
          '=',
          true,
        ),
      );
    }
  }
  const parts = ['upheld', 'corrected', 'other', 'pending'];
  const t4 = [
    ['T4-01', 'review', '行政复议'],
    ['T4-02', 'direct', '行政诉讼（未经复议直接起诉）'],
    ['T4-03', 'after_review', '行政诉讼（复议后起诉）'],
  ] as const;
  for (const [family, group, name] of t4) {
    const prefix = `t4.${group}`;
    checks.push(
      sum(
        family,
        family,
        'error',
        [`${prefix}.total`],
        parts.map((p) => `${prefix}.${p}`),
        {
          zh: `表四${name}：总计等于结果维持、结果纠正、其他结果、尚未审结之和`,
          en: `表四 ${name}: 总计 equals 结果维持 + 结果纠正 + 其他结果 + 尚未审结`,
        },
      ),
    );
  }
  return checks;
}

export { sum as checkSpec };
