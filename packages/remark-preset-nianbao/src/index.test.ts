import { scaffoldReport } from '@nianbao/core';
import { allRules, lintText, type Rule } from '@nianbao/rules';
import { remark } from 'remark';
import { describe, expect, it } from 'vitest';
import preset, { nianbaoPreset, remarkRule } from './index.js';

const ROW = '一、本年新收政府信息公开申请数量';
const clean = scaffoldReport({ edition: '2021', year: 2024, agency: '测试镇人民政府' });
const cleanRow = clean.split('\n').find((l) => l.startsWith(`| ${ROW} |`))!;
const broken = clean.replace(cleanRow, `| ${ROW} | 3 | 1 | 0 | 0 | 0 | 0 | 5 |`);

const simplify = (m: {
  ruleId?: string;
  source?: string;
  reason: string;
  line?: number;
  column?: number;
}) => ({ ruleId: m.ruleId, source: m.source, reason: m.reason, line: m.line, column: m.column });

describe('remark-preset-nianbao', () => {
  it('reports what nianbao lint reports, through file.message, with rule id and source', async () => {
    const file = await remark().use(preset).process(broken);
    const expected = lintText(broken).diagnostics;
    expect(expected.length).toBeGreaterThan(0);
    const messages = [...file.messages].sort(
      (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
    );
    expect(messages.map(simplify)).toEqual(
      expected.map((d) => ({
        ruleId: d.ruleId,
        source: 'nianbao',
        reason: d.message,
        line: d.line,
        column: d.column,
      })),
    );
    for (const m of messages) {
      const rule = allRules.find((r) => r.meta.id === m.ruleId)!;
      expect(m.url).toBe(rule.meta.docs.url);
      // Rules recommended at a fixed level keep it; the others report as errors.
      expect(m.fatal).toBe(rule.meta.docs.recommended !== 'warning');
    }
  });

  it('is silent on a clean report and leaves the document intact', async () => {
    const file = await remark().use(preset).process(clean);
    expect(file.messages).toEqual([]);
    // Frontmatter and tables survive the round trip through remark.
    expect(String(file)).toContain('edition: "2021"');
    expect(String(file)).toMatch(new RegExp(`^\\| ${ROW} +\\|`, 'mu'));
  });

  it('takes levels, the locale and inline control comments as nianbao lint does', async () => {
    const [id] = new Set(lintText(broken).diagnostics.map((d) => d.ruleId));
    const off = await remark()
      .use(nianbaoPreset({ rules: { [id]: 'off' } }))
      .process(broken);
    expect(off.messages.filter((m) => m.ruleId === id)).toEqual([]);
    const warn = await remark()
      .use(nianbaoPreset({ rules: { [id]: 'warning' }, locale: 'en' }))
      .process(broken);
    const english = lintText(broken, { locale: 'en' }).diagnostics.filter((d) => d.ruleId === id);
    expect(warn.messages.filter((m) => m.ruleId === id).map((m) => [m.reason, m.fatal])).toEqual(
      english.map((d) => [d.message, false]),
    );
    const disabled = `<!-- nianbao-disable ${id} -->\n\n${broken}`.replace(
      /^(<!--.*-->\n\n)(---\n[\s\S]*?\n---\n)/u,
      '$2\n$1',
    );
    const silenced = await remark().use(preset).process(disabled);
    expect(silenced.messages.filter((m) => m.ruleId === id)).toEqual([]);
  });

  it('reports an unreadable file once, under nianbao:parse', async () => {
    const file = await remark().use(preset).process('   \n');
    expect(file.messages.map((m) => [m.source, m.ruleId, m.fatal])).toEqual([
      ['nianbao', 'parse', true],
    ]);
  });

  it('gives a fix as actual/expected, and isolates a crashing rule', async () => {
    const comma: Rule = {
      meta: {
        id: 'test-comma',
        docs: { description: { zh: '测试', en: 'test' }, url: '', recommended: 'warning' },
        messages: { comma: { zh: '半角逗号', en: 'comma' } },
        fixable: 'code',
        needsEdition: false,
      },
      check(report, context) {
        const at = report.source.indexOf('本报告,');
        if (at >= 0)
          context.report({
            messageId: 'comma',
            position: { start: report.positionAt(at + 3), end: report.positionAt(at + 4) },
            fix: { range: [at + 3, at + 4], text: '，' },
          });
      },
    };
    const throws: Rule = {
      ...comma,
      meta: { ...comma.meta, id: 'test-throws' },
      check() {
        throw new Error('boom');
      },
    };
    const file = await remark()
      .use(remarkRule(comma, 'zh'))
      .use(remarkRule(throws, 'zh'))
      .process(clean.replace('本报告依据', '本报告,依据'));
    expect(file.messages.map((m) => [m.ruleId, m.actual, m.expected])).toEqual([
      ['test-comma', ',', ['，']],
      ['test-throws', undefined, undefined],
    ]);
    expect(file.messages[1].reason).toContain('规则 test-throws 内部错误：boom');
  });
});
