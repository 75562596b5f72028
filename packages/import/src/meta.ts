/**
 * The frontmatter as the text states it: agency, year, 成文日期, statistics period, contact
 * details of the preamble. Nothing is invented: what the text does not say stays out, so that
 * the linter reports what the original lacks.
 */
import type { ReportMeta } from '@nianbao/core';
import type { ImportMessageId } from './messages.js';
import { cleanLabel } from './source.js';
import { isAgencyLine, readDate, type BodyItem, type Structure } from './structure.js';

export type YearSource = 'title' | 'period' | 'text' | 'date';

export interface ImportedMeta {
  agency?: string;
  year?: number;
  yearSource?: YearSource;
  date?: string;
  period?: { start: string; end: string };
  contact?: NonNullable<ReportMeta['contact']>;
  title?: string;
}

export const yearSourceMessage: Record<YearSource, ImportMessageId> = {
  title: 'year-from-title',
  period: 'year-from-period',
  text: 'year-from-text',
  date: 'year-from-date',
};

const DATE_PART = String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`;
const PERIOD_RE = new RegExp(
  String.raw`统计[^。；]{0,20}?${DATE_PART}\s*(?:起)?\s*[，,]?\s*(?:至|到|—|–|-|～|~)\s*${DATE_PART}`,
  'u',
);

/** The statistics period a text states (`统计期限自2018年1月1日起，至2018年12月31日止`). */
export function readPeriod(text: string): { start: string; end: string } | undefined {
  const m = PERIOD_RE.exec(text);
  if (!m) return undefined;
  const start = readDate(`${m[1]}年${m[2]}月${m[3]}日`);
  const end = readDate(`${m[4]}年${m[5]}月${m[6]}日`);
  return start && end ? { start, end } : undefined;
}

function firstMatch(text: string, re: RegExp): string | undefined {
  const value = re.exec(text)?.[1]?.trim();
  return value ? value : undefined;
}

/** Contact details as a preamble writes them: 地址：…，邮编：…，电话：…，邮箱：… */
export function readContact(text: string): ImportedMeta['contact'] {
  const contact: NonNullable<ImportedMeta['contact']> = {};
  const office =
    firstMatch(text, /请与([^，,。；;（(]{2,30}?)联系/u) ??
    firstMatch(text, /请联系([^，,。；;（(]{2,30})[，,。；;（(]/u);
  const address = firstMatch(text, /地址[：:]\s*([^，,；;。）)\n]+)/u);
  const postcode = firstMatch(text, /(?:邮编|邮政编码)[：:]\s*(\d{6})/u);
  const phone = firstMatch(
    text,
    /(?:联系电话|电话|咨询电话)[：:]\s*([0-9（）()\-—－\s]{5,}[0-9])/u,
  );
  const email = firstMatch(text, /([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/u);
  const website =
    firstMatch(text, /网址[：:]\s*([^\s，,；;。）)]+)/u) ??
    firstMatch(text, /((?:https?:\/\/|www\.)[\w\-./%?=&#]+[\w/])/u);
  if (office) contact.office = office;
  if (address) contact.address = address;
  if (postcode) contact.postcode = postcode;
  if (phone) contact.phone = phone;
  if (email) contact.email = email;
  if (website) contact.website = website;
  return Object.keys(contact).length ? contact : undefined;
}

const AGENCY_IN_TITLE = /^(.+?)(?:\d{4})\s*年/u;

/** Read the frontmatter values from the structure. */
export function readMeta(structure: Structure, fullText: string): ImportedMeta {
  const meta: ImportedMeta = {};
  const title = structure.title?.text;
  if (title) meta.title = title;
  const preamble = preambleText(structure.body);

  // Agency: the signature; else a line printed above the title; else the title's first words,
  // completed with 人民政府 where the text itself says so.
  const above = structure.beforeTitle.map((p) => cleanLabel(p.text)).find(isAgencyLine);
  const fromTitle = title ? AGENCY_IN_TITLE.exec(title)?.[1] : undefined;
  let agency = structure.signature.agency?.text ?? above ?? fromTitle;
  if (agency && agency === fromTitle && !/(人民政府|政府|办公室|局|委员会|办事处)$/u.test(agency)) {
    const fuller = new RegExp(`${escapeRegExp(agency)}人民政府`, 'u');
    if (fuller.test(fullText.replace(/\s+/gu, ''))) agency = `${agency}人民政府`;
  }
  if (agency) meta.agency = agency;

  meta.date = structure.signature.date?.iso ?? structure.titleDate?.iso;
  if (!meta.date) delete meta.date;

  const period = readPeriod(preamble) ?? readPeriod(fullText);
  if (period) meta.period = period;

  const titleYear = title ? /(\d{4})\s*年/u.exec(title)?.[1] : undefined;
  if (titleYear) {
    meta.year = Number(titleYear);
    meta.yearSource = 'title';
  } else if (period) {
    meta.year = Number(period.start.slice(0, 4));
    meta.yearSource = 'period';
  } else {
    const year = mostNamedYear(fullText);
    if (year) {
      meta.year = year;
      meta.yearSource = 'text';
    } else if (meta.date) {
      meta.year = Number(meta.date.slice(0, 4)) - 1;
      meta.yearSource = 'date';
    }
  }

  const contact = readContact(preamble);
  if (contact) meta.contact = contact;
  return meta;
}

/**
 * The text between the title and the first numbered heading (an unnumbered `引言` before it
 * belongs to the preamble).
 */
export function preambleText(body: BodyItem[]): string {
  const out: string[] = [];
  for (const item of body) {
    if (item.kind === 'table' || (item.kind === 'heading' && item.numbering.style !== 'none'))
      break;
    if (item.kind === 'paragraph') out.push(item.text);
  }
  return out.join('\n');
}

/** The year a text names most often (`2019年`), dates of days left out (they are 成文日期). */
function mostNamedYear(text: string): number | undefined {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/(\d{4})\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/gu)) {
    const year = Number(m[1]);
    if (year >= 2000 && year <= 2100) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [year, count] of counts) if (!best || count > counts.get(best)!) best = year;
  return best;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
