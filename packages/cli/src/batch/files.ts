/**
 * Turning the operands of a batch command (files, directories, globs) into a stream of files,
 * without collecting them all first — a province's reports are tens of thousands of files.
 */
import { stat } from 'node:fs/promises';
import { glob } from 'tinyglobby';

export const REPORT_EXTENSIONS = ['md', 'txt', 'docx'] as const;

export async function* expandInputs(
  inputs: string[],
  cwd: string,
  extensions: readonly string[] = REPORT_EXTENSIONS,
): AsyncGenerator<string> {
  const seen = new Set<string>();
  const ext = extensions.length === 1 ? extensions[0] : `{${extensions.join(',')}}`;
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    let files: string[];
    if (info?.isDirectory()) {
      files = await glob(`**/*.${ext}`, {
        cwd: input,
        absolute: false,
        ignore: ['**/node_modules/**', '**/.git/**'],
      });
      files = files.sort().map((f) => `${input.replace(/\/+$/u, '')}/${f}`);
    } else if (info?.isFile()) {
      files = [input];
    } else {
      files = (await glob(input, { cwd, ignore: ['**/node_modules/**'] })).sort();
    }
    for (const file of files) {
      if (seen.has(file)) continue;
      seen.add(file);
      yield file;
    }
  }
}
