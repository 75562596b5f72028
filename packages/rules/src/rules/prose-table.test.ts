import { describe, expect, it } from 'vitest';
import {
  edit,
  fixture,
  fresh,
  lintWith,
  seeds,
  setCell,
  examples,
} from '../../test/rule-harness.js';
import { proseFacts, zeroStatements } from './prose-table-facts.js';

const lint = (source: string, locale?: 'zh' | 'en') => lintWith('prose-table', source, { locale });
const clean2021 = fixture('clean-2021.md');
const cleanLegacy = fixture('clean-legacy.md');

describe('prose-table', () => {
  describe('valid', () => {
    it.each(examples)('is silent on the example report $name', ({ source }) => {
      expect(lint(source)).toEqual([]);
    });

    it.each(fresh)('is silent on a fresh $edition report', ({ source }) => {
      expect(lint(source)).toEqual([]);
    });

    it('is silent on correct reports whose prose states many table figures', () => {
      // clean-2021: 收到35、上年结转3、办结36、结转2、予以公开20、部分公开5、不予公开2、无法提供6、
      // 不予处理1、制发5、废止2; clean-legacy: 收到8、办结8、答复8、同意公开5…、专职2、兼职3.
      expect(lint(clean2021)).toEqual([]);
      expect(lint(cleanLegacy)).toEqual([]);
    });

    it('is silent on the seeds whose prose agrees with the tables', () => {
      // Seed 003 「未有群众依申请信息公开件」「未发生…行政复议、…行政诉讼」 with zero tables; seed 004
      // 「没有收到依申请公开请求」; seed 001 has no table.
      for (const n of [1, 3, 4]) expect(lint(seeds[n].source)).toEqual([]);
    });

    it('skips figures of another year, changes, approximations and cumulative figures', () => {
      const md = edit(
        clean2021,
        '全年共收到政府信息公开申请35件，较上年增加6件',
        '2022年共收到政府信息公开申请29件。全年共收到政府信息公开申请约40件，较上年增加6件',
      );
      expect(lint(md)).toEqual([]);
    });

    it('compares only figures about 政府信息公开 (by their words or their section)', () => {
      // A 司法局 handles reviews of every kind; 行政许可 applications are not 信息公开 applications.
      const md = edit(
        clean2021,
        '将政务公开工作纳入全区绩效考核',
        '全年办理行政复议案件20件，受理行政许可申请1203件。将政务公开工作纳入全区绩效考核',
      );
      expect(lint(md)).toEqual([]);
    });

    it('reads the words nearest the number (「“部分公开”的件数和“不予公开”的件数0件」)', () => {
      // Seed 000's table says 同意部分公开 7, 不予公开 0: the 0 is the 不予公开 figure.
      expect(lint(seeds[0].source).map((d) => d.data?.fact)).not.toContainEqual(
        expect.objectContaining({ zh: '部分公开' }),
      );
    });
  });

  describe('invalid', () => {
    it('seed 000: prose says 7 applications received, the Fujian table 受理 0 (F-07), twice', () => {
      const found = lint(seeds[0].source);
      expect(found.map((d) => [d.check, d.severity, d.message])).toEqual([
        [
          'F-07',
          'warning',
          '正文中收到申请为 7件，而福建省政府信息公开工作情况统计表“受理政府信息公开申请总数 · 2018年”为 0：请核对正文或表格',
        ],
        [
          'F-07',
          'warning',
          '正文中收到申请为 7件，而福建省政府信息公开工作情况统计表“受理政府信息公开申请总数 · 2018年”为 0：请核对正文或表格',
        ],
      ]);
    });

    it('seed 002: prose 49 items / 12 normative documents, table 13 / 5 (L-19)', () => {
      const found = lint(seeds[2].source);
      expect(found.map((d) => [d.check, d.data?.stated, d.data?.value])).toEqual([
        ['L-19', '49条', 13],
        ['L-19', '12条', 5],
      ]);
    });

    it.each([
      ['本年度办结36件', '本年度办结35件', 'P10', '表三“（七）总计”', 36],
      ['上年结转3件', '上年结转4件', 'P10', '表三“二、上年结转政府信息公开申请数量”', 3],
      ['予以公开20件', '予以公开21件', 'P10', '表三“（一）予以公开”', 20],
      ['不予公开2件', '不予公开3件', 'P10', '表三“（三）不予公开”', 2],
      ['无法提供6件', '无法提供7件', 'P10', '表三“（四）无法提供”', 6],
      [
        '全年制发行政规范性文件5件',
        '全年制发行政规范性文件6件',
        'P10',
        '表二“行政规范性文件 · 本年制发件数”',
        5,
      ],
    ])('2021: 「%s」 → 「%s」 disagrees with the table', (from, to, check, cells, value) => {
      const [d, ...rest] = lint(edit(clean2021, from, to));
      expect(rest).toEqual([]);
      expect(d).toMatchObject({ check, severity: 'warning', data: { cells, value } });
    });

    it('表四: prose counts of 行政复议 and 行政诉讼 (T4-06)', () => {
      // The table holds one review (upheld) and no lawsuit.
      const md = edit(
        clean2021,
        '将政务公开工作纳入全区绩效考核',
        '全年发生政府信息公开行政复议2件，行政诉讼1件。将政务公开工作纳入全区绩效考核',
      );
      const found = lint(md);
      expect(found.map((d) => [d.check, d.data?.stated, d.data?.cells, d.data?.value])).toEqual([
        ['T4-06', '2件', '表四“行政复议 · 总计”', 1],
        ['T4-06', '1件', '表四“行政诉讼”', 0],
      ]);
    });

    it('「未收到申请」 with applications in 表三: r1 is a warning, carry-overs are info (T3-08)', () => {
      const md = edit(
        clean2021,
        '全年共收到政府信息公开申请35件',
        '全年未收到政府信息公开申请。另有申请35件',
      );
      const found = lint(md).filter((d) => d.messageId === 'zero-mismatch');
      expect(found.map((d) => [d.check, d.severity, d.data?.value])).toEqual([
        ['P10', 'warning', 35],
        ['T3-08', 'info', 3],
        ['T3-08', 'info', 2],
      ]);
      expect(found[0].message).toBe(
        '正文称“未收到政府信息公开申请”，但表三“一、本年新收政府信息公开申请数量”为 35：请核对正文或表格',
      );
    });

    it('「未发生…行政诉讼」 with a lawsuit in the table (legacy, L-19), in English', () => {
      const md = setCell(setCell(cleanLegacy, 'L.5', '1'), 'L.5.3', '1');
      const [d, ...rest] = lint(md, 'en');
      expect(rest).toEqual([]);
      expect(d.message).toBe(
        'The text says “未发生因政府信息公开引起的行政诉讼”, but 政府信息公开情况统计表“五、行政诉讼数量” holds 1: check the text or the table',
      );
    });

    it('legacy figures: 收到, 办结, 部分公开, 行政复议, 专职人员', () => {
      const cases: [string, string, string][] = [
        ['政府信息公开申请8件', '政府信息公开申请9件', '（一）收到申请数'],
        ['办结8件', '办结7件', '（二）申请办结数'],
        ['同意部分公开1件', '同意部分公开2件', '3.同意部分公开答复数'],
        ['提起行政复议1件', '提起行政复议2件', '四、行政复议数量'],
        ['专职人员2人', '专职人员3人', '1.专职人员数（不包括政府公报及政府网站工作人员数）'],
      ];
      for (const [from, to, row] of cases) {
        const found = lint(edit(cleanLegacy, from, to));
        expect(
          found.map((d) => d.data?.cells),
          to,
        ).toEqual([`政府信息公开情况统计表“${row}”`]);
      }
    });
  });

  describe('the mapping', () => {
    it('names only cells that exist in the editions', async () => {
      const { editions, editionCells } = await import('@nianbao/core');
      for (const edition of editions) {
        const ids = new Set(editionCells(edition).map((c) => c.id));
        const sets = [
          ...proseFacts.flatMap((f) => f.cells[edition.id] ?? []),
          ...zeroStatements.flatMap((z) => (z.cells[edition.id] ?? []).flat()),
        ];
        for (const set of sets)
          for (const id of [...set.cells, ...(set.cumulative ?? [])])
            expect(ids.has(id), `${edition.id}: ${id}`).toBe(true);
      }
    });

    it('ends every pattern at the number', () => {
      for (const fact of proseFacts) expect(fact.pattern.source.endsWith('$'), fact.key).toBe(true);
    });
  });
});
