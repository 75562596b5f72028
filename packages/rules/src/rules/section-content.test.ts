import { describe, expect, it } from 'vitest';
import { dropBetween, edit, lintWith, scaffold, seed } from '../../test/helpers.js';

const RULE = 'section-content';
const lint = (md: string) => lintWith(md, RULE);
const found = (md: string) => lint(md).map((d) => [d.messageId, d.severity, d.check]);
const md2021 = scaffold('2021');
const md2019 = scaffold('2019');

const FIVE_HINT = '写明本年度存在的主要问题和改进措施，并报告上年度所列问题的整改情况。';
const SIX_2021 =
  '写明其他需要报告的事项。\n\n本年度收取信息处理费情况：发出收费通知0件，收取信息处理费0元。';

describe('section-content: valid', () => {
  it.each(['2021', '2019', 'legacy'] as const)(
    'a fresh %s report says what each part needs',
    (e) => {
      expect(lint(scaffold(e))).toEqual([]);
    },
  );

  it('seed 004 covers every topic, and names 2018’s problems and what was done about them', () => {
    expect(lint(seed(4))).toEqual([]);
  });

  it.each([0, 1, 2])('legacy seed 00%i: no section is empty', (n) => {
    expect(lint(seed(n))).toEqual([]);
  });

  it('accepts 无。 alone in 六、 of a 2019 report (seed 003 does)', () => {
    expect(lint(seed(3)).filter((d) => d.data?.section === '六、其他需要报告的事项')).toEqual([]);
  });

  it('accepts the previous year named by its number for C21-04', () => {
    const md = edit(
      md2021,
      FIVE_HINT,
      '2023年报告指出的问题已于年内整改。本年度仍存在公开不及时的问题，下一步将加强培训。',
    );
    expect(lint(md)).toEqual([]);
  });
});

describe('section-content: invalid', () => {
  it('seed 003: 五、 says nothing of last year’s problems (C19-04, warning)', () => {
    const found3 = lint(seed(3));
    expect(found3.map((d) => [d.messageId, d.severity, d.check])).toEqual([
      ['topic-missing', 'warning', 'C19-04'],
    ]);
    expect(found3[0].message).toBe('“五、存在的主要问题及改进情况”没有写到“上年度问题的整改情况”');
  });

  const OVERVIEW_2021 =
    '综述本机关贯彻落实《中华人民共和国政府信息公开条例》情况，分主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面。';
  const OVERVIEW_2019 = OVERVIEW_2021.replace('政府信息公开平台建设', '平台建设');

  it('reports each of the five topics of 一、 that is not covered (C21-01, error)', () => {
    const md = dropBetween(
      edit(md2021, OVERVIEW_2021, '本年度工作扎实推进。'),
      '### （二）依申请公开',
      '### （三）政府信息管理',
    );
    expect(lint(md).map((d) => [d.data?.topic, d.severity, d.check])).toEqual([
      [{ zh: '依申请公开', en: '依申请公开 (disclosure on request)' }, 'error', 'C21-01'],
    ]);
  });

  it('uses 平台建设 as the topic name of the 2019 edition (C19-01)', () => {
    const md = dropBetween(
      edit(md2019, OVERVIEW_2019, '本年度工作扎实推进。'),
      '### （四）平台建设',
      '### （五）监督保障',
    );
    expect(lint(md).map((d) => [d.message, d.check])).toEqual([
      ['“一、总体情况”没有写到“平台建设”', 'C19-01'],
    ]);
  });

  it('五、: problems, improvements and last year’s rectification (C21-03, C21-04, warnings)', () => {
    const md = edit(md2021, FIVE_HINT, '本年度工作总体顺利。');
    expect(found(md)).toEqual([
      ['topic-missing', 'warning', 'C21-03'],
      ['topic-missing', 'warning', 'C21-03'],
      ['topic-missing', 'warning', 'C21-04'],
    ]);
  });

  it('五、 and 六、 must not be empty (C21-05, error)', () => {
    const md = edit(edit(md2021, FIVE_HINT, ''), SIX_2021, '');
    expect(found(md)).toEqual([
      ['section-empty', 'error', 'C21-05'],
      ['section-empty', 'error', 'C21-05'],
    ]);
  });

  it('2021: 六、 states the 信息处理费 (C21-06), and 无。 alone is not enough', () => {
    const nil = edit(md2021, SIX_2021, '无。');
    const [d] = lint(nil);
    expect([d.messageId, d.severity, d.check]).toEqual(['nil-without', 'warning', 'C21-06']);
    expect(d.message).toBe('“六、其他需要报告的事项”只写了“无。”，但还应写明“信息处理费收取情况”');
    const other = edit(md2021, SIX_2021, '本年度无其他需要说明的事项，全年工作平稳。');
    expect(found(other)).toEqual([['topic-missing', 'warning', 'C21-06']]);
  });

  it('2021: 无。 in 六、 is fine when the 信息处理费 is stated elsewhere (P15)', () => {
    const md = edit(
      edit(md2021, SIX_2021, '无。'),
      '写明本年度收到和办理政府信息公开申请的总体情况。',
      '本年度收到申请3件，未收取信息处理费。',
    );
    expect(lint(md)).toEqual([]);
  });

  it('无。 is accepted in 六、 only (P15)', () => {
    const md = edit(md2021, FIVE_HINT, '无。');
    expect(found(md)).toEqual([['nil-content', 'warning', 'P15']]);
  });

  it('warns about an empty sub-section (P15)', () => {
    const md = edit(
      md2021,
      '写明政府信息公开审查、公开属性认定、规范性文件管理等政府信息管理情况。\n\n',
      '',
    );
    expect(lint(md).map((d) => [d.message, d.severity, d.check])).toEqual([
      ['“（三）政府信息管理”没有内容', 'warning', 'P15'],
    ]);
  });

  it('各级人民政府: 一、 reports 工作考核、社会评议和责任追究 (C21-02), 六、 the 建议提案 and 工作要点 (C21-07)', () => {
    const government = edit(md2021, 'date: ', 'body: government\ndate: ').replace(
      '写明工作考核、社会评议和责任追究结果情况，以及培训、监督检查等保障措施。',
      '加强培训和监督检查。',
    );
    expect(found(government)).toEqual([
      ['topic-missing', 'warning', 'C21-02'],
      ['topic-missing', 'info', 'C21-07'],
      ['topic-missing', 'info', 'C21-07'],
    ]);
    // A department is not asked for them.
    const department = government.replace('body: government', 'body: department');
    expect(lint(department)).toEqual([]);
  });

  it('legacy: 无 is a statement (no fees charged), an empty section is not', () => {
    const legacy = scaffold('legacy');
    const nil = edit(legacy, '写明政府信息公开收费及减免情况，没有收费的也应写明。', '无。');
    expect(lint(nil)).toEqual([]);
    const empty = edit(legacy, '写明政府信息公开收费及减免情况，没有收费的也应写明。\n\n', '');
    expect(found(empty)).toEqual([['section-empty', 'warning', 'P15']]);
  });

  it('speaks English', () => {
    const md = edit(md2021, FIVE_HINT, '无。');
    expect(lintWith(md, RULE, 'en')[0].message).toBe(
      '“五、存在的主要问题及改进情况” says only “无。”: only the section on other matters may say 无; this one reports what happened',
    );
  });
});
