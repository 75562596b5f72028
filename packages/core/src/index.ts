export * from './editions/index.js';
export * from './editions/cells.js';
export * from './model.js';
export * from './messages.js';
export * from './normalize.js';
export * from './numbering.js';
export {
  frontmatterSchema,
  frontmatterExpectations,
  bodyTypes,
  readFrontmatter,
  writeFrontmatter,
  type CompleteReportMeta,
  type ReportMeta,
} from './frontmatter.js';
export {
  parseReport,
  parseMarkdown,
  lineIndex,
  looksBinary,
  looksMisencoded,
  sectionOf,
  topSection,
  sectionKeyOf,
  MAX_REPORT_BYTES,
  formatSizeAndLimit,
  type ParseOptions,
} from './parse.js';
export {
  bindTables,
  parseCellValue,
  rowLabelSimilarity,
  headerLeafSimilarity,
  cellText,
  scoreBlock,
  MIN_TABLE_SCORE,
  MIN_ROW_SIMILARITY,
} from './bind.js';
export {
  extractSentences,
  findNumbers,
  proseBlocks,
  headingBlocks,
  PROSE_UNITS,
  type ProseBlock,
} from './prose.js';
export { blockToMarkdown, tableToMarkdown, rowToMarkdown, escapeCell } from './markdown.js';
export { scaffoldReport, type ScaffoldOptions } from './scaffold.js';
export {
  reportData,
  dataToCsvRows,
  toCsv,
  DATA_SCHEMA,
  DATA_CSV_HEADER,
  type ReportData,
  type DataTable,
  type DataRow,
  type DataCell,
} from './data.js';
export { remarkGfmTables } from './gfm.js';
