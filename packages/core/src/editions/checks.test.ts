/**
 * The 勾稽关系 declared with each edition, held against fixtures/spec/checks.md: how many
 * arithmetic equations each edition has, and which cells each one relates, read from the
 * equations as the specification writes them.
 */
import { describe, expect, it } from 'vitest';
import {
  boldNumber,
  codeSpans,
  paragraph,
  part,
  readSpec,
  tableWithHeader,
} from '../../test/spec.js';
import { editionCells, flattenRows } from './cells.js';
import { T3_APPLICANTS, T3_COLUMNS, dataRows, editions, getEdition } from './index.js';
import type { CheckSpec, EditionSpec } from './types.js';

const checks = readSpec('checks.md');
const edition2021 = getEdition('2021')!;
const edition2019 = getEdition('2019')!;
const legacy = getEdition('legacy')!;

const RELATIONS: Record<string, CheckSpec['relation']> = { '=': '=', '≤': '<=', '≥': '>=' };

/** A relation between cells, order-insensitive on each side. */
interface Relation {
  relation: CheckSpec['relation'];
  left: string[];
  right: string[];
}

const normalized = (r: Relation): string =>
  `${[...r.left].sort().join('+')} ${r.relation} ${[...r.right].sort().join('+')}`;
const declared = (edition: EditionSpec, family: string): string[] =>
  edition.checks
    .filter((c) => c.family === family)
    .map(normalized)
    .sort();

/** Split `A + B = C` into its sides. */
function sides(equation: string): { left: string; relation: CheckSpec['relation']; right: string } {
  // The relation outside braces: `Σ_{k=1..5} L.1.2.k ≥ L.1.1` has an `=` in its subscript.
  let depth = 0;
  for (let i = 0; i < equation.length; i++) {
    const ch = equation[i];
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (depth === 0 && ch in RELATIONS) {
      return {
        left: equation.slice(0, i).trim(),
        relation: RELATIONS[ch],
        right: equation.slice(i + 1).trim(),
      };
    }
  }
  throw new Error(`no relation in “${equation}”`);
}

const terms = (side: string): string[] => side.split(/\s+\+\s+/u).map((t) => t.trim());

// ---------------------------------------------------------------------------------------------
// 表三/表四 notation: T3[r3.3.i,c], Σ_{i=1..8} …, Σ_{c∈APPLICANTS} …, review.total

function t3Terms(side: string, row: string | undefined, column: string | undefined): string[] {
  return terms(side).flatMap((term) => {
    const ref = /T3\[([^\]]+)\]/u.exec(term);
    if (!ref) throw new Error(`cannot read term “${term}”`);
    const cell = (i?: number, c?: string) => {
      const [r, col] = ref[1].split(',').map((s) => s.trim());
      const rowKey = r === 'r' ? row! : r.replace(/\.i$/u, `.${i}`);
      return `t3.${rowKey}.${col === 'c' ? (c ?? column!) : col}`;
    };
    const range = /Σ_\{i=1\.\.(\d+)\}/u.exec(term);
    if (range) return Array.from({ length: Number(range[1]) }, (_, i) => cell(i + 1));
    if (/Σ_\{c∈APPLICANTS\}/u.test(term)) return T3_APPLICANTS.map((c) => cell(undefined, c));
    return [cell()];
  });
}

function t3Relation(equation: string, row?: string, column?: string): Relation {
  const { left, relation, right } = sides(equation);
  return { relation, left: t3Terms(left, row, column), right: t3Terms(right, row, column) };
}

/** The equation of a check id in a table of checks.md (the last code span with a relation). */
function equationOf(rows: string[][], id: string): string {
  const row = rows.find((r) => r[0] === id);
  if (!row) throw new Error(`no check ${id}`);
  const spans = codeSpans(row.slice(2).join(' ')).filter((s) => /[=≤≥]/u.test(s));
  return spans[spans.length - 1];
}

function modernExpectations(edition: EditionSpec, t3Table: string[][], t4Table: string[][]) {
  const rows = dataRows(edition.tables.find((t) => t.key === 't3')!.blocks[0].rows);
  const t301 = equationOf(t3Table, 'T3-01');
  const t302 = equationOf(t3Table, edition.id === '2019' ? 'T3-02/2019' : 'T3-02');
  const t303 = equationOf(t3Table, 'T3-03');
  const t4 = (id: string): Relation => {
    const { left, relation, right } = sides(equationOf(t4Table, id));
    const cell = (t: string) => `t4.${t}`;
    return { relation, left: terms(left).map(cell), right: terms(right).map(cell) };
  };
  return {
    'T3-01': rows.map((r) => t3Relation(t301, r.key)),
    'T3-02': T3_COLUMNS.map((c) => t3Relation(t302, undefined, c)),
    'T3-03': T3_COLUMNS.map((c) => t3Relation(t303, undefined, c)),
    'T4-01': [t4('T4-01')],
    'T4-02': [t4('T4-02')],
    'T4-03': [t4('T4-03')],
  };
}

const t3Table2021 = tableWithHeader(part(checks, '### 2.2'), 'id', 'sev', 'equation');
const t4Table = tableWithHeader(part(checks, '### 2.3'), 'id', 'sev', 'equation');

describe('edition 2021 checks (checks.md §2)', () => {
  it('relates exactly the cells of each equation of T3-01..03 and T4-01..03', () => {
    const expected = modernExpectations(edition2021, t3Table2021, t4Table);
    for (const [family, relations] of Object.entries(expected)) {
      expect(declared(edition2021, family), family).toEqual(relations.map(normalized).sort());
    }
  });

  it('has as many instances as §2.2 counts (25 + 7 + 7)', () => {
    const identities = t3Table2021.slice(1).filter((r) => /^T3-0[123]$/u.test(r[0]));
    expect(identities).toHaveLength(3);
    for (const [id, , , instances] of identities) {
      expect(declared(edition2021, id), id).toHaveLength(Number(instances));
    }
    const sum = /Counts: (\d+) \+ (\d+) \+ (\d+) = \*\*(\d+) sum identities\*\*/u.exec(
      part(checks, '### 2.2'),
    )!;
    const families = ['T3-01', 'T3-02', 'T3-03'];
    families.forEach((f, i) => expect(declared(edition2021, f)).toHaveLength(Number(sum[i + 1])));
  });

  it('counts 42 error equations (§2.5)', () => {
    const count = boldNumber(part(checks, '### 2.5'), /T4-01\.\.03 = 3 →/u);
    expect(count).toBe(42);
    expect(errorEquations(edition2021)).toHaveLength(count);
  });

  it('declares T3-05 group subtotals (（三）–（六）) as optional checks', () => {
    const subtotals = edition2021.checks.filter((c) => c.family === 'T3-05');
    expect(subtotals).toHaveLength(4 * T3_COLUMNS.length);
    expect(subtotals.every((c) => c.optional && c.severity === 'error')).toBe(true);
  });
});

describe('edition 2019 checks (checks.md §3)', () => {
  const t3Table2019 = [
    ...t3Table2021,
    ...tableWithHeader(part(checks, '### 3.2'), 'id', 'sev', 'equation').slice(1),
  ];

  it('relates exactly the cells of each equation; T3-02 ends with the single （六） row', () => {
    const expected = modernExpectations(edition2019, t3Table2019, t4Table);
    for (const [family, relations] of Object.entries(expected)) {
      expect(declared(edition2019, family), family).toEqual(relations.map(normalized).sort());
    }
    expect(edition2019.checks.find((c) => c.id === 'T3-02[total]')!.right).toContain(
      't3.r3.6.total',
    );
  });

  it('has 23 instances of T3-01 and counts 40 error equations (§3.5)', () => {
    const instances = /T3-01 has (\d+) instances/u.exec(part(checks, '### 3.2'))!;
    expect(declared(edition2019, 'T3-01')).toHaveLength(Number(instances[1]));
    const count = boldNumber(part(checks, '### 3.5'), /Arithmetic identities:/u);
    expect(count).toBe(40);
    expect(errorEquations(edition2019)).toHaveLength(count);
  });

  it('declares no T3-05 check for （六） (a single data row in 2019)', () => {
    const groups = new Set(
      edition2019.checks.filter((c) => c.family === 'T3-05').map((c) => c.left[0].split('.')[1]),
    );
    expect([...groups].sort()).toEqual(['r3']);
    expect(
      edition2019.checks.filter((c) => c.family === 'T3-05').map((c) => c.left[0]),
    ).not.toContainEqual(expect.stringMatching(/^t3\.r3\.6\./u));
  });
});

/** Non-optional `error` equalities over table cells: the 勾稽关系 a report must satisfy. */
function errorEquations(edition: EditionSpec): CheckSpec[] {
  return edition.checks.filter((c) => c.severity === 'error' && c.relation === '=' && !c.optional);
}

// ---------------------------------------------------------------------------------------------
// Legacy notation: L.3.1 = L.3.1.1 + …, Σ_{k=1..8} L.3.3.k, L.3.3.4a + … + L.3.3.4f

function legacyTerms(side: string, k?: number): string[] {
  const out: string[] = [];
  const list = terms(side);
  list.forEach((term, i) => {
    const sum = /Σ_\{k=1\.\.(\d+)\}\s*(\S+)\.k/u.exec(term);
    if (sum) {
      for (let j = 1; j <= Number(sum[1]); j++) out.push(`${sum[2]}.${j}`);
    } else if (term === '…') {
      const [from, to] = [list[i - 1], list[i + 1]];
      const [a, b] = [from.charCodeAt(from.length - 1), to.charCodeAt(to.length - 1)];
      for (let c = a + 1; c < b; c++) out.push(from.slice(0, -1) + String.fromCharCode(c));
    } else out.push(k === undefined ? term : term.replace(/\.k$/u, `.${k}`));
  });
  return out;
}

function legacyRelations(relationCell: string): Relation[] {
  const forK = /for k = 1\.\.(\d+)/u.exec(relationCell);
  const ks = forK ? Array.from({ length: Number(forK[1]) }, (_, i) => i + 1) : [undefined];
  return codeSpans(relationCell)
    .filter((s) => /[=≤≥]/u.test(s))
    .flatMap((equation) =>
      ks.map((k) => {
        const { left, relation, right } = sides(equation);
        return { relation, left: legacyTerms(left, k), right: legacyTerms(right, k) };
      }),
    );
}

describe('edition legacy checks (checks.md §4)', () => {
  const rows = tableWithHeader(part(checks, '### 4.1'), 'id', 'sev', 'relation').slice(1);
  const arithmetic = rows.filter((r) => !['type', 'consistency'].includes(r[3]));

  it('relates exactly the cells of each relation of the 32号 table, with its severity', () => {
    expect(arithmetic.length).toBeGreaterThanOrEqual(16);
    for (const [id, severity, relation] of arithmetic) {
      const expected = legacyRelations(relation);
      expect(expected.length, id).toBeGreaterThan(0);
      expect(declared(legacy, id), id).toEqual(expected.map(normalized).sort());
      for (const check of legacy.checks.filter((c) => c.family === id))
        expect(check.severity, id).toBe(severity);
    }
  });

  it('counts 6 error equalities and 8 error inequalities (§4.1)', () => {
    const text = paragraph(part(checks, '### 4.1'), 'Equalities:');
    const equalities = /Equalities: ([^=]+) = \*\*(\d+) `error` equations\*\*/u.exec(text)!;
    const inequalities = /inequalities: ([^=]+) = \*\*(\d+) `error` inequalities\*\*/u.exec(text)!;
    const families = (list: string) => list.split(',').map((s) => s.trim().split(' ')[0]);
    const ofTable = legacy.checks.filter(
      (c) => c.family.startsWith('L-') && c.severity === 'error',
    );
    const eq = ofTable.filter((c) => c.relation === '=');
    const leq = ofTable.filter((c) => c.relation === '<=');
    expect(eq).toHaveLength(Number(equalities[2]));
    expect(leq).toHaveLength(Number(inequalities[2]));
    expect(eq).toHaveLength(6);
    expect(leq).toHaveLength(8);
    expect([...new Set(eq.map((c) => c.family))]).toEqual(families(equalities[1]));
    expect([...new Set(leq.map((c) => c.family))]).toEqual(families(inequalities[1]));
  });
});

describe('edition legacy, Fujian profile checks (checks.md §4.2)', () => {
  const rows = tableWithHeader(part(checks, '### 4.2'), 'id', 'sev', 'relation').slice(1);
  const fujian = legacy.tables.find((t) => t.key === 'F')!;
  const flat = flattenRows(fujian.blocks[0].rows);
  const rowKey = (label: string) => {
    const bare = (l: string) => l.replace(/^其中：/u, '').replace(/^\d+\./u, '');
    const found = flat.find((f) => bare(f.row.label) === bare(label));
    if (!found) throw new Error(`no Fujian row “${label}”`);
    return found.row.key;
  };
  const columns = fujian.blocks[0].columns.map((c) => c.key);

  function fujianRelations(id: string, cell: string): Relation[] {
    if (id === 'F-01') {
      // `{Y}年 ≤ 历史累计` for every row.
      return flat.map((f) => ({
        relation: '<=',
        left: [`F.${f.row.key}.year`],
        right: [`F.${f.row.key}.cumulative`],
      }));
    }
    return codeSpans(cell)
      .filter((s) => /[=≤≥]/u.test(s))
      .flatMap((equation) => {
        const { left, relation, right } = sides(equation);
        return columns.map((c) => ({
          relation,
          left: terms(left).map((l) => `F.${rowKey(l)}.${c}`),
          right: terms(right).map((r) => `F.${rowKey(r)}.${c}`),
        }));
      });
  }

  it('relates exactly the cells of F-01..F-06, per column, with the stated severity', () => {
    for (const [id, severity, relation] of rows.filter((r) => r[0] !== 'F-07')) {
      const expected = fujianRelations(id, relation);
      expect(declared(legacy, id), id).toEqual(expected.map(normalized).sort());
      for (const check of legacy.checks.filter((c) => c.family === id))
        expect(check.severity, id).toBe(severity);
    }
  });

  it('counts 24 error relations (F-01 ×16, F-02 ×4, F-04 ×2, F-05 ×2) (§4.3)', () => {
    const text = paragraph(part(checks, '### 4.3'), 'Fujian table:');
    const total = /\*\*(\d+)\*\* `error` relations \(([^)]+)\)/u.exec(text)!;
    const errors = legacy.checks.filter((c) => c.family.startsWith('F-') && c.severity === 'error');
    expect(errors).toHaveLength(Number(total[1]));
    expect(errors).toHaveLength(24);
    for (const part of total[2].split(',')) {
      const [family, times] = part.trim().split(' ×');
      expect(
        errors.filter((c) => c.family === family),
        family,
      ).toHaveLength(Number(times));
    }
  });
});

describe('every edition', () => {
  it('has unique check ids', () => {
    for (const edition of editions) {
      const ids = edition.checks.map((c) => c.id);
      expect(new Set(ids).size, edition.id).toBe(ids.length);
    }
  });

  it('refers only to cells that exist; only optional checks use optional subtotal cells', () => {
    for (const edition of editions) {
      const cells = new Map(editionCells(edition).map((c) => [c.id, c]));
      for (const check of edition.checks) {
        for (const id of [...check.left, ...check.right]) {
          const cell = cells.get(id);
          expect(cell, `${edition.id} ${check.id}: ${id}`).toBeDefined();
          if (cell!.optional) expect(check.optional, `${check.id}: ${id}`).toBe(true);
        }
      }
    }
  });

  it('words every check in both locales', () => {
    for (const edition of editions)
      for (const check of edition.checks) {
        expect(check.description.zh, check.id).toMatch(/\p{Script=Han}/u);
        expect(check.description.en, check.id).toMatch(/[a-z]/u);
      }
  });
});
