import { columnLabel, flattenRows, type ColumnSpec, type EditionSpec } from '@nianbao/core';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { buildTemplateData } from './model.js';
import { templateSet } from './templates.js';
import { filledReport } from './testing/reports.js';
import { renderTxt } from './txt.js';
import { wrapText } from './width.js';

/** Width as a CJK terminal shows it, measured independently of the renderer's own function. */
const width = (text: string) => stringWidth(text, { ambiguousIsNarrow: false });

/** A line as display slots: a wide character fills its slot and leaves the next one empty. */
function slots(line: string): string[] {
  const out: string[] = [];
  for (const ch of line) {
    out.push(ch);
    if (width(ch) === 2) out.push('');
  }
  return out;
}

interface ParsedCell {
  top: number;
  left: number;
  bottom: number;
  right: number;
  text: string;
}

/**
 * Read an ASCII grid table back into its cells, as docutils reads grid tables: a cell is a
 * rectangle of `+`, `-` and `|` whose corners are `+`. Positions are display columns, so a table
 * whose rules do not line up for CJK text does not parse.
 */
function parseTextTable(lines: string[]): ParsedCell[] {
  const grid = lines.map(slots);
  const at = (y: number, x: number) => grid[y]?.[x] ?? ' ';
  const cells: ParsedCell[] = [];
  for (let y = 0; y < grid.length; y++) {
    for (let x = 0; x < grid[y].length; x++) {
      if (at(y, x) !== '+' || at(y, x + 1) !== '-' || !['|', '+'].includes(at(y + 1, x))) continue;
      // Right edge: the first `+` along the top with a rule going down.
      let right = x + 1;
      while (
        right < grid[y].length &&
        !(at(y, right) === '+' && ['|', '+'].includes(at(y + 1, right)))
      )
        right++;
      // Bottom edge: the first `+` down the right edge with a rule going left.
      let bottom = y + 1;
      while (bottom < grid.length && !(at(bottom, right) === '+' && at(bottom, right - 1) === '-'))
        bottom++;
      if (bottom >= grid.length) continue;
      const text = [];
      for (let j = y + 1; j < bottom; j++)
        text.push(
          grid[j]
            .slice(x + 1, right)
            .join('')
            .trim()
            .replace(/^\u3000+/u, ''),
        );
      cells.push({ top: y, left: x, bottom, right, text: text.join('') });
    }
  }
  return cells;
}

/** The tables of a TXT file: runs of lines that start with `+` or `|`. */
function textTables(text: string): string[][] {
  const tables: string[][] = [];
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    if (/^[+|]/u.test(line)) (current ??= []).push(line);
    else if (current) {
      tables.push(current);
      current = undefined;
    }
  }
  if (current) tables.push(current);
  return tables;
}

function officialLabels(edition: EditionSpec, year: number): string[] {
  const labels: string[] = [];
  const columns = (list: ColumnSpec[]) => {
    for (const c of list) {
      labels.push(columnLabel(c, year));
      if (c.children) columns(c.children);
    }
  };
  for (const table of edition.tables.filter((t) => !t.alternativeGroup || t.key === 'L'))
    for (const block of table.blocks) {
      labels.push(
        ...[block.caption, block.corner, block.columnsCaption, block.unitColumn].filter(
          (l): l is string => Boolean(l),
        ),
      );
      columns(block.columns);
      labels.push(
        ...flattenRows(block.rows)
          .map((f) => f.row.label)
          .filter(Boolean),
      );
    }
  return labels;
}

function build(edition: '2021' | '2019' | 'legacy', crlf = false) {
  const filled = filledReport(edition);
  const data = buildTemplateData(filled.report, { format: 'txt' });
  const text = renderTxt(data, templateSet({ edition }), { crlf });
  return { ...filled, data, text };
}

describe.each(['2021', '2019', 'legacy'] as const)('TXT of a filled %s report', (edition) => {
  const { report, figures, text } = build(edition);
  const tables = textTables(text);

  it('draws every table with rules that line up in display columns', () => {
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      const widths = new Set(table.map(width));
      expect([...widths]).toHaveLength(1);
      // Every rule position of a line is a rule position of the table's frame.
      for (const line of table) expect(slots(line).at(-1)).toMatch(/[+|]/u);
      expect(parseTextTable(table).length).toBeGreaterThan(0);
    }
  });

  it('prints every official label and every figure whole, in a cell of its own', () => {
    const cellTexts = new Set(tables.flatMap((t) => parseTextTable(t).map((c) => c.text)));
    const missingLabels = officialLabels(report.edition!, report.meta!.year!).filter(
      (label) => !cellTexts.has(label),
    );
    expect(missingLabels).toEqual([]);
    const missingFigures = [...figures].filter(([, figure]) => !cellTexts.has(figure));
    expect(missingFigures).toEqual([]);
  });

  it('has no trailing spaces, one final newline, and the title, prose and signature', () => {
    expect(text.split('\n').filter((l) => /[ \t\u3000]$/u.test(l))).toEqual([]);
    expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
    expect(text).not.toContain('\r');
    expect(text).toContain('某某县某某镇人民政府');
    expect(text).toMatch(/\n\s+某某县某某镇人民政府\n\s+\d{4}年1月20日\n$/u);
    for (const section of report.sections) expect(text).toContain(`\u3000\u3000${section.text}\n`);
  });
});

describe('TXT tables', () => {
  it('merges 表三’s 三、本年度办理结果 over its 22 rows (2021)', () => {
    const { text } = build('2021');
    const t3 = textTables(text).find((t) => t.some((l) => l.includes('申请人情况')))!;
    const cells = parseTextTable(t3);
    const outcome = cells.find((c) => c.text === '三、本年度办理结果')!;
    const labelsBeside = cells.filter(
      (c) => c.left === outcome.right && c.top >= outcome.top && c.bottom <= outcome.bottom,
    );
    // Beside it: （一）（二）（七） and the groups （三）–（六）, each spanning its items.
    expect(labelsBeside.map((c) => c.text)).toEqual([
      '（一）予以公开',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      '（三）不予公开',
      '（四）无法提供',
      '（五）不予处理',
      '（六）其他处理',
      '（七）总计',
    ]);
    const figuresIn = (c: ParsedCell) =>
      cells.filter((v) => v.top >= c.top && v.bottom <= c.bottom && /^\d+$/u.test(v.text));
    expect(figuresIn(outcome)).toHaveLength(22 * 7);
  });

  it('writes CRLF line ends when asked', () => {
    const { text } = build('2021', true);
    expect(text).toContain('\r\n');
    expect(text.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
  });
});

describe('wrapText', () => {
  it('keeps numbers whole and never starts a line with closing punctuation', () => {
    const numbers = wrapText('共公开信息12345条。', 8);
    expect(numbers.join('')).toBe('共公开信息12345条。');
    expect(numbers.some((l) => l.includes('12345'))).toBe(true);
    expect(numbers.every((l) => width(l) <= 8 && !l.startsWith('。'))).toBe(true);
    const lines = wrapText('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 10);
    for (const line of lines) {
      expect(width(line)).toBeLessThanOrEqual(10);
      expect(line).not.toMatch(/^[，。、）]/u);
      expect(line).not.toMatch(/（$/u);
    }
    expect(lines.join('')).toBe('（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    expect(wrapText('电话0432-63012687', 14)).toEqual(['电话0432-', '63012687']);
  });
});
