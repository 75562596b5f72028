import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_CSV_HEADER, MAX_REPORT_BYTES, scaffoldReport, type ReportData } from '@nianbao/core';
import { lintText } from '@nianbao/rules';
import { beforeAll, describe, expect, it } from 'vitest';
import { capture, lineOf, setRow } from '../../test/helpers.js';
import { main } from '../index.js';

const clean2021 = scaffoldReport({ edition: '2021', year: 2024, agency: '城关镇人民政府' });
const clean2019 = scaffoldReport({ edition: '2019', year: 2020, agency: '江城镇人民政府' });
const T4_ZEROS = `| ${Array(15).fill('0').join(' | ')} |`;

/** A 2021 report with figures that add up, to see each one land in its place. */
const figures = (() => {
  let md = setRow(clean2021, '一、本年新收政府信息公开申请数量', [10, 2, 0, 0, 1, 0, 13]);
  md = setRow(md, '（一）予以公开', [8, 2, 0, 0, 1, 0, 11]);
  md = setRow(md, '1.本机关不掌握相关政府信息', [2, 0, 0, 0, 0, 0, 2]);
  md = setRow(md, '（七）总计', [10, 2, 0, 0, 1, 0, 13]);
  md = setRow(md, '行政事业性收费', ['1.25']);
  return md.replace(T4_ZEROS, '| 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 2 | 2 | 0 | 0 | 0 | 0 | 0 |');
})();

let dir: string;
const file = (name: string, text: string | Buffer) => {
  writeFileSync(join(dir, name), text);
  return name;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-data-'));
  file('figures.md', figures);
  file('2019.md', setRow(clean2019, '政府集中采购', [3, '75680元']));
});

async function data(args: string[], locale?: 'en') {
  const io = capture(dir);
  const code = await main(['data', ...args, ...(locale ? ['--locale', locale] : [])], io);
  return { code, out: io.out, err: io.err };
}

const cellsOf = (report: ReportData) =>
  new Map(report.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => [c.id, c]))));

describe('nianbao data --format json', () => {
  it('prints one object per file: schema, file, edition, agency, year, tables', async () => {
    const { code, out, err } = await data(['figures.md']);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const reports = JSON.parse(out) as ReportData[];
    expect(reports).toHaveLength(1);
    const [report] = reports;
    expect(Object.keys(report)).toEqual(['schema', 'file', 'edition', 'agency', 'year', 'tables']);
    expect(report).toMatchObject({
      schema: 'nianbao-data/1',
      file: 'figures.md',
      edition: '2021',
      agency: '城关镇人民政府',
      year: 2024,
    });
    expect(report.tables.map((t) => [t.key, t.block, t.name, t.caption])).toEqual([
      ['t2', 'a1', '表二', '第二十条第（一）项'],
      ['t2', 'a5', '表二', '第二十条第（五）项'],
      ['t2', 'a6', '表二', '第二十条第（六）项'],
      ['t2', 'a8', '表二', '第二十条第（八）项'],
      ['t3', '', '表三', '收到和处理政府信息公开申请情况'],
      ['t4', '', '表四', '政府信息公开行政复议、行政诉讼情况'],
    ]);
  });

  it('gives each row its official path and each cell its column path, value and text', async () => {
    const [report] = JSON.parse((await data(['figures.md'])).out) as ReportData[];
    const t3 = report.tables.find((t) => t.key === 't3')!;
    const row = t3.rows.find((r) => r.key === 'r3.4.1')!;
    expect(row.path).toEqual([
      '三、本年度办理结果',
      '（四）无法提供',
      '1.本机关不掌握相关政府信息',
    ]);
    expect(row.cells.map((c) => [c.id, c.column, c.value])).toEqual([
      ['t3.r3.4.1.natural', ['自然人'], 2],
      ['t3.r3.4.1.biz', ['法人或其他组织', '商业企业'], 0],
      ['t3.r3.4.1.research', ['法人或其他组织', '科研机构'], 0],
      ['t3.r3.4.1.ngo', ['法人或其他组织', '社会公益组织'], 0],
      ['t3.r3.4.1.legal', ['法人或其他组织', '法律服务机构'], 0],
      ['t3.r3.4.1.other', ['法人或其他组织', '其他'], 0],
      ['t3.r3.4.1.total', ['总计'], 2],
    ]);
    const cells = cellsOf(report);
    expect(cells.get('t3.r1.total')).toEqual({
      id: 't3.r1.total',
      column: ['总计'],
      value: 13,
      text: '13',
    });
    expect(cells.get('t2.a8.fees.amount')).toMatchObject({ value: 1.25, text: '1.25' });
    expect(cells.get('t4.review.total')?.value).toBe(1);
    expect(cells.get('t4.direct.total')?.value).toBe(2);
    expect(cells.get('t4.direct.pending')?.value).toBe(2);
    expect(cells.get('t4.after_review.total')?.value).toBe(0);
    expect(cells.get('t4.review.upheld')?.column).toEqual(['行政复议', '结果维持']);
    expect(cells.get('t4.after_review.upheld')?.column).toEqual([
      '行政诉讼',
      '复议后起诉',
      '结果维持',
    ]);
    expect(cells.size).toBe(200);
  });

  it('keeps the unit written in a cell (2019 采购总金额)', async () => {
    const [report] = JSON.parse((await data(['2019.md'])).out) as ReportData[];
    expect(cellsOf(report).get('t2.a9.central_procurement.amount')).toEqual({
      id: 't2.a9.central_procurement.amount',
      column: ['采购总金额'],
      value: 75680,
      text: '75680元',
      unit: '元',
    });
    expect(cellsOf(report).size).toBe(198);
  });

  it('prints several files in the order given', async () => {
    const { code, out } = await data(['2019.md', 'figures.md']);
    expect(code).toBe(0);
    const reports = JSON.parse(out) as ReportData[];
    expect(reports.map((r) => [r.file, r.edition, cellsOf(r).size])).toEqual([
      ['2019.md', '2019', 198],
      ['figures.md', '2021', 200],
    ]);
  });
});

describe('nianbao data --format csv', () => {
  it('prints a header and one line per cell, with a BOM and CRLF for spreadsheets', async () => {
    const { code, out } = await data(['figures.md', '2019.md', '--format', 'csv']);
    expect(code).toBe(0);
    expect(out.startsWith('\uFEFF')).toBe(true);
    const lines = out.slice(1).split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe(DATA_CSV_HEADER.join(','));
    expect(lines[0]).toBe('file,edition,agency,year,table,cell_id,row_path,column,value,text');
    expect(lines).toHaveLength(1 + 200 + 198);
    expect(lines).toContain(
      'figures.md,2021,城关镇人民政府,2024,表三 收到和处理政府信息公开申请情况,t3.r3.4.1.natural,三、本年度办理结果 / （四）无法提供 / 1.本机关不掌握相关政府信息,自然人,2,2',
    );
    expect(lines).toContain(
      'figures.md,2021,城关镇人民政府,2024,表四 政府信息公开行政复议、行政诉讼情况,t4.direct.total,,行政诉讼 > 未经复议直接起诉 > 总计,2,2',
    );
    expect(lines).toContain(
      '2019.md,2019,江城镇人民政府,2020,表二 第二十条第（九）项,t2.a9.central_procurement.amount,政府集中采购,采购总金额,75680,75680元',
    );
  });

  it('quotes a field with a comma or a quote', async () => {
    const name = file(
      'quoted.md',
      clean2021.replace('agency: 城关镇人民政府', 'agency: "城关镇,\\"人民政府\\""'),
    );
    const { code, out } = await data([name, '--format', 'csv']);
    expect(code).toBe(0);
    expect(out.split('\r\n')[1]).toMatch(/^quoted\.md,2021,"城关镇,""人民政府""",2024,/u);
  });
});

describe('nianbao data: a frontmatter with a gap', () => {
  it('prints the figures of a report without its 成文日期, with its agency and year', async () => {
    const name = file('no-date.md', figures.replace('date: 2025-01-20\n', ''));
    const { code, out, err } = await data([name]);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const [report] = JSON.parse(out) as ReportData[];
    expect(report).toMatchObject({ edition: '2021', agency: '城关镇人民政府', year: 2024 });
    expect(cellsOf(report).get('t3.r1.natural')).toMatchObject({ value: 10 });
    const [dated] = JSON.parse((await data(['figures.md'])).out) as ReportData[];
    expect(report.tables).toEqual(dated.tables);
  });
});

describe('nianbao data: bad input', () => {
  const cases: { name: string; text: string | Buffer; zh: string; en: string; at: string }[] = [
    {
      name: 'yaml.md',
      text: clean2021.replace('agency: 城关镇人民政府', 'agency: [城关镇人民政府'),
      at: '3:9',
      zh: '文件头 YAML 语法错误：缺少闭合的引号或括号',
      en: 'YAML syntax error in the frontmatter: a closing quote or bracket is missing',
    },
    {
      name: 'edition.md',
      text: clean2021.replace('edition: "2021"', 'edition: "2030"'),
      at: '2:10',
      zh: '未知的版本 `2030`：应为 2021、2019 或 legacy',
      en: 'Unknown edition `2030`: expected 2021, 2019 or legacy',
    },
    {
      name: 'no-frontmatter.md',
      text: clean2021.slice(clean2021.indexOf('# ')),
      at: '1:1',
      zh: '缺少 YAML 文件头',
      en: 'Missing YAML frontmatter',
    },
    {
      name: 'no-year.md',
      text: clean2021.replace('year: 2024\n', ''),
      at: '2:1',
      zh: '文件头缺少 `year`',
      en: 'The frontmatter lacks `year`',
    },
    {
      name: 'not-number.md',
      text: setRow(clean2021, '行政许可', ['约三十件']),
      at: `${lineOf(clean2021, '| 行政许可 |')}:10`,
      zh: '表二“第二十条第（五）项”“行政许可”行“本年处理决定数量”列应为数字，实为“约三十件”',
      en: '表二“第二十条第（五）项” row “行政许可”, column “本年处理决定数量”: expected a number, found “约三十件”',
    },
    {
      name: 'missing-row.md',
      text: clean2021
        .split('\n')
        .filter((l) => !l.startsWith('| 2.重复申请 |'))
        .join('\n'),
      at: `${lineOf(clean2021, '| 1.信访举报投诉类申请 |')}:1`,
      zh: '表三缺少行“2.重复申请”',
      en: '表三 lacks the row “2.重复申请”',
    },
    {
      name: 'empty.md',
      text: '',
      at: '1:1',
      zh: '文件为空',
      en: 'The file is empty',
    },
    {
      name: 'gbk.md',
      // 「政府信息公开工作年度报告」 saved in GB18030 by a Chinese editor.
      text: Buffer.from('d5feb8aed0c5cfa2b9abbfaab9a4d7f7c4eab6c8b1a8b8e6'.repeat(20), 'hex'),
      at: '1:1',
      zh: '文件不是 UTF-8 编码（可能是 GBK 或 GB18030）',
      en: 'The file is not UTF-8 (it may be GBK or GB18030)',
    },
    {
      name: 'binary.md',
      text: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49]),
      at: '1:1',
      zh: '这不是文本文件',
      en: 'This is not a text file',
    },
  ];

  it.each(cases)('$name: file:line:col and the reason, in Chinese and English', async (c) => {
    file(c.name, c.text);
    const zh = await data([c.name]);
    expect(zh.code).toBe(1);
    expect(zh.out).toBe('');
    expect(zh.err).toContain(`${c.name}:${c.at}  错误  ${c.zh}`);
    const en = await data([c.name], 'en');
    expect(en).toMatchObject({ code: 1, out: '' });
    expect(en.err).toContain(`${c.name}:${c.at}  error  ${c.en}`);
  });

  it('a table with wrong labels in its section', async () => {
    const lines = clean2021.split('\n');
    const start = lines.findIndex((l) => l.startsWith('| （本列数据'));
    const end = lines.findIndex((l) => l.startsWith('| 四、结转下年度继续办理'));
    lines.splice(start, end - start + 1, '| 项目 | 数量 |', '| --- | --- |', '| 收到申请 | 3 |');
    const name = file('unbound.md', lines.join('\n'));
    const { code, out, err } = await data([name]);
    expect({ code, out }).toEqual({ code: 1, out: '' });
    expect(err).toContain(
      `unbound.md:${start + 1}:1  错误  无法识别此表格属于2021版的哪张官方表格`,
    );
    // Not reported twice: the table that is missing is the one that cannot be read.
    expect(err.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('extra columns', async () => {
    const line = lineOf(clean2021, '| （本列数据');
    const lines = clean2021.split('\n');
    for (let i = line - 1; lines[i]?.startsWith('|'); i++)
      lines[i] += i === line - 1 ? ' 备注 |' : i === line ? ' --- |' : '  |';
    const name = file('columns.md', lines.join('\n'));
    const en = await data([name], 'en');
    expect(en).toMatchObject({ code: 1, out: '' });
    expect(en.err).toContain(
      `columns.md:${line}:1  error  表三 has the wrong columns: expected 7 value columns`,
    );
  });

  it('a missing table', async () => {
    const lines = clean2021.split('\n');
    const heading = lines.findIndex((l) => l.startsWith('## 四、'));
    const next = lines.findIndex((l) => l.startsWith('## 五、'));
    lines.splice(heading + 1, next - heading - 1, '', '本年度未发生行政复议、行政诉讼。', '');
    const name = file('no-t4.md', lines.join('\n'));
    const { code, out, err } = await data([name]);
    expect({ code, out }).toEqual({ code: 1, out: '' });
    expect(err).toBe(
      `no-t4.md:${heading + 1}:1  错误  缺少表四（政府信息公开行政复议、行政诉讼情况）：请在“四、政府信息公开行政复议、行政诉讼情况”部分加入该表，\`nianbao new\` 可生成空表\n`,
    );
  });

  it('a file too large to be a report is refused before it is read', async () => {
    const name = file('large.md', Buffer.alloc(MAX_REPORT_BYTES + 4096, 0x61));
    const { code, out, err } = await data([name]);
    expect({ code, out }).toEqual({ code: 1, out: '' });
    expect(err).toMatch(/^large\.md:1:1 {2}错误 {2}文件过大（\d+ KB，上限 2048 KB）/u);
  });

  it('a missing file', async () => {
    const { code, out, err } = await data(['nowhere.md']);
    expect({ code, out }).toEqual({ code: 1, out: '' });
    expect(err).toMatch(/^nowhere\.md:1:1 {2}错误 {2}无法读取文件：/u);
    expect((await data(['.'], 'en')).err).toMatch(/^\.:1:1 {2}error {2}Cannot read the file: /u);
  });

  it('prints nothing on stdout when any of several files fails', async () => {
    file('bad.md', '');
    const { code, out, err } = await data(['figures.md', 'bad.md', '2019.md']);
    expect({ code, out }).toEqual({ code: 1, out: '' });
    expect(err).toBe('bad.md:1:1  错误  文件为空：请写入年报内容，或用 `nianbao new` 生成模板\n');
  });

  it('refuses an unknown format or no file with exit code 2', async () => {
    expect(await data(['figures.md', '--format', 'xml'])).toEqual({
      code: 2,
      out: '',
      err: '参数错误：--format xml\n',
    });
    const none = await data([]);
    expect(none).toMatchObject({ code: 2, out: '' });
    expect(none.err.startsWith('没有指定文件\n用法：nianbao data')).toBe(true);
  });
});

describe('nianbao data on examples/', () => {
  const root = fileURLToPath(new URL('../../../../', import.meta.url));
  const examples = ['examples/2021-城关镇.md', 'examples/2019-临河镇.md'];

  it('prints the figures of both example reports', async () => {
    const io = capture(root);
    expect(await main(['data', ...examples], io)).toBe(0);
    const [town, river] = JSON.parse(io.out) as ReportData[];
    expect([town.file, town.edition, town.year, river.file, river.edition, river.year]).toEqual([
      examples[0],
      '2021',
      2024,
      examples[1],
      '2019',
      2020,
    ]);
    const a = cellsOf(town);
    expect(a.size).toBe(200);
    expect(
      [
        't3.r1.total',
        't3.r3.1.total',
        't3.r4.total',
        't2.a5.licensing.decisions',
        't4.direct.pending',
      ].map((id) => a.get(id)?.value),
    ).toEqual([17, 9, 1, 156, 1]);
    const b = cellsOf(river);
    expect(b.size).toBe(198);
    expect(b.get('t2.a5.licensing.delta')?.value).toBe(-1);
    expect(b.get('t2.a9.central_procurement.amount')).toMatchObject({ value: 86.5, unit: '万元' });
  });

  it('lints clean: the examples are what a report should look like', () => {
    for (const file of examples) {
      const { diagnostics } = lintText(readFileSync(join(root, file), 'utf8'), { file });
      expect(
        diagnostics
          .filter((d) => d.severity !== 'info')
          .map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`),
        file,
      ).toEqual([]);
    }
  });
});

describe('docs/data.md', () => {
  const root = fileURLToPath(new URL('../../../../', import.meta.url));

  it('shows an excerpt of what `nianbao data` prints for examples/2021-城关镇.md', async () => {
    const doc = readFileSync(join(root, 'docs', 'data.md'), 'utf8');
    const [documented] = JSON.parse(/```json\n([\s\S]*?)```/u.exec(doc)![1]) as ReportData[];
    const io = capture(root);
    await main(['data', documented.file!], io);
    const [real] = JSON.parse(io.out) as ReportData[];
    const { tables, ...head } = documented;
    expect(Object.keys(real)).toEqual(Object.keys(documented));
    expect(real).toMatchObject(head);
    for (const table of tables) {
      const same = real.tables.find((t) => t.key === table.key && t.block === table.block)!;
      const { rows, ...tableHead } = table;
      expect(same).toMatchObject(tableHead);
      for (const row of rows) {
        const realRow = same.rows.find((r) => r.key === row.key)!;
        expect(realRow.path).toEqual(row.path);
        for (const cell of row.cells)
          expect(realRow.cells.find((c) => c.id === cell.id)).toEqual(cell);
      }
    }
    // The CSV line shown is a line of the real output.
    const csvLine = doc.split('\n').find((l) => l.includes(',t3.r3.4.1.biz,'))!;
    const csv = capture(root);
    await main(['data', documented.file!, '--format', 'csv'], csv);
    expect(csv.out.split('\r\n')).toContain(csvLine);
  });
});
