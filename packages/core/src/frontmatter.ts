/**
 * The YAML frontmatter of a report: which edition, which agency, which year, the 成文日期, and
 * optional details the templates need. Validated by a schema so that every error names the key
 * and the expected form.
 */
import {
  LineCounter,
  isMap,
  parseDocument,
  type Document,
  type ErrorCode,
  type YAMLError,
} from 'yaml';
import { z } from 'zod';
import type { Position } from 'unist';
import type { Localized } from './editions/types.js';
import { coreMessages, type CoreMessageId } from './messages.js';
import type { Problem } from './model.js';

const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u;

const isoDate = z
  .string()
  .regex(DATE)
  .refine((s) => {
    // zod runs refinements after a failed regex too.
    const match = DATE.exec(s);
    if (!match) return true;
    const [, y, m, d] = match.map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  });

export const bodyTypes = ['government', 'department', 'township', 'other'] as const;

export const frontmatterSchema = z
  .object({
    edition: z.enum(['2021', '2019', 'legacy']),
    agency: z.string().trim().min(1),
    year: z.number().int().min(2008).max(2100),
    date: isoDate,
    title: z.string().trim().min(1).optional(),
    period: z.object({ start: isoDate, end: isoDate }).strict().optional(),
    body: z.enum(bodyTypes).optional(),
    contact: z
      .object({
        office: z.string().optional(),
        address: z.string().optional(),
        postcode: z.string().optional(),
        phone: z.string().optional(),
        email: z.string().optional(),
        website: z.string().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** A frontmatter in which every key is present and valid. */
export type CompleteReportMeta = z.infer<typeof frontmatterSchema>;

/**
 * The keys of a report's frontmatter that are valid. A key that is missing or wrong is absent
 * here and its problem says why, so one bad key (a report without its 成文日期, as many imported
 * reports are) never hides the agency or year from the rules, the renderer or `nianbao data`.
 */
export type ReportMeta = Partial<CompleteReportMeta>;

/**
 * Keys without which a report cannot be read: the edition says which official format its tables
 * are bound to, the year fills the labels that name it (`{Y}年度`). A problem with either is
 * fatal; a problem with any other key is an error that the `frontmatter` rule reports.
 */
const ESSENTIAL_KEYS: ReadonlySet<string> = new Set(['edition', 'year']);

/**
 * A frontmatter as nianbao writes it (`nianbao new`, `nianbao import`), between its `---` lines:
 * the keys that are given, in the order of the format; the edition quoted (YAML would read
 * `2021` as a number); other text plain unless YAML would read it otherwise; the contact
 * details always quoted (a phone number or postcode that starts with 0 stays as written).
 */
export function writeFrontmatter(meta: ReportMeta): string {
  const lines = ['---'];
  if (meta.edition) lines.push(`edition: ${JSON.stringify(meta.edition)}`);
  if (meta.agency) lines.push(`agency: ${yamlScalar(meta.agency)}`);
  if (meta.year !== undefined) lines.push(`year: ${meta.year}`);
  if (meta.date) lines.push(`date: ${meta.date}`);
  if (meta.title) lines.push(`title: ${yamlScalar(meta.title)}`);
  if (meta.period)
    lines.push('period:', `  start: ${meta.period.start}`, `  end: ${meta.period.end}`);
  if (meta.body) lines.push(`body: ${meta.body}`);
  const contact = Object.entries(meta.contact ?? {}).filter(([, value]) => value);
  if (contact.length > 0) {
    lines.push('contact:');
    for (const [key, value] of contact) lines.push(`  ${key}: ${JSON.stringify(value)}`);
  }
  lines.push('---');
  return lines.join('\n');
}

/**
 * A value as YAML: plain when YAML reads it back as the same string, quoted when it holds what
 * YAML would read otherwise (`某县: 城关镇`, a leading `[`, a number).
 */
function yamlScalar(value: string): string {
  const plain =
    value !== '' &&
    !/[:#]\s|\s[:#]|^[\s\-?:,[\]{}#&*!|>'"%@`]|\s$|[\n\r]/u.test(value) &&
    !/^(?:[-+]?[\d.]+|true|false|null|yes|no|on|off|~)$/iu.test(value);
  return plain ? value : JSON.stringify(value);
}

/** What each key expects, in both locales (used in messages). */
export const frontmatterExpectations: Record<string, { zh: string; en: string }> = {
  edition: { zh: '应为 "2021"、"2019" 或 legacy', en: 'one of "2021", "2019" or legacy' },
  agency: {
    zh: '应为机关全称，如“某某县某某镇人民政府”',
    en: 'the full name of the agency, e.g. 某某县某某镇人民政府',
  },
  year: {
    zh: '应为报告年度（统计年度），四位整数，如 2024',
    en: 'the report (statistics) year as four digits, e.g. 2024',
  },
  date: {
    zh: '应为成文日期，格式 YYYY-MM-DD，如 2025-01-20',
    en: 'the 成文日期 as YYYY-MM-DD, e.g. 2025-01-20',
  },
  title: { zh: '应为标题文字', en: 'the title text' },
  period: {
    zh: '应为 start 与 end 两个日期（YYYY-MM-DD）',
    en: 'start and end dates (YYYY-MM-DD)',
  },
  body: {
    zh: '应为 government（各级人民政府）、department（政府部门）、township（乡镇、街道）或 other',
    en: 'government, department, township or other',
  },
  contact: {
    zh: '应为映射，可含 office、address、postcode、phone、email、website',
    en: 'a mapping with office, address, postcode, phone, email, website',
  },
};

export interface FrontmatterResult {
  /** The valid keys, when the frontmatter is a mapping (even if other keys are invalid). */
  meta?: ReportMeta;
  /** The raw value, when it is a mapping (even if invalid). */
  raw?: Record<string, unknown>;
  problems: Problem[];
}

/**
 * Parse and validate the frontmatter text. `position` is where the YAML text starts in the
 * file (line of the first YAML line), so problems point into the file.
 */
export function readFrontmatter(
  text: string,
  startLine: number,
  startOffset: number,
): FrontmatterResult {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined): Position | undefined => {
    if (offset === undefined) return undefined;
    const p = lineCounter.linePos(offset);
    return {
      start: { line: startLine + p.line - 1, column: p.col, offset: startOffset + offset },
      end: { line: startLine + p.line - 1, column: p.col + 1, offset: startOffset + offset + 1 },
    };
  };
  const problem = (
    code: CoreMessageId,
    data: Record<string, unknown>,
    position?: Position,
    severity: Problem['severity'] = 'fatal',
  ): Problem => ({
    code,
    severity,
    message: coreMessages[code],
    data,
    position,
  });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const { reason, offset } = yamlReason(error, text);
    return { problems: [problem('yaml-syntax', { reason }, at(offset))] };
  }
  if (!isMap(doc.contents)) {
    return { problems: [problem('frontmatter-not-mapping', {}, at(0))] };
  }
  const raw = doc.toJS() as Record<string, unknown>;
  // YAML reads `2021` as a number; the edition is a name, so accept both spellings.
  const value: Record<string, unknown> = { ...raw };
  if (typeof value.edition === 'number') value.edition = String(value.edition);
  if (typeof value.year === 'string' && /^\d{4}$/u.test(value.year))
    value.year = Number(value.year);
  const parsed = frontmatterSchema.safeParse(value);
  if (parsed.success) return { meta: parsed.data, raw, problems: [] };
  // Each key on its own, so that the valid ones are kept beside the problems of the others.
  const meta: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(frontmatterSchema.shape)) {
    if (value[key] === undefined) continue;
    const valid = schema.safeParse(value[key]);
    if (valid.success) meta[key] = valid.data;
  }

  /** Where the key of a path is written (`agnecy` in `agnecy: …`). */
  const keyOffset = (path: PropertyKey[]): number | undefined => {
    const parent = path.length > 1 ? doc.getIn(path.slice(0, -1).map(String), true) : doc.contents;
    if (!isMap(parent)) return undefined;
    const last = String(path[path.length - 1]);
    const pair = parent.items.find((i) => String((i.key as { value?: unknown })?.value) === last);
    return (pair?.key as { range?: [number, number] } | undefined)?.range?.[0];
  };
  /** Where the value of a path is written, else its key. */
  const valueOffset = (path: PropertyKey[]): number | undefined => {
    const node = doc.getIn(path.map(String), true) as { range?: [number, number] } | undefined;
    return node?.range?.[0] ?? keyOffset(path);
  };
  const reported = new Set<string>();
  const problems: Problem[] = [];
  const known = Object.keys(frontmatterSchema.shape).join(', ');
  for (const issue of parsed.error.issues) {
    const top = String(issue.path[0] ?? '');
    const severity = ESSENTIAL_KEYS.has(top) ? 'fatal' : 'error';
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push(
          problem(
            'frontmatter-unknown-key',
            { key: [...issue.path, key].join('.'), known },
            at(keyOffset([...issue.path, key])),
            // A misspelt key is an error; the key it was meant to be is reported as missing.
            'error',
          ),
        );
      }
      continue;
    }
    const key = issue.path.map(String).join('.') || '(root)';
    // One problem per key, even when a value breaks several of its constraints.
    if (reported.has(key)) continue;
    reported.add(key);
    const expected = frontmatterExpectations[top] ?? { zh: issue.message, en: issue.message };
    const missing = issue.path.length > 0 && getPath(raw, issue.path) === undefined;
    if (top === 'edition' && !missing) {
      problems.push(
        problem('unknown-edition', { edition: String(raw.edition) }, at(valueOffset(issue.path))),
      );
      continue;
    }
    problems.push(
      problem(
        missing ? 'frontmatter-missing-key' : 'frontmatter-invalid',
        { key, expected },
        // A missing key is reported where its mapping starts (the frontmatter or the parent key).
        at(
          missing
            ? issue.path.length > 1
              ? keyOffset(issue.path.slice(0, -1))
              : 0
            : valueOffset(issue.path),
        ),
        severity,
      ),
    );
  }
  return { meta: meta as ReportMeta, raw, problems };
}

/**
 * What a YAML error means for someone who writes a frontmatter, not a YAML parser: the library's
 * messages are English and name its internals. The original stays in the English text.
 */
const YAML_REASONS: Partial<Record<ErrorCode, Localized>> = {
  DUPLICATE_KEY: { zh: '同一个键写了两次，请删去一个', en: 'a key is written twice' },
  TAB_AS_INDENT: { zh: '缩进用了 Tab 字符，请改用空格', en: 'tabs are used for indentation' },
  BAD_INDENT: { zh: '缩进不一致，同一层的键应左对齐', en: 'the indentation is inconsistent' },
  MISSING_CHAR: { zh: '缺少闭合的引号或括号', en: 'a closing quote or bracket is missing' },
  BLOCK_AS_IMPLICIT_KEY: {
    zh: '一行只能写一个“键: 值”；值中含有英文冒号时，请给值加引号',
    en: 'one `key: value` per line; quote a value that contains a colon',
  },
  MULTILINE_IMPLICIT_KEY: {
    zh: '键必须写在一行内，后接英文冒号和空格',
    en: 'a key must stand on one line, followed by a colon and a space',
  },
  BAD_SCALAR_START: {
    zh: '值以特殊字符开头，请给值加引号',
    en: 'quote a value that starts with a special character',
  },
  BAD_DQ_ESCAPE: {
    zh: '双引号中的反斜杠转义不正确',
    en: 'a backslash escape in double quotes is invalid',
  },
  UNEXPECTED_TOKEN: {
    zh: '有无法识别的内容，请检查缩进和冒号',
    en: 'unexpected content; check the indentation and colons',
  },
};

function yamlReason(error: YAMLError, text: string): { reason: Localized; offset: number } {
  const detail = error.message.split('\n')[0];
  // An unclosed `[` or `{` is noticed where the next key starts; point at the bracket instead.
  const unclosed = /end with an? ([\]}])/u.exec(detail);
  const opening = unclosed ? text.lastIndexOf(unclosed[1] === ']' ? '[' : '{', error.pos[0]) : -1;
  const known = unclosed ? YAML_REASONS.MISSING_CHAR : YAML_REASONS[error.code];
  return {
    reason: {
      zh: known ? known.zh : `无法解析（${detail}）`,
      en: known ? `${known.en} (${detail})` : detail,
    },
    offset: opening >= 0 ? opening : error.pos[0],
  };
}

function getPath(value: unknown, path: PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
