import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scaffoldReport } from '@nianbao/core';
import { fixText, lintText } from '@nianbao/rules';
import { describe, expect, it } from 'vitest';
import { setRow } from '../../test/helpers.js';

// The built command line (turbo builds dist before the tests): bin/nianbao.js starts `lint` from
// the pre-bundled dist/lint.bundle.mjs, every other command from dist/index.js.
const bin = fileURLToPath(new URL('../../bin/nianbao.js', import.meta.url));
const bundle = fileURLToPath(new URL('../../dist/lint.bundle.mjs', import.meta.url));

describe('the nianbao binary', () => {
  it('lints from the bundle exactly as in process, with the exit code', () => {
    expect(existsSync(bundle)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-bin-'));
    const broken = setRow(
      scaffoldReport({ edition: '2021', year: 2024, agency: '测试镇人民政府' }),
      '一、本年新收政府信息公开申请数量',
      [3, 1, 0, 0, 0, 0, 5],
    );
    writeFileSync(join(dir, 'bad.md'), broken);
    const run = spawnSync(
      process.execPath,
      [bin, '--locale', 'en', 'lint', '-f', 'json', 'bad.md'],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const [result] = JSON.parse(run.stdout);
    expect(result.messages.map((m: { message: string }) => m.message)).toEqual(
      lintText(broken, { locale: 'en' }).diagnostics.map((d) => d.message),
    );
    const usage = spawnSync(process.execPath, [bin, 'lint', '--format', 'xml'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe('未知的输出格式“xml”：应为 stylish、json、jsonl 或 sarif\n');
  });

  it('fixes from the bundle as fixText does (the bundle carries its CommonJS dependencies)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-bin-fix-'));
    const source = scaffoldReport({ edition: '2021', year: 2024, agency: '测试镇人民政府' })
      .replace('## 一、总体情况', '## 1、 总体情况')
      .replace('| 第二十条第（一）项 |', '| 第二十条第（一）顼 |');
    writeFileSync(join(dir, 'fix.md'), source);
    const run = spawnSync(process.execPath, [bin, 'lint', '--fix', 'fix.md'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toContain('内部错误');
    const written = readFileSync(join(dir, 'fix.md'), 'utf8');
    expect(written).not.toBe(source);
    expect(written).toBe(fixText(source).output);
  });
});
