/**
 * The operands of `nianbao lint` into report files: a file is itself, a directory is every
 * `**\/*.md` below it (node_modules and .git left out), anything else is a glob. Files that the
 * configuration ignores are left out. tinyglobby is loaded only when a directory or glob is
 * given, so that a pre-commit hook naming files does not pay for it.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ConfigResolver } from '../config.js';

export interface ExpandedInputs {
  /** Absolute paths, in the order given (sorted within a directory or glob), no duplicates. */
  files: string[];
  /** Operands that matched no file at all. */
  unmatched: string[];
}

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export async function expandLintInputs(
  inputs: string[],
  cwd: string,
  resolver: ConfigResolver,
  /** Extensions a directory contributes (.txt/.docx are linted through the importer). */
  extensions: readonly string[] = ['md'],
): Promise<ExpandedInputs> {
  const directoryPattern =
    extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`;
  const files: string[] = [];
  const seen = new Set<string>();
  const unmatched: string[] = [];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const info = await stat(path).catch(() => undefined);
    let matches: string[];
    if (info?.isFile()) {
      matches = [path];
    } else {
      const { glob } = await import('tinyglobby');
      matches = (
        await glob(info?.isDirectory() ? directoryPattern : input, {
          cwd: info?.isDirectory() ? path : cwd,
          absolute: true,
          dot: false,
          ignore: ALWAYS_IGNORED,
          expandDirectories: false,
        })
      ).sort();
    }
    if (matches.length === 0) {
      unmatched.push(input);
      continue;
    }
    for (const file of matches) {
      // A file named explicitly but ignored is skipped silently: pre-commit passes every
      // staged .md file, and the configuration says which of them are not reports.
      if (seen.has(file) || (await resolver.forFile(file)).ignored) continue;
      seen.add(file);
      files.push(file);
    }
  }
  return { files, unmatched };
}
