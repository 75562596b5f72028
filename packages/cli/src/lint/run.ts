/**
 * Linting one report file as `nianbao lint` does: read it safely, run the engine (fixing when
 * asked), write the fixed text atomically, and summarise the result. A bad file never throws: it
 * becomes a diagnostic on that file, so the run goes on with the others.
 */
import { localize, type Locale } from '@nianbao/core';
import {
  PARSE_RULE_ID,
  fixText,
  lintText,
  type Diagnostic,
  type Rule,
  type RuleSettings,
} from '@nianbao/rules';
import { readReportText, writeFileAtomic } from '../io.js';
import { readProblem } from '../report-file.js';
import { lt } from './messages.js';

export interface LintFileOptions {
  rules: RuleSettings;
  locale: Locale;
  fix?: boolean;
  ruleSet?: readonly Rule[];
}

export interface LintFileResult {
  /** Absolute path. */
  filePath: string;
  diagnostics: Diagnostic[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** Fixes applied and written back (with `fix`). */
  fixedCount: number;
  /** The fixed text, when fixes changed the file. */
  output?: string;
  edition?: string;
  /** The configuration file that applied, if any. */
  configFile?: string;
}

/** messageId of a crash inside a rule (set by the engine) or inside the reader. */
export const INTERNAL_ERROR = 'internal-error';

export function summarize(
  filePath: string,
  diagnostics: Diagnostic[],
): Omit<LintFileResult, 'fixedCount' | 'output' | 'edition' | 'configFile'> {
  const result = {
    filePath,
    diagnostics,
    errorCount: 0,
    fatalErrorCount: 0,
    warningCount: 0,
    infoCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
  for (const d of diagnostics) {
    if (d.severity === 'error') {
      result.errorCount++;
      if (d.fatal) result.fatalErrorCount++;
      if (d.fix) result.fixableErrorCount++;
    } else if (d.severity === 'warning') {
      result.warningCount++;
      if (d.fix) result.fixableWarningCount++;
    } else result.infoCount++;
  }
  return result;
}

function fatalDiagnostic(message: string, messageId: string): Diagnostic {
  return {
    ruleId: PARSE_RULE_ID,
    severity: 'error',
    messageId,
    message,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    range: [0, 0],
    fatal: true,
  };
}

export async function lintFile(file: string, options: LintFileOptions): Promise<LintFileResult> {
  const { locale } = options;
  let text: string;
  try {
    text = await readReportText(file);
  } catch (error) {
    const problem = readProblem(error);
    const message = localize(problem.message, locale, problem.data);
    return { ...summarize(file, [fatalDiagnostic(message, problem.code)]), fixedCount: 0 };
  }
  const engineOptions = { rules: options.rules, locale, ruleSet: options.ruleSet, file };
  try {
    if (options.fix) {
      const { output, fixed, result } = fixText(text, engineOptions);
      const changed = fixed > 0 && output !== text;
      if (changed) await writeFileAtomic(file, output);
      return {
        ...summarize(file, result.diagnostics),
        fixedCount: changed ? fixed : 0,
        ...(changed ? { output } : {}),
        edition: result.report.edition?.id,
      };
    }
    const { report, diagnostics } = lintText(text, engineOptions);
    return { ...summarize(file, diagnostics), fixedCount: 0, edition: report.edition?.id };
  } catch (error) {
    // The engine isolates each rule; this is a failure of the parser or of writing the file.
    const reason = error instanceof Error ? error.message : String(error);
    const code = (error as NodeJS.ErrnoException).code;
    const message = code
      ? lt(locale, 'write-failed', { file, reason: code })
      : lt(locale, 'internal-error', { file, error: reason });
    return {
      ...summarize(file, [fatalDiagnostic(message, code ? 'write-failed' : INTERNAL_ERROR)]),
      fixedCount: 0,
    };
  }
}
