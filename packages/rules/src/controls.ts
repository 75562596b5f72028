/**
 * Inline control comments in the Markdown:
 *   <!-- nianbao-disable rule-a, rule-b -->   … <!-- nianbao-enable rule-a -->
 *   <!-- nianbao-disable-next-line rule-a -->
 * Without rule ids they apply to every rule.
 */
import type { Root, RootContent } from 'mdast';

const COMMENT = /<!--\s*nianbao-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/gu;

interface Region {
  rules: Set<string> | 'all';
  fromLine: number;
  toLine: number;
}

export interface Controls {
  isDisabled(ruleId: string, line: number): boolean;
}

function walk(node: Root | RootContent, visit: (n: RootContent) => void): void {
  if (node.type !== 'root') visit(node);
  if ('children' in node) for (const child of node.children) walk(child as RootContent, visit);
}

export function readControls(tree: Root): Controls {
  const regions: Region[] = [];
  const open = new Map<string, number>();
  const comments: { kind: string; rules: string[]; line: number; endLine: number }[] = [];
  walk(tree, (node) => {
    if (node.type !== 'html' || !node.position) return;
    for (const m of node.value.matchAll(COMMENT)) {
      const rules = m[2]
        .split(/[\s,]+/u)
        .map((s) => s.trim())
        .filter((s) => s && s !== '--');
      comments.push({
        kind: m[1],
        rules,
        line: node.position.start.line,
        endLine: node.position.end.line,
      });
    }
  });
  for (const c of comments) {
    const keys = c.rules.length ? c.rules : ['*'];
    if (c.kind === 'disable-next-line') {
      regions.push({
        rules: c.rules.length ? new Set(c.rules) : 'all',
        fromLine: c.endLine + 1,
        toLine: c.endLine + 1,
      });
    } else if (c.kind === 'disable-line') {
      regions.push({
        rules: c.rules.length ? new Set(c.rules) : 'all',
        fromLine: c.line,
        toLine: c.endLine,
      });
    } else if (c.kind === 'disable') {
      for (const k of keys) if (!open.has(k)) open.set(k, c.line);
    } else {
      for (const k of keys) {
        if (k === '*') {
          for (const [key, from] of open)
            regions.push({
              rules: key === '*' ? 'all' : new Set([key]),
              fromLine: from,
              toLine: c.line,
            });
          open.clear();
        } else if (open.has(k)) {
          regions.push({ rules: new Set([k]), fromLine: open.get(k)!, toLine: c.line });
          open.delete(k);
        }
      }
    }
  }
  for (const [key, from] of open)
    regions.push({ rules: key === '*' ? 'all' : new Set([key]), fromLine: from, toLine: Infinity });
  return {
    isDisabled(ruleId, line) {
      return regions.some(
        (r) => line >= r.fromLine && line <= r.toLine && (r.rules === 'all' || r.rules.has(ruleId)),
      );
    },
  };
}
