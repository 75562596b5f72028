/** Edition `2019`: 国办公开办函〔2019〕60号, 格式（试行）, reports for 2019–2020 (editions.md §2). */
import { modernContent, withContent } from './content.js';
import { modernChecks, modernSections, tableFour, tableThree } from './shared.js';
import type { ColumnSpec, EditionSpec, TableSpec } from './types.js';

const INFO = '信息内容';
const ITEMS: ColumnSpec[] = [
  { key: 'prev_items', label: '上一年项目数量' },
  { key: 'delta', label: '本年增/减', valueType: 'signed', typos: ['本年増/减'] },
  { key: 'decisions', label: '处理决定数量' },
];

const tableTwo: TableSpec = {
  key: 't2',
  name: '表二',
  caption: '主动公开政府信息情况',
  section: 'proactive',
  required: true,
  valueGridColumns: 4,
  blocks: [
    {
      key: 'a1',
      caption: '第二十条第（一）项',
      captionTypos: ['第二十条第（一）顼'],
      corner: INFO,
      valueType: 'count',
      valueSpans: [1, 2, 1],
      columns: [
        { key: 'made', label: '本年新制作数量' },
        { key: 'published', label: '本年新公开数量' },
        { key: 'total', label: '对外公开总数量' },
      ],
      rows: [
        { key: 'rules', label: '规章' },
        { key: 'normative', label: '规范性文件' },
      ],
    },
    {
      key: 'a5',
      caption: '第二十条第（五）项',
      corner: INFO,
      valueType: 'count',
      valueSpans: [1, 2, 1],
      columns: ITEMS,
      rows: [
        { key: 'licensing', label: '行政许可' },
        { key: 'other_services', label: '其他对外管理服务事项' },
      ],
    },
    {
      key: 'a6',
      caption: '第二十条第（六）项',
      corner: INFO,
      valueType: 'count',
      valueSpans: [1, 2, 1],
      columns: ITEMS,
      rows: [
        { key: 'penalty', label: '行政处罚' },
        { key: 'coercion', label: '行政强制' },
      ],
    },
    {
      key: 'a8',
      caption: '第二十条第（八）项',
      corner: INFO,
      valueType: 'count',
      valueSpans: [2, 2],
      columns: ITEMS.slice(0, 2),
      rows: [{ key: 'fees', label: '行政事业性收费' }],
    },
    {
      key: 'a9',
      caption: '第二十条第（九）项',
      corner: INFO,
      valueType: 'count',
      valueSpans: [2, 2],
      columns: [
        { key: 'projects', label: '采购项目数量' },
        { key: 'amount', label: '采购总金额', valueType: 'amount-any-unit' },
      ],
      rows: [{ key: 'central_procurement', label: '政府集中采购' }],
    },
  ],
};

export const edition2019: EditionSpec = {
  id: '2019',
  name: '2019年版年度报告格式（试行）',
  basis: '国办公开办函〔2019〕60号',
  years: { from: 2019, to: 2020 },
  sectionMatching: 'titles',
  sections: withContent(modernSections('2019'), modernContent('2019')),
  tables: [tableTwo, tableThree('2019'), tableFour()],
  checks: modernChecks('2019'),
  distinctiveLabels: [
    '本年新制作数量',
    '本年新公开数量',
    '对外公开总数量',
    '规范性文件',
    '上一年项目数量',
    '本年增/减',
    '处理决定数量',
    '其他对外管理服务事项',
    '第二十条第（九）项',
    '政府集中采购',
    '采购项目数量',
    '采购总金额',
  ],
};
