/**
 * `--format json`: one result object per file, in the shape of ESLint's JSON formatter
 * (filePath, messages, errorCount, warningCount, …), so that tools reading ESLint's output can
 * read nianbao's. Severities are ESLint's numbers: 2 error, 1 warning; nianbao's `info`
 * findings are 1 with `"info": true` and counted in `infoCount`, not in `warningCount`.
 */
import type { Diagnostic } from '@nianbao/rules';
import type { LintFileResult } from './run.js';

export interface JsonMessage {
  ruleId: string;
  severity: 1 | 2;
  info?: true;
  message: string;
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The id of the check in the official-format checks (e.g. `T3-01`). */
  check?: string;
  fix?: { range: [number, number]; text: string };
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
  /** The file could not be read as a report at all. */
  fatal?: true;
}

export interface JsonResult extends Pick<
  LintFileResult,
  | 'filePath'
  | 'kind'
  | 'errorCount'
  | 'fatalErrorCount'
  | 'warningCount'
  | 'infoCount'
  | 'fixableErrorCount'
  | 'fixableWarningCount'
  | 'output'
> {
  messages: JsonMessage[];
  suppressedMessages: [];
  usedDeprecatedRules: [];
}

export function toJsonMessage(d: Diagnostic): JsonMessage {
  return {
    ruleId: d.ruleId,
    severity: d.severity === 'error' ? 2 : 1,
    ...(d.severity === 'info' ? { info: true as const } : {}),
    message: d.message,
    messageId: d.messageId,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    ...(d.check ? { check: d.check } : {}),
    ...(d.fix ? { fix: { range: d.fix.range, text: d.fix.text } } : {}),
    ...(d.suggestions?.length ? { suggestions: d.suggestions } : {}),
    ...(d.fatal ? { fatal: true as const } : {}),
  };
}

export function toJsonResult(result: LintFileResult): JsonResult {
  return {
    filePath: result.filePath,
    kind: result.kind,
    messages: result.diagnostics.map(toJsonMessage),
    suppressedMessages: [],
    errorCount: result.errorCount,
    fatalErrorCount: result.fatalErrorCount,
    warningCount: result.warningCount,
    infoCount: result.infoCount,
    fixableErrorCount: result.fixableErrorCount,
    fixableWarningCount: result.fixableWarningCount,
    ...(result.output !== undefined ? { output: result.output } : {}),
    usedDeprecatedRules: [],
  };
}

export function formatJson(results: LintFileResult[]): string {
  return `${JSON.stringify(results.map(toJsonResult))}\n`;
}

/** JSON Lines (`--format jsonl`): one result per line, written as each file is checked. */
export function formatJsonLine(result: LintFileResult): string {
  return `${JSON.stringify(toJsonResult(result))}\n`;
}
