import type { Root, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { locate } from '../test/reports.js';
import { parseReport } from './parse.js';

const FRONTMATTER = `---
edition: "2021"
agency: 城关镇人民政府
year: 2024
date: 2025-01-20
---
`;

const DOCUMENT = `${FRONTMATTER}
# 城关镇人民政府2024年政府信息公开工作年度报告

本报告由总体情况等六个部分组成。

统计期限自2024年1月1日起至2024年12月31日止。

## 一、总体情况

2024年，城关镇深入贯彻《中华人民共和国政府信息公开条例》。

### （一）主动公开

全年通过政府网站（www.cgz.gov.cn）主动公开政府信息326条，其中政策解读12篇。

#### 1.重点领域

##### （1）财政预决算

公开预决算信息15条，占4.6%。

### （二）依申请公开

全年收到政府信息公开申请12件，办理培训3期共150人次，均在20个工作日内答复，收取费用0.05万元。

## 二、主动公开政府信息情况

本部分见下表。
`;

function kinds(tree: Root): string[] {
  const out: string[] = [];
  const walk = (node: Root | RootContent) => {
    out.push(node.type);
    if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);
  return out;
}

describe('parseReport: title, preamble and sections', () => {
  const report = parseReport(DOCUMENT);

  it('reads the title and the preamble before the first section', () => {
    expect(report.problems).toEqual([]);
    expect(report.title?.text).toBe('城关镇人民政府2024年政府信息公开工作年度报告');
    expect(report.title?.position?.start).toMatchObject(locate(DOCUMENT, '# 城关镇'));
    expect(report.preamble.map((n) => n.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('builds the section tree from the headings and their numbering', () => {
    const outline = (s: (typeof report.sections)[number]): unknown => ({
      level: s.level,
      style: s.numbering.style,
      ordinal: s.numbering.ordinal,
      title: s.title,
      children: s.children.map(outline),
    });
    expect(report.sections.map(outline)).toEqual([
      {
        level: 1,
        style: 'cn-comma',
        ordinal: 1,
        title: '总体情况',
        children: [
          {
            level: 2,
            style: 'cn-paren',
            ordinal: 1,
            title: '主动公开',
            children: [
              {
                level: 3,
                style: 'arabic-dot',
                ordinal: 1,
                title: '重点领域',
                children: [
                  {
                    level: 4,
                    style: 'arabic-paren',
                    ordinal: 1,
                    title: '财政预决算',
                    children: [],
                  },
                ],
              },
            ],
          },
          { level: 2, style: 'cn-paren', ordinal: 2, title: '依申请公开', children: [] },
        ],
      },
      { level: 1, style: 'cn-comma', ordinal: 2, title: '主动公开政府信息情况', children: [] },
    ]);
    expect(report.allSections.map((s) => s.text)).toEqual([
      '一、总体情况',
      '（一）主动公开',
      '1.重点领域',
      '（1）财政预决算',
      '（二）依申请公开',
      '二、主动公开政府信息情况',
    ]);
  });

  it('links parents and keeps own content apart from the nodes of sub-sections', () => {
    const [overview] = report.sections;
    const [proactive] = overview.children;
    expect(proactive.parent).toBe(overview);
    expect(proactive.children[0].parent).toBe(proactive);
    expect(overview.content).toHaveLength(1);
    // Every paragraph under 一、, sub-sections included (headings are not nodes of a body).
    expect(overview.nodes).toHaveLength(4);
    expect(overview.position?.start).toMatchObject(locate(DOCUMENT, '## 一、'));
  });
});

describe('parseReport: numbers in prose', () => {
  const report = parseReport(DOCUMENT);
  const number = (raw: string, unit: string) => {
    const found = report.numbers.find((n) => n.raw === raw && n.unit === unit);
    if (!found) throw new Error(`no number ${raw}${unit}`);
    return found;
  };

  it('finds each number with its unit, sentence and exact position', () => {
    const n = number('326', '条');
    expect(n.value).toBe(326);
    expect(n.sentence).toBe(
      '全年通过政府网站（www.cgz.gov.cn）主动公开政府信息326条，其中政策解读12篇。',
    );
    expect(n.sentence.slice(n.sentenceOffset, n.sentenceOffset + 4)).toBe('326条');
    const at = locate(DOCUMENT, '326条');
    expect(n.position.start).toMatchObject(at);
    expect(n.position.end).toMatchObject({ line: at.line, column: at.column + 4 });
  });

  it('prefers the longest unit and reads decimals and percentages', () => {
    expect(number('150', '人次').position.start).toMatchObject(locate(DOCUMENT, '150人次'));
    expect(number('20', '个工作日').value).toBe(20);
    expect(number('0.05', '万元').value).toBe(0.05);
    expect(number('4.6', '%').position.start).toMatchObject(locate(DOCUMENT, '4.6%'));
    expect(number('12', '篇').position.start).toMatchObject(locate(DOCUMENT, '12篇'));
  });

  it('knows the section each number stands in', () => {
    expect(number('326', '条').section?.title).toBe('主动公开');
    expect(number('15', '条').section?.title).toBe('财政预决算');
    expect(number('12', '件').section?.text).toBe('（二）依申请公开');
  });

  it('does not read a number out of a table, a heading, code or the frontmatter', () => {
    const source = `---\nedition: "2021"\nagency: 城关镇人民政府\nyear: 2024\ndate: 2025-01-20\ntitle: 共5件\n---\n\n## 一、公开3条信息\n\n| 事项 | 数量 |\n| --- | --- |\n| 申请 | 7件 |\n\n\`\`\`\n8件\n\`\`\`\n\n共9件。\n`;
    const only = parseReport(source);
    expect(only.problems).toEqual([]);
    expect(only.numbers.map((n) => n.raw + n.unit)).toEqual(['9件']);
  });
});

describe('parseReport: the autolink trap', () => {
  it('keeps `（www.a.cn）` as text: no link node swallows the full-width bracket', () => {
    const source = `${FRONTMATTER}\n## 一、总体情况\n\n详见网站（www.a.cn）和http://www.b.cn），共3条。\n`;
    const report = parseReport(source);
    expect(kinds(report.tree)).not.toContain('link');
    expect(report.sentences[0].text).toBe('详见网站（www.a.cn）和http://www.b.cn），共3条。');
    expect(report.numbers[0].position.start).toMatchObject(locate(source, '3条'));
  });
});

describe('parseReport: encodings and line ends', () => {
  const lf = parseReport(DOCUMENT);
  const summary = (report: ReturnType<typeof parseReport>) => ({
    problems: report.problems,
    meta: report.meta,
    sections: report.allSections.map((s) => [s.text, s.position?.start.line]),
    numbers: report.numbers.map((n) => [
      n.raw,
      n.unit,
      n.position.start.line,
      n.position.start.column,
    ]),
  });

  it('reads CRLF input exactly as LF input, lines and columns included', () => {
    expect(summary(parseReport(DOCUMENT.replace(/\n/gu, '\r\n')))).toEqual(summary(lf));
  });

  it('reads a file that starts with a byte-order mark (frontmatter included)', () => {
    const report = parseReport(`\uFEFF${DOCUMENT}`);
    expect(summary(report)).toEqual(summary(lf));
    expect(report.source.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('reads BOM and CRLF together', () => {
    expect(summary(parseReport(`\uFEFF${DOCUMENT.replace(/\n/gu, '\r\n')}`))).toEqual(summary(lf));
  });
});
