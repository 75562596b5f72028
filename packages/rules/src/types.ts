/**
 * The shape of a rule, modelled on ESLint's: `meta` (id, docs, messages, fixable, options schema)
 * and a `check` function that only reports.
 */
import type { EditionId, EditionSpec, Localized, Locale, Report } from '@nianbao/core';
import type { Position } from 'unist';

export type Severity = 'error' | 'warning' | 'info';
/** A rule's level in configuration: `on` keeps the severity each finding carries. */
export type RuleLevel = Severity | 'off' | 'on';

/** Replace the source text between two offsets. */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface Suggestion {
  desc: Localized;
  fix: Fix;
}

export interface RuleMeta {
  id: string;
  docs: {
    description: Localized;
    /** The rule's doc page. */
    url: string;
    /** Level in the recommended configuration. */
    recommended: RuleLevel;
    /** Ids of the checks in shared/spec/checks.md that the rule implements. */
    checks?: string[];
  };
  messages: Record<string, Localized>;
  fixable?: 'code';
  hasSuggestions?: boolean;
  /** JSON Schema of the options object. */
  schema?: Record<string, unknown>;
  /** Default options. */
  defaultOptions?: Record<string, unknown>;
  /** Editions the rule applies to; all when absent. */
  editions?: EditionId[];
  /** Whether the rule also runs on a report whose edition is unknown. */
  needsEdition?: boolean;
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, unknown>;
  /** Where: a node (its position) or an explicit position. */
  node?: { position?: Position };
  position?: Position;
  /** The finding's own severity (e.g. of a check in checks.md); the rule's default otherwise. */
  severity?: Severity;
  /** The id of the check in checks.md, e.g. `T3-01`. */
  check?: string;
  fix?: Fix;
  suggestions?: Suggestion[];
}

export interface RuleContext<Options = Record<string, unknown>> {
  report(descriptor: ReportDescriptor): void;
  options: Options;
  /** The report's edition; rules with `needsEdition` only run when it is known. */
  edition: EditionSpec;
  source: string;
}

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta & { defaultSeverity?: Severity };
  check(report: Report, context: RuleContext<Options>): void;
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  messageId: string;
  message: string;
  data?: Record<string, unknown>;
  check?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** File offsets of the range. */
  range: [number, number];
  fix?: Fix;
  suggestions?: { desc: string; fix: Fix }[];
  /** The report could not be read at all (empty, binary, bad YAML…). */
  fatal?: boolean;
}

export type { Locale };
