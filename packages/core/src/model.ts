/**
 * The report model: a parsed Markdown report bound to its edition. Rules, renderers and adapters
 * read this and nothing else.
 */
import type { Heading, Root, RootContent, Table, TableCell } from 'mdast';
import type { Position } from 'unist';
import type { CellSpec } from './editions/cells.js';
import type { BlockSpec, EditionSpec, Localized, TableSpec } from './editions/types.js';
import type { ReportMeta } from './frontmatter.js';

export interface Problem {
  /** Stable code, e.g. `yaml-syntax`, `table-unbound`. */
  code: string;
  /** `fatal`: the report cannot be read as a report at all. */
  severity: 'fatal' | 'error' | 'warning';
  message: Localized;
  data: Record<string, unknown>;
  position?: Position;
}

/** Numbering styles of headings (GB/T 9704 层次序数 and the deviations met in practice). */
export type NumberingStyle =
  | 'cn-comma' // 一、
  | 'cn-paren' // （一）
  | 'arabic-dot' // 1.
  | 'arabic-paren' // （1）
  | 'arabic-comma' // 1、
  | 'cn-paren-comma' // （一）、
  | 'none';

export interface Numbering {
  style: NumberingStyle;
  /** 1-based ordinal (一 → 1). */
  ordinal: number;
  /** The number as written, e.g. `（一）` or `(2) `. */
  raw: string;
  /** Whether the brackets are half-width. */
  halfWidth: boolean;
}

export interface Section {
  heading: Heading;
  /** Markdown depth − 1: `##` is level 1 (一、), `###` level 2 (（一）)… */
  level: number;
  numbering: Numbering;
  /** Heading text without its number. */
  title: string;
  /** Full heading text. */
  text: string;
  children: Section[];
  /** Nodes of the section body up to the first sub-heading. */
  content: RootContent[];
  /** Every node of the section, sub-sections included (not the heading). */
  nodes: RootContent[];
  position?: Position;
  parent?: Section;
}

export type CellIssue = 'blank' | 'not-number' | 'negative' | 'not-integer' | 'unit';

export interface BoundCell {
  id: string;
  spec: CellSpec;
  /** Text as written in the cell. */
  text: string;
  /** The number, or undefined when blank or not a number. */
  value?: number;
  /** A unit written in the cell (`75680元`). */
  unit?: string;
  issue?: CellIssue;
  /**
   * The GFM cell (its range runs from the leading pipe to the next one). A row shorter than the
   * header gets an empty stand-in at the row's end, so that no official cell goes missing.
   */
  node: TableCell;
  /** Where the value is written, inside the pipes (zero-length inside an empty cell). */
  position?: Position;
}

export interface BoundHeaderCell {
  /** What the official form prints there. */
  expected: string;
  /** Accepted alternatives (normalised comparison). */
  accepted: string[];
  /** Known misspellings. */
  typos: string[];
  text: string;
  node: TableCell;
  position?: Position;
  kind: 'corner' | 'caption' | 'column' | 'unit-column';
}

export interface BoundRow {
  /** Row of the declaration, or undefined for a row that is not official. */
  spec?: import('./editions/types.js').RowSpec;
  /** Label as written. */
  text: string;
  labelNode?: TableCell;
  position?: Position;
  /** Unit as written in the 单位 column of a legacy table. */
  unitText?: string;
  unitNode?: TableCell;
}

export interface BoundTable {
  spec: TableSpec;
  block: BlockSpec;
  node: Table;
  position?: Position;
  header: BoundHeaderCell[];
  rows: BoundRow[];
  /** Official rows that the Markdown table lacks. */
  missingRows: import('./editions/types.js').RowSpec[];
  cells: BoundCell[];
  /** How well the table matched the declaration, in [0, 1]. */
  score: number;
}

export interface ProseNumber {
  value: number;
  /** As written: `646`, `24.4`. */
  raw: string;
  /** `条`, `件`, `%`, `万元`, … */
  unit: string;
  /** The sentence the number stands in (up to 。！？；). */
  sentence: string;
  /** Offset of the number within the sentence. */
  sentenceOffset: number;
  position: Position;
  /** The top-level section key it stands in, if any. */
  section?: Section;
}

export interface Sentence {
  text: string;
  /** File offsets of each character of `text` (same length + 1). */
  offsets: number[];
  section?: Section;
}

export interface Report {
  file?: string;
  source: string;
  tree: Root;
  meta?: ReportMeta;
  /** The frontmatter as written (a mapping), even if invalid. */
  rawMeta?: Record<string, unknown>;
  frontmatterPosition?: Position;
  edition?: EditionSpec;
  title?: { text: string; node: Heading; position?: Position };
  /** Paragraphs between the title and the first section. */
  preamble: RootContent[];
  /** Top-level sections (level 1), each with its sub-sections. */
  sections: Section[];
  /** Every section, in document order. */
  allSections: Section[];
  tables: BoundTable[];
  /** GFM tables that are not official tables. */
  otherTables: Table[];
  cells: Map<string, BoundCell>;
  sentences: Sentence[];
  numbers: ProseNumber[];
  problems: Problem[];
  /** Line/column of a file offset. */
  positionAt(offset: number): { line: number; column: number; offset: number };
}
