/** Plain-text inputs in the encodings and shapes offices produce, and files that are no report. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { seeds, seedText } from '../test/seeds.js';
import { ImportError, importFile, importText, MAX_TEXT_BYTES } from './index.js';

const seed004 = seeds.find((s) => s.id === '004')!;
const seed002 = seeds.find((s) => s.id === '002')!;

async function failure(bytes: Uint8Array, options = {}): Promise<ImportError> {
  const error = await importFile(bytes, { name: 'report.txt', ...options }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('encodings', () => {
  const utf8 = importText(seedText(seed004));

  it('detects and reads GBK', async () => {
    const result = await importFile(iconv.encode(seedText(seed004), 'gbk'), { name: 'x.txt' });
    expect(result.encoding).toBe('GB18030');
    expect(result.markdown).toBe(utf8.markdown);
    expect(result.warnings.some((w) => w.code === 'encoding-detected')).toBe(true);
  });

  it('reads GB18030, a UTF-8 BOM, UTF-16 and CRLF line ends alike', async () => {
    const crlf = seedText(seed002).replace(/\n/gu, '\r\n');
    const expected = importText(seedText(seed002)).markdown;
    const variants: [string, Buffer][] = [
      ['GB18030', iconv.encode(crlf, 'gb18030')],
      ['UTF-8 (BOM)', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)])],
      ['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(crlf, 'utf-16le')])],
    ];
    for (const [encoding, bytes] of variants) {
      const result = await importFile(bytes, { name: 'x.txt' });
      expect(result.encoding).toBe(encoding);
      expect(result.markdown).toBe(expected);
    }
  });
});

describe('files that cannot be imported', () => {
  it('an empty file, or one of blank lines', async () => {
    expect((await failure(Buffer.alloc(0))).code).toBe('import-empty');
    expect((await failure(Buffer.from(' \r\n\t\n'))).code).toBe('import-empty');
  });

  it('a binary file', async () => {
    const bytes = Buffer.alloc(2048);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 37) % 256;
    const error = await failure(bytes);
    expect(error.code).toBe('import-binary');
    expect(error.localized.zh).toContain('不是文本文件');
  });

  it('a very large file, refused before it is decoded', async () => {
    const big = Buffer.alloc(MAX_TEXT_BYTES + 1, 0x41);
    const error = await failure(big);
    expect(error.code).toBe('import-too-large');
    expect(error.message).toMatch(/2\.0 MB/u);
  });

  it('a PDF', async () => {
    const error = await failure(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'));
    expect(error).toMatchObject({ code: 'import-unsupported', data: { format: 'PDF' } });
  });

  it('a text that is not a report, unless its edition is named', () => {
    const article =
      '春天来了\n\n公园里的桃花开了，孩子们在草地上放风筝。\n\n傍晚，人们沿着河边散步，谈论着一天的见闻。\n';
    expect(() => importText(article)).toThrow(ImportError);
    try {
      importText(article);
    } catch (error) {
      expect((error as ImportError).code).toBe('import-not-report');
    }
    const forced = importText(article, { edition: '2021' });
    expect(forced.edition).toMatchObject({ id: '2021', overridden: true });
    expect(forced.markdown).toContain('公园里的桃花开了');
  });
});
