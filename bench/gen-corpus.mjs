#!/usr/bin/env node
// Makes N varied reports for the batch benchmarks: node bench/gen-corpus.mjs N [DIR]
// Starts from the examples (examples/*.md, examples/imported/*.md) and `nianbao new` skeletons,
// varies agency, year, prose length and 表二 figures, and injects one error into four reports in
// ten (a broken 表三 total, a misspelled label, half-width punctuation, a wrong period year).
// Deterministic: the same N gives the same corpus.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { scaffoldReport } from '../packages/core/dist/index.js';

const root = new URL('..', import.meta.url).pathname;
const count = Number(process.argv[2] ?? 1000);
const dir = process.argv[3] ?? join(root, 'bench/corpus', String(count));

let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = (list) => list[Math.floor(random() * list.length)];

const templates = [];
for (const sub of ['examples', 'examples/imported']) {
  const d = join(root, sub);
  if (!existsSync(d)) continue;
  for (const f of readdirSync(d))
    if (f.endsWith('.md')) templates.push(readFileSync(join(d, f), 'utf8'));
}
for (const [edition, year] of [
  ['2021', 2023],
  ['2019', 2020],
])
  templates.push(scaffoldReport({ edition, year, agency: '某某镇人民政府' }));

const places = [
  '城关',
  '东山',
  '西河',
  '南湖',
  '北岭',
  '青石',
  '白沙',
  '红旗',
  '新华',
  '永安',
  '长乐',
  '太平',
  '金桥',
  '龙泉',
  '凤鸣',
];
const kinds = [
  '镇人民政府',
  '街道办事处',
  '乡人民政府',
  '县教育局',
  '县自然资源局',
  '县卫生健康局',
];

function vary(text, i) {
  const agency = `${pick(places)}${pick(places)}${pick(kinds)}`.replace(/^(.)(\1)/u, '$1');
  const oldAgency = /^agency:\s*(.+)$/mu.exec(text)?.[1]?.trim();
  const year = Number(/^year:\s*(\d{4})/mu.exec(text)?.[1] ?? 2023);
  const edition = /^edition:\s*"?([\w]+)"?/mu.exec(text)?.[1];
  const range =
    edition === '2021' ? [2021, 2025] : edition === '2019' ? [2019, 2020] : [year, year];
  const newYear = range[0] + Math.floor(random() * (range[1] - range[0] + 1));
  let out = text;
  if (oldAgency) out = out.split(oldAgency).join(agency);
  out = out
    .split(`${year}年`)
    .join(`${newYear}年`)
    .split(`${year + 1}年`)
    .join(`${newYear + 1}年`);
  out = out
    .replace(/^year:\s*\d{4}/mu, `year: ${newYear}`)
    .replace(/^date:\s*\d{4}/mu, `date: ${newYear + 1}`);
  out = out
    .replace(/^(\s+start:\s*)\d{4}/mu, `$1${newYear}`)
    .replace(/^(\s+end:\s*)\d{4}/mu, `$1${newYear}`);
  // Prose length varies: repeat a paragraph of 一、 up to three times.
  const paragraphs = out.split('\n\n');
  const prose = paragraphs.findIndex(
    (p, k) => k > 5 && !p.startsWith('#') && !p.startsWith('|') && p.length > 40,
  );
  if (prose > 0)
    for (let r = Math.floor(random() * 4); r > 0; r--)
      paragraphs.splice(prose, 0, paragraphs[prose]);
  out = paragraphs.join('\n\n');
  // 表二 figures that no identity or prose ties: penalties and coercion decisions.
  out = out.replace(
    /^\| (行政处罚|行政强制) \| \d+ \|$/gmu,
    (_, label) => `| ${label} | ${Math.floor(random() * 300)} |`,
  );
  if (i % 10 === 3)
    out = out.replace(/^(\| （七）总计 \| )(\d+)/mu, (_, a, n) => `${a}${Number(n) + 1}`);
  if (i % 10 === 5) out = out.replace('第二十条第（一）项', '第二十条第（一）顼');
  if (i % 10 === 7) out = out.replace(/，/u, ',');
  if (i % 10 === 9)
    out = out.replace(/统计期限自(\d{4})年/u, (_, y) => `统计期限自${Number(y) - 1}年`);
  return out;
}

rmSync(dir, { recursive: true, force: true });
const perDir = 500;
for (let i = 0; i < count; i++) {
  const sub = join(dir, String(Math.floor(i / perDir)).padStart(3, '0'));
  if (i % perDir === 0) mkdirSync(sub, { recursive: true });
  writeFileSync(
    join(sub, `report-${String(i).padStart(6, '0')}.md`),
    vary(templates[i % templates.length], i),
  );
}
console.log(`${count} reports from ${templates.length} templates in ${dir}`);
