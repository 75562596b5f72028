/** One line per problem, `file:line:col  severity  message  (rule)`, shared by every command. */
import type { Locale } from '@nianbao/core';
import { t } from './messages.js';

export interface Located {
  line: number;
  column: number;
  severity: 'fatal' | 'error' | 'warning' | 'info';
  message: string;
  ruleId?: string;
}

export function formatProblemLine(file: string, problem: Located, locale: Locale): string {
  const severity = t(locale, `severity-${problem.severity}` as const);
  const line = t(locale, 'problem-line', {
    file,
    line: problem.line,
    column: problem.column,
    severity,
    message: problem.message,
  });
  return problem.ruleId ? `${line}  ${problem.ruleId}` : line;
}
