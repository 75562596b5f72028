/**
 * Label normalisation (editions.md "Label normalisation"): published reports use half-width
 * brackets, `．` and spaces inside labels. Matching compares labels after NFKC and the removal of
 * all whitespace; the label rule then reports any deviation from the canonical text.
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/[“”"]/gu, '"')
    .replace(/[‘’']/gu, "'")
    .replace(/[、,，]/gu, '、');
}

/** Levenshtein distance on code points; small strings only. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  if (x.length === 0) return y.length;
  if (y.length === 0) return x.length;
  let prev = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length];
}

/** Similarity in [0, 1] of two normalised labels. */
export function labelSimilarity(a: string, b: string): number {
  const na = normalizeLabel(a);
  const nb = normalizeLabel(b);
  if (na === nb) return 1;
  const longest = Math.max([...na].length, [...nb].length);
  if (longest === 0) return 1;
  return 1 - editDistance(na, nb) / longest;
}

/**
 * Strip the item number from a label so that `(二) 部分公开` and `（二）部分公开` compare equal to
 * the bare text when numbering differs.
 */
export function stripNumbering(label: string): string {
  return normalizeLabel(label).replace(
    /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+[.、]|\(\d+\)|其中:)/u,
    '',
  );
}
