/**
 * frontmatter: the YAML frontmatter exists, parses, and has every key in the expected form.
 * The parser validates it (the schema lives in @nianbao/core); this rule reports what it found.
 */
import { coreMessages } from '@nianbao/core';
import { docsUrl } from '../docs-url.js';
import type { Rule } from '../types.js';

const CODES = [
  'missing-frontmatter',
  'yaml-syntax',
  'frontmatter-not-mapping',
  'frontmatter-missing-key',
  'frontmatter-invalid',
  'frontmatter-unknown-key',
  'unknown-edition',
] as const;

export const frontmatter: Rule = {
  meta: {
    id: 'frontmatter',
    docs: {
      description: {
        zh: '文件头（YAML）存在且各项格式正确',
        en: 'The YAML frontmatter exists and every key has the expected form',
      },
      url: docsUrl('frontmatter'),
      recommended: 'error',
    },
    messages: Object.fromEntries(CODES.map((code) => [code, coreMessages[code]])),
    needsEdition: false,
  },
  check(report, context) {
    for (const problem of report.problems) {
      if (!(CODES as readonly string[]).includes(problem.code)) continue;
      context.report({
        messageId: problem.code,
        data: problem.data,
        position: problem.position,
        severity: 'error',
      });
    }
  },
};
