import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSettings } from '@nianbao/language-server';
import {
  readExtensionSettings,
  resolveTemplates,
  serverInitializationOptions,
} from './settings.js';

const getter = (values: Record<string, unknown>) => (key: string) => values[key];

describe('settings mapping', () => {
  it('maps the VS Code settings to the server’s, which takes them without complaint', () => {
    const settings = readExtensionSettings(
      getter({
        locale: 'en',
        rules: { 'table-sums': 'warning', frontmatter: ['off'] },
        templates: ' ./tpl ',
      }),
    );
    expect(settings).toEqual({
      locale: 'en',
      rules: { 'table-sums': 'warning', frontmatter: ['off'] },
      templates: './tpl',
    });
    const options = serverInitializationOptions(settings);
    const { settings: server, problems } = readSettings(options);
    expect(problems).toEqual([]);
    expect(server).toMatchObject({
      locale: 'en',
      rules: { 'table-sums': 'warning', frontmatter: 'off' },
    });
  });

  it('falls back to Chinese and no overrides for missing or malformed values', () => {
    expect(readExtensionSettings(getter({}))).toEqual({ locale: 'zh', rules: {} });
    expect(
      readExtensionSettings(getter({ locale: 'fr', rules: ['error'], templates: '   ' })),
    ).toEqual({
      locale: 'zh',
      rules: {},
    });
  });

  it('passes bad rule settings on, so that the server names them', () => {
    const options = serverInitializationOptions(
      readExtensionSettings(getter({ rules: { 'table-sum': 'error', 'table-sums': 'loud' } })),
    );
    const { problems } = readSettings(options);
    expect(problems.join('\n')).toContain('table-sum');
    expect(problems.join('\n')).toContain('loud');
  });

  it('resolves the template directory like VS Code paths are written', () => {
    expect(resolveTemplates(undefined, '/ws')).toBeUndefined();
    expect(resolveTemplates('/srv/tpl', '/ws')).toBe('/srv/tpl');
    expect(resolveTemplates('tpl', '/ws')).toBe(join('/ws', 'tpl'));
    expect(resolveTemplates('${workspaceFolder}/模板', '/ws')).toBe(join('/ws', '模板'));
    expect(resolveTemplates('~/模板', '/ws')).toBe(join(homedir(), '模板'));
    // A relative path with nothing to be relative to is not guessed.
    expect(resolveTemplates('tpl', undefined)).toBeUndefined();
  });
});
