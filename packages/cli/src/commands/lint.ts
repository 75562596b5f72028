/**
 * `nianbao lint [FILE|DIR|GLOB…]`: check reports with every rule of the rule set, as configured
 * (see ../config.ts), and print the findings as stylish text, ESLint-like JSON or SARIF.
 *
 * Exit codes: 0 no errors; 1 errors (or more warnings than --max-warnings); 2 usage,
 * configuration or internal error. A file that cannot be read or parsed is a finding on that
 * file, and the run goes on with the others.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { allRules, type Rule, type RuleSettings } from '@nianbao/rules';
import { ConfigError, createConfigResolver, parseRuleOptions } from '../config.js';
import { writeFileAtomic, type Io } from '../io.js';
import { expandLintInputs } from '../lint/files.js';
import { lt } from '../lint/messages.js';
import { LintCache } from '../batch/cache.js';
import { defaultJobs, runBatch } from '../batch/pool.js';
import { INTERNAL_ERROR, type LintFileResult } from '../lint/run.js';
import { packageVersion } from '../version.js';

/** Below this many files per thread, starting workers costs more than it saves. */
const FILES_PER_WORKER = 4;

const FORMATS = ['stylish', 'json', 'jsonl', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

/** Boolean options that also have a `--no-` form (node's parseArgs on Node 20 has no negation). */
function takeNegations(argv: string[], names: string[]): { rest: string[]; negated: Set<string> } {
  const negated = new Set<string>();
  const rest = argv.filter((arg) => {
    const name = arg.startsWith('--no-') ? arg.slice(5) : undefined;
    if (name && names.includes(name)) {
      negated.add(name);
      return false;
    }
    return true;
  });
  return { rest, negated };
}

function wantsColor(io: Io, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (process.env.NO_COLOR) return false;
  return io.isTTY;
}

/** Drop what --quiet hides and recount, so every format shows the same thing. */
function errorsOnly(result: LintFileResult): LintFileResult {
  const diagnostics = result.diagnostics.filter((d) => d.severity === 'error');
  return {
    ...result,
    diagnostics,
    warningCount: 0,
    infoCount: 0,
    fixableWarningCount: 0,
  };
}

export interface LintCommandOptions {
  /** The rule set (every nianbao rule by default); for embedders and tests. */
  ruleSet?: readonly Rule[];
}

export async function runLint(
  argv: string[],
  io: Io,
  options: LintCommandOptions = {},
): Promise<number> {
  const { rest, negated } = takeNegations(argv, ['config', 'color', 'error-on-unmatched-pattern']);
  const { values, positionals } = parseArgs({
    args: rest,
    options: {
      format: { type: 'string', short: 'f', default: 'stylish' },
      'output-file': { type: 'string', short: 'o' },
      fix: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      'max-warnings': { type: 'string' },
      config: { type: 'string', short: 'c' },
      rule: { type: 'string', multiple: true, default: [] },
      color: { type: 'boolean' },
      jobs: { type: 'string', short: 'j' },
      cache: { type: 'boolean', default: false },
      'cache-location': { type: 'string', default: '.nianbaocache' },
      ext: { type: 'string', default: 'md' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  const locale = io.locale;
  if (values.help) {
    io.stdout(`${lt(locale, 'usage')}\n`);
    return 0;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) {
    io.stderr(`${lt(locale, 'bad-format', { format })}\n`);
    return 2;
  }
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!/^\d+$/u.test(values['max-warnings'])) {
      io.stderr(`${lt(locale, 'bad-max-warnings', { value: values['max-warnings'] })}\n`);
      return 2;
    }
  }
  // As ESLint does: without operands, the current directory.
  if (positionals.length === 0) positionals.push('.');

  const jobsOption = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobsOption !== undefined && !(Number.isInteger(jobsOption) && jobsOption >= 1)) {
    io.stderr(`${lt(locale, 'bad-jobs', { value: values.jobs })}\n`);
    return 2;
  }
  const extensions = values.ext!.split(',').map((e) => e.trim().replace(/^\./u, ''));
  if (!extensions.every((e) => ['md', 'txt', 'docx'].includes(e))) {
    io.stderr(`${lt(locale, 'bad-ext', { value: values.ext })}\n`);
    return 2;
  }

  const ruleSet = options.ruleSet ?? allRules;
  const toFile = values['output-file'] !== undefined;
  const sink = await outputSink(format, {
    io,
    quiet: values.quiet,
    ruleSet,
    // Results stream to the terminal or a pipe; to a file they are written at the end, atomically.
    write: toFile ? undefined : (text) => io.stdout(text),
    color: !toFile && wantsColor(io, negated.has('color') ? false : values.color),
    reportClean: io.isTTY && !toFile,
  });
  let unmatched: string[];
  let files: string[];
  try {
    const ruleOverrides: RuleSettings = parseRuleOptions(values.rule, ruleSet);
    const resolver = createConfigResolver({
      configFile: values.config === undefined ? undefined : resolve(io.cwd, values.config),
      useConfigFiles: !negated.has('config'),
      overrides: ruleOverrides,
      ruleSet,
    });
    const inputs = await expandLintInputs(positionals, io.cwd, resolver, extensions);
    unmatched = negated.has('error-on-unmatched-pattern') ? [] : inputs.unmatched;
    files = inputs.files;
    // Workers cannot receive a rule set given in code; the built-in one they load themselves.
    const jobs = options.ruleSet
      ? 1
      : Math.min(
          jobsOption ?? defaultJobs(),
          Math.max(1, Math.floor(files.length / FILES_PER_WORKER)),
        );
    const cache = values.cache
      ? await LintCache.load(resolve(io.cwd, values['cache-location']!), packageVersion())
      : undefined;
    // The bar goes to stderr on a terminal, and only when the results do not scroll there too.
    const progress =
      files.length > 1 && io.stderrIsTTY && (!io.isTTY || toFile)
        ? await progressBar(files.length)
        : undefined;
    const batch = runBatch(files, {
      jobs,
      cache,
      taskFor: async (file) => {
        const config = await resolver.forFile(file);
        const fileLocale = io.localeExplicit ? locale : (config.locale ?? locale);
        return {
          rules: config.rules,
          locale: fileLocale,
          fix: values.fix,
          ruleSet: options.ruleSet,
        };
      },
    });
    for await (const result of batch) {
      progress?.increment();
      sink.add(result);
    }
    progress?.stop();
    await cache?.save();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(`${lt(locale, 'config-failed')}\n${error.format(locale)}\n`);
    return 2;
  }

  for (const pattern of unmatched) io.stderr(`${lt(locale, 'no-match', { pattern })}\n`);

  const output = sink.end(files);
  if (toFile) {
    const target = resolve(io.cwd, values['output-file']!);
    try {
      await mkdir(dirname(target), { recursive: true });
      await writeFileAtomic(target, output);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      io.stderr(`${lt(locale, 'write-failed', { file: target, reason })}\n`);
      return 2;
    }
  } else if (output) io.stdout(output);

  const { errorCount, warningCount, internalError } = sink.totals;
  const tooManyWarnings = maxWarnings >= 0 && warningCount > maxWarnings;
  if (tooManyWarnings)
    io.stderr(`${lt(locale, 'too-many-warnings', { count: warningCount, max: maxWarnings })}\n`);
  if (internalError || unmatched.length > 0) return 2;
  return errorCount > 0 || tooManyWarnings ? 1 : 0;
}

/** A progress bar on stderr (cli-progress), loaded only on a terminal. */
async function progressBar(total: number): Promise<{ increment(): void; stop(): void }> {
  const { SingleBar, Presets } = await import('cli-progress');
  const bar = new SingleBar(
    {
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
      format: '{bar} {value}/{total}  {eta_formatted}',
    },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return { increment: () => bar.increment(), stop: () => bar.stop() };
}

interface SinkOptions {
  io: Io;
  quiet: boolean | undefined;
  ruleSet: readonly Rule[];
  /** Where streamed output goes; undefined keeps it for `end()`. */
  write?: (text: string) => void;
  color: boolean;
  reportClean: boolean;
}

/**
 * Where results go as they arrive. Stylish and JSON Lines print each file at once and keep only
 * counts, so memory stays flat over any number of files; JSON and SARIF are single documents and
 * keep the results until the end.
 */
async function outputSink(format: Format, options: SinkOptions) {
  const { io, quiet } = options;
  const totals = { errorCount: 0, warningCount: 0, internalError: false, files: 0 };
  const kept: LintFileResult[] = [];
  // Workers finish in any order; whole documents list files in the order they were given.
  let rank = new Map<string, number>();
  const inInputOrder = (list: LintFileResult[]) =>
    [...list].sort((a, b) => (rank.get(a.filePath) ?? 0) - (rank.get(b.filePath) ?? 0));
  let buffered = '';
  const emit = (text: string) => {
    if (!text) return;
    if (options.write) options.write(text);
    else buffered += text;
  };
  let onResult: (result: LintFileResult) => void;
  let finish: () => string;
  if (format === 'stylish') {
    const { StylishWriter } = await import('../lint/stylish.js');
    const writer = new StylishWriter({
      cwd: io.cwd,
      locale: io.locale,
      color: options.color,
      reportClean: options.reportClean,
    });
    onResult = (r) => emit(writer.file(r));
    finish = () => writer.summary();
  } else if (format === 'jsonl') {
    const { formatJsonLine } = await import('../lint/json.js');
    onResult = (r) => emit(formatJsonLine(r));
    finish = () => '';
  } else if (format === 'json') {
    const { formatJson } = await import('../lint/json.js');
    onResult = (r) => kept.push(r);
    finish = () => formatJson(inInputOrder(kept));
  } else {
    const [{ formatSarif }, { packageVersion: version }] = await Promise.all([
      import('../lint/sarif.js'),
      import('../version.js'),
    ]);
    onResult = (r) => kept.push(r);
    finish = () =>
      formatSarif(inInputOrder(kept), {
        cwd: io.cwd,
        locale: io.locale,
        ruleSet: options.ruleSet,
        version: version(),
      });
  }
  return {
    totals,
    add(result: LintFileResult) {
      totals.files++;
      totals.errorCount += result.errorCount;
      totals.warningCount += result.warningCount;
      if (result.diagnostics.some((d) => d.messageId === INTERNAL_ERROR))
        totals.internalError = true;
      onResult(quiet ? errorsOnly(result) : result);
    },
    /** The rest of the output (all of it when nothing was streamed); `files` in input order. */
    end(files: string[]): string {
      rank = new Map(files.map((file, i) => [file, i]));
      return buffered + finish();
    },
  };
}
