/**
 * prose-sums: a total stated in prose and its breakdown add up (checks.md P11), and a percentage
 * written next to a part is right to the precision written (P12).
 *
 * 「共公开信息646条，其中A 526条，B 120条，其中a 4条、b 14条…」 is read as a tree: a total, the
 * marker 其中/分别为, its parts, and a part that opens a breakdown of its own. Prose is
 * ambiguous: whenever the tree cannot be read with certainty the rule stays silent.
 */
import { proseBlocks, type ProseBlock, type Report } from '@nianbao/core';
import { docsUrl } from '../docs-url.js';
import type { Rule, RuleContext } from '../types.js';
import { positionIn, statements, unitNumbers, type UnitNumber } from '../util/prose-text.js';

const MARKER = /其中|分别为|分别是|分别有/gu;
/** What may stand between a number and the marker that opens its breakdown. */
const TOTAL_TO_MARKER = /^[\s，,：:]*(?:[（(][\s，,：:]*)?$/u;
/** Words that make a number something else than a part: a change, another total, a rate… */
const NOT_A_PART =
  /增长|增加|新增|减少|下降|上升|同比|环比|较上年|比上年|较去年|比去年|累计|(?<!公)共(?!享|同|建|治|产|性)|合计|总计|总数|均已|均为|全部|都|另有|另外|此外|以上|以下|超过|不足|平均|人均|每|达到|约|近/u;
/** A number that is a change, not a total (「较上年增加6件」). */
const CHANGE =
  /增长|增加|减少|下降|上升|同比|环比|较上年|比上年|较去年|比去年|较\d{4}年|多于|少于/u;
/** Channels overlap (一条信息可经多个渠道发布), so their counts need not add up to the total. */
const CHANNEL =
  /网站|网页|微信|微博|公众号|公报|公告栏|公示栏|公开栏|宣传栏|客户端|新媒体|头条|抖音|APP|App|app|报纸|报刊|电视|广播|平台|渠道|媒体|短信|热线/u;
/**
 * Actions, by family: a part naming an action that the total does not name is another fact
 * (「收到申请10件，其中网上申请6件，当面申请4件，办结9件」), not a part.
 */
const ACTIONS: [family: string, pattern: RegExp][] = [
  ['publish', /发布|公布|公开|推送|上传|更新|转载/u],
  ['handle', /办结|答复|回复|办理|处理/u],
  ['receive', /收到|接收|受理|接到|新收/u],
  ['respond', /解读|回应/u],
  ['issue', /制发|印发|出台|制定/u],
  ['repeal', /废止|清理|失效/u],
  ['meet', /参加|举办|召开/u],
  ['train', /培训/u],
  ['receive-people', /接待|接听/u],
  ['review', /审查|审核/u],
  ['archive', /归档|移交/u],
];

function actionsOf(text: string): Set<string> {
  return new Set(ACTIONS.filter(([, pattern]) => pattern.test(text)).map(([family]) => family));
}
const EXHAUSTIVE_TOTAL = /(?:共|共计|合计|总计|总数|累计|全年|全部)[^，,；;。]{0,20}$/u;
const PERCENT_GLUE =
  /^[\s，,]*(?:[（(]\s*)?(?:占(?:比|到)?(?:[^，,。；;\d%％]{0,16}?的)?(?:比例|比重)?(?:为|是|达)?)?\s*$/u;

interface Part {
  num: UnitNumber;
  /** Text between the previous part (or the marker) and the number. */
  label: string;
  percent?: UnitNumber;
  child?: Level;
}

interface Level {
  total: UnitNumber;
  /** The clause before the total (`共公开信息`). */
  totalLabel: string;
  marker: string;
  parts: Part[];
  /** Text after the last part up to the end of the level (for `等`). */
  tail: string;
  /** The rest of the statement after the level (for 「另有1件…」). */
  after: string;
  /** The level runs to the end of its statement with no closing bracket. */
  open: boolean;
  end: number;
  ambiguous: boolean;
}

/** Bracket depth before each character of a text. */
function bracketDepths(text: string): number[] {
  const depths: number[] = [];
  let depth = 0;
  for (const ch of text) {
    if (ch === '（' || ch === '(') depth++;
    depths.push(depth);
    if ((ch === '）' || ch === ')') && depth > 0) depth--;
  }
  depths.push(depth);
  return depths;
}

function closingBracket(text: string, open: number, limit: number): number {
  let depth = 0;
  for (let i = open; i < limit; i++) {
    if (text[i] === '（' || text[i] === '(') depth++;
    else if (text[i] === '）' || text[i] === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

interface Parser {
  text: string;
  numbers: UnitNumber[];
  markers: { index: number; end: number; text: string }[];
  depths: number[];
}

/** Parse the breakdown opened by `marker` after `total`, up to `limit` (exclusive). */
function parseLevel(
  p: Parser,
  total: UnitNumber,
  totalLabel: string,
  marker: { index: number; end: number; text: string },
  limit: number,
): Level {
  const gap = p.text.slice(total.end, marker.index);
  const bracket = /[（(]/u.exec(gap);
  let end = limit;
  let open = true;
  if (bracket) {
    const close = closingBracket(p.text, total.end + bracket.index, limit);
    if (close >= 0) {
      end = close;
      open = false;
    }
  } else if (!/^[\s，,]*[：:]/u.test(p.text.slice(marker.end))) {
    // Without a colon, a `；` ends the list: what follows is another statement.
    const semicolon = p.text.slice(marker.end, limit).search(/[；;]/u);
    if (semicolon >= 0) end = marker.end + semicolon;
  }
  const level: Level = {
    total,
    totalLabel,
    marker: marker.text,
    parts: [],
    tail: '',
    after: '',
    open,
    end,
    ambiguous: Boolean(bracket) && open,
  };
  const baseDepth = p.depths[marker.index];
  let cursor = marker.end;
  while (cursor < end) {
    const num = p.numbers.find((n) => n.index >= cursor && n.end <= end);
    const next = p.markers.find((m) => m.index >= cursor && m.end <= end);
    if (!num && !next) break;
    if (next && (!num || next.index < num.index)) {
      const last = level.parts.at(-1);
      if (!last || !TOTAL_TO_MARKER.test(p.text.slice(last.num.end, next.index)) || last.child) {
        level.ambiguous = true;
        cursor = next.end;
        continue;
      }
      const child = parseLevel(p, last.num, last.label, next, end);
      last.child = child;
      cursor = child.open ? end : child.end + 1;
      if (child.open) break;
      continue;
    }
    const n = num!;
    const label = p.text.slice(cursor, n.index);
    cursor = n.end;
    if (n.unit === '%') {
      const last = level.parts.at(-1);
      if (last && !last.percent && PERCENT_GLUE.test(label)) last.percent = n;
      continue;
    }
    if (n.unit !== total.unit || p.depths[n.index] > baseDepth) {
      level.ambiguous = true;
      continue;
    }
    level.parts.push({ num: n, label });
  }
  const lastPart = level.parts.at(-1);
  level.tail = p.text.slice(lastPart?.child?.open ? end : Math.min(cursor, end), end);
  level.after = p.text.slice(end, limit);
  return level;
}

function isClean(level: Level): boolean {
  if (level.ambiguous || level.total.fuzzy || level.parts.length < 2) return false;
  const totalActions = actionsOf(level.totalLabel);
  for (const part of level.parts) {
    if (part.num.fuzzy || NOT_A_PART.test(part.label)) return false;
    // A number without a unit among the parts, or another year: the list is not plain parts.
    if (/(?<!第)\d+(?![\d.]*\s*[月日号时届期])/u.test(part.label)) return false;
    for (const action of actionsOf(part.label)) if (!totalActions.has(action)) return false;
  }
  return true;
}

const sum = (parts: Part[]) => parts.reduce((s, p) => s + p.num.value, 0);
const roundSum = (n: number) => Math.round(n * 1e6) / 1e6;

/** `round(part/whole×100, d)` half-up, and the truncated value, as strings of `d` decimals. */
export function percentOf(
  part: number,
  whole: number,
  decimals: number,
): { rounded: string; truncated: string } {
  const scale = 10 ** decimals;
  if (Number.isInteger(part) && Number.isInteger(whole)) {
    // Integer arithmetic: 12/49 = 24.4897… must not become 24.49 through floating point.
    const numerator = BigInt(part) * 100n * BigInt(scale);
    const w = BigInt(whole);
    const rounded = (2n * numerator + w) / (2n * w);
    const truncated = numerator / w;
    const format = (v: bigint) => (Number(v) / scale).toFixed(decimals);
    return { rounded: format(rounded), truncated: format(truncated) };
  }
  const exact = (part / whole) * 100 * scale;
  return {
    rounded: (Math.floor(exact + 0.5 + 1e-9) / scale).toFixed(decimals),
    truncated: (Math.floor(exact + 1e-9) / scale).toFixed(decimals),
  };
}

interface Checker {
  report: Report;
  context: RuleContext;
  block: ProseBlock;
}

function describeParts(parts: Part[]): string {
  return parts.map((p) => p.num.raw).join(' + ');
}

function checkLevel(c: Checker, level: Level, wholes: number[]): void {
  const { report, context, block } = c;
  const clean = isClean(level);
  const channels = level.parts.some((p) => CHANNEL.test(p.label));
  const N = level.total.value;
  const trailing = level.parts.findIndex((p) => p.child?.open);
  const listed = trailing >= 0 ? level.parts.slice(0, trailing + 1) : level.parts;
  const total = roundSum(sum(listed));
  const where = positionIn(report, block, level.total.index, listed.at(-1)!.num.end);
  const data = {
    total: `${level.total.raw}${level.total.unit}`,
    sum: `${total}${level.total.unit}`,
    parts: describeParts(listed),
  };
  if (clean && !channels && total > N) {
    let prefix = 0;
    const restatement = listed.slice(0, -1).some((p) => (prefix += p.num.value) === N);
    if (!restatement)
      context.report({
        messageId: 'exceeds',
        data,
        position: where,
        severity: 'error',
        check: 'P11',
      });
  } else if (
    clean &&
    !channels &&
    trailing < 0 &&
    total < N &&
    !/等/u.test(level.tail) &&
    // 「…；另有1件为匿名申请」 accounts for the rest.
    !/另|此外|其余|剩余|还有/u.test(level.after) &&
    (level.marker.startsWith('分别') ||
      EXHAUSTIVE_TOTAL.test(level.totalLabel) ||
      level.parts.some((p) => /其他|其它/u.test(p.label)))
  ) {
    context.report({
      messageId: 'short',
      data,
      position: where,
      severity: 'warning',
      check: 'P11',
    });
  }
  for (const part of level.parts) {
    if (part.percent && !part.num.fuzzy && !part.percent.fuzzy && !NOT_A_PART.test(part.label))
      checkPercent(c, part, [N, ...wholes]);
    if (!part.child) continue;
    // A breakdown that runs to the end of the statement could also hold parts of this level;
    // it is read as the part's own only when this level is complete before it.
    if (part.child.open && !(clean && roundSum(sum(listed)) === N)) continue;
    checkLevel(c, part.child, [N, ...wholes]);
  }
}

function checkPercent(c: Checker, part: Part, wholes: number[]): void {
  const stated = part.percent!;
  const candidates = wholes.filter((w) => w > 0);
  if (candidates.length === 0) return;
  const results = candidates.map((w) => ({
    whole: w,
    ...percentOf(part.num.value, w, stated.decimals),
  }));
  const statedText = Number(stated.raw).toFixed(stated.decimals);
  if (results.some((r) => r.rounded === statedText)) return;
  const where = positionIn(c.report, c.block, stated.index, stated.end);
  const truncated = results.find((r) => r.truncated === statedText);
  const data = (r: (typeof results)[number]) => ({
    part: `${part.num.raw}${part.num.unit}`,
    whole: `${r.whole}${part.num.unit}`,
    stated: `${stated.raw}%`,
    expected: `${r.rounded}%`,
  });
  if (truncated) {
    c.context.report({
      messageId: 'percent-truncated',
      data: data(truncated),
      position: where,
      severity: 'warning',
      check: 'P12',
    });
  } else if (candidates.length === 1) {
    c.context.report({
      messageId: 'percent-wrong',
      data: data(results[0]),
      position: where,
      severity: 'error',
      check: 'P12',
    });
  }
}

/** Every top-level breakdown of a block, statement by statement. */
function levelsOf(block: ProseBlock): Level[] {
  const text = block.text;
  const p: Parser = {
    text,
    numbers: unitNumbers(text),
    markers: [...text.matchAll(MARKER)].map((m) => ({
      index: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      text: m[0],
    })),
    depths: bracketDepths(text),
  };
  const levels: Level[] = [];
  const spans = statements(block);
  spans.forEach((span, i) => {
    const start = span.start;
    const limit = start + span.text.length;
    let consumed = start;
    for (const marker of p.markers) {
      if (marker.index < consumed || marker.index >= limit) continue;
      let total = [...p.numbers]
        .reverse()
        .find(
          (n) =>
            n.index >= start &&
            n.end <= marker.index &&
            n.unit !== '%' &&
            TOTAL_TO_MARKER.test(text.slice(n.end, marker.index)),
        );
      let clauseStart = start;
      if (!total && i > 0 && /^\s*$/u.test(text.slice(start, marker.index))) {
        // 「…共主动公开政府信息24条。其中机构职能类信息4条…」: the total is the only number of that
        // unit in the statement before.
        const previous = spans[i - 1];
        const firstPart = p.numbers.find(
          (n) => n.index >= marker.end && n.end <= limit && n.unit !== '%',
        );
        const candidates = p.numbers.filter(
          (n) =>
            n.index >= previous.start &&
            n.end <= previous.start + previous.text.length &&
            n.unit === firstPart?.unit,
        );
        if (candidates.length === 1) {
          total = candidates[0];
          clauseStart = previous.start;
        }
      }
      if (!total) continue;
      const before = text.slice(clauseStart, total.index);
      const clause = before.slice(Math.max(before.search(/[^，,；;：:]*$/u), 0));
      // 「收到申请35件，较上年增加6件，其中…」: the 其中 is not about the change.
      if (CHANGE.test(clause)) {
        consumed = marker.end;
        continue;
      }
      const level = parseLevel(p, total, clause, marker, limit);
      levels.push(level);
      consumed = level.open ? limit : level.end + 1;
    }
  });
  return levels;
}

export const proseSums: Rule = {
  meta: {
    id: 'prose-sums',
    docs: {
      description: {
        zh: '正文中的总数与其分项相加一致，百分比按所写精度计算正确',
        en: 'A total stated in prose equals the sum of its breakdown; percentages are right to the precision written',
      },
      url: docsUrl('prose-sums'),
      recommended: 'on',
      checks: ['P11', 'P12'],
    },
    messages: {
      exceeds: {
        zh: '分项之和 {{sum}}（{{parts}}）大于总数 {{total}}：请核对各分项或总数',
        en: 'The parts add up to {{sum}} ({{parts}}), more than the total {{total}}: check the parts or the total',
      },
      short: {
        zh: '分项之和 {{sum}}（{{parts}}）小于总数 {{total}}：如只列举了部分分项，请写明“等”，否则请补全或核对',
        en: 'The parts add up to {{sum}} ({{parts}}), less than the total {{total}}: if the list is partial say 等, otherwise complete or correct it',
      },
      'percent-wrong': {
        zh: '{{part}}占{{whole}}应为 {{expected}}，文中写作 {{stated}}',
        en: '{{part}} of {{whole}} is {{expected}}, the text says {{stated}}',
      },
      'percent-truncated': {
        zh: '{{part}}占{{whole}}四舍五入应为 {{expected}}，文中 {{stated}} 是截尾所得',
        en: '{{part}} of {{whole}} rounds (half up) to {{expected}}; the text truncates it to {{stated}}',
      },
    },
  },
  check(report, context) {
    for (const block of proseBlocks(report)) {
      if (!/其中|分别/u.test(block.text)) continue;
      for (const level of levelsOf(block)) checkLevel({ report, context, block }, level, []);
    }
  },
};
