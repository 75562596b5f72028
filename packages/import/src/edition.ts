/**
 * Which edition a report follows, from its content: the official tables it holds (scored by the
 * binder's measure), the labels only one edition has, its sections; the report year is only a
 * hint (a 2020 report on the 2021 form is wrong, and must stay recognisable as such).
 */
import {
  editionForYear,
  editions,
  normalizeLabel,
  parseNumbering,
  sectionKeyOf,
  type EditionSpec,
  type Localized,
  type Section,
} from '@nianbao/core';
import { importMessages } from './messages.js';
import type { SourceTable } from './source.js';
import type { BodyItem } from './structure.js';
import { cellLabels, recogniseTables, type TableRecognition } from './tables.js';

/** Weight of each distinctive label found (at most four count). */
const LABEL_WEIGHT = 0.25;
const MAX_LABELS = 4;
/** Weight of the year hint: it decides between editions whose content scores the same. */
const YEAR_WEIGHT = 0.5;

export interface Reason {
  message: Localized;
  data: Record<string, unknown>;
}

export interface EditionEvidence {
  edition: EditionSpec;
  score: number;
  tables: TableRecognition;
  labels: string[];
  sections: { found: string[]; missing: string[] };
  yearHint: boolean;
}

export interface EditionChoice {
  chosen: EditionEvidence;
  detected: EditionEvidence;
  /** Every edition, best first. */
  ranking: EditionEvidence[];
  reasons: Reason[];
  overridden: boolean;
}

/** The top-level headings' keys in an edition (titles or keyword groups, no guessing by number). */
export function sectionsOf(
  body: BodyItem[],
  edition: EditionSpec,
): { found: string[]; missing: string[] } {
  const found = new Set<string>();
  for (const item of body) {
    if (item.kind !== 'heading' || item.level !== 1) continue;
    const { rest } = parseNumbering(item.text);
    const title = rest.replace(/[。.]$/u, '').replace(/\s+/gu, '');
    // Ordinal 0: match by title or keywords only, never by position.
    const section = { title, numbering: { ordinal: 0 } } as unknown as Section;
    const key = sectionKeyOf(edition, section);
    if (key) found.add(key);
  }
  const all = edition.sections.filter((s) => !s.optional).map((s) => s.key);
  return {
    found: edition.sections.map((s) => s.key).filter((k) => found.has(k)),
    missing: all.filter((k) => !found.has(k)),
  };
}

function evidence(
  edition: EditionSpec,
  tables: SourceTable[],
  written: Set<string>,
  body: BodyItem[],
  year: number | undefined,
): EditionEvidence {
  const recognition = recogniseTables(tables, edition, year);
  const labels = edition.distinctiveLabels.filter((l) => written.has(normalizeLabel(l)));
  const sections = sectionsOf(body, edition);
  const required = edition.sections.filter((s) => !s.optional).length;
  const sectionScore =
    sections.found.filter((k) => !edition.sections.find((s) => s.key === k)?.optional).length /
    required;
  const yearHint = year !== undefined && editionForYear(year).id === edition.id;
  const score =
    recognition.score +
    LABEL_WEIGHT * Math.min(MAX_LABELS, labels.length) +
    sectionScore +
    (yearHint ? YEAR_WEIGHT : 0);
  return { edition, score, tables: recognition, labels, sections, yearHint };
}

const round = (n: number) => Math.round(n * 100) / 100;

function reasonsFor(
  choice: EvidenceLike,
  year: number | undefined,
  runnerUp?: EditionEvidence,
): Reason[] {
  const reasons: Reason[] = [];
  const { tables, labels, sections, edition } = choice;
  if (tables.blocks.length) {
    // 表二（5块）、表三、表四: one name per table, its number of blocks when it has several.
    const counts = new Map<string, number>();
    const inOrder = [...tables.blocks].sort((a, b) => a.segment.line - b.segment.line);
    for (const b of inOrder) counts.set(b.table.name, (counts.get(b.table.name) ?? 0) + 1);
    const names = [...counts].map(([name, n]) =>
      n > 1 ? { zh: `${name}（${n}块）`, en: `${name} (${n} blocks)` } : { zh: name, en: name },
    );
    reasons.push({
      message: importMessages['reason-tables'],
      data: {
        count: tables.blocks.length,
        score: round(tables.score / tables.blocks.length),
        tables: {
          zh: names.map((n) => n.zh).join('、'),
          en: names.map((n) => n.en).join(', '),
        },
      },
    });
  }
  if (labels.length)
    reasons.push({
      message: importMessages['reason-labels'],
      data: {
        count: labels.length,
        labels: {
          zh: `${labels.slice(0, MAX_LABELS).join('、')}${labels.length > MAX_LABELS ? '等' : ''}`,
          en: `${labels.slice(0, MAX_LABELS).join(', ')}${labels.length > MAX_LABELS ? '…' : ''}`,
        },
      },
    });
  const required = edition.sections.filter((s) => !s.optional).length;
  reasons.push({
    message: importMessages['reason-sections'],
    data: { found: required - sections.missing.length, total: required },
  });
  if (choice.yearHint && year !== undefined)
    reasons.push({ message: importMessages['reason-year'], data: { year } });
  if (runnerUp)
    reasons.push({
      message: importMessages['reason-runner-up'],
      data: {
        edition: runnerUp.edition.id,
        score: round(runnerUp.score),
        chosen: round(choice.score),
      },
    });
  return reasons;
}

type EvidenceLike = EditionEvidence;

/** Choose the edition: the best evidence, or the one given (`--edition`). */
export function chooseEdition(
  tables: SourceTable[],
  body: BodyItem[],
  year: number | undefined,
  override?: EditionSpec,
): EditionChoice {
  const written = cellLabels(tables);
  const ranking = editions
    .map((e) => evidence(e, tables, written, body, year))
    .sort((a, b) => b.score - a.score);
  const detected = ranking[0];
  if (override) {
    const chosen = ranking.find((r) => r.edition.id === override.id)!;
    return {
      chosen,
      detected,
      ranking,
      overridden: true,
      reasons: [
        { message: importMessages['reason-override'], data: {} },
        ...reasonsFor(chosen, year),
      ],
    };
  }
  return {
    chosen: detected,
    detected,
    ranking,
    overridden: false,
    reasons: reasonsFor(detected, year, ranking[1]),
  };
}
