import { describe, expect, it } from 'vitest';
import { editDistance, labelSimilarity, normalizeLabel } from './normalize.js';

describe('label normalisation and similarity', () => {
  it('normalises brackets, spaces and quotes, the same on every call', () => {
    expect(normalizeLabel('（一） 主动 公开')).toBe('(一)主动公开');
    expect(normalizeLabel('（一） 主动 公开')).toBe(normalizeLabel('(一)主动公开'));
  });

  it('counts edits in code points, astral characters included', () => {
    expect(editDistance('顼目', '项目')).toBe(1);
    expect(editDistance('', '项目')).toBe(2);
    expect(editDistance('𠀋文件', '文件')).toBe(1);
    expect(editDistance('不予公开', '不于公开')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('gives a similarity in [0, 1], 1 for labels equal after normalisation', () => {
    expect(labelSimilarity('（三）不予公开', '(三)不予公开')).toBe(1);
    expect(labelSimilarity('不于公开', '不予公开')).toBe(0.75);
    expect(labelSimilarity('不于公开', '不予公开')).toBe(labelSimilarity('不予公开', '不于公开'));
    expect(labelSimilarity('甲乙', '丙丁')).toBe(0);
  });
});
