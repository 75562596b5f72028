/**
 * `--format sarif`: a SARIF 2.1.0 log (what GitHub code scanning and other dashboards read). The
 * rules come from the rule set's `meta`; every finding is a result with its file and region.
 * Regions count columns in UTF-16 code units, as the parser does (`columnKind`).
 */
import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { localize, type Locale } from '@nianbao/core';
import { PARSE_RULE_ID, docsUrl, type Diagnostic, type Rule } from '@nianbao/rules';
import { lintMessages } from './messages.js';
import { INTERNAL_ERROR, type LintFileResult } from './run.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifOptions {
  cwd: string;
  locale: Locale;
  ruleSet: readonly Rule[];
  version: string;
}

type Level = 'error' | 'warning' | 'note' | 'none';

const levelOf = (severity: string): Level =>
  severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';

const recommendedLevel = (level: string): Level =>
  level === 'off' ? 'none' : level === 'on' ? 'error' : levelOf(level);

/** A URI for a file: relative to the source root when inside it, else an absolute file URL. */
function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const path = relative(cwd, file);
  if (path === '' || path.startsWith('..') || /^[a-z]:/iu.test(path))
    return { uri: pathToFileURL(file).href };
  return {
    uri: path.split(sep).map(encodeURIComponent).join('/'),
    uriBaseId: '%SRCROOT%',
  };
}

function region(d: Diagnostic) {
  const endsAfter = d.endLine > d.line || (d.endLine === d.line && d.endColumn > d.column);
  return {
    startLine: Math.max(1, d.line),
    startColumn: Math.max(1, d.column),
    ...(endsAfter ? { endLine: d.endLine, endColumn: d.endColumn } : {}),
    charOffset: d.range[0],
    ...(d.range[1] > d.range[0] ? { charLength: d.range[1] - d.range[0] } : {}),
  };
}

export function toSarif(results: LintFileResult[], options: SarifOptions): object {
  const { locale, cwd } = options;
  const descriptors = [
    {
      id: PARSE_RULE_ID,
      shortDescription: { text: localize(lintMessages['parse-rule'], locale) },
      defaultConfiguration: { level: 'error' as Level },
      properties: { tags: ['nianbao'] },
    },
    ...options.ruleSet.map((rule) => ({
      id: rule.meta.id,
      shortDescription: { text: localize(rule.meta.docs.description, locale) },
      helpUri: rule.meta.docs.url || docsUrl(rule.meta.id),
      defaultConfiguration: { level: recommendedLevel(rule.meta.docs.recommended) },
      properties: {
        tags: ['nianbao'],
        ...(rule.meta.docs.checks?.length ? { checks: rule.meta.docs.checks } : {}),
        ...(rule.meta.fixable ? { fixable: true } : {}),
      },
    })),
  ];
  const ruleIndex = new Map(descriptors.map((d, i) => [d.id, i]));
  const artifacts = results.map((r) => ({ location: artifactLocation(r.filePath, cwd) }));
  const sarifResults = results.flatMap((result, fileIndex) =>
    result.diagnostics.map((d) => {
      const location = { ...artifacts[fileIndex].location, index: fileIndex };
      const index = ruleIndex.get(d.ruleId);
      return {
        ruleId: d.ruleId,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: levelOf(d.severity),
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(d) } }],
        ...(d.fix
          ? {
              fixes: [
                {
                  artifactChanges: [
                    {
                      artifactLocation: location,
                      replacements: [
                        {
                          deletedRegion: {
                            charOffset: d.fix.range[0],
                            charLength: d.fix.range[1] - d.fix.range[0],
                          },
                          insertedContent: { text: d.fix.text },
                        },
                      ],
                    },
                  ],
                },
              ],
            }
          : {}),
        properties: {
          messageId: d.messageId,
          ...(d.check ? { check: d.check } : {}),
          ...(d.fatal ? { fatal: true } : {}),
        },
      };
    }),
  );
  const internalError = results.some((r) =>
    r.diagnostics.some((d) => d.messageId === INTERNAL_ERROR),
  );
  const root = pathToFileURL(cwd).href;
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'nianbao',
            version: options.version,
            semanticVersion: options.version,
            informationUri: 'https://github.com/nianbao/nianbao',
            rules: descriptors,
          },
        },
        invocations: [{ executionSuccessful: !internalError }],
        originalUriBaseIds: { '%SRCROOT%': { uri: root.endsWith('/') ? root : `${root}/` } },
        artifacts,
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
        language: locale === 'zh' ? 'zh-CN' : 'en-US',
      },
    ],
  };
}

export function formatSarif(results: LintFileResult[], options: SarifOptions): string {
  return `${JSON.stringify(toSarif(results, options), null, 2)}\n`;
}
