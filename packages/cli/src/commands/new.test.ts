import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { editionCells, editions, parseReport, tableCells } from '@nianbao/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { capture } from '../../test/helpers.js';
import { main } from '../index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-new-'));
});

async function run(args: string[], locale?: 'en') {
  const io = capture(dir);
  const code = await main([...args, ...(locale ? ['--locale', locale] : [])], io);
  return { code, out: io.out, err: io.err };
}

const years: Record<string, string> = { '2021': '2024', '2019': '2020', legacy: '2017' };

/** The cells `nianbao new` must write: every official cell, one table of each alternative group. */
function expectedCells(id: string): string[] {
  const edition = editions.find((e) => e.id === id)!;
  const tables = edition.tables.filter(
    (t) =>
      !t.alternativeGroup ||
      t === edition.tables.find((u) => u.alternativeGroup === t.alternativeGroup),
  );
  return tables
    .flatMap(tableCells)
    .filter((c) => !c.optional)
    .map((c) => c.id);
}

describe('nianbao new', () => {
  it.each(editions.map((e) => e.id))(
    'writes a skeleton of edition %s that `nianbao data` reads back: every official cell, zero',
    async (id) => {
      const written = await run([
        'new',
        '--edition',
        id,
        '--year',
        years[id],
        '--agency',
        '城关镇人民政府',
        '-o',
        'report.md',
      ]);
      expect(written).toMatchObject({ code: 0, out: '' });
      const cells = expectedCells(id);
      expect(written.err).toBe(`已生成 report.md（${id} 版，${cells.length} 个表格单元格）\n`);
      const data = await run(['data', 'report.md']);
      expect(data.err).toBe('');
      expect(data.code).toBe(0);
      const [report] = JSON.parse(data.out);
      expect(report).toMatchObject({
        schema: 'nianbao-data/1',
        file: 'report.md',
        edition: id,
        agency: '城关镇人民政府',
        year: Number(years[id]),
      });
      const values = report.tables.flatMap(
        (t: { rows: { cells: { id: string; value: number }[] }[] }) =>
          t.rows.flatMap((r) => r.cells),
      );
      expect(values.map((c: { id: string }) => c.id).sort()).toEqual([...cells].sort());
      expect(values.every((c: { value: number }) => c.value === 0)).toBe(true);
    },
  );

  it('counts 200, 198 and 58 cells against the declarations', () => {
    expect(editions.map((e) => expectedCells(e.id).length)).toEqual([200, 198, 58]);
    // legacy declares the Fujian table as the alternative to the 32号 table.
    expect(editionCells(editions[2]).filter((c) => !c.optional)).toHaveLength(90);
  });

  it('writes edition 2021 by default, to stdout without -o', async () => {
    const { code, out, err } = await run(['new', '--year', '2024']);
    expect(code).toBe(0);
    expect(err).toBe('');
    const report = parseReport(out);
    expect(report.meta?.edition).toBe('2021');
    expect(report.cells.size).toBe(200);
  });

  it('refuses to overwrite a file unless --force, and leaves it as it was', async () => {
    writeFileSync(join(dir, 'report.md'), '我的年报草稿');
    const refused = await run(['new', '-o', 'report.md']);
    expect(refused).toEqual({
      code: 1,
      out: '',
      err: 'report.md 已存在，未覆盖。如确需覆盖，请加 --force\n',
    });
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toBe('我的年报草稿');
    const english = await run(['new', '-o', 'report.md'], 'en');
    expect(english.err).toBe(
      'report.md exists and was not overwritten. Add --force to overwrite it\n',
    );
    const forced = await run(['new', '-o', 'report.md', '--force', '--year', '2024']);
    expect(forced.code).toBe(0);
    expect(parseReport(readFileSync(join(dir, 'report.md'), 'utf8')).cells.size).toBe(200);
  });

  it('refuses a year that belongs to another edition, unless --force', async () => {
    const refused = await run(['new', '--edition', '2021', '--year', '2020', '-o', 'r.md']);
    expect(refused).toEqual({
      code: 2,
      out: '',
      err: '2020 年度的年报应使用 2019 版格式，而不是 2021 版（如确需如此，请加 --force）\n',
    });
    expect(existsSync(join(dir, 'r.md'))).toBe(false);
    const english = await run(['new', '--edition', 'legacy', '--year', '2024'], 'en');
    expect(english.err).toBe(
      'A report for 2024 uses edition 2021, not legacy (add --force if you really mean it)\n',
    );
    const forced = await run([
      'new',
      '--edition',
      '2021',
      '--year',
      '2020',
      '--force',
      '-o',
      'r.md',
    ]);
    expect(forced.code).toBe(0);
  });

  it('refuses a bad edition, year or date with a message and exit code 2', async () => {
    expect(await run(['new', '--edition', '2030'])).toEqual({
      code: 2,
      out: '',
      err: '未知的版本“2030”：应为 2021、2019 或 legacy\n',
    });
    expect((await run(['new', '--year', '24'], 'en')).err).toBe(
      'Bad year “24”: expected four digits, e.g. 2024\n',
    );
    const date = await run(['new', '--year', '2024', '--date', '2025-02-30']);
    expect(date).toMatchObject({ code: 2, out: '' });
    expect(date.err).toBe('成文日期“2025-02-30”不正确：应为 YYYY-MM-DD\n');
  });

  it('writes the agency and date it is given, quoting what YAML would misread', async () => {
    const agency = '某县: 城关镇人民政府';
    const args = ['new', '--year', '2024', '--agency', agency, '--date', '2025-01-15'];
    const { code, out } = await run(args);
    expect(code).toBe(0);
    const report = parseReport(out);
    expect(report.problems).toEqual([]);
    expect(report.meta).toMatchObject({ agency, date: '2025-01-15' });
  });

  it('writes atomically: no partial or temporary file is left behind', async () => {
    await run(['new', '--year', '2024', '-o', 'report.md']);
    expect(readdirSync(dir)).toEqual(['report.md']);
  });

  it('reports a file it cannot write instead of crashing', async () => {
    const result = await run(['new', '--year', '2024', '-o', 'no/such/dir/report.md']);
    expect(result).toEqual({
      code: 1,
      out: '',
      err: 'no/such/dir/report.md：无法写入（文件或目录不存在）\n',
    });
    const english = await run(['new', '--year', '2024', '-o', 'no/such/dir/report.md'], 'en');
    expect(english.err).toBe('no/such/dir/report.md: cannot write (no such file or directory)\n');
  });
});
