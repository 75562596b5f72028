/** Shared by the command tests: a captured Io, and editing generated reports. */
import type { Io } from '../src/io.js';

export type CapturedIo = Io & { out: string; err: string };

export function capture(cwd: string, options: Partial<Io> = {}): CapturedIo {
  const io: CapturedIo = {
    out: '',
    err: '',
    cwd,
    isTTY: false,
    locale: 'zh',
    stdout: (s: string) => void (io.out += s),
    stderr: (s: string) => void (io.err += s),
    ...options,
  };
  return io;
}

/** Set the numbers of one table row (by its label) in a generated report. */
export function setRow(md: string, label: string, values: (number | string)[]): string {
  const line = md.split('\n').find((l) => l.startsWith(`| ${label} |`));
  if (!line) throw new Error(`no row ${label}`);
  return md.replace(line, `| ${label} | ${values.join(' | ')} |`);
}

/** 1-based line of the first line that starts with `prefix`. */
export function lineOf(md: string, prefix: string): number {
  return md.split('\n').findIndex((l) => l.startsWith(prefix)) + 1;
}
