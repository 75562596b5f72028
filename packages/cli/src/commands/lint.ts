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
import { INTERNAL_ERROR, lintFile, type LintFileResult } from '../lint/run.js';

const FORMATS = ['stylish', 'json', 'sarif'] as const;
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

  const ruleSet = options.ruleSet ?? allRules;
  let results: LintFileResult[];
  let unmatched: string[];
  try {
    const ruleOverrides: RuleSettings = parseRuleOptions(values.rule, ruleSet);
    const resolver = createConfigResolver({
      configFile: values.config === undefined ? undefined : resolve(io.cwd, values.config),
      useConfigFiles: !negated.has('config'),
      overrides: ruleOverrides,
      ruleSet,
    });
    const inputs = await expandLintInputs(positionals, io.cwd, resolver);
    unmatched = negated.has('error-on-unmatched-pattern') ? [] : inputs.unmatched;
    results = [];
    for (const file of inputs.files) {
      const config = await resolver.forFile(file);
      const fileLocale = io.localeExplicit ? locale : (config.locale ?? locale);
      const result = await lintFile(file, {
        rules: config.rules,
        locale: fileLocale,
        fix: values.fix,
        ruleSet,
      });
      results.push({ ...result, configFile: config.configFile });
    }
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(`${lt(locale, 'config-failed')}\n${error.format(locale)}\n`);
    return 2;
  }

  for (const pattern of unmatched) io.stderr(`${lt(locale, 'no-match', { pattern })}\n`);

  const errorCount = results.reduce((n, r) => n + r.errorCount, 0);
  const warningCount = results.reduce((n, r) => n + r.warningCount, 0);
  const internalError = results.some((r) =>
    r.diagnostics.some((d) => d.messageId === INTERNAL_ERROR),
  );
  const shown = values.quiet ? results.map(errorsOnly) : results;

  let output: string;
  if (format === 'json') {
    const { formatJson } = await import('../lint/json.js');
    output = formatJson(shown);
  } else if (format === 'sarif') {
    const [{ formatSarif }, { packageVersion }] = await Promise.all([
      import('../lint/sarif.js'),
      import('../version.js'),
    ]);
    output = formatSarif(shown, { cwd: io.cwd, locale, ruleSet, version: packageVersion() });
  } else {
    const { formatStylish } = await import('../lint/stylish.js');
    const toFile = values['output-file'] !== undefined;
    output = formatStylish(shown, {
      cwd: io.cwd,
      locale,
      color: !toFile && wantsColor(io, negated.has('color') ? false : values.color),
      fileCount: results.length,
      reportClean: io.isTTY && !toFile,
    });
  }
  if (values['output-file'] !== undefined) {
    const target = resolve(io.cwd, values['output-file']);
    try {
      await mkdir(dirname(target), { recursive: true });
      await writeFileAtomic(target, output);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      io.stderr(`${lt(locale, 'write-failed', { file: target, reason })}\n`);
      return 2;
    }
  } else if (output) io.stdout(output);

  const tooManyWarnings = maxWarnings >= 0 && warningCount > maxWarnings;
  if (tooManyWarnings)
    io.stderr(`${lt(locale, 'too-many-warnings', { count: warningCount, max: maxWarnings })}\n`);
  if (internalError || unmatched.length > 0) return 2;
  return errorCount > 0 || tooManyWarnings ? 1 : 0;
}
