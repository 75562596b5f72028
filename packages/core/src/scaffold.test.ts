import { describe, expect, it } from 'vitest';
import { editionCells, tableCells } from './editions/cells.js';
import { editions, getEdition } from './editions/index.js';
import { parseReport, sectionKeyOf, sectionOf, topSection } from './parse.js';
import { reportData } from './data.js';
import { scaffoldReport } from './scaffold.js';

const years: Record<string, number> = { '2021': 2024, '2019': 2020, legacy: 2017 };

describe.each(editions.map((e) => [e.id, e] as const))(
  'scaffoldReport, edition %s',
  (id, edition) => {
    const year = years[id];
    const markdown = scaffoldReport({ edition: id, year, agency: '城关镇人民政府' });
    const report = parseReport(markdown);
    // Legacy reports carry one statistics table of a group of alternatives: the skeleton writes the
    // first (国办发〔2014〕32号).
    const written = edition.tables.filter(
      (t) =>
        !t.alternativeGroup ||
        t === edition.tables.find((u) => u.alternativeGroup === t.alternativeGroup),
    );
    const official = written.flatMap(tableCells).filter((c) => !c.optional);

    it('parses back without a problem, with the frontmatter it was given', () => {
      expect(report.problems).toEqual([]);
      expect(report.meta).toMatchObject({
        edition: id,
        year,
        agency: '城关镇人民政府',
        date: `${year + 1}-01-20`,
        period: { start: `${year}-01-01`, end: `${year}-12-31` },
      });
      expect(report.title?.text).toBe(`城关镇人民政府${year}年政府信息公开工作年度报告`);
    });

    it('writes every section of the edition, in order, each recognised as itself', () => {
      expect(report.sections.map((s) => sectionKeyOf(edition, s))).toEqual(
        edition.sections.map((s) => s.key),
      );
      expect(report.sections.map((s) => s.numbering.style)).toEqual(
        edition.sections.map(() => 'cn-comma'),
      );
      for (const [i, section] of report.sections.entries()) {
        expect(section.title).toBe(edition.sections[i].title);
        // The one-line hint of the official format stands under each heading.
        expect(section.content[0]?.type, section.title).toBe('paragraph');
      }
    });

    it('binds every official cell, zero, with no cell issue', () => {
      expect([...report.cells.keys()].sort()).toEqual(official.map((c) => c.id).sort());
      for (const cell of report.cells.values()) {
        expect(cell.value, cell.id).toBe(0);
        expect(cell.issue, cell.id).toBeUndefined();
      }
      for (const table of report.tables) expect(table.missingRows, table.spec.name).toEqual([]);
    });

    it('puts each table in the section the edition names for it', () => {
      for (const table of report.tables) {
        const section = sectionOf(report, table.node);
        expect(section && sectionKeyOf(edition, topSection(section)), table.spec.name).toBe(
          table.spec.section,
        );
      }
    });

    it('gives every official cell to reportData, all zero', () => {
      const data = reportData(report);
      const values = data.tables.flatMap((t) => t.rows.flatMap((r) => r.cells));
      expect(values).toHaveLength(official.length);
      expect(values.every((c) => c.value === 0)).toBe(true);
    });
  },
);

describe('scaffoldReport', () => {
  it('counts 200, 198 and 58 cells for the three editions', () => {
    const counts = editions.map((e) => parseReport(scaffoldReport({ edition: e.id })).cells.size);
    expect(counts).toEqual([200, 198, 58]);
    expect(editionCells(getEdition('legacy')!).filter((c) => !c.optional)).toHaveLength(58 + 32);
  });

  it('writes the parts of 一、总体情况 that the edition declares, in order, with their hints', () => {
    const titles = (id: string) =>
      parseReport(scaffoldReport({ edition: id })).sections[0].children.map(
        (s) => `${s.numbering.raw}${s.title}`,
      );
    expect(titles('2021')).toEqual([
      '（一）主动公开',
      '（二）依申请公开',
      '（三）政府信息管理',
      '（四）政府信息公开平台建设',
      '（五）监督保障',
    ]);
    expect(titles('2019')[3]).toBe('（四）平台建设');
    // Legacy reports have no prescribed parts.
    expect(titles('legacy')).toEqual([]);
    for (const id of ['2021', '2019']) {
      const overview = getEdition(id)!.sections.find((s) => s.key === 'overview')!;
      const parts = overview.content!.filter((c) => c.hint);
      expect(titles(id).map((t) => t.slice(3))).toEqual(parts.map((p) => p.topic.zh));
      for (const part of parts) expect(scaffoldReport({ edition: id })).toContain(part.hint);
    }
  });

  it('states the statistics period and, for 2021, the 信息处理费', () => {
    const md = scaffoldReport({ edition: '2021', year: 2024 });
    expect(md).toContain('统计期限自2024年1月1日起至2024年12月31日止');
    const other = parseReport(md).sections.at(-1)!;
    expect(other.title).toBe('其他需要报告的事项');
    expect(md.slice(other.position!.start.offset)).toContain('信息处理费');
    expect(scaffoldReport({ edition: '2019', year: 2020 })).not.toContain('信息处理费');
  });

  it('writes the 2019 采购总金额 with a unit, as the form leaves it open', () => {
    const report = parseReport(scaffoldReport({ edition: '2019', year: 2020 }));
    expect(report.cells.get('t2.a9.central_procurement.amount')).toMatchObject({
      text: '0元',
      value: 0,
      unit: '元',
    });
  });

  it.each(['某县: 城关镇人民政府', '[城关镇]', '2024', '城关镇 #1', '- 城关镇'])(
    'writes the agency %j so that YAML reads it back unchanged',
    (agency) => {
      const report = parseReport(scaffoldReport({ agency, year: 2024 }));
      expect(report.problems).toEqual([]);
      expect(report.meta?.agency).toBe(agency);
    },
  );

  it('refuses an unknown edition', () => {
    expect(() => scaffoldReport({ edition: '2030' })).toThrow(/2030/u);
  });
});
