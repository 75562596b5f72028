/**
 * `--cache`: results of files whose content, configuration and nianbao version are unchanged
 * since the last run are reused. The cache file is written atomically; a corrupt or foreign cache
 * is ignored (and replaced on save), never trusted.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../io.js';
import type { LintFileResult as FileResult } from '../lint/run.js';

const FORMAT = 'nianbao-cache/1';

interface Entry {
  content: string;
  settings: string;
  result: FileResult;
}

export function hashText(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

export class LintCache {
  private entries = new Map<string, Entry>();
  private dirty = false;

  private constructor(
    readonly location: string,
    private readonly version: string,
  ) {}

  /** Load the cache; anything unreadable or of another version starts empty. */
  static async load(location: string, version: string): Promise<LintCache> {
    const cache = new LintCache(resolve(location), version);
    try {
      const parsed = JSON.parse(await readFile(cache.location, 'utf8')) as {
        format?: string;
        version?: string;
        entries?: Record<string, Entry>;
      };
      if (
        parsed?.format === FORMAT &&
        parsed.version === version &&
        parsed.entries &&
        typeof parsed.entries === 'object'
      ) {
        for (const [file, entry] of Object.entries(parsed.entries)) {
          if (
            entry &&
            typeof entry.content === 'string' &&
            typeof entry.settings === 'string' &&
            entry.result
          )
            cache.entries.set(file, entry);
        }
      }
    } catch {
      // Missing, unreadable or corrupt: start afresh.
    }
    return cache;
  }

  get(file: string, contentHash: string, settingsHash: string): FileResult | undefined {
    const entry = this.entries.get(resolve(file));
    return entry && entry.content === contentHash && entry.settings === settingsHash
      ? entry.result
      : undefined;
  }

  set(file: string, contentHash: string, settingsHash: string, result: FileResult): void {
    this.entries.set(resolve(file), { content: contentHash, settings: settingsHash, result });
    this.dirty = true;
  }

  get size(): number {
    return this.entries.size;
  }

  async save(): Promise<void> {
    if (!this.dirty) return;
    const entries = Object.fromEntries(this.entries);
    await writeFileAtomic(
      this.location,
      JSON.stringify({ format: FORMAT, version: this.version, entries }),
    );
    this.dirty = false;
  }
}
