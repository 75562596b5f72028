/**
 * From nianbao's diagnostics (1-based lines and columns, offsets into the text the parser read)
 * to LSP's (0-based lines, UTF-16 characters — which is what JavaScript string indices are).
 */
import { getRule, type Diagnostic, type Fix } from '@nianbao/rules';
import {
  DiagnosticSeverity,
  type Diagnostic as LspDiagnostic,
  type Position,
  type Range,
  type TextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

const severities = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
} as const;

export const DIAGNOSTIC_SOURCE = 'nianbao';

/**
 * The parser drops a byte-order mark, so its offsets and first-line columns are one less than the
 * document's when the document starts with one.
 */
export function bomLength(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

export function diagnosticRange(d: Diagnostic, bom = 0): Range {
  const position = (line: number, column: number): Position => ({
    line: Math.max(0, line - 1),
    character: Math.max(0, column - 1) + (line === 1 ? bom : 0),
  });
  return { start: position(d.line, d.column), end: position(d.endLine, d.endColumn) };
}

export function fixEdit(document: TextDocument, fix: Fix, bom = 0): TextEdit {
  return {
    range: {
      start: document.positionAt(fix.range[0] + bom),
      end: document.positionAt(fix.range[1] + bom),
    },
    newText: fix.text,
  };
}

export function toLspDiagnostic(d: Diagnostic, bom = 0): LspDiagnostic {
  const url = getRule(d.ruleId)?.meta.docs.url;
  return {
    range: diagnosticRange(d, bom),
    severity: severities[d.severity],
    source: DIAGNOSTIC_SOURCE,
    code: d.ruleId,
    ...(url ? { codeDescription: { href: url } } : {}),
    message: d.message,
  };
}

export function containsPosition(range: Range, position: Position): boolean {
  const after =
    position.line > range.start.line ||
    (position.line === range.start.line && position.character >= range.start.character);
  const before =
    position.line < range.end.line ||
    (position.line === range.end.line && position.character <= range.end.character);
  return after && before;
}

export function rangesOverlap(a: Range, b: Range): boolean {
  return containsPosition(a, b.start) || containsPosition(b, a.start);
}
