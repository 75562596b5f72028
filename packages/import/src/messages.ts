/**
 * Messages of the importer, in Simplified Chinese and English, with `{{name}}` placeholders
 * (filled by `localize` from @nianbao/core). `{{where}}` is a localised location (第12行 / line 12).
 */
import type { Localized } from '@nianbao/core';

export const importMessages = {
  // Files that cannot be imported.
  'import-empty': {
    zh: '文件为空，没有可导入的内容',
    en: 'The file is empty: there is nothing to import',
  },
  'import-binary': {
    zh: '这不是文本文件，也不是 Word 文档（.docx）：请导入 .txt 或 .docx 格式的年报',
    en: 'This is neither a text file nor a Word document (.docx): import a report as .txt or .docx',
  },
  'import-too-large': {
    zh: '文件过大（{{size}}，上限 {{limit}}）：一份年报不会这么大，请检查是否选错了文件',
    en: 'The file is too large ({{size}}, limit {{limit}}): no report is that big; check that this is the right file',
  },
  'import-unpacked-too-large': {
    zh: '.docx 解压后过大（{{size}}，上限 {{limit}}）：文件可能含有大量图片或是恶意构造的压缩包，未导入',
    en: 'The .docx unpacks to too much data ({{size}}, limit {{limit}}): it holds very large images or is a crafted archive; not imported',
  },
  'import-encrypted': {
    zh: '这是 OLE 复合文档而不是 .docx：可能是设置了打开密码的 Word 文件，或旧版 .doc 文件。请在 Word 中取消密码，或“另存为” .docx 后再导入',
    en: 'This is an OLE compound file, not a .docx: a password-protected Word file or an old .doc. Remove the password in Word, or save it as .docx, then import it',
  },
  'import-corrupt': {
    zh: '.docx 文件已损坏，无法读取（{{reason}}）：请在 Word 中打开并重新保存后再导入',
    en: 'The .docx is damaged and cannot be read ({{reason}}): open it in Word, save it again, then import it',
  },
  'import-not-word': {
    zh: '这是一个压缩包，但不是 Word 文档（缺少 word/document.xml）',
    en: 'This is a zip archive but not a Word document (word/document.xml is missing)',
  },
  'import-unsupported': {
    zh: '不支持的文件格式（{{format}}）：请导入 .txt 或 .docx 格式的年报（PDF 请先另存为 .docx 或 .txt）',
    en: 'Unsupported format ({{format}}): import a report as .txt or .docx (save a PDF as .docx or .txt first)',
  },
  'import-decode': {
    zh: '无法识别文件的文字编码（推测为 {{encoding}}）：请另存为 UTF-8 编码的文本后再导入',
    en: 'The text encoding cannot be recognised (guessed {{encoding}}): save the file as UTF-8 text and import it again',
  },
  'import-not-report': {
    zh: '看不出这是政府信息公开工作年度报告：没有年报标题、官方章节或官方表格。如确是年报，请用 --edition 指定版本后重试',
    en: 'This does not look like a 政府信息公开工作年度报告: no report title, official sections or official tables. If it is one, name its edition with --edition',
  },

  // Warnings: what was kept but could not be placed, and what the source lacks.
  'kept-as-comment': {
    zh: '{{where}}的“{{text}}”无法归入年报结构，已作为 HTML 注释保留',
    en: '{{where}}: “{{text}}” fits nowhere in the report structure; kept as an HTML comment',
  },
  trailer: {
    zh: '{{where}}的版记“{{text}}”不属于年报正文，已作为 HTML 注释保留',
    en: '{{where}}: the 版记 “{{text}}” is not part of the report body; kept as an HTML comment',
  },
  'table-unrecognised': {
    zh: '{{where}}起的表格不是{{edition}}版的官方表格，已按原样保留为普通表格',
    en: 'The table at {{where}} is no official table of edition {{edition}}; kept as a plain table',
  },
  'header-unknown': {
    zh: '{{table}}的表头“{{text}}”（{{where}}）不是官方表头，已作为注释保留',
    en: '{{table}}: the header “{{text}}” ({{where}}) is no official header; kept as a comment',
  },
  'row-unknown': {
    zh: '{{table}}中的行“{{text}}”（{{where}}）不是官方表格的行，已作为注释保留',
    en: '{{table}}: the row “{{text}}” ({{where}}) is no row of the official table; kept as a comment',
  },
  'cells-extra': {
    zh: '{{table}}“{{row}}”行多出单元格“{{text}}”（{{where}}，多为合并单元格所致），已作为注释保留',
    en: '{{table}} row “{{row}}” has an extra cell “{{text}}” ({{where}}, usually left by merged cells); kept as a comment',
  },
  'values-unplaced': {
    zh: '{{table}}中的“{{text}}”（{{where}}）不属于任何一行，已作为注释保留',
    en: '{{table}}: “{{text}}” ({{where}}) belongs to no row; kept as a comment',
  },
  'cells-missing': {
    zh: '{{table}}“{{row}}”行只有 {{count}} 个数据单元格（应为 {{expected}} 个，{{where}}），缺少的已留空',
    en: '{{table}} row “{{row}}” has {{count}} value cells, not {{expected}} ({{where}}); the missing ones are left blank',
  },
  'row-missing': {
    zh: '原文{{table}}没有“{{row}}”行，已按官方表格补上该行并留空',
    en: 'The source’s {{table}} lacks the row “{{row}}”; the official row is written with blank cells',
  },
  'image-dropped': {
    zh: '{{where}}的图片未导入（Markdown 年报只含文字和表格）',
    en: 'The image at {{where}} was not imported (a Markdown report holds text and tables only)',
  },
  'paragraphs-joined': {
    zh: '第{{line}}行与第{{next}}行是被分页断开的同一段，已合并',
    en: 'Lines {{line}} and {{next}} are one paragraph cut by a page break; joined',
  },
  'no-title': {
    zh: '原文没有标题行，未添加标题',
    en: 'The source has no title line; none was added',
  },
  'no-date': {
    zh: '原文没有成文日期，文件头未填 date',
    en: 'The source has no 成文日期; the frontmatter has no date',
  },
  'no-agency': {
    zh: '原文中找不到机关名称，文件头未填 agency',
    en: 'No agency name found in the source; the frontmatter has no agency',
  },
  'no-year': {
    zh: '原文中找不到报告年度，文件头未填 year',
    en: 'No report year found in the source; the frontmatter has no year',
  },
  'year-guessed': {
    zh: '报告年度 {{year}} 取自{{source}}',
    en: 'The report year {{year}} is taken from {{source}}',
  },
  'edition-override': {
    zh: '按 --edition 使用 {{edition}} 版（从内容看应为 {{detected}} 版）',
    en: 'Edition {{edition}} as given by --edition (the content looks like edition {{detected}})',
  },
  'encoding-detected': {
    zh: '文件编码为 {{encoding}}，已转换为 UTF-8',
    en: 'The file is encoded in {{encoding}}; converted to UTF-8',
  },

  // Why an edition was chosen.
  'reason-tables': {
    zh: '{{count}} 个官方表格块与该版相符（平均匹配度 {{score}}）：{{tables}}',
    en: '{{count}} official table blocks match this edition (mean score {{score}}): {{tables}}',
  },
  'reason-labels': {
    zh: '出现 {{count}} 个该版特有的标签：{{labels}}',
    en: '{{count}} labels only this edition has: {{labels}}',
  },
  'reason-sections': {
    zh: '{{found}}/{{total}} 个章节与该版相符',
    en: '{{found}} of {{total}} sections match this edition',
  },
  'reason-year': {
    zh: '报告年度 {{year}} 适用该版（仅作参考）',
    en: 'The report year {{year}} falls in this edition (a hint only)',
  },
  'reason-override': {
    zh: '由 --edition 指定',
    en: 'given by --edition',
  },
  'reason-runner-up': {
    zh: '次选 {{edition}} 版得分 {{score}}（本版 {{chosen}}）',
    en: 'runner-up edition {{edition}} scored {{score}} (this one {{chosen}})',
  },

  // Sources of the year.
  'year-from-title': { zh: '标题', en: 'the title' },
  'year-from-period': { zh: '统计期限', en: 'the statistics period' },
  'year-from-text': { zh: '正文中出现最多的年份', en: 'the year most often named in the text' },
  'year-from-date': { zh: '成文日期的上一年', en: 'the year before the 成文日期' },

  where: { zh: '第{{line}}行', en: 'line {{line}}' },
  'where-paragraph': { zh: '第{{line}}段', en: 'paragraph {{line}}' },
} satisfies Record<string, Localized>;

export type ImportMessageId = keyof typeof importMessages;
