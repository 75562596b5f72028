/**
 * The five seeds import with the right edition, every official cell they hold bound, and no
 * paragraph lost; the results are the committed examples/imported/*.md files.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { editions, parseMarkdown, parseReport } from '@nianbao/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { importedDir, seedBytes, seeds, seedText } from '../test/seeds.js';
import { importFile, readDate, readText, suggestedFileName, type ImportResult } from './index.js';
import { cleanLabel } from './source.js';

const update = process.env.NIANBAO_UPDATE_EXAMPLES === '1';
const results = new Map<string, ImportResult>();

beforeAll(async () => {
  for (const seed of seeds)
    results.set(seed.id, await importFile(seedBytes(seed), { name: seed.file }));
});

/** Every text of a Markdown tree (comments and frontmatter included), whitespace removed. */
function allText(markdown: string): string {
  const parts: string[] = [];
  type Node = { value?: unknown; children?: Node[] };
  const walk = (node: Node) => {
    if (typeof node.value === 'string') parts.push(node.value);
    for (const child of node.children ?? []) walk(child);
  };
  walk(parseMarkdown(markdown) as Node);
  return parts.join('').replace(/[\s<>]+/gu, '');
}

describe.each(seeds)('seed $id ($town $year)', (seed) => {
  const result = () => results.get(seed.id)!;

  it('matches the committed example', () => {
    const name = suggestedFileName(result().meta);
    expect(name).toBe(`${seed.year}-${seed.town}.md`);
    const path = `${importedDir}${name}`;
    if (update || !existsSync(path)) writeFileSync(path, result().markdown);
    expect(result().markdown).toBe(readFileSync(path, 'utf8'));
  });

  it(`is detected as edition ${seed.edition}, saying why`, () => {
    expect(result().edition.id).toBe(seed.edition);
    expect(result().edition.overridden).toBe(false);
    expect(result().edition.reasons.length).toBeGreaterThan(1);
    const [best, second] = Object.values(result().edition.scores).sort((a, b) => b - a);
    expect(best).toBeGreaterThan(second);
  });

  it('binds every official cell the source holds', () => {
    const report = parseReport(result().markdown);
    // A source without a 成文日期 leaves `date` out of the frontmatter: an error, never fatal.
    expect(report.problems.filter((p) => p.severity === 'fatal')).toEqual([]);
    const counts: Record<string, number> = {};
    for (const cell of report.cells.values())
      if (!cell.spec.optional) counts[cell.spec.table.key] = (counts[cell.spec.table.key] ?? 0) + 1;
    expect(counts).toEqual(seed.cells);
    // The numbers are the source's: no blank where the source has a value.
    const blanks = [...report.cells.values()].filter((c) => !c.spec.optional && c.text === '');
    expect(blanks).toEqual([]);
    expect(result().tables.reduce((n, t) => n + t.cells, 0)).toBe(
      Object.values(seed.cells).reduce((a, b) => a + b, 0),
    );
  });

  it('loses no paragraph and no table cell of the source', () => {
    const output = allText(result().markdown);
    const meta = result().meta;
    // The format writes a block's caption where the form prints its corner (信息内容) too.
    const implied = new Set(
      editions.flatMap((e) =>
        e.tables.flatMap((t) => t.blocks.filter((b) => b.caption).map((b) => b.corner)),
      ),
    );
    for (const item of readText(seedText(seed)).items) {
      const texts =
        item.kind === 'paragraph'
          ? [item.text]
          : item.rows.flatMap((r) => r.cells.map((c) => c.text));
      for (const text of texts) {
        const wanted = cleanLabel(text).replace(/[\s<>]+/gu, '');
        if (!wanted || implied.has(wanted)) continue;
        if (output.includes(wanted)) continue;
        // Signature lines live in the frontmatter: the date as ISO, the agency as written.
        const date = readDate(text);
        if (date && date === meta.date) continue;
        expect(meta.agency, `missing: ${text}`).toBe(cleanLabel(text));
      }
    }
  });
});

describe('what the seeds state', () => {
  it('fills the frontmatter from the text', () => {
    const meta = (id: string) => results.get(id)!.meta;
    expect(meta('000')).toMatchObject({
      agency: '晋江市池店镇人民政府',
      year: 2018,
      date: '2019-01-02',
      period: { start: '2018-01-01', end: '2018-12-31' },
    });
    expect(meta('000').contact).toMatchObject({
      address: '晋江市池店镇政府路1号',
      postcode: '362212',
      phone: '85988009',
      website: 'www.jinjiang.gov.cn',
    });
    expect(meta('001')).toMatchObject({ agency: '息陬镇人民政府', year: 2018 });
    expect(meta('001').date).toBeUndefined();
    expect(meta('002')).toMatchObject({ agency: '金珠镇人民政府', year: 2017, date: '2017-12-13' });
    expect(meta('002').contact?.email).toBe('345200423@qq.com');
    expect(meta('003')).toMatchObject({
      agency: '石狮市祥芝镇人民政府',
      year: 2020,
      period: { start: '2020-01-01', end: '2020-12-31' },
    });
    expect(meta('003').contact?.postcode).toBe('362712');
    expect(meta('004')).toMatchObject({
      agency: '玉溪市江川区江城镇人民政府',
      year: 2019,
      date: '2020-02-13',
      yearSource: 'period',
    });
  });

  it('keeps headings with their numbering as written, at the level it gives', () => {
    const headings = (id: string) =>
      results
        .get(id)!
        .markdown.split('\n')
        .filter((l) => /^#{1,6} /u.test(l));
    expect(headings('004').slice(0, 7)).toEqual([
      '## 1、 总体情况',
      '### （一）行政机关主动公开政府信息情况。',
      '### （2） 依申请公开情况。',
      '### （三）政府信息管理。',
      '### （4） 平台建设。',
      '### （5） 监督保障。',
      '## 二、主动公开政府信息情况',
    ]);
    expect(headings('001')).toContain('## 重点领域信息公开情况');
    expect(headings('000').slice(0, 3)).toEqual([
      '# 晋江市池店镇2018年政府信息公开工作年度报告',
      '## 引 言',
      '## 一、概述',
    ]);
    expect(headings('000')).toContain('### （三）公开形式');
    expect(headings('000')).toContain('#### 3. 平台渠道建设情况');
    expect(headings('002')[0]).toBe('# 金珠镇2017年政府信息公开工作年度报告');
    expect(headings('002')).toContain('### (一)主动公开信息数量');
    // A numbered sentence followed by its sibling is a list item, not a heading.
    expect(headings('002').some((h) => h.includes('5、及时在政府网站'))).toBe(false);
  });

  it('keeps the source’s misspellings and missing notes for the linter', () => {
    const md004 = results.get('004')!.markdown;
    expect(md004).toContain('| 第二十条第（一）顼 |');
    expect(md004).toContain('| 第二十条第（五）项 | 上一年项目数量 | 本年増/减 | 处理决定数量 |');
    expect(md004).toContain('| （五）不于处理 |');
    expect(md004).toContain('| 政府集中采购 | 付云南博超科技公司');
    expect(md004).toContain('| 75680元 |');
    const md003 = results.get('003')!.markdown;
    expect(md003).toMatch(/^\| {2}\| 申请人情况 > 自然人 \|/mu);
    expect(md003).toContain('| (二)部分公开 | 0 |');
    expect(md003).toContain('| 政府集中采购 | 0.00 | 0.00 元 |');
    expect(md003).toContain('宣传上级有关文件精神 and 内容');
  });

  it('reports what it could not place, with its line', () => {
    const w003 = results.get('003')!.warnings;
    expect(w003.filter((w) => w.code === 'cells-extra').map((w) => w.line)).toEqual([91, 92]);
    expect(results.get('003')!.markdown).toContain(
      '<!-- nianbao import 无法归位的表三内容：第91行：0；第92行：0 -->',
    );
    const w000 = results.get('000')!.warnings;
    expect(w000.find((w) => w.code === 'trailer')?.line).toBe(186);
    expect(results.get('003')!.unbound.map((u) => u.line)).toEqual([91, 92]);
  });
});
