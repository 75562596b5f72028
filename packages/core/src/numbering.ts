/**
 * Chinese heading numbering (GB/T 9704 结构层次序数: 一、 → （一） → 1. → （1）) and the
 * variants real reports use.
 */
import type { Numbering } from './model.js';

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A well-formed Chinese numeral below 1000: [N百[零]][[N]十][N] (`一百零五`, `十二`, `两`). */
const NUMERAL =
  /^(?:([一二两三四五六七八九])百(?:零(?=[一二两三四五六七八九]$))?)?(?:([一二两三四五六七八九])?(十))?([一二两三四五六七八九])?$/u;

/**
 * 一 → 1, 十二 → 12, 二十三 → 23, 一百零五 → 105, 两 → 2, 〇 → 0; NaN when the text is not a
 * well-formed numeral (`总体`, `一二`), so that a word is never read as a number.
 */
export function chineseToNumber(text: string): number {
  if (text === '〇' || text === '零') return 0;
  const m = NUMERAL.exec(text);
  if (!m || text === '') return Number.NaN;
  const [, hundreds, tens, ten, ones] = m;
  return (
    (hundreds ? DIGITS[hundreds] * 100 : 0) +
    (ten ? (tens ? DIGITS[tens] : 1) * 10 : 0) +
    (ones ? DIGITS[ones] : 0)
  );
}

/** A count as written in Chinese text: Arabic digits or a Chinese numeral (`12`, `十二`); NaN otherwise. */
export function numeralToNumber(text: string): number {
  return /^\d+$/u.test(text) ? Number(text) : chineseToNumber(text);
}

/**
 * A year, month or day as written in a date: Arabic digits, a year digit by digit
 * (`二〇一九`, `二零一九`) or a numeral (`十二`, `三十一`); NaN otherwise.
 */
export function dateNumber(text: string): number {
  if (/^[〇零一二三四五六七八九]{4}$/u.test(text))
    return Number([...text].map((c) => DIGITS[c]).join(''));
  return numeralToNumber(text);
}

export function numberToChinese(n: number): string {
  const units = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return units[n];
  if (n < 20) return `十${units[n % 10]}`;
  if (n < 100) return `${units[Math.floor(n / 10)]}十${units[n % 10]}`;
  return String(n);
}

const CN = '[一二三四五六七八九十]+';
const PATTERNS: {
  style: Numbering['style'];
  re: RegExp;
  halfWidth?: (m: RegExpExecArray) => boolean;
  value: (m: RegExpExecArray) => number;
}[] = [
  {
    style: 'cn-paren-comma',
    re: new RegExp(`^([（(])(${CN})([）)])、\\s*`, 'u'),
    value: (m) => chineseToNumber(m[2]),
    halfWidth: (m) => m[1] === '(' || m[3] === ')',
  },
  {
    style: 'cn-paren',
    re: new RegExp(`^([（(])\\s*(${CN})\\s*([）)])\\s*`, 'u'),
    value: (m) => chineseToNumber(m[2]),
    halfWidth: (m) => m[1] === '(' || m[3] === ')',
  },
  {
    style: 'cn-comma',
    re: new RegExp(`^(${CN})[、，,.．]\\s*`, 'u'),
    value: (m) => chineseToNumber(m[1]),
  },
  {
    style: 'arabic-paren',
    re: /^([（(])\s*(\d{1,2})\s*([）)])\s*/u,
    value: (m) => Number(m[2]),
    halfWidth: (m) => m[1] === '(' || m[3] === ')',
  },
  { style: 'arabic-dot', re: /^(\d{1,2})[.．](?!\d)\s*/u, value: (m) => Number(m[1]) },
  { style: 'arabic-comma', re: /^(\d{1,2})、\s*/u, value: (m) => Number(m[1]) },
];

/** Read the numbering at the start of a heading; `style: 'none'` when there is none. */
export function parseNumbering(text: string): { numbering: Numbering; rest: string } {
  const trimmed = text.trimStart();
  for (const p of PATTERNS) {
    const m = p.re.exec(trimmed);
    if (m) {
      return {
        numbering: {
          style: p.style,
          ordinal: p.value(m),
          raw: m[0],
          halfWidth: p.halfWidth?.(m) ?? false,
        },
        rest: trimmed.slice(m[0].length).trim(),
      };
    }
  }
  return {
    numbering: { style: 'none', ordinal: 0, raw: '', halfWidth: false },
    rest: trimmed.trim(),
  };
}

/** The canonical numbering of a level (1-based) and ordinal, e.g. level 2, 3 → `（三）`. */
export function formatNumbering(level: number, ordinal: number): string {
  switch (level) {
    case 1:
      return `${numberToChinese(ordinal)}、`;
    case 2:
      return `（${numberToChinese(ordinal)}）`;
    case 3:
      return `${ordinal}.`;
    default:
      return `（${ordinal}）`;
  }
}

/** The style each level must use (GB/T 9704 7.3.3). */
export const LEVEL_STYLES: Record<number, Numbering['style']> = {
  1: 'cn-comma',
  2: 'cn-paren',
  3: 'arabic-dot',
  4: 'arabic-paren',
};
