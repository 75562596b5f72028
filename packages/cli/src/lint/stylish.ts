/**
 * The default output of `nianbao lint`, after ESLint's "stylish": problems grouped by file, one
 * per line (line:column, severity, message, rule id) in aligned columns — aligned by display
 * width, since Chinese characters take two columns — then a summary line.
 */
import { isAbsolute, relative } from 'node:path';
import type { Locale } from '@nianbao/core';
import { eastAsianWidth } from 'get-east-asian-width';
import { lt, plural } from './messages.js';
import type { LintFileResult } from './run.js';

export interface StylishOptions {
  cwd: string;
  locale: Locale;
  color: boolean;
  /** Files checked in all (for the line printed when nothing was found). */
  fileCount?: number;
  /** Print a line even when nothing was found (on a terminal). */
  reportClean?: boolean;
}

const ansi = (open: number, close: number) => (enabled: boolean, text: string) =>
  enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;
const red = ansi(31, 39);
const yellow = ansi(33, 39);
const blue = ansi(34, 39);
const green = ansi(32, 39);
const dim = ansi(2, 22);
const bold = ansi(1, 22);
const underline = ansi(4, 24);

/** Display columns up to which messages are padded so that rule ids line up. */
const MAX_ALIGNED_MESSAGE = 72;

/** Columns a string takes in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    // Combining marks and zero-width characters take no column.
    if ((code >= 0x300 && code <= 0x36f) || code === 0x200b || code === 0xfe0f) continue;
    width += eastAsianWidth(code);
  }
  return width;
}

/** A path relative to the working directory when inside it, absolute otherwise. */
export function shownPath(file: string, cwd: string): string {
  const path = relative(cwd, file);
  return path && !path.startsWith('..') && !isAbsolute(path) ? path : file;
}

const padEnd = (text: string, width: number) =>
  text + ' '.repeat(Math.max(0, width - displayWidth(text)));
const padStart = (text: string, width: number) =>
  ' '.repeat(Math.max(0, width - displayWidth(text))) + text;

/**
 * Stylish output written as results arrive (a batch over thousands of files prints each file as
 * soon as it is checked): `file()` gives a file's lines, `summary()` the closing lines.
 */
export class StylishWriter {
  private errors = 0;
  private warnings = 0;
  private infos = 0;
  private fixableErrors = 0;
  private fixableWarnings = 0;
  private fixed = 0;
  private fixedFiles = 0;
  private files = 0;

  constructor(private readonly options: StylishOptions) {}

  file(result: LintFileResult): string {
    const { locale, color } = this.options;
    this.files++;
    this.fixed += result.fixedCount;
    if (result.fixedCount > 0) this.fixedFiles++;
    if (result.diagnostics.length === 0) return '';
    this.errors += result.errorCount;
    this.warnings += result.warningCount;
    this.infos += result.infoCount;
    this.fixableErrors += result.fixableErrorCount;
    this.fixableWarnings += result.fixableWarningCount;
    const lines = ['', underline(color, shownPath(result.filePath, this.options.cwd))];
    const rows = result.diagnostics.map((d) => ({
      position: `${d.line}:${d.column}`,
      severity: lt(locale, `severity-${d.severity}`),
      level: d.severity,
      // One line per problem: a message never breaks the table.
      message: d.message.replace(/\s*\n\s*/gu, ' '),
      ruleId: d.ruleId,
    }));
    const widths = {
      position: Math.max(...rows.map((r) => displayWidth(r.position))),
      severity: Math.max(...rows.map((r) => displayWidth(r.severity))),
      // One long message (a check with every cell it involves) must not push every rule id of
      // the file far to the right: longer messages are not padded.
      message: Math.max(
        0,
        ...rows.map((r) => displayWidth(r.message)).filter((w) => w <= MAX_ALIGNED_MESSAGE),
      ),
    };
    for (const row of rows) {
      const paint = row.level === 'error' ? red : row.level === 'warning' ? yellow : blue;
      lines.push(
        `  ${dim(color, padStart(row.position, widths.position))}  ${paint(color, padEnd(row.severity, widths.severity))}  ${padEnd(row.message, widths.message)}  ${dim(color, row.ruleId)}`.trimEnd(),
      );
    }
    return `${lines.join('\n')}\n`;
  }

  summary(): string {
    const { locale, color } = this.options;
    const { errors, warnings, infos, fixableErrors, fixableWarnings, fixed, fixedFiles } = this;
    const lines: string[] = [];
    const problems = errors + warnings + infos;
    if (problems > 0) {
      const summary = lt(locale, 'summary-problems', {
        problems,
        problemsWord: plural(problems, 'problem'),
        errors,
        errorsWord: plural(errors, 'error'),
        warnings,
        warningsWord: plural(warnings, 'warning'),
        infos: infos > 0 ? lt(locale, 'summary-infos', { count: infos, word: 'info' }) : '',
      });
      const paint = errors > 0 ? red : yellow;
      lines.push('', paint(color, bold(color, `✖ ${summary}`)));
      if (fixableErrors + fixableWarnings > 0)
        lines.push(
          paint(
            color,
            `  ${lt(locale, 'summary-fixable', {
              errors: fixableErrors,
              errorsWord: plural(fixableErrors, 'error'),
              warnings: fixableWarnings,
              warningsWord: plural(fixableWarnings, 'warning'),
            })}`,
          ),
        );
    }
    if (fixed > 0)
      lines.push(
        ...(problems > 0 ? [] : ['']),
        green(
          color,
          lt(locale, 'summary-fixed', {
            fixed,
            problemsWord: plural(fixed, 'problem'),
            files: fixedFiles,
            filesWord: plural(fixedFiles, 'file'),
          }),
        ),
      );
    else if (problems === 0 && this.options.reportClean) {
      const files = this.options.fileCount ?? this.files;
      lines.push(
        green(
          color,
          `✔ ${lt(locale, 'summary-clean', { files, filesWord: plural(files, 'file') })}`,
        ),
      );
    }
    return lines.length > 0 ? `${lines.join('\n')}\n` : '';
  }
}

export function formatStylish(results: LintFileResult[], options: StylishOptions): string {
  const writer = new StylishWriter(options);
  return results.map((r) => writer.file(r)).join('') + writer.summary();
}
