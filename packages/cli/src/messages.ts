/** Messages of the command line, in both locales. */
import { interpolate, type Locale } from '@nianbao/core';

export const cliMessages = {
  usage: {
    zh: `用法：nianbao <命令> [选项]

命令：
  new      生成某一版本的年报模板（Markdown）
  lint     检查年报
  build    生成 DOCX、HTML、TXT
  import   将已有年报（.txt、.docx）转为 Markdown
  data     输出官方表格中的全部数据（JSON 或 CSV）
  review   汇总审阅多份年报

通用选项：
  --locale zh|en   消息语言（默认 zh）
  -h, --help       帮助
  -v, --version    版本`,
    en: `Usage: nianbao <command> [options]

Commands:
  new      write a report skeleton of an edition (Markdown)
  lint     check reports
  build    render DOCX, HTML and TXT
  import   turn existing reports (.txt, .docx) into Markdown
  data     print every official table cell (JSON or CSV)
  review   review and summarise many reports

Options:
  --locale zh|en   language of messages (default zh)
  -h, --help       help
  -v, --version    version`,
  },
  'unknown-command': {
    zh: '未知命令“{{command}}”。运行 nianbao --help 查看可用命令。',
    en: 'Unknown command “{{command}}”. Run nianbao --help for the commands.',
  },
  'bad-option': { zh: '参数错误：{{reason}}', en: 'Bad arguments: {{reason}}' },
  'not-implemented': {
    zh: '命令 {{command}} 尚未实现',
    en: 'The command {{command}} is not implemented yet',
  },
  'new-usage': {
    zh: `用法：nianbao new [--edition 2021|2019|legacy] [--year 年度] [--agency 机关名称] [--date YYYY-MM-DD] -o 文件 [--force]
生成一份包含全部必备章节和官方表格（均填 0）的年报模板。`,
    en: `Usage: nianbao new [--edition 2021|2019|legacy] [--year YEAR] [--agency NAME] [--date YYYY-MM-DD] -o FILE [--force]
Writes a report skeleton with every required section and official table, zeros filled in.`,
  },
  'new-exists': {
    zh: '{{file}} 已存在，未覆盖。如确需覆盖，请加 --force',
    en: '{{file}} exists and was not overwritten. Add --force to overwrite it',
  },
  'new-written': {
    zh: '已生成 {{file}}（{{edition}} 版，{{cells}} 个表格单元格）',
    en: 'Wrote {{file}} (edition {{edition}}, {{cells}} table cells)',
  },
  'new-bad-edition': {
    zh: '未知的版本“{{edition}}”：应为 2021、2019 或 legacy',
    en: 'Unknown edition “{{edition}}”: expected 2021, 2019 or legacy',
  },
  'new-bad-year': {
    zh: '年度“{{year}}”不正确：应为四位数字，如 2024',
    en: 'Bad year “{{year}}”: expected four digits, e.g. 2024',
  },
  'new-year-edition': {
    zh: '{{year}} 年度的年报应使用 {{expected}} 版格式，而不是 {{edition}} 版（如确需如此，请加 --force）',
    en: 'A report for {{year}} uses edition {{expected}}, not {{edition}} (add --force if you really mean it)',
  },
  'new-bad-date': {
    zh: '成文日期“{{date}}”不正确：应为 YYYY-MM-DD',
    en: 'Bad date “{{date}}”: expected YYYY-MM-DD',
  },
  'data-usage': {
    zh: `用法：nianbao data 文件… [--format json|csv] [--edition 版本]
输出官方表格中的全部数据：版本、机关、年度，以及 表格 → 行 → 列 → 数值。`,
    en: `Usage: nianbao data FILE… [--format json|csv] [--edition EDITION]
Prints every official table cell: edition, agency, year, then table → row → column → value.`,
  },
  'read-failed': {
    zh: '{{file}}：无法读取文件（{{reason}}）',
    en: '{{file}}: cannot read the file ({{reason}})',
  },
  'no-files': { zh: '没有指定文件', en: 'No files given' },
  'no-match': { zh: '没有找到与“{{pattern}}”匹配的文件', en: 'No files match “{{pattern}}”' },
  'write-failed': {
    zh: '{{file}}：无法写入（{{reason}}）',
    en: '{{file}}: cannot write ({{reason}})',
  },
  'problem-line': {
    zh: '{{file}}:{{line}}:{{column}}  {{severity}}  {{message}}',
    en: '{{file}}:{{line}}:{{column}}  {{severity}}  {{message}}',
  },
  'severity-error': { zh: '错误', en: 'error' },
  'severity-warning': { zh: '警告', en: 'warning' },
  'severity-info': { zh: '提示', en: 'info' },
  'severity-fatal': { zh: '错误', en: 'error' },
  'data-not-written': {
    zh: '{{file}} 有 {{count}} 处错误，未输出数据',
    en: '{{file}} has {{count}} error(s); no data printed',
  },
} as const;

export type CliMessageId = keyof typeof cliMessages;

export function t(locale: Locale, id: CliMessageId, data?: Record<string, unknown>): string {
  return interpolate(cliMessages[id][locale], data, locale);
}
