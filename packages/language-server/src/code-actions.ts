/**
 * Quick fixes: the fix of each fixable finding, each suggestion, and "fix all" (also offered as
 * `source.fixAll.nianbao`, so `editor.codeActionsOnSave` can run it). The edits are the rules' own
 * fixes; "fix all" is `fixText`, exactly what `nianbao lint --fix` writes.
 */
import { fixText, type Diagnostic, type Fix } from '@nianbao/rules';
import {
  CodeActionKind,
  type CodeAction,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckedDocument } from './checked.js';
import { diagnosticRange, fixEdit, rangesOverlap, toLspDiagnostic } from './convert.js';
import { m } from './messages.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.nianbao`;

function shorten(text: string, max = 24): string {
  const oneLine = text.replace(/\s+/gu, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

function fixTitle(checked: CheckedDocument, d: Diagnostic, fix: Fix): string {
  const source = checked.result.report.source;
  return fix.text
    ? m(checked.options.locale, 'fix-replace', { rule: d.ruleId, text: shorten(fix.text) })
    : m(checked.options.locale, 'fix-delete', {
        rule: d.ruleId,
        text: shorten(source.slice(fix.range[0], fix.range[1])),
      });
}

/** One edit that turns `before` into `after`: the span between their common prefix and suffix. */
export function minimalEdit(
  document: TextDocument,
  before: string,
  after: string,
  bom = 0,
): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  return {
    range: {
      start: document.positionAt(bom + start),
      end: document.positionAt(bom + before.length - end),
    },
    newText: after.slice(start, after.length - end),
  };
}

export interface CodeActionOptions {
  /** Kinds the client asked for (`context.only`). */
  only?: string[];
  /** Whether the client takes versioned `documentChanges`. */
  documentChanges?: boolean;
}

export function codeActions(
  checked: CheckedDocument,
  document: TextDocument,
  range: Range,
  options: CodeActionOptions = {},
): CodeAction[] {
  const wants = (kind: string) =>
    !options.only?.length ||
    options.only.some((only) => kind === only || kind.startsWith(`${only}.`));
  const edit = (edits: TextEdit[]): WorkspaceEdit =>
    options.documentChanges
      ? {
          documentChanges: [
            { textDocument: { uri: document.uri, version: document.version }, edits },
          ],
        }
      : { changes: { [document.uri]: edits } };
  const actions: CodeAction[] = [];
  const { diagnostics } = checked.result;
  if (wants(CodeActionKind.QuickFix)) {
    for (const d of diagnostics) {
      if (!d.fix && !d.suggestions?.length) continue;
      if (!rangesOverlap(diagnosticRange(d, checked.bom), range)) continue;
      const lsp = toLspDiagnostic(d, checked.bom);
      if (d.fix)
        actions.push({
          title: fixTitle(checked, d, d.fix),
          kind: CodeActionKind.QuickFix,
          diagnostics: [lsp],
          isPreferred: true,
          edit: edit([fixEdit(document, d.fix, checked.bom)]),
        });
      for (const s of d.suggestions ?? [])
        actions.push({
          title: s.desc,
          kind: CodeActionKind.QuickFix,
          diagnostics: [lsp],
          edit: edit([fixEdit(document, s.fix, checked.bom)]),
        });
    }
  }
  const fixable = diagnostics.filter((d) => d.fix).length;
  const offerAll = wants(FIX_ALL_KIND) || (wants(CodeActionKind.QuickFix) && actions.length > 0);
  if (fixable > 0 && offerAll) {
    const source = checked.result.report.source;
    const { output } = fixText(source, checked.options);
    if (output !== source) {
      const title = m(checked.options.locale, 'fix-all', { count: fixable });
      const all = edit([minimalEdit(document, source, output, checked.bom)]);
      if (wants(FIX_ALL_KIND)) actions.push({ title, kind: FIX_ALL_KIND, edit: all });
      if (fixable > 1 && wants(CodeActionKind.QuickFix))
        actions.push({ title, kind: CodeActionKind.QuickFix, edit: all });
    }
  }
  return actions;
}
