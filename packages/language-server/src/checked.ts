/** A document as last checked: its text, the lint result and the options it was checked with. */
import { lintText, type LintOptions, type LintResult } from '@nianbao/rules';
import type { Locale } from '@nianbao/core';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { bomLength } from './convert.js';

export interface CheckedDocument {
  uri: string;
  version: number;
  /** The document's text (with its byte-order mark, if any). */
  text: string;
  bom: number;
  result: LintResult;
  options: LintOptions & { locale: Locale };
}

export function checkDocument(
  document: TextDocument,
  options: LintOptions & { locale: Locale; file?: string },
): CheckedDocument {
  const text = document.getText();
  return {
    uri: document.uri,
    version: document.version,
    text,
    bom: bomLength(text),
    result: lintText(text, options),
    options,
  };
}
