/**
 * What a file is and how its text is encoded. Chinese plain-text reports are often in GBK
 * (GB18030 is its superset and decodes both); Windows tools write a UTF-8 BOM or UTF-16.
 */
import { looksBinary } from '@nianbao/core';
import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import { ImportError } from './errors.js';

export type SourceFormat = 'txt' | 'docx';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
/** OLE2 / Compound File Binary: encrypted OOXML, or an old .doc/.xls. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** The format by content (the name's extension only breaks a tie). */
export function sniffFormat(bytes: Uint8Array, name = ''): SourceFormat {
  if (bytes.length === 0 || (bytes.length < 64 && new TextDecoder().decode(bytes).trim() === ''))
    throw new ImportError('import-empty');
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return 'docx';
  if (startsWith(bytes, CFB)) throw new ImportError('import-encrypted');
  if (startsWith(bytes, PDF)) throw new ImportError('import-unsupported', { format: 'PDF' });
  if (startsWith(bytes, RTF)) throw new ImportError('import-unsupported', { format: 'RTF' });
  if (/\.docx$/iu.test(name))
    throw new ImportError('import-corrupt', { reason: 'not a zip archive' });
  return 'txt';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Names jschardet gives for the Chinese encodings, read as GB18030 (their superset). */
const GB = /^(gb2312|gbk|gb18030|hz-gb-2312|euc-cn|x-euc-cn)$/iu;

export interface DecodedText {
  text: string;
  /** `UTF-8`, `UTF-8 (BOM)`, `UTF-16LE`, `GB18030`, `Big5`… */
  encoding: string;
}

/** Decode a plain-text file: BOM, then strict UTF-8, then detection (GBK family first). */
export function decodeText(bytes: Uint8Array): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let decoded: DecodedText | undefined;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    decoded = { text: buffer.subarray(3).toString('utf8'), encoding: 'UTF-8 (BOM)' };
  else if (startsWith(bytes, [0xff, 0xfe]))
    decoded = { text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'UTF-16LE' };
  else if (startsWith(bytes, [0xfe, 0xff]))
    decoded = { text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'UTF-16BE' };
  else {
    try {
      decoded = { text: utf8.decode(bytes), encoding: 'UTF-8' };
    } catch {
      decoded = undefined;
    }
  }
  if (!decoded) {
    if (
      looksBinary(
        buffer
          .subarray(0, 8192)
          .toString('latin1')
          .replace(/[\x80-\xff]/gu, 'a'),
      )
    )
      throw new ImportError('import-binary');
    const guess = jschardet.detect(buffer, {
      detectEncodings: ['GB2312', 'Big5', 'UTF-8', 'windows-1252'],
    });
    const name = guess.encoding ?? '';
    const encoding = GB.test(name) || !name ? 'GB18030' : name;
    if (!iconv.encodingExists(encoding))
      throw new ImportError('import-decode', { encoding: name || '?' });
    const text = iconv.decode(buffer, encoding);
    // Latin-1 style guesses for Chinese bytes mean the detector failed: GB18030 decodes any
    // byte sequence, so prefer it when it yields Chinese text.
    decoded = { text, encoding: encoding === 'GB18030' ? 'GB18030' : encoding };
    if (!/[\u4e00-\u9fff]/u.test(text)) {
      const gb = iconv.decode(buffer, 'gb18030');
      if (/[\u4e00-\u9fff]/u.test(gb)) decoded = { text: gb, encoding: 'GB18030' };
    }
  }
  if (looksBinary(decoded.text)) throw new ImportError('import-binary');
  if (decoded.text.trim() === '') throw new ImportError('import-empty');
  return decoded;
}
