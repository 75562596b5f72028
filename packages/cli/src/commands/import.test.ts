/** `nianbao import`: the seeds through the command line, batches with bad files, --json, --force. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { capture } from '../../test/helpers.js';
import { main } from '../index.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const seedsDir = join(root, 'fixtures/seeds');
const seeds: [string, string][] = [
  ['000_ca076ed118eb309d', '2018-池店镇'],
  ['001_d71a31302dcbe390', '2018-息陬镇'],
  ['002_8f2aa8313110af5c', '2017-金珠镇'],
  ['003_d00a2679fa720ff6', '2020-祥芝镇'],
  ['004_88317d741f75eb7e', '2019-江城镇'],
];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-import-'));
});

async function run(args: string[], locale?: 'en') {
  const io = capture(dir);
  const code = await main(['import', ...args, ...(locale ? ['--locale', locale] : [])], io);
  return { code, out: io.out, err: io.err };
}

const seed = (id: string) => join(seedsDir, `${id}.txt`);

describe('nianbao import', () => {
  it('imports the five seeds into a directory, as the committed examples', async () => {
    const result = await run([...seeds.map(([id]) => seed(id)), '-o', 'out']);
    expect(result.code).toBe(0);
    expect(result.out).toBe('');
    for (const [id, example] of seeds) {
      const written = readFileSync(join(dir, 'out', `${id}.md`), 'utf8');
      expect(written).toBe(readFileSync(join(root, 'examples/imported', `${example}.md`), 'utf8'));
    }
    expect(result.err).toMatch(/004_88317d741f75eb7e\.md：2019 版（/u);
    expect(result.err).toContain('198 个官方表格单元格');
    expect(result.err).toContain('共 5 个文件：5 个已导入，0 个失败');
  });

  it('refuses to overwrite without --force, and overwrites with it', async () => {
    const target = join(dir, 'r.md');
    writeFileSync(target, 'mine\n');
    const input = join(dir, 'r.txt');
    writeFileSync(input, readFileSync(seed('004_88317d741f75eb7e')));
    const refused = await run(['r.txt']);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe('r.txt：r.md 已存在，未覆盖。如确需覆盖，请加 --force\n');
    expect(readFileSync(target, 'utf8')).toBe('mine\n');
    const forced = await run(['r.txt', '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^---\nedition: "2019"\n/u);
  });

  it('prints what it recognised with --json', async () => {
    const result = await run([seed('003_d00a2679fa720ff6'), '-o', 'out', '--json'], 'en');
    expect(result.code).toBe(0);
    expect(result.err).toBe('');
    const [entry] = JSON.parse(result.out);
    expect(entry).toMatchObject({
      input: expect.stringContaining('003_d00a2679fa720ff6.txt'),
      output: join('out', '003_d00a2679fa720ff6.md'),
      ok: true,
      format: 'txt',
      edition: { id: '2019', detected: '2019', overridden: false },
      meta: { agency: '石狮市祥芝镇人民政府', year: 2020 },
      sections: {
        found: ['overview', 'proactive', 'requests', 'appeals', 'problems', 'other'],
        missing: [],
      },
      cells: { bound: 198, expected: 198 },
      unbound: [
        { text: '0', line: 91, table: '表三' },
        { text: '0', line: 92, table: '表三' },
      ],
    });
    expect(entry.edition.reasons[0]).toMatch(/^7 official table blocks match this edition/u);
    expect(
      entry.tables.map((t: { table: string; cells: number }) => `${t.table}:${t.cells}`),
    ).toEqual(['表二:6', '表二:6', '表二:6', '表二:2', '表二:2', '表三:161', '表四:15']);
    expect(entry.warnings).toContainEqual({
      code: 'cells-extra',
      severity: 'warning',
      line: 91,
      message:
        '表三 row “(六)其他处理” has an extra cell “0” (line 91, usually left by merged cells); kept as a comment',
    });
  });

  it('goes on past files it cannot import, and fails for them', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(
      join(dir, 'binary.txt'),
      Buffer.from(Array.from({ length: 512 }, (_, i) => i % 7)),
    );
    const ole = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    writeFileSync(join(dir, 'secret.docx'), ole);
    writeFileSync(join(dir, 'broken.docx'), Buffer.from('PK\u0003\u0004 not really a zip'));
    const result = await run([
      'empty.txt',
      'binary.txt',
      'secret.docx',
      'broken.docx',
      'missing.txt',
      seed('001_d71a31302dcbe390'),
      '-o',
      'out',
    ]);
    expect(result.code).toBe(1);
    const lines = result.err.split('\n');
    expect(lines).toContain('empty.txt：文件为空，没有可导入的内容');
    expect(lines).toContain(
      'binary.txt：这不是文本文件，也不是 Word 文档（.docx）：请导入 .txt 或 .docx 格式的年报',
    );
    expect(lines.find((l) => l.startsWith('secret.docx：'))).toContain('设置了打开密码');
    expect(lines.find((l) => l.startsWith('broken.docx：'))).toContain('已损坏');
    expect(lines.find((l) => l.startsWith('missing.txt：'))).toContain('ENOENT');
    expect(lines).toContain('共 6 个文件：1 个已导入，5 个失败');
    expect(existsSync(join(dir, 'out', '001_d71a31302dcbe390.md'))).toBe(true);
    expect(existsSync(join(dir, 'out', 'empty.md'))).toBe(false);
  });

  it('says in English what is wrong, and prints one result with -o -', async () => {
    writeFileSync(join(dir, 'empty.txt'), '\n\n');
    const empty = await run(['empty.txt'], 'en');
    expect(empty).toMatchObject({
      code: 1,
      err: 'empty.txt: The file is empty: there is nothing to import\n',
    });
    const printed = await run([seed('002_8f2aa8313110af5c'), '-o', '-']);
    expect(printed.code).toBe(0);
    expect(printed.out).toBe(readFileSync(join(root, 'examples/imported/2017-金珠镇.md'), 'utf8'));
  });

  it('rejects bad arguments', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['a.txt', '--edition', '2018'])).err).toBe(
      '未知的版本“2018”：应为 2021、2019 或 legacy\n',
    );
    expect((await run(['a.txt', 'b.txt', '-o', '-'])).code).toBe(2);
    const md = await run(['report.md']);
    expect(md).toMatchObject({ code: 1 });
    expect(md.err).toContain('已是 Markdown 文件');
  });
});
