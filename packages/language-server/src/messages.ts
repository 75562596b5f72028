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
  'setting-bad-level': {
    zh: 'nianbao 设置：规则 {{rule}} 的级别“{{level}}”无效，应为 error、warning、info、off 或 on；已忽略',
    en: 'nianbao settings: the level “{{level}}” of rule {{rule}} is not valid (use error, warning, info, off or on); ignored',
  },
  'setting-unknown-rule': {
    zh: 'nianbao 设置：没有名为 {{rule}} 的规则；已忽略（可用的规则：{{known}}）',
    en: 'nianbao settings: there is no rule named {{rule}}; ignored (rules: {{known}})',
  },
  'setting-bad-locale': {
    zh: 'nianbao 设置：语言“{{locale}}”无效，应为 zh 或 en；已忽略',
    en: 'nianbao settings: the locale “{{locale}}” is not valid (use zh or en); ignored',
  },
  'config-failed': {
    zh: '无法读取配置文件 {{file}}：{{reason}}。此文件暂按默认规则检查',
    en: 'Cannot read the configuration file {{file}}: {{reason}}. This file is checked with the default rules for now',
  },
} satisfies Record<string, Localized>;

export type ServerMessageId = keyof typeof serverMessages;

export function m(locale: Locale, id: ServerMessageId, data?: Record<string, unknown>): string {
  return localize(serverMessages[id], locale, data);
}
