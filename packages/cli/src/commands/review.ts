/**
 * `nianbao review DIR… -o review.html`: check every report (Markdown, and .txt/.docx through the
 * importer) on a worker pool and write the reviewer's page, or the results and the 汇总 as JSON
 * or CSV.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { toCsv } from '@nianbao/core';
import { expandInputs } from '../batch/files.js';
import { defaultJobs, runBatch } from '../batch/pool.js';
import { ConfigError, createConfigResolver } from '../config.js';
import type { LintFileResult } from '../lint/run.js';
import { writeFileAtomic, type Io } from '../io.js';
import { t } from '../messages.js';
import { reviewPage } from '../review/html.js';
import { SUMMARY_CSV_HEADER, SummaryAccumulator, summaryCsvRows } from '../review/summary.js';

const usage = {
  zh: `用法：nianbao review 目录或文件… -o 输出文件 [--format html|json|csv] [--jobs N]
检查多份年报（.md，以及经导入的 .txt、.docx），生成审阅页面：每份年报的问题、按规则和机关的统计图，以及官方表格的汇总（可导出 CSV）。`,
  en: `Usage: nianbao review DIR-OR-FILE… -o OUTPUT [--format html|json|csv] [--jobs N]
Checks many reports (.md, and .txt/.docx through the importer) and writes the reviewer's page: each report's problems, charts by rule and by agency, and the summed official tables (exportable as CSV).`,
};

export async function runReview(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      output: { type: 'string', short: 'o' },
      format: { type: 'string', default: 'html' },
      jobs: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout(`${usage[io.locale]}\n`);
    return 0;
  }
  const format = values.format!;
  if (!['html', 'json', 'csv'].includes(format)) {
    io.stderr(`${t(io.locale, 'bad-option', { reason: `--format ${format}` })}\n`);
    return 2;
  }
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    io.stderr(`${t(io.locale, 'bad-option', { reason: `--jobs ${values.jobs}` })}\n`);
    return 2;
  }
  if (positionals.length === 0) {
    io.stderr(`${t(io.locale, 'no-files')}\n${usage[io.locale]}\n`);
    return 2;
  }
  const results: LintFileResult[] = [];
  const summary = new SummaryAccumulator();
  // Reports are judged as `nianbao lint` judges them: by the configuration that applies to each.
  const resolver = createConfigResolver({ useConfigFiles: true });
  const files = expandInputs(
    positionals.map((p) => resolve(io.cwd, p)),
    io.cwd,
  );
  try {
    const batch = runBatch(files, {
      jobs,
      taskFor: async (file) => {
        const config = await resolver.forFile(file);
        const locale = io.localeExplicit ? io.locale : (config.locale ?? io.locale);
        return { rules: config.rules, locale, withData: true };
      },
    });
    for await (const result of batch) {
      summary.add(result.data);
      // The page lists problems, not figures: drop the cells once they are summed.
      delete result.data;
      results.push(result);
    }
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(`${error.format(io.locale)}\n`);
    return 2;
  }
  results.sort((a, b) => a.filePath.localeCompare(b.filePath));
  const groups = summary.result();
  let output: string;
  if (format === 'html')
    output = reviewPage({
      results,
      summary: groups,
      locale: io.locale,
      generatedAt: new Date(),
      cwd: io.cwd,
    });
  else if (format === 'json')
    output = `${JSON.stringify({ schema: 'nianbao-review/1', reports: results, summary: groups }, null, 2)}\n`;
  else output = toCsv([SUMMARY_CSV_HEADER, ...summaryCsvRows(groups)]);
  if (values.output) await writeFileAtomic(resolve(io.cwd, values.output), output);
  else io.stdout(output);
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  return errors > 0 ? 1 : 0;
}
