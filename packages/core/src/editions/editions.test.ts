/**
 * The edition declarations held against fixtures/spec/editions.md: every official label verbatim,
 * the hierarchy, the units and the cell counts are read from the specification's own tables, so
 * that a typo in a declared label fails here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  boldNumber,
  codeSpans,
  expandKeys,
  lastGroup,
  paragraph,
  part,
  readSpec,
  repoRoot,
  specPath,
  tableWithHeader,
} from '../../test/spec.js';
import { editionCells, flattenRows, leafColumns, tableCells } from './cells.js';
import { editions, getEdition } from './index.js';
import type { BlockSpec, ColumnSpec, EditionSpec, RowSpec, TableSpec } from './types.js';

const spec = readSpec('editions.md');
const edition2021 = getEdition('2021')!;
const edition2019 = getEdition('2019')!;
const legacy = getEdition('legacy')!;

const table = (edition: EditionSpec, key: string): TableSpec => {
  const found = edition.tables.find((t) => t.key === key);
  if (!found) throw new Error(`edition ${edition.id} has no table ${key}`);
  return found;
};
const officialCells = (t: TableSpec) => tableCells(t).filter((c) => !c.optional);
const onlyBlock = (t: TableSpec): BlockSpec => {
  expect(t.blocks).toHaveLength(1);
  return t.blocks[0];
};

// ---------------------------------------------------------------------------------------------
// Header grids: `r1 c4, 1×5` cells of the spec, turned into a column tree.

interface GridHeader {
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
  label: string;
}

function headerGrid(rows: string[][]): GridHeader[] {
  const cells: GridHeader[] = [];
  for (const [where, content] of rows) {
    const m = /^r(\d+) c(\d+)(?:\s*…\s*c(\d+))?(?:,\s*(?:each\s+)?(\d+)×(\d+))?/u.exec(where);
    if (!m) throw new Error(`cannot read header position “${where}”`);
    const labels = codeSpans(content);
    if (labels.length === 0) continue; // the data row (`15 integers`)
    const [row, first] = [Number(m[1]), Number(m[2])];
    const last = m[3] === undefined ? first : Number(m[3]);
    const [rowspan, colspan] = [Number(m[4] ?? 1), Number(m[5] ?? 1)];
    const count = (last - first) / colspan + 1;
    expect(labels, `labels at ${where}`).toHaveLength(count);
    labels.forEach((label, i) =>
      cells.push({ row, col: first + i * colspan, rowspan, colspan, label }),
    );
  }
  return cells;
}

interface LabelTree {
  label: string;
  children: LabelTree[];
}

/** The corner (label area), the caption over all data columns, and the column tree. */
function columnTreeOf(cells: GridHeader[]): {
  corner?: string;
  caption?: string;
  columns: LabelTree[];
} {
  const depth = Math.max(...cells.map((c) => c.row + c.rowspan));
  const corner = cells.find((c) => c.col === 0 && c.rowspan === depth);
  const data = cells.filter((c) => c !== corner);
  const firstDataColumn = corner ? corner.colspan : 0;
  const width = Math.max(...data.map((c) => c.col + c.colspan)) - firstDataColumn;
  const caption = data.find((c) => c.col === firstDataColumn && c.colspan === width && c.row === 0);
  const tree = data.filter((c) => c !== caption);
  const contains = (outer: GridHeader, inner: GridHeader) =>
    outer.row < inner.row &&
    outer.col <= inner.col &&
    inner.col + inner.colspan <= outer.col + outer.colspan;
  const nodes = new Map(tree.map((c) => [c, { label: c.label, children: [] as LabelTree[] }]));
  const roots: LabelTree[] = [];
  for (const cell of [...tree].sort((a, b) => a.row - b.row || a.col - b.col)) {
    const parents = tree.filter((p) => contains(p, cell)).sort((a, b) => b.row - a.row);
    (parents[0] ? nodes.get(parents[0])!.children : roots).push(nodes.get(cell)!);
  }
  return { corner: corner?.label, caption: caption?.label, columns: roots };
}

const declaredTree = (columns: ColumnSpec[]): LabelTree[] =>
  columns.map((c) => ({ label: c.label, children: declaredTree(c.children ?? []) }));

// ---------------------------------------------------------------------------------------------
// Row lists: `| r3.3.1 ✱ | `1.属于国家秘密` | c2 |` rows of the spec.

interface SpecRow {
  /** Row key for data rows (✱), undefined for label-only group rows. */
  key?: string;
  label: string;
  depth: number;
  /** Printed rowspan of a group row's label, when the spec gives it. */
  rowspan?: number;
}

function specRows(rows: string[][]): SpecRow[] {
  return rows.slice(1).map(([keyCell, labelCell, cellsCell]) => {
    const [label] = codeSpans(labelCell);
    const column = /c(\d)/u.exec(cellsCell);
    const colspan = /colspan (\d)/u.exec(cellsCell);
    const depth = column ? Number(column[1]) : 3 - Number(colspan![1]);
    const rowspan = /rowspan (\d+)/u.exec(cellsCell);
    return {
      ...(keyCell.includes('✱') ? { key: keyCell.replace('✱', '').trim() } : {}),
      label,
      depth,
      ...(rowspan ? { rowspan: Number(rowspan[1]) } : {}),
    };
  });
}

function declaredRows(rows: RowSpec[]): SpecRow[] {
  const flat = flattenRows(rows);
  return flat.map((f, i) => {
    // A group's label spans the grid rows of its items; label-only groups take no row of their own.
    const end = flat.slice(i + 1).findIndex((g) => g.depth <= f.depth);
    const descendants = flat.slice(i + 1, end < 0 ? undefined : i + 1 + end);
    const covered = descendants.filter((g) => g.hasData).length;
    return {
      ...(f.hasData ? { key: f.row.key } : {}),
      label: f.row.label,
      depth: f.depth,
      ...(covered > 0 ? { rowspan: covered } : {}),
    };
  });
}

/** Drop rowspans the spec does not state, so both sides compare on what the spec says. */
const withRowspansOf = (declared: SpecRow[], stated: SpecRow[]): SpecRow[] =>
  declared.map((row, i) => {
    const { rowspan, ...rest } = row;
    return stated[i]?.rowspan === undefined ? rest : { ...rest, rowspan };
  });

// ---------------------------------------------------------------------------------------------

describe('fixtures/spec/editions.md', () => {
  const shared = join(repoRoot, '..', 'shared', 'spec', 'editions.md');
  it.skipIf(!existsSync(shared))(
    'equals ../shared/spec/editions.md (skipped when that file does not exist)',
    () => {
      expect(readFileSync(specPath('editions.md'), 'utf8')).toBe(readFileSync(shared, 'utf8'));
    },
  );
});

describe('edition 2021 (§1)', () => {
  it('declares the six sections of §1.1 with their official numbers and titles', () => {
    const skeleton = tableWithHeader(part(spec, '### 1.1'), '#', 'Heading (exact)');
    const headings = skeleton
      .slice(1)
      .filter((r) => /^\d+$/u.test(r[0]))
      .map((r) => codeSpans(r[1])[0]);
    expect(headings).toHaveLength(6);
    expect(edition2021.sections.map((s) => `${s.number}、${s.title}`)).toEqual(headings);
  });

  it('accepts the wording variants §1.1 lists, on the section with the same number', () => {
    const text = part(spec, '### 1.1');
    const variants = codeSpans(text.slice(text.indexOf('Common wording variants')));
    expect(variants.length).toBeGreaterThanOrEqual(3);
    for (const variant of variants) {
      const [number, title] = variant.split('、', 2).length === 2 ? splitNumber(variant) : [];
      const section = edition2021.sections.find((s) => s.number === number);
      expect(section?.variants, variant).toContain(title);
    }
  });

  it('表二 (§1.3): every cell with its key, block caption, row, column, type and unit', () => {
    const text = part(spec, '### 1.3');
    const rows = tableWithHeader(text, 'key', 'block').slice(1);
    const t2 = table(edition2021, 't2');
    const cells = officialCells(t2);
    expect(cells).toHaveLength(rows.length);
    expect(rows.length).toBe(Number(/Cells \((\d+)\)/u.exec(text)![1]));
    let block = '';
    rows.forEach(([key, blockCell, rowCell, columnCell, typeCell], i) => {
      block = blockCell || block;
      const cell = cells[i];
      expect(cell.id).toBe(key);
      expect(cell.block.caption).toBe(block);
      expect(cell.row.label).toBe(codeSpans(rowCell)[0]);
      expect(cell.column.label).toBe(codeSpans(columnCell)[0]);
      expect(cell.valueType, key).toBe(typeCell.startsWith('decimal') ? 'amount' : 'count');
      expect(cell.unit, key).toBe(typeCell.includes('万元') ? '万元' : undefined);
    });
  });

  it('表二 (§1.3): the header cell of each block is the literal 信息内容', () => {
    const corner = codeSpans(part(spec, '### 1.3')).find((s) => s === '信息内容');
    expect(corner).toBe('信息内容');
    for (const block of table(edition2021, 't2').blocks) expect(block.corner).toBe(corner);
  });

  it('表三 (§1.4): the corner note, 申请人情况 and the column tree of the printed header', () => {
    const text = part(spec, '### 1.4');
    const header = columnTreeOf(headerGrid(tableWithHeader(text, 'cell', 'content').slice(1)));
    const block = onlyBlock(table(edition2021, 't3'));
    expect(block.corner).toBe(header.corner);
    expect(block.columnsCaption).toBe(header.caption);
    expect(declaredTree(block.columns)).toEqual(header.columns);
  });

  it('表三 (§1.4): the column keys left to right', () => {
    const text = part(spec, '### 1.4');
    const line = paragraph(text, 'Column keys');
    const pairs = [...line.matchAll(/`(\w+)` (\S+?)[,.]/gu)].map((m) => [m[1], m[2]]);
    expect(pairs).toHaveLength(7);
    const leaves = leafColumns(onlyBlock(table(edition2021, 't3')).columns);
    expect(leaves.map((l) => [l.column.key, l.column.label])).toEqual(pairs);
  });

  it('表三 (§1.4): every row label verbatim, with its level, rowspan and key', () => {
    const text = part(spec, '### 1.4');
    const stated = specRows(tableWithHeader(text, 'row key', 'label (exact)'));
    const declared = declaredRows(onlyBlock(table(edition2021, 't3')).rows);
    expect(withRowspansOf(declared, stated)).toEqual(stated);
  });

  it('表三 (§1.4): 175 cells, 25 data rows × 7', () => {
    const text = part(spec, '### 1.4');
    const [, rows, columns] = /(\d+) data rows × (\d+) columns/u.exec(text)!.map(Number);
    const cells = officialCells(table(edition2021, 't3'));
    expect(new Set(cells.map((c) => c.row)).size).toBe(rows);
    expect(cells).toHaveLength(rows * columns);
    expect(cells).toHaveLength(boldNumber(text, /columns =/u));
  });

  it('表三 (§1.4): the printed notes are declared with the table', () => {
    const text = part(spec, '### 1.4');
    const t3 = table(edition2021, 't3');
    const partial = /（二）部分公开(（[^）]+）)/u.exec(text)![1];
    expect(t3.notes).toEqual([header(text), partial]);
    function header(t: string) {
      return codeSpans(t).find((s) => s.startsWith('（本列数据的勾稽关系'));
    }
  });

  it('表三 (§1.4): the （六） sub-labels accept `，` for `、`', () => {
    const rows = onlyBlock(table(edition2021, 't3')).rows;
    const other = flattenRows(rows).filter((f) => f.row.key.startsWith('r3.6.'));
    for (const f of other.filter((g) => g.row.label.includes('、'))) {
      expect(f.row.variants).toContain(f.row.label.replace('、', '，'));
    }
  });

  it('表四 (§1.5): the column tree of the printed header, the keys, 15 cells', () => {
    const text = part(spec, '### 1.5');
    const header = columnTreeOf(headerGrid(tableWithHeader(text, 'cell', 'content').slice(1)));
    const t4 = table(edition2021, 't4');
    const block = onlyBlock(t4);
    expect(header.corner).toBeUndefined();
    expect(block.noRowLabels).toBe(true);
    expect(declaredTree(block.columns)).toEqual(header.columns);
    const line = paragraph(text, 'Keys:');
    let previous: string[] | undefined;
    const keys = codeSpans(line).flatMap((pattern) => {
      const expanded = expandKeys(pattern, previous);
      previous = lastGroup(pattern) ?? previous;
      return expanded;
    });
    expect(officialCells(t4).map((c) => c.id)).toEqual(keys);
    expect(keys).toHaveLength(Number(/\*\*(\d+) cells\*\*/u.exec(text)![1]));
  });

  it('counts 200 cells as §1.6 says (10 + 175 + 15)', () => {
    const text = part(spec, '### 1.6');
    const m = /表二 (\d+) \+ 表三 (\d+) \+ 表四 (\d+) = \*\*(\d+) cells\*\*/u.exec(text)!;
    const [, t2, t3, t4, total] = m.map(Number);
    expect(officialCells(table(edition2021, 't2'))).toHaveLength(t2);
    expect(officialCells(table(edition2021, 't3'))).toHaveLength(t3);
    expect(officialCells(table(edition2021, 't4'))).toHaveLength(t4);
    expect(editionCells(edition2021).filter((c) => !c.optional)).toHaveLength(total);
    expect(total).toBe(200);
  });
});

function splitNumber(heading: string): [string, string] {
  const i = heading.indexOf('、');
  return [heading.slice(0, i), heading.slice(i + 1)];
}

describe('edition 2019 (§2)', () => {
  it('declares the same six sections (§2.1)', () => {
    const headings = codeSpans(part(spec, '### 2.1'));
    expect(headings).toHaveLength(6);
    expect(edition2019.sections.map((s) => `${s.number}、${s.title}`)).toEqual(headings);
  });

  it('表二 (§2.3): each block with its caption, columns and rows verbatim', () => {
    const text = part(spec, '### 2.3');
    const rows = tableWithHeader(text, 'block caption').slice(1);
    const t2 = table(edition2019, 't2');
    expect(t2.blocks).toHaveLength(rows.length);
    rows.forEach(([captionCell, columnsCell, rowsCell], i) => {
      const block = t2.blocks[i];
      expect(block.caption).toBe(codeSpans(captionCell)[0]);
      expect(block.corner).toBe('信息内容');
      expect(block.columns.map((c) => c.label)).toEqual(codeSpans(columnsCell));
      expect(block.rows.map((r) => r.label)).toEqual(codeSpans(rowsCell));
    });
  });

  it('表二 (§2.3): the cell keys and 22 cells (6 + 6 + 6 + 2 + 2)', () => {
    const text = part(spec, '### 2.3');
    const keysText = text.slice(text.indexOf('Keys:'), text.indexOf('Provincial variant'));
    const keys = codeSpans(keysText).flatMap((p) => expandKeys(p));
    const cells = officialCells(table(edition2019, 't2'));
    expect(cells.map((c) => c.id)).toEqual(keys);
    const m = /Cells: ([\d +]+) = \*\*(\d+)\*\*/u.exec(text)!;
    expect(cells).toHaveLength(Number(m[2]));
    const perBlock = m[1].split('+').map((n) => Number(n.trim()));
    expect(table(edition2019, 't2').blocks.map((b) => officialCellsOfBlock(b).length)).toEqual(
      perBlock,
    );
  });

  it('表二 (§2.3): 本年增/减 is signed, 采购总金额 is an amount that must carry its unit', () => {
    const cells = officialCells(table(edition2019, 't2'));
    for (const cell of cells) {
      const expected =
        cell.column.label === '本年增/减'
          ? 'signed'
          : cell.column.label === '采购总金额'
            ? 'amount-any-unit'
            : 'count';
      expect(cell.valueType, cell.id).toBe(expected);
      expect(cell.unit, cell.id).toBeUndefined();
    }
  });

  it('表三 (§2.4): as 2021, but （六）其他处理 is one data row; rowspan and 161 cells', () => {
    const text = part(spec, '### 2.4');
    const rows2021 = specRows(tableWithHeader(part(spec, '### 1.4'), 'row key', 'label (exact)'));
    const other = codeSpans(text).find((s) => s.startsWith('（六）'))!;
    const groupAt = rows2021.findIndex((r) => r.label === other);
    const expected = rows2021.filter(
      (r, i) => i <= groupAt || i > groupAt + (rows2021[groupAt].rowspan ?? 0),
    );
    expected[groupAt] = { key: 'r3.6', label: other, depth: 1 };
    const result = expected.find((r) => r.label === '三、本年度办理结果')!;
    result.rowspan = Number(/rowspan (\d+)/u.exec(text)![1]);
    const declared = declaredRows(onlyBlock(table(edition2019, 't3')).rows);
    expect(withRowspansOf(declared, expected)).toEqual(expected);
    const [, dataRows, columns] = /(\d+) data rows × (\d+)/u.exec(text)!.map(Number);
    const cells = officialCells(table(edition2019, 't3'));
    expect(new Set(cells.map((c) => c.row)).size).toBe(dataRows);
    expect(cells).toHaveLength(dataRows * columns);
    expect(cells).toHaveLength(Number(/\*\*(\d+) cells\*\*/u.exec(text)![1]));
  });

  it('表四 (§2.5) is identical to 2021', () => {
    expect(table(edition2019, 't4')).toEqual(table(edition2021, 't4'));
  });

  it('counts 198 cells as §2.6 says (22 + 161 + 15)', () => {
    const m = /表二 (\d+) \+ 表三 (\d+) \+ 表四 (\d+) = \*\*(\d+) cells\*\*/u.exec(
      part(spec, '### 2.6'),
    )!;
    const [, t2, t3, t4, total] = m.map(Number);
    expect(officialCells(table(edition2019, 't2'))).toHaveLength(t2);
    expect(officialCells(table(edition2019, 't3'))).toHaveLength(t3);
    expect(officialCells(table(edition2019, 't4'))).toHaveLength(t4);
    expect(editionCells(edition2019).filter((c) => !c.optional)).toHaveLength(total);
    expect(total).toBe(198);
  });

  it('§2.7: each label that changed is distinctive of its edition and absent from the other', () => {
    const rows = tableWithHeader(part(spec, '### 2.7'), '2019 label', '2021 label').slice(1);
    const labelsOf = (edition: EditionSpec) =>
      new Set(
        edition.tables.flatMap((t) =>
          t.blocks.flatMap((b) => [
            b.caption ?? '',
            ...leafColumns(b.columns).map((l) => l.column.label),
            ...flattenRows(b.rows).map((f) => f.row.label),
          ]),
        ),
      );
    const in2019 = labelsOf(edition2019);
    const in2021 = labelsOf(edition2021);
    // Rows that describe a change of structure (（六） split into sub-rows) name no new label.
    const renamed = rows.filter(
      ([, current]) => codeSpans(current).length > 0 || current === 'removed',
    );
    expect(renamed.length).toBeGreaterThanOrEqual(5);
    for (const [old, current] of renamed) {
      for (const label of codeSpans(old).filter((l) => in2019.has(l))) {
        expect(in2021.has(label), label).toBe(false);
        expect(edition2019.distinctiveLabels, label).toContain(label);
      }
      for (const label of codeSpans(current).filter((l) => in2021.has(l))) {
        expect(in2019.has(label), label).toBe(false);
        expect(edition2021.distinctiveLabels, label).toContain(label);
      }
    }
  });
});

function officialCellsOfBlock(block: BlockSpec) {
  const t = editions.flatMap((e) => e.tables).find((x) => x.blocks.includes(block))!;
  return tableCells(t).filter((c) => c.block === block && !c.optional);
}

describe('edition legacy (§3)', () => {
  it('国办发〔2014〕32号 table (§3.2): every row label, unit and key; headings carry no cells', () => {
    const text = part(spec, '### 3.2');
    const rows = tableWithHeader(text, 'key', 'label (exact)', 'unit').slice(1);
    const block = onlyBlock(table(legacy, 'L'));
    const flat = flattenRows(block.rows);
    expect(flat).toHaveLength(rows.length);
    rows.forEach(([keyCell, labelCell, unitCell], i) => {
      const key = keyCell.replace(/\(heading\)/u, '').trim();
      const f = flat[i];
      expect(`L.${f.row.key}`).toBe(key);
      expect(f.row.label).toBe(codeSpans(labelCell)[0]);
      const unit = unitCell.replace(/\*/gu, '').trim();
      expect(f.hasData, key).toBe(!keyCell.includes('heading'));
      expect(f.row.unit ?? '', key).toBe(unit);
      expect(f.row.valueType ?? block.valueType, key).toBe(unit === '万元' ? 'amount' : 'count');
    });
  });

  it('32号 table (§3.2): the hierarchy follows the keys (L.1.1a under L.1.1, L.4.1 under L.4)', () => {
    const flat = flattenRows(onlyBlock(table(legacy, 'L')).rows);
    for (const f of flat) {
      const key = f.row.key;
      const parent = /[a-z]$/u.test(key) ? key.slice(0, -1) : key.split('.').slice(0, -1).join('.');
      expect(f.path.at(-2)?.key ?? '', key).toBe(parent);
    }
  });

  it('32号 table (§3.2): columns 统计指标 · 单位 · 统计数 and 58 cells', () => {
    const text = part(spec, '### 3.2');
    const columns = /Three columns: `([^`]+)` · `([^`]+)` · `([^`]+)`/u.exec(text)!;
    const block = onlyBlock(table(legacy, 'L'));
    expect([block.corner, block.unitColumn, ...block.columns.map((c) => c.label)]).toEqual(
      columns.slice(1),
    );
    expect(officialCells(table(legacy, 'L'))).toHaveLength(
      Number(/\*\*(\d+) value cells\*\*/u.exec(text)![1]),
    );
  });

  it('Fujian table (§3.3): columns, every row label and unit in order, 32 cells', () => {
    const text = part(spec, '### 3.3');
    const fujianText = paragraph(text, '**Fujian**');
    const columns = /columns (`[^`]+`(?: · `[^`]+`)+)/u.exec(fujianText)!;
    const block = onlyBlock(table(legacy, 'F'));
    expect([block.corner, block.unitColumn, ...block.columns.map((c) => c.label)]).toEqual(
      codeSpans(columns[1]),
    );
    const list = fujianText.slice(fujianText.indexOf('Rows (seed 000, exact):'));
    const rows = [...list.matchAll(/`([^`]+)` ([^;`—\s]+)/gu)].map((m) => [m[1], m[2]]);
    const flat = flattenRows(block.rows);
    expect(flat.map((f) => [f.row.label, f.row.unit])).toEqual(rows);
    // Rows numbered 1. 2. … (after 其中：) are items of the row above them.
    let parent: RowSpec | undefined;
    for (const f of flat) {
      const item = /^(其中：)?\d+\./u.test(f.row.label);
      if (!item) parent = f.row;
      expect(f.path.at(-2), f.row.label).toBe(item ? parent : undefined);
    }
    const m = /(\d+) rows × (\d+) value columns = \*\*(\d+) cells\*\*/u.exec(fujianText)!;
    expect(flat).toHaveLength(Number(m[1]));
    expect(block.columns).toHaveLength(Number(m[2]));
    expect(officialCells(table(legacy, 'F'))).toHaveLength(Number(m[3]));
  });

  it('counts 58 and 32 cells as §3.4 says; the two tables are alternatives', () => {
    const text = part(spec, '### 3.4');
    expect(officialCells(table(legacy, 'L'))).toHaveLength(boldNumber(text, /32号 table:/u));
    expect(officialCells(table(legacy, 'F'))).toHaveLength(boldNumber(text, /Fujian profile:/u));
    expect(table(legacy, 'L').alternativeGroup).toBe(table(legacy, 'F').alternativeGroup);
  });

  it('recognises the six content items of 2008 条例 第三十二条 by their keywords (§3.1)', () => {
    const text = part(spec, '### 3.1');
    const article = /应当包括下列内容：(.+?)\n/u.exec(text)![1];
    const items = article
      .split(/（[一二三四五六]）/u)
      .map((s) => s.replace(/[；。]$/u, ''))
      .filter(Boolean);
    expect(items).toHaveLength(6);
    items.forEach((item, i) => {
      const matching = legacy.sections.filter((s) =>
        s.keywords?.some((group) => group.every((k) => item.includes(k))),
      );
      expect(matching[0]?.key, item).toBe(legacy.sections[i].key);
    });
  });
});

describe('every edition', () => {
  it('keeps cell ids unique', () => {
    for (const edition of editions) {
      const ids = editionCells(edition).map((c) => c.id);
      expect(new Set(ids).size, edition.id).toBe(ids.length);
    }
  });

  it('declares the known misspellings of checks.md §6 so that they still bind', () => {
    const checks = readSpec('checks.md');
    const rows = tableWithHeader(part(checks, '## 6.'), 'found', 'canonical').slice(1);
    const typos = rows.filter((r) => r[2].startsWith('typo') || r[2].startsWith('variant char'));
    expect(typos.length).toBeGreaterThanOrEqual(3);
    const declared = new Map<string, string[]>();
    for (const edition of editions) {
      for (const t of edition.tables) {
        for (const b of t.blocks) {
          if (b.caption)
            declared.set(b.caption, [
              ...(declared.get(b.caption) ?? []),
              ...(b.captionTypos ?? []),
            ]);
          for (const l of leafColumns(b.columns))
            declared.set(l.column.label, [
              ...(declared.get(l.column.label) ?? []),
              ...(l.column.typos ?? []),
            ]);
          for (const f of flattenRows(b.rows))
            declared.set(f.row.label, [
              ...(declared.get(f.row.label) ?? []),
              ...(f.row.typos ?? []),
            ]);
        }
      }
    }
    for (const [found, canonical] of typos) {
      const [wrong] = codeSpans(found);
      const [right] = codeSpans(canonical);
      expect(declared.get(right), right).toContain(wrong);
    }
  });
});
