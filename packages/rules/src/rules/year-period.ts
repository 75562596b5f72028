/**
 * year-period: the report's year is the same everywhere — frontmatter, title, the statistics
 * period stated in prose and in the frontmatter — the 成文日期 comes after the year ended, and
 * plans in 五、 look ahead to the next year (checks.md P01, P04, P05, P14, P18).
 */
import {
  dateNumber,
  proseBlocks,
  sectionKeyOf,
  topSection,
  type ProseBlock,
  type Report,
} from '@nianbao/core';
import type { Position } from 'unist';
import { docsUrl } from '../docs-url.js';
import type { Rule, RuleContext } from '../types.js';
import { fixIn, positionIn, reportYear, statements } from '../util/prose-text.js';

const DATE = String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`;
/**
 * A statistics period: 「统计期限自2018年1月1日起，至2018年12月31日止」, 「统计期限从 2020 年 1 月 1 日至
 * 2020 年 12 月 31 日」, 「所列数据统计时间为2019年1月1日—12月31日」.
 */
const PERIOD = new RegExp(
  String.raw`(?<key>统计(?:期限|时限|期间|时间|区间|周期|范围|日期)|所列数据|数据统计|统计数据|数据(?:的)?(?:时间|期限|期间))[^。；;]{0,24}?` +
    String.raw`(?<range>${DATE}\s*(?:起)?\s*[，,]?\s*(?:至|到|—+|－|-|~|～)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日)`,
  'du',
);
/**
 * Words that always introduce the statistics period; after the others (「统计数据显示，…」) a
 * range counts only when it is a whole year.
 */
const PERIOD_KEY = /期限|时限|期间|区间|周期|所列数据/u;
/** A paragraph that is only a date, as under a signature or a title: 「2019年1月2日」「（2017年12月13日）」. */
const DATE_LINE = new RegExp(
  String.raw`^\s*[（(]?\s*(?:(\d{4})|([〇零一二三四五六七八九]{4}))\s*年\s*(\d{1,2}|[〇零一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[〇零一二三四五六七八九十]{1,3})\s*日\s*[）)]?\s*$`,
  'u',
);
/** A plan: 「2018年息陬镇将从…」, 「2019年，我局将继续…」, 「2019年计划…」. */
const PLAN = new RegExp(
  String.raw`(?:^|[，,；;：:])\s*(?:针对[^，,。]{0,12}[，,]\s*)?(\d{4})\s*年(?:度)?\s*[，,]?\s*([^，,。；;：:]{0,12}?)` +
    String.raw`(?:将(?=从|继续|进一步|着力|重点|不断|加大|加强|持续|以|围绕|按照|坚持|认真|切实|全面|积极|努力|严格|深入|大力|推进|做好|抓好|强化|完善|健全|建立|开展|聚焦|紧紧|结合|在|把|对|进行|实现|力争|确保)|计划(?=于|在|从|将|继续|进一步)|拟(?![定订稿])|打算)`,
  'u',
);

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const written = (isoDate: string) => {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** Where a frontmatter key's line is (`date: 2019-01-02`), or the frontmatter itself. */
function keyPosition(report: Report, key: string): Position | undefined {
  const fm = report.frontmatterPosition;
  if (!fm) return undefined;
  const from = fm.start.offset ?? 0;
  const to = fm.end.offset ?? report.source.length;
  const m = new RegExp(`^${key}\\s*:.*$`, 'mu').exec(report.source.slice(from, to));
  if (!m) return fm;
  const start = from + (m.index ?? 0);
  return { start: report.positionAt(start), end: report.positionAt(start + m[0].length) };
}

interface Ctx {
  report: Report;
  context: RuleContext;
  year: number;
}

function checkTitle({ report, context, year }: Ctx): void {
  const title = report.title;
  const text = (title?.text ?? report.meta?.title ?? '').replace(/\s+/gu, '');
  const position = title?.position ?? keyPosition(report, 'title');
  const rawAgency = report.rawMeta?.agency;
  const agency = report.meta?.agency ?? (typeof rawAgency === 'string' ? rawAgency : undefined);
  const canonical = `${agency ?? '{机关}'}${year}年政府信息公开工作年度报告`;
  if (!text) {
    const first = report.tree.children.find((n) => n.type !== 'yaml');
    context.report({
      messageId: 'title-missing',
      data: { canonical },
      position: first?.position,
      severity: 'error',
      check: 'P01',
    });
    return;
  }
  const years = [...text.matchAll(/(\d{4})年/gu)].map((m) => Number(m[1]));
  const other = years.find((y) => y !== year);
  if (other !== undefined) {
    context.report({
      messageId: 'title-other-year',
      data: { found: other, year },
      position,
      severity: 'error',
      check: 'P01',
    });
    return;
  }
  if (years.length === 0) {
    context.report({
      messageId: 'title-no-year',
      data: { year, canonical },
      position,
      severity: 'error',
      check: 'P01',
    });
    return;
  }
  if (new RegExp(`^.+${year}年(?:度)?政府信息公开工作年度报告$`, 'u').test(text)) return;
  const isReport = /信息公开/u.test(text) && /年度报告|年报/u.test(text);
  context.report({
    messageId: isReport ? 'title-nonstandard' : 'title-not-report',
    data: { canonical },
    position,
    severity: isReport ? 'warning' : 'error',
    check: 'P01',
  });
}

function checkPeriod(ctx: Ctx, blocks: ProseBlock[]): void {
  const { report, context, year } = ctx;
  let stated = false;
  for (const block of blocks) {
    const m = PERIOD.exec(block.text);
    if (!m?.groups || !m.indices?.groups?.range) continue;
    const [, , , y1, m1, d1, y2, m2, d2] = m;
    const start = iso(Number(y1), Number(m1), Number(d1));
    const end = iso(Number(y2 ?? y1), Number(m2), Number(d2));
    const wholeYear =
      start.endsWith('-01-01') && end.endsWith('-12-31') && end.startsWith(start.slice(0, 4));
    if (!PERIOD_KEY.test(m.groups.key) && !wholeYear) continue;
    stated = true;
    if (start === `${year}-01-01` && end === `${year}-12-31`) continue;
    const otherYear = Number(y1) !== year || Number(y2 ?? y1) !== year;
    const [from, to] = m.indices.groups.range;
    context.report({
      messageId: otherYear ? 'period-other-year' : 'period-not-year',
      data: { stated: m.groups.range, year },
      position: positionIn(report, block, from, to),
      severity: otherYear ? 'error' : 'warning',
      check: 'P04',
    });
  }
  if (!stated) {
    context.report({
      messageId: 'period-missing',
      data: { year },
      position:
        report.title?.position ?? report.tree.children.find((n) => n.type !== 'yaml')?.position,
      severity: 'warning',
      check: 'P04',
    });
  }
  const period = report.meta?.period;
  if (period && (period.start !== `${year}-01-01` || period.end !== `${year}-12-31`)) {
    const otherYear = !period.start.startsWith(`${year}-`) || !period.end.startsWith(`${year}-`);
    context.report({
      messageId: 'frontmatter-period',
      data: { start: period.start, end: period.end, year },
      position: keyPosition(report, 'period'),
      severity: otherYear ? 'error' : 'warning',
      check: 'P04',
    });
  }
}

function checkDates(ctx: Ctx, blocks: ProseBlock[]): void {
  const { report, context, year } = ctx;
  const date = report.meta?.date;
  const yearEnd = `${year}-12-31`;
  if (date && date <= yearEnd) {
    context.report({
      messageId: 'date-too-early',
      data: { date: written(date), year },
      position: keyPosition(report, 'date'),
      severity: 'error',
      check: 'P05',
    });
  }
  for (const block of blocks) {
    const m = DATE_LINE.exec(block.text);
    if (!m) continue;
    const [, arabicYear, chineseYear, month, day] = m;
    const y = dateNumber(arabicYear ?? chineseYear);
    const found = iso(y, dateNumber(month), dateNumber(day));
    if (found.includes('NaN')) continue;
    const canonical = written(found);
    const text = block.text
      .trim()
      .replace(/^[（(]|[）)]$/gu, '')
      .replace(/\s+/gu, '');
    const from = block.text.indexOf(text[0]);
    const where = positionIn(
      report,
      block,
      from,
      block.text.trimEnd().replace(/[）)]$/u, '').length,
    );
    if (found <= yearEnd && !(date && date <= yearEnd)) {
      context.report({
        messageId: 'date-too-early',
        data: { date: canonical, year },
        position: where,
        severity: 'error',
        check: 'P05',
      });
    } else if (date && found !== date) {
      context.report({
        messageId: 'date-differs',
        data: { written: canonical, date: written(date) },
        position: where,
        severity: 'warning',
        check: 'P05',
      });
    }
    if (text !== canonical) {
      const end = from + text.length;
      // Only when the written text is exactly the date (no spaces inside), so the fix is exact.
      const fix =
        block.text.slice(from, end) === text
          ? fixIn(report, block, from, end, canonical)
          : undefined;
      context.report({
        messageId: 'date-format',
        data: { written: text, canonical },
        position: where,
        severity: 'info',
        check: 'P18',
        fix,
      });
    }
  }
}

function checkPlans(ctx: Ctx, blocks: ProseBlock[]): void {
  const { report, context, year } = ctx;
  for (const block of blocks) {
    const section = block.section && topSection(block.section);
    if (!section || sectionKeyOf(context.edition, section) !== 'problems') continue;
    for (const span of statements(block)) {
      const m = PLAN.exec(span.text);
      if (!m || Number(m[1]) !== year) continue;
      // 「2018年已将…」「2018年将…纳入了…」 report what was done.
      const clauseEnd = span.text.slice(m.index + m[0].length).search(/[，,。；;]/u);
      const clause = span.text.slice(
        m.index,
        clauseEnd < 0 ? undefined : m.index + m[0].length + clauseEnd,
      );
      if (/已|了|完成|取得/u.test(clause)) continue;
      const at = m.index + m[0].indexOf(m[1]);
      context.report({
        messageId: 'plan-year',
        data: { year, next: year + 1 },
        position: positionIn(report, span, at, at + m[1].length + 1),
        severity: 'warning',
        check: 'P14',
      });
    }
  }
}

export const yearPeriod: Rule = {
  meta: {
    id: 'year-period',
    docs: {
      description: {
        zh: '报告年度在文件头、标题、统计期限和成文日期中一致',
        en: 'The report year agrees across frontmatter, title, statistics period and 成文日期',
      },
      url: docsUrl('year-period'),
      recommended: 'on',
      checks: ['P01', 'P04', 'P05', 'P14', 'P18'],
    },
    fixable: 'code',
    messages: {
      'title-missing': {
        zh: '缺少标题：请在正文开头写一级标题，如“# {{canonical}}”',
        en: 'The report has no title: start it with a level-1 heading such as “# {{canonical}}”',
      },
      'title-other-year': {
        zh: '标题中的年份 {{found}} 与报告年度 {{year}} 不一致',
        en: 'The title says {{found}}, but the report year is {{year}}',
      },
      'title-no-year': {
        zh: '标题未写明报告年度 {{year}}：应为“{{canonical}}”',
        en: 'The title does not name the report year {{year}}: it should read “{{canonical}}”',
      },
      'title-nonstandard': {
        zh: '标题不规范：应为“{{canonical}}”',
        en: 'Non-standard title: it should read “{{canonical}}”',
      },
      'title-not-report': {
        zh: '标题未表明这是政府信息公开工作年度报告：应为“{{canonical}}”',
        en: 'The title does not say this is a 政府信息公开工作年度报告: it should read “{{canonical}}”',
      },
      'period-missing': {
        zh: '未写明统计期限：请写明“本报告中所列数据的统计期限自{{year}}年1月1日起至{{year}}年12月31日止”',
        en: 'No statistics period is stated: add “本报告中所列数据的统计期限自{{year}}年1月1日起至{{year}}年12月31日止”',
      },
      'period-other-year': {
        zh: '统计期限“{{stated}}”不是报告年度 {{year}} 年',
        en: 'The statistics period “{{stated}}” is not the report year {{year}}',
      },
      'period-not-year': {
        zh: '统计期限“{{stated}}”不是 {{year}} 年1月1日至12月31日的完整年度',
        en: 'The statistics period “{{stated}}” is not the whole year {{year}} (1 January to 31 December)',
      },
      'frontmatter-period': {
        zh: '文件头 period（{{start}} 至 {{end}}）应为 {{year}}-01-01 至 {{year}}-12-31',
        en: 'The frontmatter period ({{start}} to {{end}}) should be {{year}}-01-01 to {{year}}-12-31',
      },
      'date-too-early': {
        zh: '成文日期 {{date}} 早于统计年度 {{year}} 年结束：年度报告应在次年成文',
        en: 'The 成文日期 {{date}} comes before the end of the report year {{year}}: a report is dated in the following year',
      },
      'date-differs': {
        zh: '正文所写日期 {{written}} 与文件头成文日期 {{date}} 不一致',
        en: 'The date written in the text, {{written}}, differs from the frontmatter date {{date}}',
      },
      'date-format': {
        zh: '成文日期“{{written}}”应写作“{{canonical}}”（阿拉伯数字，年份写全，月、日不编虚位，GB/T 9704—2012 第7.3.5.4条）',
        en: 'Write the date “{{written}}” as “{{canonical}}” (Arabic numerals, full year, no zero padding; GB/T 9704-2012 7.3.5.4)',
      },
      'plan-year': {
        zh: '改进计划写的是本年度 {{year}} 年：下一步工作应指向 {{next}} 年（或不写年份）',
        en: 'A plan is dated in the report year {{year}}: next steps belong to {{next}} (or carry no year)',
      },
    },
  },
  check(report, context) {
    const year = reportYear(report);
    if (year === undefined) return;
    const ctx: Ctx = { report, context, year };
    const blocks = proseBlocks(report);
    checkTitle(ctx);
    checkPeriod(ctx, blocks);
    checkDates(ctx, blocks);
    checkPlans(ctx, blocks);
  },
};
