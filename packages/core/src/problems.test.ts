/**
 * Every bad input of issue 2 gives a problem with a stable code, a message in Chinese and in
 * English, and the line and column where the writer must look.
 */
import { describe, expect, it } from 'vitest';
import { locate, setRow } from '../test/reports.js';
import { localize } from './messages.js';
import type { Problem } from './model.js';
import { MAX_REPORT_BYTES, parseReport } from './parse.js';
import { scaffoldReport } from './scaffold.js';

const base = scaffoldReport({ edition: '2021', year: 2024, agency: '城关镇人民政府' });

/** The one problem of a source, in both locales, with its position. */
function only(source: string, options = {}) {
  const report = parseReport(source, options);
  expect(report.problems.map((p) => p.code)).toHaveLength(1);
  return describeProblem(report.problems[0]);
}

function describeProblem(problem: Problem) {
  return {
    code: problem.code,
    severity: problem.severity,
    line: problem.position?.start.line,
    column: problem.position?.start.column,
    zh: localize(problem.message, 'zh', problem.data),
    en: localize(problem.message, 'en', problem.data),
  };
}

describe('frontmatter problems', () => {
  it('malformed YAML: an unclosed bracket, located at the bracket', () => {
    const source = base.replace('agency: 城关镇人民政府', 'agency: [城关镇人民政府');
    expect(only(source)).toEqual({
      code: 'yaml-syntax',
      severity: 'fatal',
      ...locate(source, '['),
      zh: '文件头 YAML 语法错误：缺少闭合的引号或括号',
      en: expect.stringMatching(
        /^YAML syntax error in the frontmatter: a closing quote or bracket is missing \(.+\)$/u,
      ),
    });
  });

  it('malformed YAML: a tab used for indentation, a key written twice, a colon in a value', () => {
    const tab = base.replace('year: 2024', 'year:\t2024: 1');
    expect(only(tab)).toMatchObject({
      code: 'yaml-syntax',
      line: 4,
      zh: expect.stringContaining('Tab'),
    });
    const twice = base.replace('year: 2024', 'year: 2024\nyear: 2023');
    expect(only(twice)).toMatchObject({
      code: 'yaml-syntax',
      ...locate(twice, 'year: 2023'),
      zh: '文件头 YAML 语法错误：同一个键写了两次，请删去一个',
      en: expect.stringContaining('a key is written twice'),
    });
    const colon = base.replace('agency: 城关镇人民政府', 'agency: 某县: 城关镇人民政府');
    expect(only(colon)).toMatchObject({
      code: 'yaml-syntax',
      line: 3,
      zh: expect.stringContaining('请给值加引号'),
    });
  });

  it('an unknown edition, located at its value', () => {
    const source = base.replace('edition: "2021"', 'edition: "2030"');
    expect(only(source)).toEqual({
      code: 'unknown-edition',
      severity: 'fatal',
      ...locate(source, '"2030"'),
      zh: '未知的版本 `2030`：应为 2021、2019 或 legacy',
      en: 'Unknown edition `2030`: expected 2021, 2019 or legacy',
    });
    // Unquoted, YAML reads a number: still named as written.
    expect(only(base.replace('edition: "2021"', 'edition: 2030')).zh).toContain('`2030`');
  });

  it('an unknown edition asked for by option', () => {
    expect(only(base, { edition: '2030' })).toMatchObject({
      code: 'unknown-edition',
      line: 1,
      column: 1,
      en: 'Unknown edition `2030`: expected 2021, 2019 or legacy',
    });
  });

  it('a missing frontmatter', () => {
    const source = base.slice(base.indexOf('# '));
    expect(only(source)).toEqual({
      code: 'missing-frontmatter',
      severity: 'fatal',
      line: 1,
      column: 1,
      zh: '缺少 YAML 文件头：请在文件开头写 `---`，列出 edition、agency、year、date，再以 `---` 结束',
      en: 'Missing YAML frontmatter: start the file with `---`, list edition, agency, year and date, and close it with `---`',
    });
  });

  it('a missing key, with what it expects', () => {
    // Without its 成文日期 a report can still be read (many imported reports have none): an
    // error, not a fatal problem.
    expect(only(base.replace('date: 2025-01-20\n', ''))).toEqual({
      code: 'frontmatter-missing-key',
      severity: 'error',
      line: 2,
      column: 1,
      zh: '文件头缺少 `date`：应为成文日期，格式 YYYY-MM-DD，如 2025-01-20',
      en: 'The frontmatter lacks `date`: the 成文日期 as YYYY-MM-DD, e.g. 2025-01-20',
    });
    // Without its year or edition it cannot be bound to its official format.
    expect(only(base.replace('year: 2024\n', ''))).toMatchObject({
      code: 'frontmatter-missing-key',
      severity: 'fatal',
      en: expect.stringContaining('`year`'),
    });
    expect(only(base.replace('edition: "2021"\n', ''))).toMatchObject({
      code: 'frontmatter-missing-key',
      severity: 'fatal',
      en: expect.stringContaining('`edition`'),
    });
  });

  it('keeps every valid key when others are missing or wrong', () => {
    const noDate = parseReport(base.replace('date: 2025-01-20\n', ''));
    expect(noDate.meta).toEqual({
      edition: '2021',
      agency: '城关镇人民政府',
      year: 2024,
      period: { start: '2024-01-01', end: '2024-12-31' },
    });
    // The report is still bound to its edition: every official cell is there.
    expect(noDate.cells.size).toBe(parseReport(base).cells.size);
    const broken = parseReport(
      base
        .replace('year: 2024', 'year: 今年')
        .replace('agency: 城关镇人民政府', 'agency: ""')
        .replace('  end: 2024-12-31', '  end: 2024年12月31日'),
    );
    expect(broken.meta).toEqual({ edition: '2021', date: '2025-01-20' });
    expect(broken.problems.map((p) => [p.data.key, p.severity])).toEqual([
      ['agency', 'error'],
      ['year', 'fatal'],
      ['period.end', 'error'],
    ]);
  });

  it('a missing nested key, located at its parent key', () => {
    const source = base.replace('  start: 2024-01-01\n', '');
    expect(only(source)).toMatchObject({
      code: 'frontmatter-missing-key',
      ...locate(source, 'period:'),
      en: expect.stringContaining('`period.start`'),
    });
  });

  it('an invalid value, located at the value', () => {
    const year = base.replace('year: 2024', 'year: 二〇二四');
    expect(only(year)).toEqual({
      code: 'frontmatter-invalid',
      severity: 'fatal',
      ...locate(year, '二〇二四'),
      zh: '文件头 `year` 的值不正确：应为报告年度（统计年度），四位整数，如 2024',
      en: 'The frontmatter value of `year` is wrong: the report (statistics) year as four digits, e.g. 2024',
    });
    const date = base.replace('date: 2025-01-20', 'date: 2025-02-30');
    expect(only(date)).toMatchObject({
      code: 'frontmatter-invalid',
      ...locate(date, '2025-02-30'),
      zh: expect.stringContaining('`date`'),
    });
    const nested = base.replace('  end: 2024-12-31', '  end: 2024年12月31日');
    expect(only(nested)).toMatchObject({
      code: 'frontmatter-invalid',
      ...locate(nested, '2024年12月31日'),
      en: expect.stringContaining('`period.end`'),
    });
  });

  it('an unknown key, located at the key, listing the known keys', () => {
    const source = base.replace('year: 2024', 'year: 2024\nagnecy: 城关镇');
    expect(only(source)).toEqual({
      code: 'frontmatter-unknown-key',
      severity: 'error',
      ...locate(source, 'agnecy'),
      zh: '文件头有未知的键 `agnecy`（可用的键：edition, agency, year, date, title, period, body, contact）',
      en: 'Unknown frontmatter key `agnecy` (known keys: edition, agency, year, date, title, period, body, contact)',
    });
    const nested = base.replace('  end: 2024-12-31', '  end: 2024-12-31\n  middle: 2024-06-30');
    expect(only(nested)).toMatchObject({
      ...locate(nested, 'middle'),
      zh: expect.stringContaining('`period.middle`'),
    });
  });

  it('a frontmatter that is not a mapping', () => {
    const source = base.replace(/^---\n[\s\S]*?\n---/u, '---\n- 2021\n- 城关镇\n---');
    expect(only(source)).toMatchObject({
      code: 'frontmatter-not-mapping',
      line: 2,
      column: 1,
      zh: '文件头应是“键: 值”的映射，例如 `edition: "2021"`',
    });
  });

  it('reports every key error at once, not one per run', () => {
    const source = base
      .replace('year: 2024', 'year: 今年')
      .replace('date: 2025-01-20', 'dat: 2025-01-20');
    expect(
      parseReport(source)
        .problems.map((p) => [p.code, p.data.key])
        .sort(),
    ).toEqual([
      ['frontmatter-invalid', 'year'],
      ['frontmatter-missing-key', 'date'],
      ['frontmatter-unknown-key', 'dat'],
    ]);
  });
});

describe('file problems', () => {
  it('an empty file, or one of whitespace only', () => {
    for (const source of ['', '\n\n  \n', '\uFEFF']) {
      expect(only(source)).toEqual({
        code: 'empty-file',
        severity: 'fatal',
        line: 1,
        column: 1,
        zh: '文件为空：请写入年报内容，或用 `nianbao new` 生成模板',
        en: 'The file is empty: write the report, or generate a skeleton with `nianbao new`',
      });
    }
  });

  it('a binary file', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(only(png.toString('utf8'))).toEqual({
      code: 'binary-file',
      severity: 'fatal',
      line: 1,
      column: 1,
      zh: '这不是文本文件（含有二进制内容）：年报应为 UTF-8 编码的 Markdown',
      en: 'This is not a text file (it holds binary data): a report is Markdown in UTF-8',
    });
  });

  it('a GBK file read as UTF-8: says so, and how to fix it', () => {
    // 「政府信息公开工作年度报告」 as a Chinese editor saves it in GB18030, read as UTF-8.
    const text = Buffer.from('d5feb8aed0c5cfa2b9abbfaab9a4d7f7c4eab6c8b1a8b8e6', 'hex').toString(
      'utf8',
    );
    const source = `---\nagency: ${text}\n---\n\n${text.repeat(20)}\n`;
    expect(only(source)).toEqual({
      code: 'not-utf8',
      severity: 'fatal',
      line: 1,
      column: 1,
      zh: '文件不是 UTF-8 编码（可能是 GBK 或 GB18030）：请在编辑器中将文件另存为 UTF-8 编码',
      en: 'The file is not UTF-8 (it may be GBK or GB18030): save it as UTF-8 in your editor',
    });
  });

  it('a file larger than any report, before it is parsed', () => {
    const large = `${base}\n${'很长的内容。'.repeat(Math.ceil((MAX_REPORT_BYTES * 1.5) / 18))}`;
    expect(only(large)).toMatchObject({
      code: 'file-too-large',
      line: 1,
      column: 1,
      zh: expect.stringMatching(/^文件过大（3\.0 MB，上限 2\.0 MB）/u),
      en: expect.stringMatching(/^The file is too large \(3\.0 MB, limit 2\.0 MB\)/u),
    });
    expect(only(base, { maxBytes: 1000 })).toMatchObject({
      code: 'file-too-large',
      zh: expect.stringMatching(/^文件过大（\d+ KB，上限 1 KB）/u),
    });
  });

  it('never prints a size equal to its limit', () => {
    const justOver = 'a'.repeat(MAX_REPORT_BYTES + 1);
    const { zh } = only(justOver);
    const [, size, limit] = /（(.+)，上限 (.+)）/u.exec(zh)!;
    expect(size).not.toBe(limit);
  });
});

describe('table problems', () => {
  const lines = base.split('\n');
  const t3Start = lines.findIndex((l) => l.startsWith('| （本列数据'));
  const t3End = lines.findIndex((l) => l.startsWith('| 四、结转下年度继续办理'));
  const replaceT3 = (table: string[]) =>
    [...lines.slice(0, t3Start), ...table, ...lines.slice(t3End + 1)].join('\n');
  const mapT3 = (f: (line: string, i: number) => string) =>
    lines.map((l, i) => (i >= t3Start && i <= t3End ? f(l, i - t3Start) : l)).join('\n');

  it('a table with wrong labels in an official section: table-unbound, with the header it needs', () => {
    const source = replaceT3([
      '| 项目 | 数量 |',
      '| --- | --- |',
      '| 收到申请 | 3 |',
      '| 办结 | 3 |',
    ]);
    const problem = only(source);
    expect(problem).toMatchObject({
      code: 'table-unbound',
      severity: 'error',
      ...locate(source, '| 项目 |'),
    });
    expect(problem.zh).toMatch(
      /^无法识别此表格属于2021版的哪张官方表格：表头应为官方标签，如“（本列数据的勾稽关系为：.+） \| 自然人 \| 法人或其他组织 > 商业企业 \| .+ \| 总计”$/u,
    );
    expect(problem.en).toMatch(/^This table matches no official table of edition 2021: /u);
    expect(parseReport(source).cells.has('t3.r1.total')).toBe(false);
  });

  it('a table of its own outside the official sections is no problem', () => {
    const source = base.replace(
      '### （二）依申请公开',
      '| 项目 | 数量 |\n| --- | --- |\n| 宣传活动 | 3 |\n\n### （二）依申请公开',
    );
    const report = parseReport(source);
    expect(report.problems).toEqual([]);
    expect(report.otherTables).toHaveLength(1);
    expect(report.cells.size).toBe(200);
  });

  it('an extra column: table-columns, the official columns listed', () => {
    const source = mapT3((l, i) => `${l}${i === 0 ? ' 备注 |' : i === 1 ? ' --- |' : '  |'}`);
    const problem = only(source);
    expect(problem).toEqual({
      code: 'table-columns',
      severity: 'error',
      ...locate(source, '| （本列数据'),
      zh: '表三的列与官方表格不符：应有 7 列数据（自然人、法人或其他组织 > 商业企业、法人或其他组织 > 科研机构、法人或其他组织 > 社会公益组织、法人或其他组织 > 法律服务机构、法人或其他组织 > 其他、总计），实有 8 列',
      en: expect.stringMatching(
        /^表三 has the wrong columns: expected 7 value columns \(.+\), found 8$/u,
      ),
    });
    // The official columns still bind by their labels.
    expect(parseReport(source).cells.size).toBe(200);
  });

  it('merged columns (one column fewer): table-columns, and the lost column is not invented', () => {
    const dropOther = (l: string) => {
      const cells = l.split('|');
      cells.splice(7, 1);
      return cells.join('|');
    };
    const source = mapT3(dropOther);
    expect(only(source)).toMatchObject({
      code: 'table-columns',
      zh: expect.stringMatching(/实有 6 列$/u),
    });
    const report = parseReport(source);
    expect(report.cells.has('t3.r1.other')).toBe(false);
    expect(report.cells.has('t3.r1.legal')).toBe(true);
  });

  it('a non-number in a count cell: the cell says not-number, with its position', () => {
    const source = setRow(base, '行政许可', ['约三十件']);
    const report = parseReport(source);
    expect(report.problems).toEqual([]);
    const cell = report.cells.get('t2.a5.licensing.decisions')!;
    expect(cell).toMatchObject({ text: '约三十件', issue: 'not-number' });
    expect(cell.value).toBeUndefined();
    expect(cell.position?.start).toMatchObject(locate(source, '约三十件'));
  });
});
