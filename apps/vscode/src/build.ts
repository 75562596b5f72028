/**
 * 「生成 DOCX / HTML / TXT」 and 「预览」: the report rendered by @nianbao/render, the same
 * renderer and templates as `nianbao build`, called in the extension host through its module API
 * (no child process, no Node on the user's PATH needed). Outputs go beside the report with the
 * names `nianbao build` gives them, written atomically.
 */
import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { localize, parseReport, type Locale, type Report } from '@nianbao/core';
import { renderReport, TemplateError, type OutputFormat } from '@nianbao/render';
import writeFileAtomic from 'write-file-atomic';
import { t } from './messages.js';

export type { OutputFormat };

export interface RenderInput {
  text: string;
  /** The report's path, when it has one on disk. */
  file?: string;
  /** The office's template directory (already resolved). */
  templates?: string;
  locale: Locale;
}

/** A report that cannot be rendered, or a template that cannot be used; the message says why. */
export class BuildError extends Error {}

/** `report.md` → `report.docx`; other extensions are kept (`a.txt` → `a.txt.txt`), as the CLI does. */
export function outputPath(file: string, format: OutputFormat): string {
  const ext = extname(file);
  const stem = /^\.(?:md|markdown|mdown|mkd)$/iu.test(ext) ? basename(file, ext) : basename(file);
  return join(dirname(file), `${stem}.${format}`);
}

/** The first error, for the confirmation before building a report that has some. */
export function errorSummary(errors: { line: number; message: string }[]): {
  count: number;
  line?: number;
  message?: string;
} {
  return { count: errors.length, line: errors[0]?.line, message: errors[0]?.message };
}

function readableReport(input: RenderInput): Report {
  const report = parseReport(input.text, { file: input.file });
  const fatal = report.problems.find((p) => p.severity === 'fatal');
  if (fatal) {
    const line = fatal.position?.start.line ?? 1;
    throw new BuildError(
      t(input.locale, 'unreadable', {
        line,
        message: localize(fatal.message, input.locale, fatal.data),
      }),
    );
  }
  return report;
}

async function render(input: RenderInput, format: OutputFormat): Promise<string | Uint8Array> {
  const report = readableReport(input);
  // A template directory that is not there is a mistake to point out, as `nianbao build` does,
  // not a reason to fall back silently to the default look.
  if (input.templates) {
    const isDir = await stat(input.templates).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isDir) throw new BuildError(t(input.locale, 'bad-templates', { dir: input.templates }));
  }
  try {
    return await renderReport(report, format, {
      templates: input.templates,
      generator: 'nianbao-vscode',
    });
  } catch (error) {
    if (error instanceof TemplateError)
      throw new BuildError(
        t(input.locale, 'template-error', { template: error.file, reason: error.reason }),
      );
    throw error;
  }
}

/** Render one format and write it beside the report; resolves with the file written. */
export async function buildOutput(input: RenderInput & { format: OutputFormat }): Promise<string> {
  if (!input.file) throw new BuildError(t(input.locale, 'save-first'));
  const data = await render(input, input.format);
  const target = outputPath(input.file, input.format);
  await mkdir(dirname(target), { recursive: true });
  await writeFileAtomic(target, typeof data === 'string' ? data : Buffer.from(data));
  return target;
}

/** The HTML page of the report, for the preview. */
export async function renderPreviewHtml(input: RenderInput): Promise<string> {
  return String(await render(input, 'html'));
}
