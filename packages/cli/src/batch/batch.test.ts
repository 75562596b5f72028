import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scaffoldReport } from '@nianbao/core';
import { lintText } from '@nianbao/rules';
import { describe, expect, it } from 'vitest';
import { capture, setRow } from '../../test/helpers.js';
import { main } from '../index.js';
import type { LintFileResult } from '../lint/run.js';
import { hashText, LintCache } from './cache.js';
import { runBatch } from './pool.js';

const bin = fileURLToPath(new URL('../../bin/nianbao.js', import.meta.url));
const seeds = fileURLToPath(new URL('../../../../fixtures/seeds/', import.meta.url));

/** A directory of reports: every fourth one has a 表三 row that does not add up. */
function corpus(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-batch-'));
  for (let i = 0; i < count; i++) {
    let md = scaffoldReport({ edition: '2021', year: 2023, agency: `第${i}镇人民政府` });
    if (i % 4 === 0) md = setRow(md, '一、本年新收政府信息公开申请数量', [i, 1, 0, 0, 0, 0, i]);
    mkdirSync(join(dir, String(i % 3)), { recursive: true });
    writeFileSync(join(dir, String(i % 3), `r${i}.md`), md);
  }
  return dir;
}

type Line = {
  filePath: string;
  kind: string;
  messages: { ruleId: string; line: number; message: string }[];
};
const jsonl = (text: string): Line[] =>
  text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Line)
    .sort((a, b) => a.filePath.localeCompare(b.filePath));

describe('batch lint', () => {
  it('gives the same results on two worker threads as in one thread, streamed as JSON Lines', () => {
    const dir = corpus(24);
    const run = (jobs: string) =>
      spawnSync(process.execPath, [bin, 'lint', '.', '-f', 'jsonl', '--jobs', jobs], {
        cwd: dir,
        encoding: 'utf8',
      });
    const one = run('1');
    const two = run('2');
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    // Not a terminal: no progress bar, nothing on stderr.
    expect(two.stderr).toBe('');
    expect(jsonl(two.stdout)).toEqual(jsonl(one.stdout));
    const lines = jsonl(two.stdout);
    expect(lines).toHaveLength(24);
    const broken = lines.filter((l) => l.messages.some((m) => m.ruleId === 'table-sums'));
    expect(
      broken
        .map((l) => l.filePath.match(/r(\d+)\.md$/u)![1])
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual([0, 4, 8, 12, 16, 20]);
    // Each result is what the engine reports for that file.
    const first = lines.find((l) => l.filePath.endsWith('/r4.md'))!;
    expect(first.messages.map((m) => m.message)).toEqual(
      lintText(readFileSync(first.filePath, 'utf8')).diagnostics.map((d) => d.message),
    );
  });

  it('checks .md, .txt and .docx together, each result saying which it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-mixed-'));
    writeFileSync(
      join(dir, 'a.md'),
      scaffoldReport({ edition: '2021', year: 2023, agency: '甲镇人民政府' }),
    );
    copyFileSync(join(seeds, '004_88317d741f75eb7e.txt'), join(dir, 'jiangcheng.txt'));
    writeFileSync(join(dir, 'broken.docx'), 'this is not a zip');
    const io = capture(dir);
    const code = await main(
      ['lint', '.', '--ext', 'md,txt,docx', '-f', 'jsonl', '--jobs', '1'],
      io,
    );
    expect(code).toBe(1);
    const lines = jsonl(io.out);
    expect(lines.map((l) => [l.filePath.split('/').pop(), l.kind])).toEqual([
      ['a.md', 'markdown'],
      ['broken.docx', 'docx'],
      ['jiangcheng.txt', 'txt'],
    ]);
    expect(lines[0].messages).toEqual([]);
    expect(lines[1].messages[0].message).toMatch(/\.docx/u);
    // The imported seed keeps its misspelled label, so the linter reports it.
    expect(lines[2].messages.some((m) => m.message.includes('第二十条第（一）顼'))).toBe(true);
    const bad = await main(['lint', '.', '--ext', 'md,pdf'], capture(dir));
    expect(bad).toBe(2);
  });

  it('answers unchanged files from the cache and re-checks changed ones', async () => {
    const dir = corpus(3);
    const location = join(dir, 'cache.json');
    const files = [0, 1, 2].map((i) => join(dir, String(i % 3), `r${i}.md`));
    const task = () => ({ rules: {}, locale: 'zh' as const });
    const collect = async (cache: LintCache) => {
      const out: LintFileResult[] = [];
      for await (const r of runBatch(files, { jobs: 1, cache, taskFor: task })) out.push(r);
      await cache.save();
      return out;
    };
    const first = await collect(await LintCache.load(location, 'test'));
    expect(first[0].errorCount).toBeGreaterThan(0);
    // Plant a result that no linting could give: if it comes back, the file was not re-checked.
    const cache = await LintCache.load(location, 'test');
    const planted = { ...first[1], errorCount: 99 };
    const settings = hashText(JSON.stringify([{}, 'zh', false]));
    cache.set(files[1], hashText(readFileSync(files[1])), settings, planted);
    await cache.save();
    const second = await collect(await LintCache.load(location, 'test'));
    expect(second[1].errorCount).toBe(99);
    expect(second[0]).toEqual(first[0]);
    // Changed content, another version, or a corrupt cache file: checked afresh.
    writeFileSync(files[1], `${readFileSync(files[1], 'utf8')}\n`);
    expect((await collect(await LintCache.load(location, 'test')))[1].errorCount).toBe(
      first[1].errorCount,
    );
    expect((await collect(await LintCache.load(location, 'other-version')))[1].errorCount).toBe(
      first[1].errorCount,
    );
    writeFileSync(location, '{"format": "nianbao-cache/1", "entries": [1, 2');
    const afterCorrupt = await collect(await LintCache.load(location, 'test'));
    expect(afterCorrupt.map((r) => r.errorCount)).toEqual(first.map((r) => r.errorCount));
    expect(JSON.parse(readFileSync(location, 'utf8')).format).toBe('nianbao-cache/1');
  });

  it('uses the cache through the command line and keeps the output the same', () => {
    const dir = corpus(8);
    const run = () =>
      spawnSync(process.execPath, [bin, 'lint', '.', '-f', 'json', '--cache', '--jobs', '2'], {
        cwd: dir,
        encoding: 'utf8',
      });
    const cold = run();
    const warm = run();
    expect(warm.status).toBe(cold.status);
    expect(JSON.parse(warm.stdout)).toEqual(JSON.parse(cold.stdout));
    expect(JSON.parse(readFileSync(join(dir, '.nianbaocache'), 'utf8')).format).toBe(
      'nianbao-cache/1',
    );
  });
});
