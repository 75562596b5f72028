/** Messages of `nianbao lint`, in both locales. */
import { localize, type Locale, type Localized } from '@nianbao/core';

export const lintMessages = {
  usage: {
    zh: `用法：nianbao lint [文件、目录或 glob…] [选项]
检查年报：目录下的全部 .md 文件（不含 node_modules），或给出的文件与 glob；不指定时检查当前目录。

选项：
  -f, --format stylish|json|jsonl|sarif
                                    输出格式（默认 stylish；jsonl 每个文件一行，边检查边输出）
  -o, --output-file 文件            将结果写入文件（原子写入），而不是标准输出
  --fix                             自动修复可安全修复的问题并写回文件
  --quiet                           只报告错误，不显示警告和提示
  --max-warnings N                  警告超过 N 个时以退出码 1 结束
  --config 文件                     使用此配置文件，不再逐级查找
  --no-config                       不读取任何配置文件，使用推荐设置
  --rule 规则:级别                  覆盖某条规则的级别，可重复，如 --rule table-sums:warning
  --color, --no-color               是否使用颜色（默认仅在终端中使用）
  --no-error-on-unmatched-pattern   某个 glob 没有匹配到文件时不报错
  --ext md,txt,docx                 目录下检查哪些扩展名（默认 md；.txt、.docx 经导入后检查）
  -j, --jobs N                      并行检查的线程数（默认为 CPU 核数；文件少时在本线程检查）
  --cache                           跳过内容、配置和版本都未变的文件
  --cache-location 文件             缓存文件位置（默认 .nianbaocache）
  --locale zh|en                    消息语言

退出码：0 没有错误；1 发现错误（或警告超过 --max-warnings）；2 用法、配置或内部错误。`,
    en: `Usage: nianbao lint [FILE|DIR|GLOB…] [options]
Checks reports: every .md file under a directory (node_modules left out), or the files and globs given; the current directory when none is given.

Options:
  -f, --format stylish|json|jsonl|sarif
                                    output format (stylish by default; jsonl: one line per file, as checked)
  -o, --output-file FILE            write the results to FILE (atomically) instead of stdout
  --fix                             apply safe fixes and write the files back
  --quiet                           report errors only
  --max-warnings N                  exit 1 when there are more than N warnings
  --config FILE                     use this configuration file instead of searching
  --no-config                       read no configuration file; recommended settings
  --rule ID:LEVEL                   set a rule's level, repeatable, e.g. --rule table-sums:warning
  --color, --no-color               colours (by default only on a terminal)
  --no-error-on-unmatched-pattern   a glob that matches nothing is not an error
  --ext md,txt,docx                 extensions checked under a directory (md by default; .txt/.docx through the importer)
  -j, --jobs N                      worker threads (the cores by default; few files are checked in process)
  --cache                           skip files whose content, configuration and version are unchanged
  --cache-location FILE             where the cache lives (.nianbaocache by default)
  --locale zh|en                    language of messages

Exit codes: 0 no errors; 1 errors found (or more warnings than --max-warnings); 2 usage, configuration or internal error.`,
  },
  'bad-jobs': {
    zh: '--jobs 应为正整数，实为“{{value}}”',
    en: '--jobs must be a positive whole number, found “{{value}}”',
  },
  'bad-ext': {
    zh: '--ext 只能包含 md、txt、docx，实为“{{value}}”',
    en: '--ext may name md, txt and docx only, found “{{value}}”',
  },
  'bad-format': {
    zh: '未知的输出格式“{{format}}”：应为 stylish、json、jsonl 或 sarif',
    en: 'Unknown format “{{format}}”: expected stylish, json, jsonl or sarif',
  },
  'bad-max-warnings': {
    zh: '--max-warnings 应为非负整数，实为“{{value}}”',
    en: '--max-warnings must be a non-negative whole number, found “{{value}}”',
  },
  'no-match': {
    zh: '没有找到与“{{pattern}}”匹配的文件',
    en: 'No files match “{{pattern}}”',
  },
  'config-failed': {
    zh: '配置错误，未进行检查：',
    en: 'Configuration error; nothing was checked:',
  },
  'too-many-warnings': {
    zh: '发现 {{count}} 个警告，超过了 --max-warnings {{max}} 的上限',
    en: 'nianbao found too many warnings ({{count}}; maximum: {{max}})',
  },
  'internal-error': {
    zh: '{{file}}：检查时发生内部错误：{{error}}（请报告此问题）',
    en: '{{file}}: internal error while checking: {{error}} (please report it)',
  },
  'write-failed': {
    zh: '无法写入 {{file}}：{{reason}}',
    en: 'Cannot write {{file}}: {{reason}}',
  },
  'summary-problems': {
    zh: '共 {{problems}} 个问题（{{errors}} 个错误，{{warnings}} 个警告{{infos}}）',
    en: '{{problems}} {{problemsWord}} ({{errors}} {{errorsWord}}, {{warnings}} {{warningsWord}}{{infos}})',
  },
  'summary-infos': { zh: '，{{count}} 个提示', en: ', {{count}} {{word}}' },
  'summary-fixable': {
    zh: '其中 {{errors}} 个错误、{{warnings}} 个警告可用 --fix 自动修复。',
    en: '{{errors}} {{errorsWord}} and {{warnings}} {{warningsWord}} potentially fixable with the --fix option.',
  },
  'summary-fixed': {
    zh: '已自动修复 {{fixed}} 处问题，写回 {{files}} 个文件。',
    en: 'Fixed {{fixed}} {{problemsWord}} in {{files}} {{filesWord}}.',
  },
  'summary-clean': {
    zh: '已检查 {{files}} 个文件，未发现问题。',
    en: '{{files}} {{filesWord}} checked, no problems found.',
  },
  'severity-error': { zh: '错误', en: 'error' },
  'severity-warning': { zh: '警告', en: 'warning' },
  'severity-info': { zh: '提示', en: 'info' },
  'parse-rule': {
    zh: '读取年报文件：文件可读、是文本、不过大，且能解析为年报',
    en: 'Reading the report file: it is readable, text, not too large, and parses as a report',
  },
} satisfies Record<string, Localized>;

export type LintMessageId = keyof typeof lintMessages;

export function lt(locale: Locale, id: LintMessageId, data?: Record<string, unknown>): string {
  return localize(lintMessages[id], locale, data);
}

/** English plural of a counted noun (Chinese needs none). */
export function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
