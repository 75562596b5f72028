/**
 * What the commands do, apart from VS Code's windows and pickers (extension.ts shows those):
 * these functions are tested without VS Code.
 */
import { editions, scaffoldReport, type Locale } from '@nianbao/core';
import { isNianbaoDocument } from '@nianbao/language-server/detect';
import { t } from './messages.js';

export interface EditionItem {
  /** The edition id, as written in the frontmatter. */
  label: string;
  description: string;
  detail: string;
}

function yearsText(from?: number, to?: number): string {
  if (from !== undefined && to !== undefined) return `${from}–${to}`;
  if (from !== undefined) return `${from}–`;
  return to !== undefined ? `–${to}` : '';
}

/** The choices of 「新建年报」, newest edition first. */
export function editionItems(locale: Locale): EditionItem[] {
  return editions.map((edition) => ({
    label: edition.id,
    description: edition.name,
    detail: `${edition.basis} · ${t(locale, 'edition-years', {
      years: yearsText(edition.years.from, edition.years.to),
    })}`,
  }));
}

/** 「新建年报」: the skeleton `nianbao new --edition ID` writes. */
export function newReportText(edition: string): string {
  return scaffoldReport({ edition });
}

/** Whether a document is a report the commands and the language server work on. */
export function isReport(document: { languageId: string; getText(): string }): boolean {
  return document.languageId === 'markdown' && isNianbaoDocument(document.getText());
}
