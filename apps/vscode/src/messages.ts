/**
 * The extension's own messages, in the locale of the `nianbao.locale` setting. Command titles and
 * setting descriptions are in package.nls.json (Chinese) and package.nls.en.json.
 */
import { localize, type Locale, type Localized } from '@nianbao/core';

export const extensionMessages = {
  'pick-edition': {
    zh: '选择年报格式（版本）',
    en: 'Choose the report format (edition)',
  },
  'edition-years': { zh: '适用于 {{years}} 年度', en: 'for the years {{years}}' },
  'not-a-report': {
    zh: '当前文件不是年报：年报的文件头应写明 edition，例如 edition: "2021"。可用「新建年报」生成模板',
    en: 'This file is not a report: a report’s frontmatter names its edition, e.g. edition: "2021". Use “New report” for a skeleton',
  },
  'no-editor': {
    zh: '请先打开一份年报（Markdown 文件）',
    en: 'Open a report (a Markdown file) first',
  },
  'has-errors': {
    zh: '此年报有 {{count}} 处错误（第一处：第 {{line}} 行，{{message}}）。仍要生成 {{format}} 吗？',
    en: 'This report has {{count}} errors (first: line {{line}}, {{message}}). Build the {{format}} anyway?',
  },
  'save-first': {
    zh: '请先保存年报：生成的文件写在年报旁边',
    en: 'Save the report first: the output is written next to it',
  },
  'build-anyway': { zh: '仍然生成', en: 'Build anyway' },
  built: { zh: '已生成 {{file}}', en: 'Wrote {{file}}' },
  'open-file': { zh: '打开', en: 'Open' },
  'reveal-file': { zh: '在文件夹中显示', en: 'Show in folder' },
  'build-failed': {
    zh: '生成 {{format}} 失败：{{reason}}',
    en: 'Building the {{format}} failed: {{reason}}',
  },
  unreadable: {
    zh: '无法作为年报读取，未生成（第 {{line}} 行：{{message}}）',
    en: 'Cannot be read as a report; nothing built (line {{line}}: {{message}})',
  },
  'bad-templates': {
    zh: '设置 nianbao.templates 指定的模板目录“{{dir}}”不存在或不是目录',
    en: 'The template directory “{{dir}}” of the setting nianbao.templates does not exist or is not a directory',
  },
  'template-error': {
    zh: '模板错误：{{template}}：{{reason}}',
    en: 'Template error: {{template}}: {{reason}}',
  },
  'preview-title': { zh: '预览：{{name}}', en: 'Preview: {{name}}' },
  'server-failed': {
    zh: 'nianbao 语言服务未能启动：{{reason}}',
    en: 'The nianbao language server did not start: {{reason}}',
  },
} satisfies Record<string, Localized>;

export type ExtensionMessageId = keyof typeof extensionMessages;

export function t(locale: Locale, id: ExtensionMessageId, data?: Record<string, unknown>): string {
  return localize(extensionMessages[id], locale, data);
}
