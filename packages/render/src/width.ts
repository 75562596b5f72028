/**
 * Display width of Chinese text, for the plain-text tables and the layout of the signature.
 * Ambiguous-width characters (“ ” — · …) count as wide: in a Chinese document they are drawn by a
 * CJK font, which gives them a full cell.
 */
import { eastAsianWidth } from 'get-east-asian-width';
import stringWidth from 'string-width';

const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/** Text that needs grapheme segmentation: combining marks, emoji and their joiners. */
const COMPLEX = /[\p{M}\p{Extended_Pictographic}\u200d]/u;
const ZERO_WIDTH = /[\p{Cf}\p{Cc}]/u;

/** Columns a text takes in a monospaced CJK font. */
export function displayWidth(text: string): number {
  // Report text is Chinese, digits and punctuation: a code point walk is exact for it and far
  // cheaper than full grapheme segmentation, which stays for emoji and combining marks.
  if (COMPLEX.test(text)) return stringWidth(text, { ambiguousIsNarrow: false });
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x20 && code < 0x7f) width += 1;
    else if (!ZERO_WIDTH.test(ch)) width += eastAsianWidth(code, { ambiguousAsWide: true });
  }
  return width;
}

/** Width in 字 (one full-width character): half-width digits and letters count ½. */
export function widthInChars(text: string): number {
  return displayWidth(text) / 2;
}

/** Grapheme clusters of a text, so that a wrap never splits a character. */
export function graphemes(text: string): string[] {
  if (!COMPLEX.test(text)) return Array.from(text);
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Characters that must not start a line (GB/T 15834 禁则: closing punctuation). */
const NO_LINE_START = new Set('，。、；：？！）》」』】〕〉”’…—%,.;:?!)]}'.split(''));
/** Characters that must not end a line (opening brackets and quotes). */
const NO_LINE_END = new Set('（《「『【〔〈“‘([{'.split(''));
const UNBREAKABLE = /^[\p{L}\p{N}]$/u;

/**
 * Wrap a text to lines of at most `width` columns. Runs of Latin letters and digits stay whole
 * when they fit on a line; closing punctuation is never carried to the start of a line.
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const chars = graphemes(paragraph);
    let line: string[] = [];
    let used = 0;
    let i = 0;
    while (i < chars.length) {
      // A token: one CJK character, or a run of half-width letters and digits.
      let j = i + 1;
      if (isNarrowWordChar(chars[i])) while (j < chars.length && isNarrowWordChar(chars[j])) j++;
      const token = chars.slice(i, j);
      const tokenWidth = displayWidth(token.join(''));
      if (used + tokenWidth <= width || line.length === 0) {
        if (tokenWidth > width && line.length === 0 && token.length > 1) {
          // A word longer than the line is broken where it must be.
          for (const ch of token) {
            const w = displayWidth(ch);
            if (used + w > width && line.length > 0) {
              lines.push(line.join(''));
              line = [];
              used = 0;
            }
            line.push(ch);
            used += w;
          }
        } else {
          line.push(...token);
          used += tokenWidth;
        }
        i = j;
        continue;
      }
      // Closing punctuation may not start a line: the character before it moves down with it.
      if (NO_LINE_START.has(token[0]) && line.length > 1) {
        const carried = line.pop()!;
        lines.push(line.join(''));
        line = [carried];
        used = displayWidth(carried);
        continue;
      }
      // An opening bracket moves down with the text it opens.
      const carried: string[] = [];
      while (line.length > 1 && NO_LINE_END.has(line[line.length - 1]))
        carried.unshift(line.pop()!);
      lines.push(line.join(''));
      line = carried;
      used = displayWidth(carried.join(''));
    }
    lines.push(line.join(''));
  }
  return lines;
}

function isNarrowWordChar(ch: string): boolean {
  return UNBREAKABLE.test(ch) && displayWidth(ch) === 1;
}

/** Pad a text with spaces to a display width, aligned left, centred or right. */
export function pad(text: string, width: number, align: 'left' | 'center' | 'right'): string {
  const gap = Math.max(0, width - displayWidth(text));
  if (align === 'right') return ' '.repeat(gap) + text;
  if (align === 'center') {
    const left = Math.floor(gap / 2);
    return ' '.repeat(left) + text + ' '.repeat(gap - left);
  }
  return text + ' '.repeat(gap);
}
