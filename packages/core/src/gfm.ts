/**
 * GFM without autolink literals. Chinese reports write `（www.a.cn）`; the autolink-literal
 * extension swallows the full-width bracket into the URL and yields nodes without positions
 * (mdast-util-gfm-autolink-literal issue 19). Reports need tables, not bare-URL links, so the
 * extension is left out.
 */
import type { Processor } from 'unified';
import {
  gfmStrikethroughFromMarkdown,
  gfmStrikethroughToMarkdown,
} from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown, gfmTableToMarkdown } from 'mdast-util-gfm-table';
import {
  gfmTaskListItemFromMarkdown,
  gfmTaskListItemToMarkdown,
} from 'mdast-util-gfm-task-list-item';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';

export function remarkGfmTables(this: Processor): void {
  const data = this.data() as Record<string, unknown[]>;
  const add = (field: string, value: unknown) => {
    (data[field] ??= []).push(value);
  };
  add('micromarkExtensions', gfmTable());
  add('micromarkExtensions', gfmStrikethrough());
  add('micromarkExtensions', gfmTaskListItem());
  add('fromMarkdownExtensions', gfmTableFromMarkdown());
  add('fromMarkdownExtensions', gfmStrikethroughFromMarkdown());
  add('fromMarkdownExtensions', gfmTaskListItemFromMarkdown());
  add('toMarkdownExtensions', gfmTableToMarkdown());
  add('toMarkdownExtensions', gfmStrikethroughToMarkdown());
  add('toMarkdownExtensions', gfmTaskListItemToMarkdown());
}
