/**
 * `nianbao import FILE… [-o DIR] [--edition E] [--json] [--force]`: existing reports (.txt,
 * .docx) into nianbao Markdown, one report per input. A file that cannot be imported is
 * reported with a clear message and the others go on; the exit status says whether all went.
 */
import { access, mkdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { getEdition, interpolate, localize, type Locale } from '@nianbao/core';
import { ImportError, MAX_DOCX_BYTES, importFile, type ImportResult } from '@nianbao/import';
import { formatProblemLine } from '../format-problem.js';
import { fileErrorReason, writeFileAtomic, type Io } from '../io.js';
import { t } from '../messages.js';

const messages = {
  usage: {
    zh: `用法：nianbao import 文件… [-o 目录] [--edition 2021|2019|legacy] [--json] [--force]
将已有年报（.txt，UTF-8 或 GBK 编码；.docx）转为 nianbao Markdown，每个文件生成一份同名 .md。
  -o, --output 目录   输出目录（默认与原文件同目录）；“-o -”将唯一的结果输出到标准输出
  --edition 版本      不按内容判断，指定版本
  --json              在标准输出打印识别结果（版本及理由、章节、表格、未归位的单元格、警告）
  --force             覆盖已存在的 .md 文件`,
    en: `Usage: nianbao import FILE… [-o DIR] [--edition 2021|2019|legacy] [--json] [--force]
Turns existing reports (.txt in UTF-8 or GBK, .docx) into nianbao Markdown, one .md per file.
  -o, --output DIR    output directory (default: beside each file); "-o -" prints the only result
  --edition EDITION   use this edition instead of detecting it from the content
  --json              print what was recognised (edition and why, sections, tables, unplaced
                      cells, warnings) on standard output
  --force             overwrite existing .md files`,
  },
  imported: {
    zh: '{{input}} → {{output}}：{{edition}} 版（{{why}}）；{{headings}} 个标题、{{paragraphs}} 段正文、{{cells}} 个官方表格单元格；{{warnings}} 条警告',
    en: '{{input}} → {{output}}: edition {{edition}} ({{why}}); {{headings}} headings, {{paragraphs}} paragraphs, {{cells}} official table cells; {{warnings}} warning(s)',
  },
  failed: { zh: '{{input}}：{{message}}', en: '{{input}}: {{message}}' },
  exists: {
    zh: '{{output}} 已存在，未覆盖。如确需覆盖，请加 --force',
    en: '{{output}} exists and was not overwritten. Add --force to overwrite it',
  },
  markdown: {
    zh: '已是 Markdown 文件，无需导入（用 nianbao lint 检查它）',
    en: 'This is already Markdown; nothing to import (check it with nianbao lint)',
  },
  'stdout-one': {
    zh: '“-o -”只能用于一个文件',
    en: '"-o -" takes exactly one file',
  },
  'bad-edition': {
    zh: '未知的版本“{{edition}}”：应为 2021、2019 或 legacy',
    en: 'Unknown edition “{{edition}}”: expected 2021, 2019 or legacy',
  },
  summary: {
    zh: '共 {{total}} 个文件：{{ok}} 个已导入，{{failed}} 个失败',
    en: '{{total}} file(s): {{ok}} imported, {{failed}} failed',
  },
};

const say = (locale: Locale, id: keyof typeof messages, data?: Record<string, unknown>) =>
  interpolate(messages[id][locale], data, locale);

/** What `--json` prints for one file, in the chosen locale. */
export function resultJson(
  input: string,
  output: string | undefined,
  result: ImportResult,
  locale: Locale,
): Record<string, unknown> {
  return {
    input,
    output,
    ok: true,
    format: result.format,
    ...(result.encoding ? { encoding: result.encoding } : {}),
    edition: {
      id: result.edition.id,
      detected: result.edition.detected,
      overridden: result.edition.overridden,
      reasons: result.edition.reasons.map((r) => localize(r.message, locale, r.data)),
      scores: result.edition.scores,
    },
    meta: result.meta,
    sections: result.sections,
    tables: result.tables,
    cells: {
      bound: result.tables.reduce((n, table) => n + table.cells, 0),
      expected: result.tables.reduce((n, table) => n + table.expected, 0),
    },
    unbound: result.unbound,
    paragraphs: result.paragraphs,
    unit: result.unit,
    warnings: result.warnings.map((w) => ({
      code: w.code,
      severity: w.severity,
      ...(w.line ? { line: w.line } : {}),
      message: localize(w.message, locale, w.data),
    })),
  };
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

export async function runImport(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      output: { type: 'string', short: 'o' },
      edition: { type: 'string' },
      json: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  const { locale } = io;
  if (values.help) {
    io.stdout(`${say(locale, 'usage')}\n`);
    return 0;
  }
  if (positionals.length === 0) {
    io.stderr(`${t(locale, 'no-files')}\n${say(locale, 'usage')}\n`);
    return 2;
  }
  if (values.edition !== undefined && !getEdition(values.edition)) {
    io.stderr(`${say(locale, 'bad-edition', { edition: values.edition })}\n`);
    return 2;
  }
  const toStdout = values.output === '-';
  if (toStdout && positionals.length !== 1) {
    io.stderr(`${say(locale, 'stdout-one')}\n`);
    return 2;
  }

  const report: Record<string, unknown>[] = [];
  let failed = 0;
  const fail = (input: string, message: string, code: string, output?: string) => {
    failed++;
    io.stderr(`${say(locale, 'failed', { input, message })}\n`);
    report.push({ input, ...(output ? { output } : {}), ok: false, error: { code, message } });
  };

  for (const file of positionals) {
    const path = resolve(io.cwd, file);
    const input = relative(io.cwd, path) || file;
    if (/\.(md|markdown)$/iu.test(path)) {
      fail(input, say(locale, 'markdown'), 'import-markdown');
      continue;
    }
    let bytes: Buffer;
    try {
      const info = await stat(path);
      if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      // Refused before reading: no report is near this size, and a wrong path must not fill memory.
      if (info.size > MAX_DOCX_BYTES)
        throw new ImportError('import-too-large', {
          size: `${(info.size / 1024 / 1024).toFixed(1)} MB`,
          limit: `${MAX_DOCX_BYTES / 1024 / 1024} MB`,
        });
      bytes = await readFile(path);
    } catch (error) {
      if (error instanceof ImportError)
        fail(input, localize(error.localized, locale, error.data), error.code);
      else {
        const reason = (error as NodeJS.ErrnoException).code ?? String(error);
        fail(input, t(locale, 'read-failed', { file: input, reason }), 'read-failed');
      }
      continue;
    }
    const name = `${basename(path, extname(path))}.md`;
    const target = toStdout
      ? undefined
      : join(values.output ? resolve(io.cwd, values.output) : dirname(path), name);
    const output = target ? relative(io.cwd, target) || target : '-';
    let result: ImportResult;
    try {
      result = await importFile(bytes, { name: basename(path), edition: values.edition });
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      fail(input, localize(error.localized, locale, error.data), error.code, output);
      continue;
    }
    if (target) {
      if (!values.force && (await exists(target))) {
        fail(input, say(locale, 'exists', { output }), 'exists', output);
        continue;
      }
      try {
        await mkdir(dirname(target), { recursive: true });
        await writeFileAtomic(target, result.markdown);
      } catch (error) {
        const reason = fileErrorReason(error);
        fail(input, t(locale, 'write-failed', { file: output, reason }), 'write-failed', output);
        continue;
      }
    } else io.stdout(result.markdown);
    report.push(resultJson(input, output, result, locale));
    if (values.json) continue;
    const warnings = result.warnings.filter((w) => w.severity === 'warning');
    const why = result.edition.reasons
      .slice(0, 3)
      .map((r) => localize(r.message, locale, r.data))
      .join('；');
    io.stderr(
      `${say(locale, 'imported', {
        input,
        output,
        edition: result.edition.id,
        why,
        headings: result.sections.headings,
        paragraphs: result.paragraphs,
        cells: result.tables.reduce((n, table) => n + table.cells, 0),
        warnings: warnings.length,
      })}\n`,
    );
    for (const w of result.warnings) {
      const message = localize(w.message, locale, w.data);
      const line = w.line
        ? formatProblemLine(
            input,
            { line: w.line, column: 1, severity: w.severity, message },
            locale,
          )
        : `${input}  ${t(locale, `severity-${w.severity}`)}  ${message}`;
      io.stderr(`${line}\n`);
    }
  }
  if (values.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  if (positionals.length > 1)
    io.stderr(
      `${say(locale, 'summary', { total: positionals.length, ok: positionals.length - failed, failed })}\n`,
    );
  return failed > 0 ? 1 : 0;
}
