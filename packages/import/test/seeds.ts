/** The five seed reports (repository copies) and what the spec says about each. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const seedsDir = `${repoRoot}fixtures/seeds/`;
export const importedDir = `${repoRoot}examples/imported/`;

export interface Seed {
  id: string;
  file: string;
  edition: 'legacy' | '2019' | '2021';
  /** Official cells the source holds, by table key (editions.md / the issue). */
  cells: Record<string, number>;
  town: string;
  year: number;
}

export const seeds: Seed[] = [
  {
    id: '000',
    file: '000_ca076ed118eb309d.txt',
    edition: 'legacy',
    cells: { F: 32 },
    town: '池店镇',
    year: 2018,
  },
  {
    id: '001',
    file: '001_d71a31302dcbe390.txt',
    edition: 'legacy',
    cells: {},
    town: '息陬镇',
    year: 2018,
  },
  {
    id: '002',
    file: '002_8f2aa8313110af5c.txt',
    edition: 'legacy',
    cells: { L: 58 },
    town: '金珠镇',
    year: 2017,
  },
  {
    id: '003',
    file: '003_d00a2679fa720ff6.txt',
    edition: '2019',
    cells: { t2: 22, t3: 161, t4: 15 },
    town: '祥芝镇',
    year: 2020,
  },
  {
    id: '004',
    file: '004_88317d741f75eb7e.txt',
    edition: '2019',
    cells: { t2: 22, t3: 161, t4: 15 },
    town: '江城镇',
    year: 2019,
  },
];

export const seedBytes = (seed: Seed): Buffer => readFileSync(`${seedsDir}${seed.file}`);
export const seedText = (seed: Seed): string => seedBytes(seed).toString('utf8');
