/**
 * Finding and loading nianbao's configuration for a report file, as the command line, the
 * language server and other tools on the file system read it.
 *
 * The nearest configuration wins: from the report's directory upward, the first of
 * `nianbao.config.js|mjs|cjs|json|yaml|yml` or a `nianbao` key in package.json. Its `rules` apply, then each of its `overrides` whose `files` match the report's
 * path relative to the configuration's directory. `ignores` (same base) leave files out.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, parse, relative, resolve, sep } from 'node:path';
import {
  allRules,
  configMessages,
  mergeRuleSettings,
  settingLevel,
  settingOptions,
  validateConfig,
  type ConfigProblem,
  type NianbaoConfig,
  type Rule,
  type RuleSettings,
} from '@nianbao/rules';
import { localize, type Localized, type Locale } from '@nianbao/core';
import type { Matcher } from 'picomatch';

export const CONFIG_FILES = [
  'nianbao.config.js',
  'nianbao.config.mjs',
  'nianbao.config.cjs',
  'nianbao.config.json',
  'nianbao.config.yaml',
  'nianbao.config.yml',
  'package.json',
];

export interface LoadedConfig {
  /** The configuration file, or undefined for the built-in defaults. */
  file?: string;
  /** Base of the globs in `overrides` and `ignores`. */
  dir: string;
  config: NianbaoConfig;
}

/** What applies to one report file. */
export interface FileConfig {
  configFile?: string;
  rules: RuleSettings;
  locale?: Locale;
  /** The file matches the configuration's `ignores`. */
  ignored: boolean;
}

export interface ConfigErrorEntry {
  /** The configuration file (or the command-line option) at fault. */
  source: string;
  path: string;
  message: Localized;
  data: Record<string, unknown>;
}

const readFailed: Localized = {
  zh: '无法读取配置文件：{{reason}}',
  en: 'Cannot read the configuration file: {{reason}}',
};

/** A configuration that cannot be used; the run stops (exit 2) and each entry says why. */
export class ConfigError extends Error {
  constructor(readonly entries: ConfigErrorEntry[]) {
    super(
      entries.map((e) => `${e.source}: ${e.path}: ${localize(e.message, 'en', e.data)}`).join('\n'),
    );
  }

  format(locale: Locale): string {
    return this.entries
      .map((e) => {
        const where = e.path && e.path !== '(root)' ? ` ${e.path}` : '';
        const colon = locale === 'zh' ? '：' : ': ';
        return `${e.source}${where}${colon}${localize(e.message, locale, e.data)}`;
      })
      .join('\n');
  }
}

async function parseYaml(text: string): Promise<unknown> {
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) throw new Error(doc.errors[0].message.split('\n')[0]);
  return doc.toJS();
}

async function importModule(file: string): Promise<unknown> {
  const { pathToFileURL } = await import('node:url');
  const module = (await import(pathToFileURL(file).href)) as { default?: unknown };
  return module.default ?? module;
}

/** Read a configuration file's raw value, by its extension. */
async function readConfigValue(file: string, text?: string): Promise<unknown> {
  if (/\.(?:c|m)?js$/u.test(file)) return importModule(file);
  const content = (text ?? (await readFile(file, 'utf8'))).replace(/^\uFEFF/u, '');
  if (/\.ya?ml$/u.test(file)) return parseYaml(content);
  return content.trim() === '' ? {} : JSON.parse(content);
}

function readError(file: string, error: unknown): ConfigError {
  const reason =
    (error as NodeJS.ErrnoException).code === 'ENOENT'
      ? 'ENOENT'
      : error instanceof Error
        ? error.message.split('\n')[0]
        : String(error);
  return new ConfigError([{ source: file, path: '', message: readFailed, data: { reason } }]);
}

/** Check a raw configuration value read from `file`; throws a ConfigError naming it. */
async function checkedConfig(
  file: string,
  value: unknown,
  ruleSet: readonly Rule[],
): Promise<LoadedConfig> {
  const { config, problems } = validateConfig(value, ruleSet);
  await checkRuleOptions(config, ruleSet, problems);
  if (problems.length > 0) throw new ConfigError(problems.map((p) => ({ source: file, ...p })));
  return { file, dir: dirname(file), config };
}

/** Read one configuration file (`--config FILE`); a broken file is a ConfigError naming it. */
export async function loadConfigFile(
  file: string,
  ruleSet: readonly Rule[] = allRules,
): Promise<LoadedConfig> {
  const path = resolve(file);
  let value: unknown;
  try {
    value = await readConfigValue(path);
    if (basename(path) === 'package.json') value = (value as Record<string, unknown>).nianbao;
  } catch (error) {
    throw readError(path, error);
  }
  return checkedConfig(path, value, ruleSet);
}

/**
 * Check the options in a configuration against each rule's `meta.schema`. ajv is loaded only
 * when some option is set, so that a plain run does not pay for it.
 */
export async function checkRuleOptions(
  config: NianbaoConfig,
  ruleSet: readonly Rule[],
  problems: ConfigProblem[],
): Promise<void> {
  const layers: [string, RuleSettings][] = [
    ['rules', config.rules ?? {}],
    ...(config.overrides ?? []).map((o, i): [string, RuleSettings] => [
      `overrides[${i}].rules`,
      o.rules,
    ]),
  ];
  const withOptions = layers.flatMap(([path, rules]) =>
    Object.entries(rules)
      .filter(([, setting]) => Array.isArray(setting) && setting.length > 1)
      .map(([id, setting]) => ({ path: `${path}.${id}`, id, options: settingOptions(setting) })),
  );
  if (withOptions.length === 0) return;
  const { Ajv } = await import('ajv');
  const ajv = new Ajv({ allErrors: true, strict: false });
  for (const { path, id, options } of withOptions) {
    const schema = ruleSet.find((r) => r.meta.id === id)?.meta.schema;
    if (!schema) continue;
    const validate = ajv.compile(schema);
    if (validate(options)) continue;
    const reason = (validate.errors ?? [])
      .map((e) => {
        const extra =
          e.params && 'additionalProperty' in e.params
            ? ` (${String(e.params.additionalProperty)})`
            : '';
        return `${e.instancePath || '/'} ${e.message ?? ''}${extra}`;
      })
      .join('; ');
    problems.push({ path, message: configMessages['bad-options'], data: { rule: id, reason } });
  }
}

type Searcher = (fromDir: string) => Promise<{ file: string; value: unknown } | undefined>;

/**
 * A search for the nearest configuration file at or above a directory, read but not yet checked
 * (lilconfig searches and caches; the loaders turn a broken file into a ConfigError naming it).
 */
async function configSearcher(stopDir: string | undefined): Promise<Searcher> {
  const { lilconfig } = await import('lilconfig');
  const loader = async (file: string, text: string) => {
    try {
      return await readConfigValue(file, text);
    } catch (error) {
      throw readError(file, error);
    }
  };
  const explorer = lilconfig('nianbao', {
    searchPlaces: CONFIG_FILES,
    // lilconfig stops at the home directory by default; reports often live outside it.
    stopDir: stopDir ?? parse(process.cwd()).root,
    cache: true,
    loaders: Object.fromEntries(
      ['.js', '.mjs', '.cjs', '.json', '.yaml', '.yml'].map((ext) => [ext, loader]),
    ),
  });
  return async (fromDir) => {
    const found = await explorer.search(fromDir);
    return found ? { file: found.filepath, value: found.config } : undefined;
  };
}

export interface ConfigResolverOptions {
  /** `--config FILE`: use this file for every report, no search. */
  configFile?: string;
  /** `--no-config`: the recommended settings only. */
  useConfigFiles?: boolean;
  /** Settings that win over every file (`--rule id:level`). */
  overrides?: RuleSettings;
  /** Where the search stops (inclusive); the file system root by default. */
  stopDir?: string;
  ruleSet?: readonly Rule[];
}

export interface ConfigResolver {
  /** The configuration that applies to a report file. Throws ConfigError. */
  forFile(file: string): Promise<FileConfig>;
  /** The loaded configuration nearest to a directory (for matching `ignores` while walking). */
  forDirectory(dir: string): Promise<LoadedConfig>;
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/**
 * Glob matching as the configuration means it (as in .gitignore): a pattern without a slash
 * matches at any depth (`README.md`, `*.md`), `dir/` is everything below dir.
 */
async function compileGlobs(patterns: string[]): Promise<Matcher> {
  const { default: picomatch } = await import('picomatch');
  return picomatch(
    patterns.map((p) => {
      const pattern = p.endsWith('/') ? `${p}**` : p;
      return pattern.includes('/') ? pattern.replace(/^\.?\//u, '') : `**/${pattern}`;
    }),
    { dot: true },
  );
}

export function createConfigResolver(options: ConfigResolverOptions = {}): ConfigResolver {
  const ruleSet = options.ruleSet ?? allRules;
  const loaded = new Map<string, Promise<LoadedConfig>>();
  const byDirectory = new Map<string, Promise<LoadedConfig>>();
  const matchers = new Map<string, Promise<Matcher>>();
  let searcher: Promise<Searcher> | undefined;
  const none: LoadedConfig = { dir: process.cwd(), config: {} };
  const fixed = options.configFile ? loadConfigFile(options.configFile, ruleSet) : undefined;
  // A rejected promise that nobody awaits yet must not crash the process.
  fixed?.catch(() => undefined);

  const forDirectory = (dir: string): Promise<LoadedConfig> => {
    if (fixed) return fixed;
    if (options.useConfigFiles === false) return Promise.resolve(none);
    const key = resolve(dir);
    let promise = byDirectory.get(key);
    if (!promise) {
      searcher ??= configSearcher(options.stopDir);
      promise = searcher.then(async (search) => {
        const found = await search(key);
        if (!found) return none;
        let promise = loaded.get(found.file);
        if (!promise)
          loaded.set(found.file, (promise = checkedConfig(found.file, found.value, ruleSet)));
        return promise;
      });
      byDirectory.set(key, promise);
    }
    return promise;
  };

  const matcher = (patterns: string[]): Promise<Matcher> => {
    const key = JSON.stringify(patterns);
    let promise = matchers.get(key);
    if (!promise) matchers.set(key, (promise = compileGlobs(patterns)));
    return promise;
  };

  return {
    forDirectory,
    async forFile(file) {
      const path = resolve(file);
      const { file: configFile, dir, config } = await forDirectory(dirname(path));
      const relativePath = toPosix(relative(dir, path));
      const ignored = config.ignores?.length
        ? (await matcher(config.ignores))(relativePath)
        : false;
      const layers: (RuleSettings | undefined)[] = [config.rules];
      for (const override of config.overrides ?? [])
        if ((await matcher(override.files))(relativePath)) layers.push(override.rules);
      layers.push(options.overrides);
      return {
        configFile,
        rules: mergeRuleSettings(...layers),
        locale: config.locale,
        ignored,
      };
    },
  };
}

/** `--rule id:level` (repeatable) into settings; bad ones are a ConfigError. */
export function parseRuleOptions(
  values: string[],
  ruleSet: readonly Rule[] = allRules,
): RuleSettings {
  const raw: Record<string, unknown> = {};
  for (const value of values) {
    const at = value.lastIndexOf(':');
    raw[at > 0 ? value.slice(0, at) : value] = at > 0 ? value.slice(at + 1) : undefined;
  }
  const { config, problems } = validateConfig({ rules: raw }, ruleSet);
  if (problems.length > 0)
    throw new ConfigError(problems.map((p) => ({ source: '--rule', ...p, path: '' })));
  // Levels only: keep options from the configuration files.
  return Object.fromEntries(
    Object.entries(config.rules ?? {}).map(([id, s]) => [id, settingLevel(s)!]),
  );
}
