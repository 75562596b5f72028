import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scaffoldReport } from '@nianbao/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { main } from '../index.js';
import { capture, setRow } from '../../test/helpers.js';
import { runBuild } from './build.js';

const ROW = '一、本年新收政府信息公开申请数量';
const clean = scaffoldReport({ edition: '2021', year: 2024, agency: '测试镇人民政府' });
/** 表三 row 一 whose 总计 (5) is not the sum of its applicants (4): a table-sums error. */
const broken = setRow(clean, ROW, [3, 1, 0, 0, 0, 0, 5]);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-build-'));
});

function write(name: string, text: string): string {
  const file = join(dir, name);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
}

describe('nianbao build', () => {
  it('writes DOCX, HTML and TXT beside the report', async () => {
    write('report.md', clean);
    const io = capture(dir);
    expect(await runBuild(['report.md'], io)).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      'report.docx',
      'report.html',
      'report.md',
      'report.txt',
    ]);
    expect(readFileSync(join(dir, 'report.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toMatch(
      /^<!DOCTYPE html>\n<html lang="zh-CN">/u,
    );
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toContain(
      '2024年政府信息公开工作年度报告',
    );
    expect(io.err).toBe('report.md → report.docx、report.html、report.txt\n');
  });

  it('writes only the formats asked for, into -o (created if missing)', async () => {
    write('report.md', clean);
    const io = capture(dir);
    expect(
      await runBuild(['report.md', '--format', 'html,txt', '-o', 'out/site', '--crlf'], io),
    ).toBe(0);
    expect(readdirSync(join(dir, 'out/site')).sort()).toEqual(['report.html', 'report.txt']);
    const txt = readFileSync(join(dir, 'out/site/report.txt'), 'utf8');
    expect(txt).toContain('\r\n');
    expect(txt.replace(/\r\n/gu, '')).not.toContain('\n');
  });

  it('refuses a report with lint errors, and says how to go on', async () => {
    write('report.md', broken);
    const io = capture(dir);
    expect(await runBuild(['report.md'], io)).toBe(1);
    expect(readdirSync(dir)).toEqual(['report.md']);
    expect(io.err).toMatch(/report\.md:\d+:\d+ {2}错误 {2}.*table-sums/u);
    expect(io.err).toContain('未生成');
    expect(io.err).toContain('--force');
  });

  it('builds it anyway with --force, and says so', async () => {
    write('report.md', broken);
    const io = capture(dir);
    expect(await runBuild(['report.md', '--force'], io)).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      'report.docx',
      'report.html',
      'report.md',
      'report.txt',
    ]);
    expect(io.err).toMatch(/report\.md：有 \d+ 处错误，因 --force 仍然生成/u);
    // The report's own figures are printed, wrong sum included.
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('data-cell="t3.r1.total">5<');
  });

  it('never builds a file that cannot be read as a report, --force or not', async () => {
    write('empty.md', '');
    write('nofront.md', '# 标题\n\n正文。\n');
    const io = capture(dir);
    expect(await runBuild(['empty.md', 'nofront.md', 'missing.md', '--force'], io)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['empty.md', 'nofront.md']);
    expect(io.err).toMatch(/empty\.md:1:1 {2}错误 {2}文件为空/u);
    expect(io.err).toMatch(/nofront\.md:1:1 {2}错误 {2}缺少 YAML 文件头/u);
    expect(io.err).toMatch(/missing\.md:1:1 {2}错误 {2}无法读取文件：ENOENT/u);
    expect(io.err.match(/有必须先改正的问题（见上），未生成/gu)).toHaveLength(3);
  });

  it('builds the good reports of a batch and fails for the bad one', async () => {
    write('good.md', clean);
    write('bad.md', broken);
    const io = capture(dir);
    expect(await runBuild(['good.md', 'bad.md', '--format', 'txt'], io)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['bad.md', 'good.md', 'good.txt']);
  });

  it('refuses outputs that would overwrite an input or each other, before writing anything', async () => {
    write('a', clean);
    write('a.txt', clean);
    const io = capture(dir);
    expect(await runBuild(['a', 'a.txt'], io)).toBe(2);
    expect(io.err).toContain('a.txt 就是输入文件');
    write('x/r.md', clean);
    write('y/r.md', clean);
    const io2 = capture(dir);
    expect(await runBuild(['x/r.md', 'y/r.md', '-o', 'out'], io2)).toBe(2);
    expect(io2.err).toContain('会被写入两次');
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expect(existsSync(join(dir, 'a.docx'))).toBe(false);
  });

  it('uses an office’s template directory: a partial there changes the output', async () => {
    write('report.md', clean);
    write(
      'tpl/html/partials/signature.hbs',
      '<footer class="office">{{signature.agency}}（公章）</footer>\n',
    );
    write('tpl/txt/partials/heading.hbs', '■ {{text}}\n');
    const io = capture(dir);
    expect(await runBuild(['report.md', '--templates', 'tpl', '--format', 'html,txt'], io)).toBe(0);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain(
      '<footer class="office">测试镇人民政府（公章）</footer>',
    );
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toContain('■ 一、总体情况\n');
  });

  it('names a broken template and writes nothing', async () => {
    write('report.md', clean);
    write('tpl/html/document.hbs', '{{#each sections}}<h2>{{text}}</h2>\n');
    const io = capture(dir);
    expect(await runBuild(['report.md', '--templates', 'tpl'], io)).toBe(1);
    expect(io.err).toMatch(/模板错误，未生成：tpl\/html\/document\.hbs：/u);
    expect(readdirSync(dir).sort()).toEqual(['report.md', 'tpl']);
  });

  it('rejects bad options with exit code 2', async () => {
    write('report.md', clean);
    const io = capture(dir);
    expect(await runBuild(['report.md', '--format', 'pdf'], io)).toBe(2);
    expect(io.err).toContain('未知的格式“pdf”');
    expect(await runBuild(['report.md', '--templates', 'nowhere'], io)).toBe(2);
    expect(io.err).toContain('模板目录“nowhere”不存在');
    expect(await runBuild([], io)).toBe(2);
    expect(readdirSync(dir)).toEqual(['report.md']);
  });

  it('judges errors by the configuration, as nianbao lint does', async () => {
    write('reports/report.md', broken);
    write('nianbao.config.json', JSON.stringify({ rules: { 'table-sums': 'off' } }));
    const lint = async (args: string[]) => main(['lint', ...args], capture(dir));
    // The project's configuration turns the failing rule off: lint is clean, build needs no --force.
    expect(await lint(['reports/report.md'])).toBe(0);
    const io = capture(dir);
    expect(await runBuild(['reports/report.md', '--format', 'txt'], io)).toBe(0);
    expect(io.err).toBe('reports/report.md → reports/report.txt\n');
    // --no-config: the recommended settings again, for both.
    expect(await lint(['reports/report.md', '--no-config'])).toBe(1);
    const noConfig = capture(dir);
    expect(await runBuild(['reports/report.md', '--no-config', '-o', 'out'], noConfig)).toBe(1);
    expect(noConfig.err).toMatch(/table-sums/u);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    // --config FILE and --rule, as lint takes them.
    write('strict.yaml', 'rules:\n  table-sums: error\n');
    expect(await lint(['reports/report.md', '-c', 'strict.yaml'])).toBe(1);
    expect(
      await runBuild(['reports/report.md', '-c', 'strict.yaml', '-o', 'out'], capture(dir)),
    ).toBe(1);
    expect(
      await runBuild(
        ['reports/report.md', '-c', 'strict.yaml', '--rule', 'table-sums:off', '-o', 'out'],
        capture(dir),
      ),
    ).toBe(0);
    // A configuration that ignores the file: lint does not check it, build does not refuse it.
    write('nianbao.config.json', JSON.stringify({ ignores: ['reports/'] }));
    expect(
      await runBuild(
        ['reports/report.md', '--format', 'html', '--no-config', '-o', 'out2'],
        capture(dir),
      ),
    ).toBe(1);
    expect(
      await runBuild(['reports/report.md', '--format', 'html', '-o', 'out2'], capture(dir)),
    ).toBe(0);
  });

  it('stops on a broken configuration before building anything (exit 2)', async () => {
    write('report.md', clean);
    write('nianbao.config.json', JSON.stringify({ rules: { 'no-such-rule': 'off' } }));
    const io = capture(dir);
    expect(await runBuild(['report.md'], io)).toBe(2);
    expect(io.err).toMatch(/^配置错误，未生成：\n.*nianbao\.config\.json.*no-such-rule/u);
    expect(await runBuild(['report.md', '--no-config', '--rule', 'nope:off'], capture(dir))).toBe(
      2,
    );
    expect(readdirSync(dir).sort()).toEqual(['nianbao.config.json', 'report.md']);
  });

  it('says why an output directory cannot be written, in words', async () => {
    write('report.md', clean);
    write('taken', 'a file, not a directory');
    const io = capture(dir);
    expect(await runBuild(['report.md', '-o', 'taken/out', '--format', 'txt'], io)).toBe(1);
    expect(io.err).toBe('taken/out：无法写入（路径中有一部分不是目录）\n');
  });

  it('speaks English with --locale en', async () => {
    write('report.md', broken);
    const io = capture(dir, { locale: 'en' });
    expect(await main(['build', 'report.md', '--locale', 'en'], io)).toBe(1);
    expect(io.err).toMatch(/report\.md: \d+ error\(s\); nothing built\. Fix them first/u);
  });
});
