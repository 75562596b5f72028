/**
 * The real command line, as a user runs it: `bin/nianbao.js` in a child process, on the built
 * `dist` (Turborepo builds before it tests; by hand: `pnpm exec turbo run build --filter=nianbao...`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/nianbao.js', import.meta.url));
const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-bin-'));
});

function nianbao(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NIANBAO_LOCALE: '', LANG: 'C' },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('bin/nianbao.js', () => {
  it('has been built', () => {
    expect(existsSync(dist), `${dist} is missing: build the cli first`).toBe(true);
  });

  it('writes a skeleton with `new`, then prints its figures with `data`', () => {
    const created = nianbao('new', '--edition', '2019', '--year', '2020', '-o', 'r.md');
    expect(created).toEqual({
      code: 0,
      out: '',
      err: '已生成 r.md（2019 版，198 个表格单元格）\n',
    });
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toContain('edition: "2019"');
    const printed = nianbao('data', 'r.md');
    expect(printed.code).toBe(0);
    expect(printed.err).toBe('');
    const [report] = JSON.parse(printed.out);
    expect(report).toMatchObject({ schema: 'nianbao-data/1', edition: '2019', year: 2020 });
  });

  it('exits non-zero on a bad file, with the message on stderr only, in either locale', () => {
    writeFileSync(join(dir, 'bad.md'), '---\nedition: "2030"\n---\n');
    const zh = nianbao('data', 'bad.md');
    expect(zh.code).toBe(1);
    expect(zh.out).toBe('');
    expect(zh.err).toContain('bad.md:2:10  错误  未知的版本 `2030`');
    const en = nianbao('data', 'bad.md', '--locale', 'en');
    expect(en.code).toBe(1);
    expect(en.err).toContain('bad.md:2:10  error  Unknown edition `2030`');
  });

  it('prints its version and exits 2 on an unknown command', () => {
    const { version } = JSON.parse(
      readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    expect(nianbao('--version')).toEqual({ code: 0, out: `${version}\n`, err: '' });
    const unknown = nianbao('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('未知命令“frobnicate”');
  });
});
