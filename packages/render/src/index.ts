/**
 * @nianbao/render: a bound report as DOCX (GB/T 9704-2012), HTML and TXT, from templates.
 */
import type { Report } from '@nianbao/core';
import { renderDocx } from './docx.js';
import { renderHtml } from './html.js';
import { buildTemplateData, type OutputFormat } from './model.js';
import { loadDocxStyle } from './style.js';
import { templateSet } from './templates.js';
import { renderTxt, type TxtOptions } from './txt.js';

export * from './model.js';
export * from './grid.js';
export { inlineRuns, inlineText, joinSoftBreaks, type Run } from './inline.js';
export { formatChineseDate, signatureLayout, titleLines, TITLE_CHARS_PER_LINE } from './layout.js';
export { safeHtml, safeInlineHtml, safeHast, hastText } from './sanitize.js';
export { DEFAULT_TEMPLATES_DIR, TemplateError, TemplateSet, templateSet } from './templates.js';
export { loadDocxStyle, mergeStyle, tableStyle, type DocxStyle, type TableStyle } from './style.js';
export { renderDocx, fontTableXml } from './docx.js';
export { renderHtml, htmlHelpers } from './html.js';
export { renderTxt, textTable, tidyText, txtHelpers, type TxtOptions } from './txt.js';
export { displayWidth, widthInChars, wrapText } from './width.js';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['docx', 'html', 'txt'];

export interface RenderOptions {
  /** An office's template directory; its files win over the defaults. */
  templates?: string;
  /** Signature layout for a sealed document; the style's `signature.sealed` otherwise. */
  sealed?: boolean;
  txt?: TxtOptions;
  /** Generator mark written into the HTML and DOCX metadata. */
  generator?: string;
}

/**
 * Render a report (parsed and bound, without fatal problems) to one format: a string for HTML
 * and TXT, bytes for DOCX.
 */
export async function renderReport(
  report: Report,
  format: OutputFormat,
  options: RenderOptions = {},
): Promise<string | Uint8Array> {
  const edition = report.edition?.id ?? '2021';
  const templates = templateSet({ edition, dir: options.templates });
  if (format === 'docx') {
    const style = loadDocxStyle(templates);
    const sealed = options.sealed ?? style.signature.sealed;
    return renderDocx(
      buildTemplateData(report, { format, sealed, generator: options.generator }),
      style,
    );
  }
  const data = buildTemplateData(report, {
    format,
    sealed: options.sealed,
    generator: options.generator,
  });
  return format === 'html' ? renderHtml(data, templates) : renderTxt(data, templates, options.txt);
}
