import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReport } from '@nianbao/core';
import { DEFAULT_TEMPLATES_DIR, renderReport } from '@nianbao/render';
import { readZip } from '../test/zip.js';
import { BuildError, buildOutput, outputPath, renderPreviewHtml } from './build.js';

const example = new URL('../../../examples/2021-城关镇.md', import.meta.url);
let dir: string;
let text: string;
let file: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-vscode-build-'));
  text = readFileSync(example, 'utf8');
  file = join(dir, '城关镇 2021.md');
  writeFileSync(file, text);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('生成 DOCX / HTML / TXT', () => {
  it('names outputs as nianbao build does', () => {
    expect(outputPath('/a/年报.md', 'docx')).toBe('/a/年报.docx');
    expect(outputPath('/a/b.markdown', 'html')).toBe('/a/b.html');
    expect(outputPath('/a/b.txt', 'txt')).toBe('/a/b.txt.txt');
  });

  it('writes each format beside the report, rendered by @nianbao/render', async () => {
    const report = parseReport(text, { file });
    for (const format of ['html', 'txt'] as const) {
      const written = await buildOutput({ text, file, format, locale: 'zh' });
      expect(written).toBe(join(dir, `城关镇 2021.${format}`));
      expect(readFileSync(written, 'utf8')).toBe(
        await renderReport(report, format, { generator: 'nianbao-vscode' }),
      );
    }
    const docx = await buildOutput({ text, file, format: 'docx', locale: 'zh' });
    const entries = readZip(readFileSync(docx));
    const xml = entries
      .find((e) => e.name === 'word/document.xml')!
      .read()
      .toString('utf8');
    // The title and the first official table's label are in the Word document.
    expect(xml).toContain('城关镇');
    expect(xml).toContain('<w:tbl>');
  });

  it('uses the office’s own templates when the setting names them', async () => {
    const templates = join(dir, 'office-templates');
    cpSync(join(DEFAULT_TEMPLATES_DIR, 'common', 'html'), join(templates, 'html'), {
      recursive: true,
    });
    const style = join(templates, 'html', 'style.css');
    writeFileSync(style, `${readFileSync(style, 'utf8')}\n/* 本单位样式 */\n`);
    const html = await renderPreviewHtml({ text, file, templates, locale: 'zh' });
    expect(html).toContain('本单位样式');
    expect(await renderPreviewHtml({ text, file, locale: 'zh' })).not.toContain('本单位样式');
    await expect(
      renderPreviewHtml({ text, file, templates: join(dir, 'no-such-dir'), locale: 'zh' }),
    ).rejects.toThrow(/模板目录“.*no-such-dir”不存在/u);
  });

  it('refuses a report it cannot read, saying where, and writes nothing', async () => {
    const broken = join(dir, 'broken.md');
    await expect(
      buildOutput({ text: '\u0000\u0001binary', file: broken, format: 'html', locale: 'zh' }),
    ).rejects.toThrow(BuildError);
    await expect(
      buildOutput({ text: '# 没有文件头\n', file: broken, format: 'txt', locale: 'en' }),
    ).rejects.toThrow(
      /^Cannot be read as a report; nothing built \(line 1: Missing YAML frontmatter/u,
    );
    expect(existsSync(join(dir, 'broken.txt'))).toBe(false);
  });

  it('asks for a saved report before writing beside it', async () => {
    await expect(buildOutput({ text, format: 'docx', locale: 'zh' })).rejects.toThrow(
      '请先保存年报',
    );
  });
});
