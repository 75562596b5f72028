/** Edition `2021`: 国办公开办函〔2021〕30号 (shared/spec/editions.md §1). */
import { modernContent, withContent } from './content.js';
import { modernChecks, modernSections, tableFour, tableThree } from './shared.js';
import type { EditionSpec, TableSpec } from './types.js';

const INFO = '信息内容';

const tableTwo: TableSpec = {
  key: 't2',
  name: '表二',
  caption: '主动公开政府信息情况',
  section: 'proactive',
  required: true,
  valueGridColumns: 3,
  blocks: [
    {
      key: 'a1',
      caption: '第二十条第（一）项',
      captionTypos: ['第二十条第（一）顼'],
      corner: INFO,
      valueType: 'count',
      columns: [
        { key: 'issued', label: '本年制发件数' },
        { key: 'repealed', label: '本年废止件数' },
        { key: 'in_force', label: '现行有效件数' },
      ],
      rows: [
        { key: 'rules', label: '规章' },
        { key: 'normative', label: '行政规范性文件' },
      ],
    },
    {
      key: 'a5',
      caption: '第二十条第（五）项',
      corner: INFO,
      valueType: 'count',
      valueSpans: [3],
      columns: [{ key: 'decisions', label: '本年处理决定数量' }],
      rows: [{ key: 'licensing', label: '行政许可' }],
    },
    {
      key: 'a6',
      caption: '第二十条第（六）项',
      corner: INFO,
      valueType: 'count',
      valueSpans: [3],
      columns: [{ key: 'decisions', label: '本年处理决定数量' }],
      rows: [
        { key: 'penalty', label: '行政处罚' },
        { key: 'coercion', label: '行政强制' },
      ],
    },
    {
      key: 'a8',
      caption: '第二十条第（八）项',
      corner: INFO,
      valueType: 'amount',
      unit: '万元',
      valueSpans: [3],
      columns: [{ key: 'amount', label: '本年收费金额（单位：万元）' }],
      rows: [{ key: 'fees', label: '行政事业性收费' }],
    },
  ],
};

export const edition2021: EditionSpec = {
  id: '2021',
  name: '2021年版年度报告格式',
  basis: '国办公开办函〔2021〕30号',
  years: { from: 2021 },
  sectionMatching: 'titles',
  sections: withContent(modernSections('2021'), modernContent('2021')),
  tables: [tableTwo, tableThree('2021'), tableFour()],
  checks: modernChecks('2021'),
  distinctiveLabels: [
    '本年制发件数',
    '本年废止件数',
    '现行有效件数',
    '行政规范性文件',
    '本年处理决定数量',
    '本年收费金额（单位：万元）',
    '3.其他',
  ],
};
