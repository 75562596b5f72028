/**
 * Snippets for every official table of every edition, generated from the edition declarations
 * with `tableToMarkdown` (what `nianbao new` writes) when the extension is built — never typed by
 * hand, so a corrected label in an edition reaches the snippets with the next build.
 */
import { editions, tableToMarkdown } from '@nianbao/core';

export interface Snippet {
  prefix: string[];
  body: string[];
  description: string;
}

/** Text as a snippet body: `$`, `}` and `\` are syntax in snippets. */
export function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/gu, (c) => `\\${c}`);
}

/** VS Code's snippet file: name → snippet. */
export function tableSnippets(): Record<string, Snippet> {
  const out: Record<string, Snippet> = {};
  for (const edition of editions) {
    for (const table of edition.tables) {
      const name = `nianbao ${edition.id} ${table.name}`;
      const markdown = tableToMarkdown(table);
      out[name] = {
        prefix: [
          table.name,
          `nianbao-${edition.id}-${table.name}`,
          `nianbao-${edition.id}-${table.key}`,
        ],
        body: [...escapeSnippet(markdown).split('\n'), '$0'],
        description: `${table.caption === table.name ? table.name : `${table.name} ${table.caption}`}（${edition.name}）`,
      };
    }
  }
  return out;
}
