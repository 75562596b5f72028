/**
 * `nianbao build FILE… [--format docx,html,txt] [-o DIR] [--templates DIR] [--force]`: render
 * reports to the filed Word document (GB/T 9704), the website page and the plain text.
 *
 * A report that cannot be read (fatal problems) is never built. A report with lint errors is
 * built only with --force, which says so. What is an error is what `nianbao lint` says: the same
 * configuration applies (../config.ts: the nearest configuration file, `--config`, `--no-config`,
 * `--rule`), so a rule turned off there does not stop a build. Every output is rendered in memory
 * first and then written atomically, so a failed build leaves no half-written file behind.
 *
 * Exit codes: 0 built; 1 a report was not built (unreadable, lint errors, template error);
 * 2 usage or configuration error.
 */
import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { interpolate, localize, type Locale } from '@nianbao/core';
import type { OutputFormat, RenderOptions } from '@nianbao/render';
import { ConfigError, createConfigResolver, parseRuleOptions, type FileConfig } from '../config.js';
import { formatProblemLine } from '../format-problem.js';
import { fileErrorReason, writeFileAtomic, type Io } from '../io.js';
import { t } from '../messages.js';
import { loadReport } from '../report-file.js';

const messages = {
  usage: {
    zh: `用法：nianbao build 文件… [--format docx,html,txt] [-o 目录] [--templates 目录] [--force] [--crlf] [-c 配置文件]
将年报（Markdown）生成为公文格式的 Word 文档（GB/T 9704）、网页（HTML）和纯文本（TXT），默认三种都生成。

选项：
  --format 列表      要生成的格式，逗号分隔：docx、html、txt（默认全部）
  -o, --output 目录  输出目录（默认与源文件同目录）
  --templates 目录   本单位的模板目录：其中的文件优先于默认模板（见 docs/templates.md）
  --force            年报有检查错误时仍然生成
  -c, --config 文件  检查时对每份年报都使用此配置文件，不再查找（同 nianbao lint）
  --no-config        不读取配置文件：各规则按推荐级别检查
  --rule 规则:级别   本次设置某规则的级别，可重复：--rule prose-sums:off
  --crlf             TXT 使用 Windows 换行（CRLF）
  --sealed           按加盖印章的版式排署名和成文日期（GB/T 9704 7.3.5.1）
  --edition 版本     不按文件头，按此版本（2021、2019、legacy）读取`,
    en: `Usage: nianbao build FILE… [--format docx,html,txt] [-o DIR] [--templates DIR] [--force] [--crlf] [-c CONFIG]
Renders reports (Markdown) to the official Word document (GB/T 9704 layout), a web page (HTML) and
plain text (TXT); all three by default.

Options:
  --format LIST      formats to write, comma-separated: docx, html, txt (default: all)
  -o, --output DIR   output directory (default: beside each source file)
  --templates DIR    your office's template directory: its files win over the defaults (docs/templates.md)
  --force            build even when the report has lint errors
  -c, --config FILE  check every report with this configuration file, no search (as nianbao lint)
  --no-config        read no configuration file: every rule at its recommended level
  --rule ID:LEVEL    set a rule's level for this run, repeatable: --rule prose-sums:off
  --crlf             Windows line ends (CRLF) in the TXT
  --sealed           lay out the signature for a sealed document (GB/T 9704 7.3.5.1)
  --edition ID       read the report as this edition (2021, 2019, legacy) whatever its frontmatter says`,
  },
  'bad-format': {
    zh: '未知的格式“{{format}}”：应为 docx、html、txt 中的一种或几种，以逗号分隔',
    en: 'Unknown format “{{format}}”: expected docx, html or txt, comma-separated',
  },
  'config-failed': {
    zh: '配置错误，未生成：',
    en: 'Configuration error; nothing was built:',
  },
  'bad-templates': {
    zh: '模板目录“{{dir}}”不存在或不是目录',
    en: 'The template directory “{{dir}}” does not exist or is not a directory',
  },
  'output-clash': {
    zh: '输出文件 {{file}} 会被写入两次（{{a}} 和 {{b}} 同名）：请分别构建，或用不同的 -o 目录',
    en: 'The output {{file}} would be written twice ({{a}} and {{b}} share a name): build them separately or use different -o directories',
  },
  'output-is-input': {
    zh: '输出文件 {{file}} 就是输入文件，不能覆盖：请用 -o 指定其他目录',
    en: 'The output {{file}} is an input file and will not be overwritten: choose another directory with -o',
  },
  unreadable: {
    zh: '{{file}}：有必须先改正的问题（见上），未生成；--force 不能跳过此类问题',
    en: '{{file}}: has problems that must be fixed first (above); nothing built — --force does not skip these',
  },
  'lint-errors': {
    zh: '{{file}}：有 {{count}} 处错误，未生成。请先改正（nianbao lint {{file}}），或加 --force 强制生成',
    en: '{{file}}: {{count}} error(s); nothing built. Fix them first (nianbao lint {{file}}) or add --force',
  },
  forced: {
    zh: '{{file}}：有 {{count}} 处错误，因 --force 仍然生成',
    en: '{{file}}: {{count}} error(s); built anyway because of --force',
  },
  'template-error': {
    zh: '{{file}}：模板错误，未生成：{{template}}：{{reason}}',
    en: '{{file}}: template error, nothing built: {{template}}: {{reason}}',
  },
  'render-failed': {
    zh: '{{file}}：生成失败（{{reason}}），未写入任何文件。请报告此问题',
    en: '{{file}}: rendering failed ({{reason}}); nothing written. Please report this',
  },
  built: {
    zh: '{{file}} → {{outputs}}',
    en: '{{file}} → {{outputs}}',
  },
} as const;

function m(locale: Locale, id: keyof typeof messages, data?: Record<string, unknown>): string {
  return interpolate(messages[id][locale], data, locale);
}

const FORMATS: readonly OutputFormat[] = ['docx', 'html', 'txt'];

/** `report.md` → `report`; other extensions are kept so that `a.txt` never becomes `a.txt`. */
function stem(file: string): string {
  const ext = extname(file);
  return /^\.(?:md|markdown|mdown|mkd)$/iu.test(ext) ? basename(file, ext) : basename(file);
}

export async function runBuild(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      format: { type: 'string', default: FORMATS.join(',') },
      output: { type: 'string', short: 'o' },
      templates: { type: 'string' },
      force: { type: 'boolean', default: false },
      crlf: { type: 'boolean', default: false },
      sealed: { type: 'boolean' },
      edition: { type: 'string' },
      config: { type: 'string', short: 'c' },
      'no-config': { type: 'boolean', default: false },
      rule: { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  const { locale } = io;
  if (values.help) {
    io.stdout(`${m(locale, 'usage')}\n`);
    return 0;
  }
  const formats: OutputFormat[] = [];
  for (const part of values.format!.split(',').map((s) => s.trim().toLowerCase())) {
    if (part === '') continue;
    if (!FORMATS.includes(part as OutputFormat)) {
      io.stderr(`${m(locale, 'bad-format', { format: part })}\n`);
      return 2;
    }
    if (!formats.includes(part as OutputFormat)) formats.push(part as OutputFormat);
  }
  if (formats.length === 0) {
    io.stderr(`${m(locale, 'bad-format', { format: values.format })}\n`);
    return 2;
  }
  if (positionals.length === 0) {
    io.stderr(`${t(locale, 'no-files')}\n${m(locale, 'usage')}\n`);
    return 2;
  }
  let templates: string | undefined;
  if (values.templates !== undefined) {
    templates = resolve(io.cwd, values.templates);
    const isDir = await stat(templates).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isDir) {
      io.stderr(`${m(locale, 'bad-templates', { dir: values.templates })}\n`);
      return 2;
    }
  }
  const shown = (path: string) => relative(io.cwd, path) || path;

  // Plan every output before anything is read or written: clashes are usage errors.
  const inputs = positionals.map((file) => resolve(io.cwd, file));
  const plans = inputs.map((input) => {
    const dir = values.output ? resolve(io.cwd, values.output) : dirname(input);
    return {
      input,
      dir,
      outputs: formats.map((format) => ({ format, path: join(dir, `${stem(input)}.${format}`) })),
    };
  });
  const owner = new Map<string, string>();
  for (const plan of plans) {
    for (const { path } of plan.outputs) {
      if (inputs.includes(path)) {
        io.stderr(`${m(locale, 'output-is-input', { file: shown(path) })}\n`);
        return 2;
      }
      const other = owner.get(path);
      if (other && other !== plan.input) {
        io.stderr(
          `${m(locale, 'output-clash', { file: shown(path), a: shown(other), b: shown(plan.input) })}\n`,
        );
        return 2;
      }
      owner.set(path, plan.input);
    }
  }

  // Loaded here, not at the top, so that `nianbao build --help` stays fast.
  const [{ renderReport, TemplateError }, { lintReport }] = await Promise.all([
    import('@nianbao/render'),
    import('@nianbao/rules'),
  ]);
  // The configuration of each report, as `nianbao lint` finds it; checked before anything is
  // built, so a broken configuration stops the run as it stops lint.
  const configs = new Map<string, FileConfig>();
  try {
    const resolver = createConfigResolver({
      configFile: values.config === undefined ? undefined : resolve(io.cwd, values.config),
      useConfigFiles: !values['no-config'],
      overrides: parseRuleOptions(values.rule!),
    });
    for (const { input } of plans) configs.set(input, await resolver.forFile(input));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(`${m(locale, 'config-failed')}\n${error.format(locale)}\n`);
    return 2;
  }
  const renderOptions: RenderOptions = {
    templates,
    ...(values.sealed !== undefined ? { sealed: values.sealed } : {}),
    txt: { crlf: values.crlf },
    generator: 'nianbao',
  };

  let failed = false;
  for (const plan of plans) {
    const file = shown(plan.input);
    const report = await loadReport(plan.input, { edition: values.edition });
    const fatal = report.problems.filter((p) => p.severity === 'fatal');
    if (fatal.length > 0 || !report.meta || !report.edition) {
      failed = true;
      for (const p of fatal)
        io.stderr(
          `${formatProblemLine(file, { line: p.position?.start.line ?? 1, column: p.position?.start.column ?? 1, severity: 'fatal', message: localize(p.message, locale, p.data) }, locale)}\n`,
        );
      io.stderr(`${m(locale, 'unreadable', { file })}\n`);
      continue;
    }
    const config = configs.get(plan.input)!;
    // A report the configuration ignores is one `nianbao lint` does not check: no lint errors.
    const errors = config.ignored
      ? []
      : lintReport(report, {
          locale: io.localeExplicit ? locale : (config.locale ?? locale),
          rules: config.rules,
        }).filter((d) => d.severity === 'error');
    if (errors.length > 0) {
      for (const d of errors) io.stderr(`${formatProblemLine(file, d, locale)}\n`);
      if (!values.force) {
        failed = true;
        io.stderr(`${m(locale, 'lint-errors', { file, count: errors.length })}\n`);
        continue;
      }
      io.stderr(`${m(locale, 'forced', { file, count: errors.length })}\n`);
    }

    const rendered: { path: string; data: string | Uint8Array }[] = [];
    try {
      for (const { format, path } of plan.outputs)
        rendered.push({ path, data: await renderReport(report, format, renderOptions) });
    } catch (error) {
      failed = true;
      if (error instanceof TemplateError)
        io.stderr(
          `${m(locale, 'template-error', { file, template: shown(error.file), reason: error.reason })}\n`,
        );
      else io.stderr(`${m(locale, 'render-failed', { file, reason: String(error) })}\n`);
      continue;
    }
    try {
      await mkdir(plan.dir, { recursive: true });
      for (const { path, data } of rendered) await writeFileAtomic(path, data);
    } catch (error) {
      failed = true;
      const reason = fileErrorReason(error);
      io.stderr(`${t(locale, 'write-failed', { file: shown(plan.dir), reason })}\n`);
      continue;
    }
    io.stderr(
      `${m(locale, 'built', { file, outputs: rendered.map((r) => shown(r.path)).join(locale === 'zh' ? '、' : ', ') })}\n`,
    );
  }
  return failed ? 1 : 0;
}
