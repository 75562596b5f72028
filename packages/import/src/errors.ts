/** A file that cannot be imported, with a message id of `importMessages` and its data. */
import { localize, type Localized } from '@nianbao/core';
import { importMessages, type ImportMessageId } from './messages.js';

export class ImportError extends Error {
  readonly localized: Localized;

  constructor(
    readonly code: ImportMessageId,
    readonly data: Record<string, unknown> = {},
  ) {
    super(localize(importMessages[code], 'en', data));
    this.name = 'ImportError';
    this.localized = importMessages[code];
  }
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
