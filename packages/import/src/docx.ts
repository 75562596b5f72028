/**
 * Reading a .docx: the zip's central directory is checked with JSZip before anything is
 * unpacked (declared sizes), then every part is inflated under a running limit (sizes a crafted
 * archive may misstate), and only then does mammoth read the document into HTML.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { ImportError, formatBytes } from './errors.js';
import { readHtml, type HtmlItems } from './html.js';

export interface DocxLimits {
  /** Sum of the unpacked sizes of all parts. */
  maxUnpackedBytes: number;
  /** Number of parts in the archive. */
  maxEntries: number;
}

/** A report with images stays far below this; a zip bomb does not. */
export const DEFAULT_DOCX_LIMITS: DocxLimits = {
  maxUnpackedBytes: 64 * 1024 * 1024,
  maxEntries: 2000,
};

interface ZipEntryData {
  _data?: { uncompressedSize?: number };
}

async function inflateWithin(zip: JSZip, limit: number): Promise<void> {
  let total = 0;
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    await new Promise<void>((resolve, reject) => {
      const stream = file.nodeStream('nodebuffer');
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > limit) {
          stream.pause();
          stream.removeAllListeners('data');
          reject(
            new ImportError('import-unpacked-too-large', {
              size: `> ${formatBytes(limit)}`,
              limit: formatBytes(limit),
            }),
          );
        }
      });
      stream.on('error', (error: Error) => reject(error));
      stream.on('end', () => resolve());
    });
  }
}

function corrupt(error: unknown): ImportError {
  if (error instanceof ImportError) return error;
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new ImportError('import-corrupt', { reason });
}

/** Check a .docx's archive, then read its paragraphs and tables. */
export async function readDocx(
  bytes: Uint8Array,
  limits: DocxLimits = DEFAULT_DOCX_LIMITS,
): Promise<HtmlItems & { messages: string[] }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (error) {
    throw corrupt(error);
  }
  const files = Object.values(zip.files).filter((f) => !f.dir);
  if (files.length > limits.maxEntries)
    throw new ImportError('import-unpacked-too-large', {
      size: `${files.length} parts`,
      limit: `${limits.maxEntries} parts`,
    });
  const declared = files.reduce(
    (sum, f) => sum + ((f as unknown as ZipEntryData)._data?.uncompressedSize ?? 0),
    0,
  );
  if (declared > limits.maxUnpackedBytes)
    throw new ImportError('import-unpacked-too-large', {
      size: formatBytes(declared),
      limit: formatBytes(limits.maxUnpackedBytes),
    });
  if (!zip.file('word/document.xml')) throw new ImportError('import-not-word');
  try {
    await inflateWithin(zip, limits.maxUnpackedBytes);
  } catch (error) {
    throw corrupt(error);
  }
  let result: { value: string; messages: { message: string }[] };
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images are not imported: write an empty <img> so that their place can be reported.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
  } catch (error) {
    throw corrupt(error);
  }
  return { ...readHtml(result.value), messages: result.messages.map((m) => m.message) };
}
