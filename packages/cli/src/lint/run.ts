/**
 * Linting one report file as `nianbao lint` does: read it safely, run the engine (fixing when
 * asked), write the fixed text atomically, and summarise the result. A bad file never throws: it
 * becomes a diagnostic on that file, so the run goes on with the others.
 */
import { localize, reportData, type Locale, type Report, type ReportData } from '@nianbao/core';
import {
  PARSE_RULE_ID,
  fixText,
  lintText,
  type Diagnostic,
  type Rule,
  type RuleSettings,
} from '@nianbao/rules';
import { readReportText, writeFileAtomic } from '../io.js';
import { importedMarkdown, readProblem, sourceKind, type SourceKind } from '../report-file.js';
import { lt } from './messages.js';

export interface LintFileOptions {
  rules: RuleSettings;
  locale: Locale;
  fix?: boolean;
  ruleSet?: readonly Rule[];
  /** Also return the bound official cells (the reviewer's 汇总). */
  withData?: boolean;
}

export interface LintFileResult {
  /** Absolute path. */
  filePath: string;
  /** Written in Markdown, or imported from a .txt/.docx (positions then refer to the import). */
  kind: SourceKind;
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
  agency?: string;
  year?: number;
  data?: ReportData;
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
    kind: sourceKind(filePath),
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
  const imported = sourceKind(file) !== 'markdown';
  let text: string;
  try {
    if (imported) {
      const result = await importedMarkdown(file);
      if ('problem' in result) {
        const message = localize(result.problem.message, locale, result.problem.data);
        return {
          ...summarize(file, [fatalDiagnostic(message, result.problem.code)]),
          fixedCount: 0,
        };
      }
      text = result.markdown;
    } else text = await readReportText(file);
  } catch (error) {
    const problem = readProblem(error);
    const message = localize(problem.message, locale, problem.data);
    return { ...summarize(file, [fatalDiagnostic(message, problem.code)]), fixedCount: 0 };
  }
  const engineOptions = { rules: options.rules, locale, ruleSet: options.ruleSet, file };
  try {
    // A .txt or .docx is never rewritten: its fixes would belong to the imported Markdown.
    if (options.fix && !imported) {
      const { output, fixed, result } = fixText(text, engineOptions);
      const changed = fixed > 0 && output !== text;
      if (changed) await writeFileAtomic(file, output);
      return {
        ...summarize(file, result.diagnostics),
        fixedCount: changed ? fixed : 0,
        ...(changed ? { output } : {}),
        ...about(result.report, options.withData),
      };
    }
    const { report, diagnostics } = lintText(text, engineOptions);
    return { ...summarize(file, diagnostics), fixedCount: 0, ...about(report, options.withData) };
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

/** What a reviewer sees of a report beside its problems. */
function about(
  report: Report,
  withData: boolean | undefined,
): Pick<LintFileResult, 'edition' | 'agency' | 'year' | 'data'> {
  const agency = report.meta?.agency ?? report.rawMeta?.agency;
  const year = report.meta?.year ?? report.rawMeta?.year;
  return {
    edition: report.edition?.id,
    ...(typeof agency === 'string' ? { agency } : {}),
    ...(typeof year === 'number' ? { year } : {}),
    ...(withData ? { data: reportData(report) } : {}),
  };
}
