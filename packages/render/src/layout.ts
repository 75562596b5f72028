/**
 * Layout decisions of GB/T 9704-2012 that every format shares: how a long title is broken into
 * lines, how the 成文日期 is written, where the signature block stands.
 */
import { widthInChars } from './width.js';

/** `2025-01-20` → `2025年1月20日` (GB/T 9704 §7.3.5: Arabic numerals, no leading zeros). */
export function formatChineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(iso);
  if (!m) return iso;
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

/** Characters of 2号 type (22 pt) that fit the 156 mm type area: 8844 / 440 twips. */
export const TITLE_CHARS_PER_LINE = 20;

/**
 * Break a title into lines that keep words whole (GB/T 9704 §7.3.2 标题: 词意完整、排列对称,
 * 梯形或菱形). The natural break of a 年报 title is after the agency's name; otherwise the most
 * balanced of: after the year, before 「政府信息公开」.
 */
export function titleLines(
  title: string,
  agency: string | undefined,
  perLine = TITLE_CHARS_PER_LINE,
): string[] {
  if (widthInChars(title) <= perLine) return [title];
  const fits = (at: number) =>
    at > 0 &&
    at < title.length &&
    widthInChars(title.slice(0, at)) <= perLine &&
    widthInChars(title.slice(at)) <= perLine;
  if (agency && title.startsWith(agency) && fits(agency.length))
    return [agency, title.slice(agency.length)];
  const candidates = new Set<number>();
  for (const m of title.matchAll(/\d{4}年度?/gu)) candidates.add(m.index + m[0].length);
  const topic = title.indexOf('政府信息公开');
  if (topic > 0) candidates.add(topic);
  let best: { at: number; score: number } | undefined;
  for (const at of candidates) {
    if (!fits(at)) continue;
    const score = Math.abs(widthInChars(title.slice(0, at)) - widthInChars(title.slice(at)));
    if (!best || score < best.score) best = { at, score };
  }
  if (best) return [title.slice(0, best.at), title.slice(best.at)];
  // No word boundary fits: split into lines of equal length.
  const chars = Array.from(title);
  const count = Math.ceil(widthInChars(title) / perLine);
  const size = Math.ceil(chars.length / count);
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += size) lines.push(chars.slice(i, i + size).join(''));
  return lines;
}

export interface SignatureLayout {
  /** Space to the right of the agency's name, in 字 (characters of the body size). */
  agencyRightChars: number;
  /** Space to the right of the date, in 字. */
  dateRightChars: number;
}

/**
 * Where the 署名 and 成文日期 stand (GB/T 9704 §7.3.5). Unsealed (a published 年报): the agency
 * 右空二字, the date below with its first character two characters right of the agency's first;
 * a date longer than that gets 右空二字 and the agency moves left. Sealed: the date 右空四字, the
 * agency centred over it. Half-width digits count ½ 字.
 */
export function signatureLayout(agency: string, dateText: string, sealed = false): SignatureLayout {
  const agencyWidth = widthInChars(agency);
  const dateWidth = widthInChars(dateText);
  if (sealed) {
    const dateRightChars = 4;
    return {
      dateRightChars,
      agencyRightChars: Math.max(0, dateRightChars + (dateWidth - agencyWidth) / 2),
    };
  }
  let agencyRightChars = 2;
  let dateRightChars = agencyRightChars + agencyWidth - 2 - dateWidth;
  if (dateRightChars < 2) {
    dateRightChars = 2;
    agencyRightChars = dateRightChars + dateWidth + 2 - agencyWidth;
  }
  return { agencyRightChars, dateRightChars };
}
