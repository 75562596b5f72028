/**
 * Checking one file, as the batch runs it (in a worker thread or in process): read, import when
 * it is not Markdown, parse, lint, and keep only what the caller needs, so that results are small
 * and can cross threads.
 */
import { reportData, type Locale, type ReportData } from '@nianbao/core';
import { lintReport, type Diagnostic, type RuleSettings } from '@nianbao/rules';
import { loadAnyReport, sourceKind, type SourceKind } from '../report-file.js';

export interface CheckTask {
  file: string;
  rules?: RuleSettings;
  locale?: Locale;
  /** Also return the bound official cells (for the reviewer's summary). */
  withData?: boolean;
}

export interface FileResult {
  file: string;
  kind: SourceKind;
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableCount: number;
  agency?: string;
  year?: number;
  edition?: string;
  data?: ReportData;
}

export async function checkFile(task: CheckTask): Promise<FileResult> {
  const kind = sourceKind(task.file);
  const report = await loadAnyReport(task.file);
  const diagnostics = lintReport(report, { rules: task.rules, locale: task.locale });
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  let fixableCount = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errorCount++;
    else if (d.severity === 'warning') warningCount++;
    else infoCount++;
    if (d.fix) fixableCount++;
  }
  return {
    file: task.file,
    kind,
    diagnostics,
    errorCount,
    warningCount,
    infoCount,
    fixableCount,
    agency: report.meta?.agency ?? (report.rawMeta?.agency as string | undefined),
    year: report.meta?.year ?? (report.rawMeta?.year as number | undefined),
    edition: report.edition?.id,
    ...(task.withData ? { data: reportData(report) } : {}),
  };
}
