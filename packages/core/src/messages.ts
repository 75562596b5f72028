/**
 * User-facing text. Every message exists in Simplified Chinese (default) and English; templates
 * use ESLint's `{{name}}` placeholders.
 */
import type { Localized } from './editions/types.js';

export type Locale = 'zh' | 'en';

export function resolveLocale(value: string | undefined): Locale {
  return value && /^en/iu.test(value) ? 'en' : 'zh';
}

const isLocalized = (value: unknown): value is Localized =>
  typeof value === 'object' && value !== null && 'zh' in value && 'en' in value;

/**
 * Fill `{{name}}` placeholders. A value may itself be localised (`{ zh, en }`): the text of the
 * locale is used.
 */
export function interpolate(
  template: string,
  data: Record<string, unknown> = {},
  locale: Locale = 'zh',
): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/gu, (whole, key: string) => {
    if (!(key in data)) return whole;
    const value = data[key];
    return isLocalized(value) ? value[locale] : String(value);
  });
}

export function localize(text: Localized, locale: Locale, data?: Record<string, unknown>): string {
  return interpolate(text[locale], data, locale);
}

/** Messages of the parser and binder (problems that stop a report from being read). */
export const coreMessages = {
  'empty-file': {
    zh: '文件为空：请写入年报内容，或用 `nianbao new` 生成模板',
    en: 'The file is empty: write the report, or generate a skeleton with `nianbao new`',
  },
  'binary-file': {
    zh: '这不是文本文件（含有二进制内容）：年报应为 UTF-8 编码的 Markdown',
    en: 'This is not a text file (it holds binary data): a report is Markdown in UTF-8',
  },
  'not-utf8': {
    zh: '文件不是 UTF-8 编码（可能是 GBK 或 GB18030）：请在编辑器中将文件另存为 UTF-8 编码',
    en: 'The file is not UTF-8 (it may be GBK or GB18030): save it as UTF-8 in your editor',
  },
  'file-too-large': {
    zh: '文件过大（{{size}}，上限 {{limit}}）：一份年报不应超过此大小，请检查是否选错了文件',
    en: 'The file is too large ({{size}}, limit {{limit}}): check that this is the right file',
  },
  'missing-frontmatter': {
    zh: '缺少 YAML 文件头：请在文件开头写 `---`，列出 edition、agency、year、date，再以 `---` 结束',
    en: 'Missing YAML frontmatter: start the file with `---`, list edition, agency, year and date, and close it with `---`',
  },
  'yaml-syntax': {
    zh: '文件头 YAML 语法错误：{{reason}}',
    en: 'YAML syntax error in the frontmatter: {{reason}}',
  },
  'frontmatter-not-mapping': {
    zh: '文件头应是“键: 值”的映射，例如 `edition: "2021"`',
    en: 'The frontmatter must be a mapping of `key: value`, e.g. `edition: "2021"`',
  },
  'frontmatter-missing-key': {
    zh: '文件头缺少 `{{key}}`：{{expected}}',
    en: 'The frontmatter lacks `{{key}}`: {{expected}}',
  },
  'frontmatter-invalid': {
    zh: '文件头 `{{key}}` 的值不正确：{{expected}}',
    en: 'The frontmatter value of `{{key}}` is wrong: {{expected}}',
  },
  'frontmatter-unknown-key': {
    zh: '文件头有未知的键 `{{key}}`（可用的键：{{known}}）',
    en: 'Unknown frontmatter key `{{key}}` (known keys: {{known}})',
  },
  'unknown-edition': {
    zh: '未知的版本 `{{edition}}`：应为 2021、2019 或 legacy',
    en: 'Unknown edition `{{edition}}`: expected 2021, 2019 or legacy',
  },
  'table-unbound': {
    zh: '无法识别此表格属于{{edition}}版的哪张官方表格：表头应为官方标签，如“{{hint}}”',
    en: 'This table matches no official table of edition {{edition}}: its header should carry the official labels, e.g. “{{hint}}”',
  },
  'table-columns': {
    zh: '{{table}}的列与官方表格不符：应有 {{expected}} 列数据（{{labels}}），实有 {{actual}} 列',
    en: '{{table}} has the wrong columns: expected {{expected}} value columns ({{labels}}), found {{actual}}',
  },
  'table-missing': {
    zh: '缺少{{table}}（{{caption}}）：请在“{{section}}”部分加入该表，`nianbao new` 可生成空表',
    en: '{{table}} ({{caption}}) is missing: add it to section “{{section}}”; `nianbao new` writes an empty one',
  },
  'row-missing': {
    zh: '{{table}}缺少行“{{label}}”',
    en: '{{table}} lacks the row “{{label}}”',
  },
  'row-unknown': {
    zh: '{{table}}中的行“{{label}}”不是官方表格的行',
    en: '{{table}}: the row “{{label}}” is not a row of the official table',
  },
  'cell-not-number': {
    zh: '{{table}}“{{row}}”行“{{column}}”列应为数字，实为“{{text}}”',
    en: '{{table}} row “{{row}}”, column “{{column}}”: expected a number, found “{{text}}”',
  },
  'cell-negative': {
    zh: '{{table}}“{{row}}”行“{{column}}”列不能为负数：{{text}}',
    en: '{{table}} row “{{row}}”, column “{{column}}”: must not be negative: {{text}}',
  },
  'cell-not-integer': {
    zh: '{{table}}“{{row}}”行“{{column}}”列是件数，应为整数，实为 {{text}}',
    en: '{{table}} row “{{row}}”, column “{{column}}” is a count and must be a whole number, found {{text}}',
  },
  'cell-blank': {
    zh: '{{table}}“{{row}}”行“{{column}}”列为空，没有数据请填 0',
    en: '{{table}} row “{{row}}”, column “{{column}}” is blank: write 0 if there is nothing to report',
  },
  'cell-unit': {
    zh: '{{table}}“{{row}}”行“{{column}}”列的单位应为{{expected}}，实为“{{unit}}”',
    en: '{{table}} row “{{row}}”, column “{{column}}”: the unit must be {{expected}}, found “{{unit}}”',
  },
} satisfies Record<string, Localized>;

export type CoreMessageId = keyof typeof coreMessages;
