/**
 * Label normalisation (editions.md "Label normalisation"): published reports use half-width
 * brackets, `．` and spaces inside labels. Matching compares labels after NFKC and the removal of
 * all whitespace; the label rule then reports any deviation from the canonical text.
 */
export function normalizeLabel(text: string): string {
  let normalized = normalizedCache.get(text);
  if (normalized === undefined) {
    normalized = text
      .normalize('NFKC')
      .replace(/\s+/gu, '')
      .replace(/[“”"]/gu, '"')
      .replace(/[‘’']/gu, "'")
      .replace(/[、,，]/gu, '、');
    remember(normalizedCache, text, normalized);
  }
  return normalized;
}

/*
 * The binder compares every written row label with every official label of a table, in every
 * report: the same few hundred strings over and over. Normalised labels and similarities are
 * memoised (bounded, so that a batch of many reports does not grow them without limit); this is
 * most of the cost of binding otherwise (bench/README.md).
 */
const CACHE_LIMIT = 20_000;
const normalizedCache = new Map<string, string>();
const similarityCache = new Map<string, Map<string, number>>();

function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
}

/** Levenshtein distance on code points; small strings only. */
export function editDistance(a: string, b: string): number {
  const x = codePoints(a);
  const y = codePoints(b);
  if (x.length === 0) return y.length;
  if (y.length === 0) return x.length;
  let prev = new Int32Array(y.length + 1);
  let cur = new Int32Array(y.length + 1);
  for (let j = 0; j <= y.length; j++) prev[j] = j;
  for (let i = 1; i <= x.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[y.length];
}

function codePoints(text: string): Int32Array {
  const points = new Int32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    points[n++] = code;
    if (code > 0xffff) i++;
  }
  return points.subarray(0, n);
}

/** Similarity in [0, 1] of two normalised labels. */
export function labelSimilarity(a: string, b: string): number {
  const na = normalizeLabel(a);
  const nb = normalizeLabel(b);
  if (na === nb) return 1;
  // Nested maps: no key string is built for the (many) lookups that hit.
  let row = similarityCache.get(na);
  if (row === undefined) {
    if (similarityCache.size >= CACHE_LIMIT) similarityCache.clear();
    similarityCache.set(na, (row = new Map()));
  }
  let similarity = row.get(nb);
  if (similarity === undefined) {
    const longest = Math.max(codePoints(na).length, codePoints(nb).length);
    similarity = longest === 0 ? 1 : 1 - editDistance(na, nb) / longest;
    row.set(nb, similarity);
  }
  return similarity;
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
