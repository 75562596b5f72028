/** Handlebars helpers shared by the HTML and TXT templates (documented in docs/templates.md). */
import type Handlebars from 'handlebars';

export const commonHelpers: Record<string, Handlebars.HelperDelegate> = {
  /** `{{#if (eq type "paragraph")}}` */
  eq: (a: unknown, b: unknown) => a === b,
  ne: (a: unknown, b: unknown) => a !== b,
  gt: (a: unknown, b: unknown) => Number(a) > Number(b),
  /** Whether any argument is truthy: `{{#if (or agency date)}}`. */
  or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
  /** Join its arguments into one string: `(concat name " " caption)`. */
  concat: (...args: unknown[]) =>
    args
      .slice(0, -1)
      .map((a) => (a === undefined || a === null ? '' : String(a)))
      .join(''),
};
