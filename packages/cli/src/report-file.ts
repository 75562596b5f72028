/** Reading a report file into the model, with every failure turned into a located problem. */
import {
  coreMessages,
  formatSizeAndLimit,
  parseReport,
  type ParseOptions,
  type Problem,
  type Report,
} from '@nianbao/core';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { FileTooLargeError, readReportText } from './io.js';

const FIRST = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

const readFailed = {
  zh: '无法读取文件：{{reason}}',
  en: 'Cannot read the file: {{reason}}',
};

/** The problem that stands for a file that could not be read (missing, too large, …). */
export function readProblem(error: unknown): Problem {
  return error instanceof FileTooLargeError
    ? {
        code: 'file-too-large',
        severity: 'fatal',
        message: coreMessages['file-too-large'],
        data: formatSizeAndLimit(error.size, error.limit),
        position: FIRST,
      }
    : {
        code: 'read-failed',
        severity: 'fatal',
        message: readFailed,
        data: { reason: (error as NodeJS.ErrnoException).code ?? String(error) },
        position: FIRST,
      };
}

/** Parse a report file; never throws for a bad file. */
export async function loadReport(file: string, options: ParseOptions = {}): Promise<Report> {
  try {
    const text = await readReportText(file, options.maxBytes);
    return parseReport(text, { ...options, file });
  } catch (error) {
    const report = parseReport('', { file });
    report.problems = [readProblem(error)];
    return report;
  }
}

/** Where a report came from: written in Markdown, or imported from a .txt or .docx. */
export type SourceKind = 'markdown' | 'txt' | 'docx';

export function sourceKind(file: string): SourceKind {
  const ext = extname(file).toLowerCase();
  return ext === '.txt' ? 'txt' : ext === '.docx' ? 'docx' : 'markdown';
}

/** Largest .txt/.docx a batch imports (the importer's own limits apply as well). */
const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The problem that stands for a .txt/.docx the importer could not read. */
function importProblem(error: {
  code: string;
  localized: Problem['message'];
  data: Record<string, unknown>;
}): Problem {
  return {
    code: `import-${error.code}`,
    severity: 'fatal',
    message: error.localized,
    data: error.data,
    position: FIRST,
  };
}

/**
 * The Markdown of a .txt or .docx report, through the importer; a problem when it cannot be
 * imported. Only the reading can throw (missing file…).
 */
export async function importedMarkdown(
  file: string,
  edition?: string,
): Promise<{ markdown: string } | { problem: Problem }> {
  const info = await stat(file);
  if (info.size > MAX_IMPORT_BYTES) throw new FileTooLargeError(info.size, MAX_IMPORT_BYTES);
  const { importFile, ImportError } = await import('@nianbao/import');
  try {
    const result = await importFile(await readFile(file), { name: file, edition });
    return { markdown: result.markdown };
  } catch (error) {
    if (error instanceof ImportError) return { problem: importProblem(error) };
    throw error;
  }
}

/**
 * Parse a report of any kind a reviewer receives: Markdown as it is, .txt and .docx through the
 * importer (positions then point into the imported Markdown). Never throws for a bad file.
 */
export async function loadAnyReport(file: string, options: ParseOptions = {}): Promise<Report> {
  if (sourceKind(file) === 'markdown') return loadReport(file, options);
  try {
    const imported = await importedMarkdown(file, options.edition);
    if ('markdown' in imported) return parseReport(imported.markdown, { ...options, file });
    const report = parseReport('', { file });
    report.problems = [imported.problem];
    return report;
  } catch (error) {
    const report = parseReport('', { file });
    report.problems = [readProblem(error)];
    return report;
  }
}
