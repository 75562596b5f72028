/** The language server's own user-facing text; rule messages come from the rules themselves. */
import { localize, type Locale, type Localized } from '@nianbao/core';

export const serverMessages = {
  'fix-replace': {
    zh: '修复 {{rule}}：改为“{{text}}”',
    en: 'Fix {{rule}}: change to “{{text}}”',
  },
  'fix-delete': {
    zh: '修复 {{rule}}：删除“{{text}}”',
    en: 'Fix {{rule}}: delete “{{text}}”',
  },
  'fix-all': {
    zh: '修复全部可自动修复的问题（{{count}} 处）',
    en: 'Fix all auto-fixable problems ({{count}})',
  },
  'hover-check': { zh: '检查项', en: 'Check' },
  'hover-docs': { zh: '规则说明', en: 'Rule documentation' },
  'parse-description': {
    zh: '文件能否作为年报读取（空文件、二进制文件、过大的文件）',
    en: 'Whether the file can be read as a report (empty, binary or too large)',
  },
  'completion-row': { zh: '{{table}}的官方行', en: 'Official row of {{table}}' },
  'setting-problem': {
    zh: 'nianbao 设置 {{path}}：{{message}}（已忽略）',
    en: 'nianbao setting {{path}}: {{message}} (ignored)',
  },
  'config-failed': {
    zh: '配置文件有误，暂按默认规则检查：{{reason}}',
    en: 'The configuration is wrong; checking with the default rules for now: {{reason}}',
  },
} satisfies Record<string, Localized>;

export type ServerMessageId = keyof typeof serverMessages;

export function m(locale: Locale, id: ServerMessageId, data?: Record<string, unknown>): string {
  return localize(serverMessages[id], locale, data);
}
