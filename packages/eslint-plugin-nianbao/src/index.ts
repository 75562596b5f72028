/**
 * eslint-plugin-nianbao: the nianbao checks inside ESLint, on the official Markdown language.
 *
 *   import nianbao from 'eslint-plugin-nianbao';
 *   export default [nianbao.configs.recommended];
 */
import { createRequire } from 'node:module';
import markdown from '@eslint/markdown';
import type { ESLint, Linter } from 'eslint';
import { eslintLevel, ruleInfos, rules } from './rules.js';

export { eslintLevel, ruleInfos } from './rules.js';
export { readSettings, type NianbaoSettings } from './settings.js';

const { name, version } = createRequire(import.meta.url)('../package.json') as {
  name: string;
  version: string;
};

export interface NianbaoPlugin extends ESLint.Plugin {
  meta: { name: string; version: string; namespace: string };
  rules: NonNullable<ESLint.Plugin['rules']>;
  configs: { recommended: Linter.Config };
}

const plugin: NianbaoPlugin = {
  meta: { name, version, namespace: 'nianbao' },
  rules: rules as NianbaoPlugin['rules'],
  configs: {} as NianbaoPlugin['configs'],
};

/**
 * Every rule at its recommended level, on the Markdown files of the project, parsed as GFM with
 * YAML frontmatter (the format `nianbao new` writes).
 */
plugin.configs.recommended = {
  name: 'nianbao/recommended',
  files: ['**/*.md'],
  plugins: { markdown, nianbao: plugin },
  language: 'markdown/gfm',
  languageOptions: { frontmatter: 'yaml' },
  rules: Object.fromEntries(
    ruleInfos.map((info) => [`nianbao/${info.id}`, eslintLevel(info.recommended)]),
  ),
};

export default plugin;
