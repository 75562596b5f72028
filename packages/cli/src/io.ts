/** File input and output of the command line: reading reports safely, writing atomically. */
import { readFile, stat } from 'node:fs/promises';
import writeFileAtomicModule from 'write-file-atomic';
import { MAX_REPORT_BYTES, type Locale, type Localized } from '@nianbao/core';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Whether stdout is a terminal (progress bars, colours). */
  isTTY: boolean;
  /** Whether stderr is a terminal (progress bars go there). */
  stderrIsTTY?: boolean;
  locale: Locale;
  /** Whether the locale was asked for (--locale, NIANBAO_LOCALE) rather than the default. */
  localeExplicit?: boolean;
}

export function processIo(locale: Locale): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    locale,
  };
}

/** Why a file could not be read or written, in words a clerk acts on (by Node's error code). */
const FILE_ERROR_REASONS: Record<string, Localized> = {
  ENOENT: { zh: '文件或目录不存在', en: 'no such file or directory' },
  ENOTDIR: { zh: '路径中有一部分不是目录', en: 'part of the path is not a directory' },
  EISDIR: { zh: '这是一个目录', en: 'it is a directory' },
  EACCES: { zh: '没有权限', en: 'permission denied' },
  EPERM: { zh: '没有权限', en: 'permission denied' },
  EROFS: { zh: '文件系统只读', en: 'the file system is read-only' },
  ENOSPC: { zh: '磁盘空间不足', en: 'no space left on the device' },
};

/** The reason of a failed file operation, localised when its error code is a common one. */
export function fileErrorReason(error: unknown): Localized | string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  return FILE_ERROR_REASONS[code] ?? (code || String(error));
}

/** Write a file so that a reader sees either the old or the whole new content, never a part. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await writeFileAtomicModule(file, typeof data === 'string' ? data : Buffer.from(data));
}

export class FileTooLargeError extends Error {
  constructor(
    readonly size: number,
    readonly limit: number,
  ) {
    super(`file too large: ${size} bytes`);
  }
}

/**
 * Read a report as text. A file larger than any report is refused before it is read, so that a
 * mistaken path cannot exhaust memory.
 */
export async function readReportText(file: string, limit = MAX_REPORT_BYTES): Promise<string> {
  const info = await stat(file);
  if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (info.size > limit) throw new FileTooLargeError(info.size, limit);
  return readFile(file, 'utf8');
}
