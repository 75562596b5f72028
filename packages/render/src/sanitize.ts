/**
 * Markdown content as HTML that is safe to publish: raw HTML in the report is parsed (so that a
 * tag split across Markdown nodes is seen whole) and then sanitised with GitHub's schema — no
 * script, no event handler, no `javascript:` URL survives.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { joinSoftBreaks } from './inline.js';

/** Soft line breaks between Chinese characters are not spaces (see `joinSoftBreaks`). */
function rehypeJoinSoftBreaks() {
  const visit = (node: HastRoot | HastContent | ElementContent) => {
    if (node.type === 'text') node.value = joinSoftBreaks(node.value);
    else if ('children' in node && !(node.type === 'element' && node.tagName === 'pre'))
      for (const child of node.children) visit(child);
  };
  return (tree: HastRoot) => visit(tree);
}

const toHast = unified()
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeJoinSoftBreaks)
  .use(rehypeSanitize, defaultSchema);

const stringifier = unified().use(rehypeStringify);

/** Sanitised HAST of Markdown content (blocks, or the inline content of one paragraph). */
export function safeHast(nodes: readonly (RootContent | PhrasingContent)[]): HastRoot {
  const root = { type: 'root', children: [...nodes] } as Root;
  return toHast.runSync(root) as HastRoot;
}

/** Sanitised HTML of Markdown blocks. */
export function safeHtml(nodes: readonly RootContent[]): string {
  return stringifier.stringify(safeHast(nodes));
}

/**
 * Sanitised HTML of inline content (a paragraph's, without the `<p>`). It is converted inside a
 * paragraph: at the root, mdast-util-to-hast would put line breaks between the inline nodes.
 */
export function safeInlineHtml(nodes: readonly PhrasingContent[]): string {
  const root = safeHast([{ type: 'paragraph', children: [...nodes] }]);
  const paragraph = root.children.find(
    (n): n is Element => n.type === 'element' && n.tagName === 'p',
  );
  const children = paragraph ? paragraph.children : root.children;
  return stringifier.stringify({ type: 'root', children } as HastRoot);
}

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'li',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'table',
  'ul',
  'ol',
]);

/** The text a reader sees in sanitised HTML: blocks on lines of their own, `<br>` as a break. */
export function hastText(root: HastRoot): string {
  let out = '';
  const visit = (node: HastRoot | HastContent | ElementContent) => {
    if (node.type === 'text') out += node.value;
    else if (node.type === 'element') {
      const element = node as Element;
      if (element.tagName === 'br') out += '\n';
      else if (element.tagName === 'img') out += String(element.properties?.alt ?? '');
      const block = BLOCK_TAGS.has(element.tagName);
      if (block && out && !out.endsWith('\n')) out += '\n';
      for (const child of element.children) visit(child);
      if (block && !out.endsWith('\n')) out += '\n';
    } else if (node.type === 'root') for (const child of node.children) visit(child);
  };
  visit(root);
  return out
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}
