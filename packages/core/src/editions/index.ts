import { edition2019 } from './e2019.js';
import { edition2021 } from './e2021.js';
import { editionLegacy } from './legacy.js';
import type { EditionId, EditionSpec } from './types.js';

export * from './types.js';
export { T3_NOTE, T3_PARTIAL_NOTE, T3_COLUMNS, T3_APPLICANTS, dataRows } from './shared.js';

/** Every edition nianbao knows, newest first. */
export const editions: readonly EditionSpec[] = [edition2021, edition2019, editionLegacy];

export const editionIds: readonly EditionId[] = editions.map((e) => e.id);

export function getEdition(id: string): EditionSpec | undefined {
  return editions.find((e) => e.id === id);
}

/** The edition that applies to a report year (editions.md §0). */
export function editionForYear(year: number): EditionSpec {
  return (
    editions.find((e) => (e.years.from ?? -Infinity) <= year && year <= (e.years.to ?? Infinity)) ??
    edition2021
  );
}
