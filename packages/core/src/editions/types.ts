/**
 * The shape of an edition declaration. An edition is one official report format; everything
 * that knows a label, a table or a sum reads it from here.
 */

export type EditionId = '2021' | '2019' | 'legacy';

export type Severity = 'error' | 'warning' | 'info';

/** Text in both user-facing locales. */
export interface Localized {
  zh: string;
  en: string;
}

/**
 * What a cell may hold.
 * - `count`: integer ≥ 0
 * - `signed`: integer, may be negative (2019 表二 本年增/减)
 * - `amount`: decimal ≥ 0 in `unit`
 * - `amount-any-unit`: decimal ≥ 0 that must carry 元 or 万元 in the cell or the prose (2019 采购总金额)
 */
export type ValueType = 'count' | 'signed' | 'amount' | 'amount-any-unit';

export interface SectionSpec {
  /** Stable key, e.g. `overview`. */
  key: string;
  /** Official number without the 、, e.g. `一`. */
  number: string;
  /** Official title without the number, e.g. `总体情况`. */
  title: string;
  /** Wording variants accepted with a warning (without the number). */
  variants?: string[];
  /** One line telling the writer what belongs here (shown by `nianbao new`). */
  hint: string;
  /** Official tables that belong in this section. */
  tables?: string[];
  /** A section the edition names but a report may leave out. */
  optional?: boolean;
  /**
   * Legacy editions have no prescribed titles: a section is recognised when its heading contains
   * every keyword of one of these groups.
   */
  keywords?: string[][];
  /** What the section's text must cover (checks.md C21-xx, C19-xx). */
  content?: ContentCheck[];
  /** `无。` alone is an acceptable content (六、其他需要报告的事项, checks.md P15). */
  nilAccepted?: boolean;
}

/**
 * A content check of a section (checks.md §2.4, §3.4): what its text must mention, found by
 * keywords. Keyword checks cannot prove a topic is covered well, only that it is not left out.
 */
export interface ContentCheck {
  /** Check id in checks.md, e.g. `C21-03`. */
  id: string;
  severity: Severity;
  /** What the text must cover, for messages, e.g. `{ zh: '存在的主要问题', en: … }`. */
  topic: Localized;
  /**
   * Satisfied when every keyword of one group occurs. `{Y-1}` stands for the year before the
   * report year. Absent: the section must merely not be empty.
   */
  keywords?: string[][];
  /** Where the keywords may stand: the section (default) or anywhere in the report. */
  scope?: 'section' | 'report';
  /** Applies only to reports whose frontmatter `body` is one of these. */
  bodies?: string[];
  /**
   * Set on a topic that the official format lists as a part of its section (the five parts of
   * 一、总体情况): `nianbao new` writes each such topic, in order, as a numbered sub-section
   * headed by `topic.zh`, with this line telling the writer what belongs there.
   */
  hint?: string;
}

export interface ColumnSpec {
  /**
   * Key, unique among siblings. `''` leaves the column out of cell ids: a group whose leaves are
   * already unique (表三 法人或其他组织), or the single value column of a legacy table.
   */
  key: string;
  label: string;
  children?: ColumnSpec[];
  /** Known misspellings that should bind to this column (and be reported with a fix). */
  typos?: string[];
  /** Overrides the block's value type for this column. */
  valueType?: ValueType;
}

export interface RowSpec {
  key: string;
  label: string;
  /** Accepted variants of the label (after normalisation) — not errors, at most a style warning. */
  variants?: string[];
  /** Known misspellings that should bind to this row (and be reported with a fix). */
  typos?: string[];
  children?: RowSpec[];
  /** `false` for a label-only group row (表三 （三）不予公开); defaults to `true` for leaves. */
  data?: boolean;
  /**
   * A group row that carries no numbers officially, but may print subtotals (checks.md T3-05):
   * cells are bound when present and then checked.
   */
  optionalSubtotal?: boolean;
  /** Unit printed in the 单位 column of legacy tables. */
  unit?: string;
  valueType?: ValueType;
}

export interface BlockSpec {
  /** `''` for a table with a single block. */
  key: string;
  /** Caption row printed across the block, e.g. `第二十条第（一）项`. */
  caption?: string;
  captionTypos?: string[];
  /** Header cell above the row labels: `信息内容`, the 表三 note, `统计指标`. */
  corner: string;
  /** Accepted forms of the corner label (after normalisation). */
  cornerVariants?: string[];
  /** Legacy tables print a 单位 column between the labels and the values. */
  unitColumn?: string;
  /** A header row printed above the whole column tree, e.g. 表三 `申请人情况`. */
  columnsCaption?: string;
  columns: ColumnSpec[];
  rows: RowSpec[];
  valueType: ValueType;
  /** Unit of every value cell, when the form fixes it (表二 第（八）项: 万元). */
  unit?: string;
  /** Grid columns spanned by each leaf column, when the printed form merges them (表二). */
  valueSpans?: number[];
  /** The block has no row-label column (表四). */
  noRowLabels?: boolean;
}

export interface TableSpec {
  /** Key used in cell ids: `t2`, `t3`, `t4`, `L`, `F`. */
  key: string;
  /** Name used in messages and as caption, e.g. `表三`. */
  name: string;
  caption: string;
  /** The section (key) the table belongs in. */
  section: string;
  blocks: BlockSpec[];
  /** Number of value grid columns of the printed form (表二); derived from the columns otherwise. */
  valueGridColumns?: number;
  /** Notes printed with the table (also present as labels where they are printed inside it). */
  notes?: string[];
  /**
   * Tables of one group are alternatives (legacy: 32号 or a provincial table); a report needs at
   * most one of a group, and `nianbao new` writes the first.
   */
  alternativeGroup?: string;
  /** Whether a report of this edition must contain the table. */
  required: boolean;
  /** Row keys of the table may repeat the table key when written (`L.1.1`). */
  yearColumn?: boolean;
}

export interface CheckSpec {
  /** Stable id from checks.md, with the instance, e.g. `T3-01[r1]`. */
  id: string;
  /** The family id (`T3-01`). */
  family: string;
  severity: Severity;
  relation: '=' | '<=' | '>=';
  left: string[];
  right: string[];
  /** The check applies only when every cell is bound (subtotal rows that may be absent). */
  optional?: boolean;
  description: Localized;
}

export interface EditionSpec {
  id: EditionId;
  name: string;
  /** The document that prescribes the format. */
  basis: string;
  /** Report years the edition applies to, inclusive. */
  years: { from?: number; to?: number };
  /** How top-level sections are matched: exact titles or keyword groups (legacy). */
  sectionMatching: 'titles' | 'keywords';
  sections: SectionSpec[];
  tables: TableSpec[];
  checks: CheckSpec[];
  /**
   * Labels that exist only in this edition (used to detect which edition a report follows).
   * Compare whole labels: `规范性文件` (2019) is part of `行政规范性文件` (2021).
   */
  distinctiveLabels: string[];
}
