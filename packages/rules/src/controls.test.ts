import { scaffoldReport } from '@nianbao/core';
import type { Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { lintText } from './lint.js';
import { allRules } from './rules/index.js';
import type { Rule } from './types.js';

/** Reports every paragraph that says 待补充 (stands for any rule that reports on prose). */
const todoRule: Rule = {
  meta: {
    id: 'test-todo',
    docs: { description: { zh: '测试', en: 'test' }, url: '', recommended: 'warning' },
    messages: { todo: { zh: '待补充', en: 'to do' } },
    needsEdition: false,
  },
  check(report, context) {
    const visit = (node: { type: string; children?: unknown[] }) => {
      if (node.type === 'paragraph' && JSON.stringify(node).includes('待补充'))
        context.report({ messageId: 'todo', node: node as Paragraph });
      for (const child of (node.children ?? []) as { type: string }[]) visit(child);
    };
    visit(report.tree);
  },
};
const ruleSet = [...allRules, todoRule];

const ROW = '一、本年新收政府信息公开申请数量';
const base = scaffoldReport({ edition: '2021', year: 2024, agency: '测试镇人民政府' });
const brokenRow = base
  .split('\n')
  .find((l) => l.startsWith(`| ${ROW} |`))!
  .replace(/\| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \|$/u, '| 3 | 1 | 0 | 0 | 0 | 0 | 5 |');
const broken = base.replace(/^\| 一、本年新收政府信息公开申请数量 \|.*$/mu, brokenRow);

const lines = (md: string, id: string) =>
  lintText(md, { ruleSet })
    .diagnostics.filter((d) => d.ruleId === id)
    .map((d) => d.line);
const lineOf = (md: string, text: string) => md.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('inline control comments', () => {
  const prose = `${base}\n第一段待补充。\n\n第二段待补充。\n\n第三段待补充。\n`;

  it('finds every paragraph without comments', () => {
    expect(lines(prose, 'test-todo')).toHaveLength(3);
  });

  it('disable-next-line silences one rule on the next line only', () => {
    const md = prose.replace('第二段', '<!-- nianbao-disable-next-line test-todo -->\n第二段');
    expect(lines(md, 'test-todo')).toEqual([lineOf(md, '第一段'), lineOf(md, '第三段')]);
    // Naming another rule silences nothing.
    const other = prose.replace('第二段', '<!-- nianbao-disable-next-line table-sums -->\n第二段');
    expect(lines(other, 'test-todo')).toHaveLength(3);
  });

  it('disable … enable silences a region; without ids every rule', () => {
    const md = prose
      .replace('第二段', '<!-- nianbao-disable -->\n\n第二段')
      .replace('第三段', '<!-- nianbao-enable -->\n\n第三段');
    expect(lines(md, 'test-todo')).toEqual([lineOf(md, '第一段'), lineOf(md, '第三段')]);
  });

  it('disable without enable lasts to the end of the file; several ids may be listed', () => {
    const md = prose.replace('第二段', '<!-- nianbao-disable table-sums, test-todo -->\n\n第二段');
    expect(lines(md, 'test-todo')).toEqual([lineOf(md, '第一段')]);
  });

  it('disable-line silences the line it stands on', () => {
    const md = prose.replace(
      '第二段待补充。',
      '第二段待补充。<!-- nianbao-disable-line test-todo -->',
    );
    expect(lines(md, 'test-todo')).toEqual([lineOf(md, '第一段'), lineOf(md, '第三段')]);
  });

  it('works on the findings of a real rule: a table in a disabled region', () => {
    expect(lines(broken, 'table-sums').length).toBeGreaterThan(0);
    const start = broken.lastIndexOf('\n\n', broken.indexOf(`| ${ROW} |`)) + 2;
    const end = broken.indexOf('\n\n', broken.indexOf(`| ${ROW} |`));
    const md = `${broken.slice(0, start)}<!-- nianbao-disable table-sums -->\n\n${broken.slice(start, end)}\n\n<!-- nianbao-enable table-sums -->${broken.slice(end)}`;
    expect(lines(md, 'table-sums')).toEqual([]);
    // Other rules still run in the region.
    const withTodo = md.replace(
      '<!-- nianbao-enable table-sums -->',
      '待补充\n\n<!-- nianbao-enable table-sums -->',
    );
    expect(lines(withTodo, 'test-todo')).toEqual([lineOf(withTodo, '待补充')]);
  });

  it('ignores comment-like text in code', () => {
    const md = prose.replace('第二段', '```\n<!-- nianbao-disable -->\n```\n\n第二段');
    expect(lines(md, 'test-todo')).toHaveLength(3);
  });
});
