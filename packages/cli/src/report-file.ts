/** Reading a report file into the model, with every failure turned into a located problem. */
import {
  coreMessages,
  formatSizeAndLimit,
  parseReport,
  type ParseOptions,
  type Problem,
  type Report,
} from '@nianbao/core';
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
