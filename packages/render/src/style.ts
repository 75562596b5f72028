/**
 * The DOCX style definition (`docx-style.json`): fonts, sizes, margins and the layout choices of
 * GB/T 9704-2012. The default lives in templates/common/; edition and office files are merged
 * over it key by key, and every value is checked against the type of the default.
 */
import { TemplateError, type TemplateSet } from './templates.js';

export interface FontStyle {
  font: string;
  bold: boolean;
}

export interface TableStyle {
  /** Font of row labels and figures. */
  font: string;
  /** Font of column headers and captions. */
  headerFont: string;
  /** Half-points. */
  size: number;
  /** Widest a table may be, twips (the type area: 8844). */
  maxWidth: number;
  /** Left and right padding of a cell, twips. */
  cellMargin: number;
  /** Border width, eighths of a point. */
  borderSize: number;
  /** Print the table's name and caption above it (the section heading names it already). */
  caption: boolean;
  noteSize: number;
}

export interface DocxStyle {
  page: {
    width: number;
    height: number;
    margin: {
      top: number;
      bottom: number;
      left: number;
      right: number;
      header: number;
      footer: number;
    };
  };
  /**
   * Fonts to use where a font is missing, by font name (written to the font table as alternate
   * names, so that Word and WPS on a machine without the GB2312 fonts pick them).
   */
  fallbacks: Record<string, string[]>;
  title: FontStyle & { size: number; line: number; blankLinesAfter: number };
  body: {
    font: string;
    /** Font of digits and Latin letters; empty for the body font. */
    latinFont: string;
    size: number;
    /** Exact line pitch, twips (579: 22 lines in the 225 mm type area). */
    line: number;
    firstLineChars: number;
    /** Run spacing, twips (−4: 28 characters in the 156 mm type area). */
    characterSpacing: number;
    justify: boolean;
  };
  /** Levels 1–4 (一、 （一） 1. （1）). */
  headings: FontStyle[];
  table: TableStyle;
  /** Overrides of `table` by official table key (`t3`, `L`). */
  tables: Record<string, Partial<TableStyle>>;
  pageNumber: {
    font: string;
    size: number;
    /** `outside`: odd pages right, even pages left (GB/T 9704); `center`: centred on every page. */
    position: 'outside' | 'center';
    insetChars: number;
  };
  signature: { sealed: boolean; blankLinesBefore: number };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (v: unknown): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Merge `over` into `base`: objects key by key, arrays of objects item by item. */
export function mergeStyle(base: Json, over: Json): Json {
  if (isObject(base) && isObject(over)) {
    const out: Record<string, Json> = { ...base };
    for (const [key, value] of Object.entries(over)) {
      if (key.startsWith('$')) continue;
      out[key] = key in base ? mergeStyle(base[key], value) : value;
    }
    return out;
  }
  if (Array.isArray(base) && Array.isArray(over) && over.every(isObject)) {
    return base.map((item, i) => (i < over.length ? mergeStyle(item, over[i]) : item));
  }
  return over;
}

/** Check a value against the shape of the default; returns the first mismatch. */
function mismatch(
  value: Json,
  shape: Json,
  path: string,
  root: Record<string, Json>,
): { path: string; expected: string } | undefined {
  if (isObject(shape)) {
    if (!isObject(value)) return { path, expected: 'object' };
    // Open maps take any key: a font's fallbacks, a table's overrides of `table`.
    const open: Json | undefined =
      path === 'fallbacks' ? [''] : path === 'tables' ? root.table : undefined;
    for (const [key, item] of Object.entries(value)) {
      if (key.startsWith('$')) continue;
      const sample = open ?? shape[key];
      if (sample === undefined) return { path: `${path}.${key}`, expected: 'no such setting' };
      const found = mismatch(item, sample, path ? `${path}.${key}` : key, root);
      if (found) return found;
    }
    return undefined;
  }
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return { path, expected: 'array' };
    const sample = shape[0];
    for (let i = 0; i < value.length; i++) {
      const found =
        sample === undefined ? undefined : mismatch(value[i], sample, `${path}[${i}]`, root);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value !== typeof shape) return { path, expected: typeof shape };
  return undefined;
}

/** The merged DOCX style of a template set. */
export function loadDocxStyle(templates: TemplateSet): DocxStyle {
  const levels = templates.readAllJson('docx-style.json');
  if (levels.length === 0) throw new TemplateError('docx-style.json', 'not found');
  const [base, ...rest] = levels;
  let style = base.value as Json;
  for (const level of rest) {
    const shape = base.value as Record<string, Json>;
    const problem = mismatch(level.value as Json, shape, '', shape);
    if (problem)
      throw new TemplateError(
        level.path,
        problem.expected === 'no such setting'
          ? `unknown setting ${problem.path}`
          : `${problem.path} must be ${problem.expected === 'object' ? 'an object' : `a ${problem.expected}`}`,
      );
    style = mergeStyle(style, level.value as Json);
  }
  return style as unknown as DocxStyle;
}

/** The table style of one table: the general one with the table's own overrides. */
export function tableStyle(style: DocxStyle, key: string | undefined): TableStyle {
  return { ...style.table, ...(key ? style.tables[key] : undefined) };
}
