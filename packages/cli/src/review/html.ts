/**
 * The reviewer's page: one standalone HTML file (no network) listing every report with its
 * problems — sortable and filterable by rule and severity —, charts of problems by rule and by
 * agency drawn as SVG at build time, and the 汇总 with a CSV download.
 */
import type { Locale } from '@nianbao/core';
import { toCsv } from '@nianbao/core';
import type { LintFileResult as FileResult } from '../lint/run.js';
import { shownPath } from '../lint/stylish.js';
import { SUMMARY_CSV_HEADER, summaryCsvRows, type SummaryGroup } from './summary.js';

const text = {
  title: { zh: '政府信息公开工作年度报告审阅汇总', en: 'Annual report review' },
  generated: { zh: '生成时间', en: 'Generated' },
  reports: { zh: '份年报', en: 'reports' },
  errors: { zh: '错误', en: 'errors' },
  warnings: { zh: '警告', en: 'warnings' },
  infos: { zh: '提示', en: 'info' },
  byRule: { zh: '各规则发现的问题', en: 'Problems by rule' },
  byAgency: { zh: '各机关的问题（前 20）', en: 'Problems by agency (top 20)' },
  list: { zh: '年报与问题', en: 'Reports and their problems' },
  file: { zh: '文件', en: 'File' },
  source: { zh: '来源', en: 'Source' },
  agency: { zh: '机关', en: 'Agency' },
  year: { zh: '年度', en: 'Year' },
  edition: { zh: '版本', en: 'Edition' },
  rule: { zh: '规则', en: 'Rule' },
  problems: { zh: '问题', en: 'Problems' },
  severity: { zh: '级别', en: 'Severity' },
  all: { zh: '全部', en: 'all' },
  search: { zh: '搜索机关或文件', en: 'Search agency or file' },
  summary: { zh: '汇总（官方表格合计）', en: 'Summary (official tables summed)' },
  summaryOf: {
    zh: '{{edition}} 版 {{year}} 年度，{{n}} 份年报',
    en: 'Edition {{edition}}, year {{year}}, {{n}} reports',
  },
  downloadCsv: { zh: '下载汇总 CSV', en: 'Download the summary as CSV' },
  none: { zh: '无问题', en: 'no problems' },
  sum: { zh: '合计', en: 'Sum' },
  withValue: { zh: '填报份数', en: 'Reports with a value' },
  cell: { zh: '单元格', en: 'Cell' },
} as const;

type Key = keyof typeof text;

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(
    /[&<>"']/gu,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

function barChart(
  title: string,
  bars: { label: string; errors: number; warnings: number }[],
  locale: Locale,
): string {
  const tr = (k: Key) => text[k][locale];
  const rowHeight = 22;
  const labelWidth = 220;
  const chartWidth = 420;
  const max = Math.max(1, ...bars.map((b) => b.errors + b.warnings));
  const height = bars.length * rowHeight + 30;
  const rows = bars
    .map((b, i) => {
      const y = i * rowHeight + 24;
      const we = (b.errors / max) * chartWidth;
      const ww = (b.warnings / max) * chartWidth;
      return `<g><text x="${labelWidth - 6}" y="${y + 14}" text-anchor="end">${escapeHtml(b.label)}</text><rect x="${labelWidth}" y="${y + 3}" width="${we.toFixed(1)}" height="15" class="e"><title>${escapeHtml(`${b.label}: ${b.errors} ${tr('errors')}`)}</title></rect><rect x="${(labelWidth + we).toFixed(1)}" y="${y + 3}" width="${ww.toFixed(1)}" height="15" class="w"><title>${escapeHtml(`${b.label}: ${b.warnings} ${tr('warnings')}`)}</title></rect><text x="${(labelWidth + we + ww + 4).toFixed(1)}" y="${y + 14}">${b.errors + b.warnings}</text></g>`;
    })
    .join('');
  return `<figure><figcaption>${escapeHtml(title)}</figcaption><svg role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${labelWidth + chartWidth + 60} ${height}" width="100%"><g class="legend"><rect x="${labelWidth}" y="2" width="12" height="12" class="e"/><text x="${labelWidth + 16}" y="12">${tr('errors')}</text><rect x="${labelWidth + 80}" y="2" width="12" height="12" class="w"/><text x="${labelWidth + 96}" y="12">${tr('warnings')}</text></g>${rows}</svg></figure>`;
}

function summaryTables(groups: SummaryGroup[], locale: Locale): string {
  const tr = (k: Key) => text[k][locale];
  return groups
    .map((g) => {
      const byTable = new Map<string, typeof g.cells>();
      for (const c of g.cells) {
        const key = `${c.tableName}\u0000${c.caption ?? ''}`;
        if (!byTable.has(key)) byTable.set(key, []);
        byTable.get(key)!.push(c);
      }
      const tables = [...byTable.entries()]
        .map(([key, cells]) => {
          const [name, caption] = key.split('\u0000');
          const columns = [...new Map(cells.map((c) => [c.column.join(' > '), c.column])).keys()];
          const rows = new Map<string, Map<string, (typeof cells)[number]>>();
          for (const c of cells) {
            const rk = c.rowPath.join(' / ');
            if (!rows.has(rk)) rows.set(rk, new Map());
            rows.get(rk)!.set(c.column.join(' > '), c);
          }
          const head = `<tr><th scope="col">${escapeHtml(caption || name)}</th>${columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr>`;
          const body = [...rows.entries()]
            .map(
              ([rk, cols]) =>
                `<tr><th scope="row">${escapeHtml(rk.split(' / ').at(-1) || '')}</th>${columns
                  .map((c) => {
                    const cell = cols.get(c);
                    return cell
                      ? `<td data-cell="${escapeHtml(cell.id)}" title="${escapeHtml(`${cell.id} · ${tr('withValue')} ${cell.reports}`)}">${cell.sum}</td>`
                      : '<td></td>';
                  })
                  .join('')}</tr>`,
            )
            .join('');
          return `<div class="scroll"><table class="summary"><caption>${escapeHtml(name)} ${escapeHtml(caption ?? '')}</caption><thead>${head}</thead><tbody>${body}</tbody></table></div>`;
        })
        .join('');
      const label = text.summaryOf[locale]
        .replace('{{edition}}', g.edition)
        .replace('{{year}}', String(g.year))
        .replace('{{n}}', String(g.reports));
      return `<section class="group" data-edition="${escapeHtml(g.edition)}" data-year="${g.year}"><h3>${escapeHtml(label)}</h3>${tables}</section>`;
    })
    .join('');
}

const STYLE = `
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:0;padding:1rem;color:#1a1a1a;line-height:1.5}
h1{font-size:1.5rem}h2{font-size:1.2rem;border-bottom:1px solid #ccc;margin-top:2rem}
.counts span{margin-right:1rem}.e{fill:#c62828}.w{fill:#f9a825}
svg text{font-size:12px}figure{margin:1rem 0;max-width:720px}figcaption{font-weight:bold}
.scroll{overflow-x:auto;max-width:100%}table{border-collapse:collapse;font-size:.9rem}th,td{border:1px solid #bbb;padding:.25rem .5rem;vertical-align:top}
thead th{background:#f0f0f0;cursor:pointer}td.n{text-align:right}.summary td{text-align:right}
tr.report[hidden],li[hidden]{display:none}.sev-error{color:#c62828}.sev-warning{color:#8d6e00}.sev-info{color:#555}
.filters{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0}details ul{margin:.25rem 0;padding-left:1.2rem}
@media print{.filters,button{display:none}details{display:block}details>*{display:block}}
`;

const SCRIPT = `
(function(){
var rule=document.getElementById('f-rule'),sev=document.getElementById('f-sev'),q=document.getElementById('f-q');
function apply(){var r=rule.value,s=sev.value,t=q.value.trim().toLowerCase();
document.querySelectorAll('tr.report').forEach(function(tr){var shown=0;
tr.querySelectorAll('li[data-rule]').forEach(function(li){var ok=(!r||li.dataset.rule===r)&&(!s||li.dataset.sev===s);li.hidden=!ok;if(ok)shown++;});
var text=(tr.dataset.agency+' '+tr.dataset.file).toLowerCase();
var any=!r&&!s;tr.hidden=!((any||shown>0)&&(!t||text.indexOf(t)>=0));});}
[rule,sev].forEach(function(e){e.addEventListener('change',apply)});q.addEventListener('input',apply);
document.querySelectorAll('table.reports thead th').forEach(function(th,i){th.addEventListener('click',function(){
var tb=th.closest('table').tBodies[0],rows=[].slice.call(tb.rows),num=th.dataset.type==='n',dir=th.dataset.dir==='asc'?-1:1;th.dataset.dir=dir>0?'asc':'desc';
rows.sort(function(a,b){var x=a.cells[i].dataset.v||a.cells[i].textContent,y=b.cells[i].dataset.v||b.cells[i].textContent;return dir*(num?(Number(x)-Number(y)):x.localeCompare(y,'zh'));});
rows.forEach(function(r){tb.appendChild(r)});});});
})();`;

export interface ReviewPageInput {
  results: FileResult[];
  /** Paths are shown relative to this directory. */
  cwd: string;
  summary: SummaryGroup[];
  locale: Locale;
  generatedAt: Date;
}

export function reviewPage({
  results,
  summary,
  locale,
  generatedAt,
  cwd,
}: ReviewPageInput): string {
  const tr = (k: Key) => text[k][locale];
  const ruleCounts = new Map<string, { errors: number; warnings: number }>();
  const agencyCounts = new Map<string, { errors: number; warnings: number }>();
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    infos += r.infoCount;
    const agency = r.agency ?? shownPath(r.filePath, cwd);
    const a = agencyCounts.get(agency) ?? { errors: 0, warnings: 0 };
    a.errors += r.errorCount;
    a.warnings += r.warningCount;
    agencyCounts.set(agency, a);
    for (const d of r.diagnostics) {
      const c = ruleCounts.get(d.ruleId) ?? { errors: 0, warnings: 0 };
      if (d.severity === 'error') c.errors++;
      else if (d.severity === 'warning') c.warnings++;
      ruleCounts.set(d.ruleId, c);
    }
  }
  const sortBars = (m: Map<string, { errors: number; warnings: number }>) =>
    [...m.entries()]
      .map(([label, c]) => ({ label, ...c }))
      .sort(
        (a, b) => b.errors + b.warnings - (a.errors + a.warnings) || a.label.localeCompare(b.label),
      );
  const rules = [...ruleCounts.keys()].sort();
  const rows = results
    .map((r) => {
      const problems = r.diagnostics.length
        ? `<details><summary>${r.diagnostics.length}</summary><ul>${r.diagnostics
            .map(
              (d) =>
                `<li data-rule="${escapeHtml(d.ruleId)}" data-sev="${d.severity}" class="sev-${d.severity}">${d.line}:${d.column} ${escapeHtml(text[d.severity === 'error' ? 'errors' : d.severity === 'warning' ? 'warnings' : 'infos'][locale])} ${escapeHtml(d.message)} <code>${escapeHtml(d.ruleId)}</code></li>`,
            )
            .join('')}</ul></details>`
        : tr('none');
      const file = shownPath(r.filePath, cwd);
      return `<tr class="report" data-agency="${escapeHtml(r.agency ?? '')}" data-file="${escapeHtml(file)}"><td>${escapeHtml(file)}</td><td>${r.kind}</td><td>${escapeHtml(r.agency ?? '')}</td><td class="n">${r.year ?? ''}</td><td>${escapeHtml(r.edition ?? '')}</td><td class="n" data-v="${r.errorCount}">${r.errorCount}</td><td class="n" data-v="${r.warningCount}">${r.warningCount}</td><td>${problems}</td></tr>`;
    })
    .join('\n');
  const csv = toCsv([SUMMARY_CSV_HEADER, ...summaryCsvRows(summary)]);
  const csvHref = `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
  return `<!doctype html>
<html lang="${locale === 'zh' ? 'zh-CN' : 'en'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${tr('title')}</title><style>${STYLE}</style></head>
<body>
<header><h1>${tr('title')}</h1><p class="counts"><span>${results.length} ${tr('reports')}</span><span class="sev-error">${errors} ${tr('errors')}</span><span class="sev-warning">${warnings} ${tr('warnings')}</span><span>${infos} ${tr('infos')}</span><span>${tr('generated')}: ${escapeHtml(generatedAt.toISOString().slice(0, 16).replace('T', ' '))}</span></p></header>
<main>
<section id="charts">${barChart(tr('byRule'), sortBars(ruleCounts), locale)}${barChart(tr('byAgency'), sortBars(agencyCounts).slice(0, 20), locale)}</section>
<section id="reports"><h2>${tr('list')}</h2>
<div class="filters"><label>${tr('rule')} <select id="f-rule"><option value="">${tr('all')}</option>${rules.map((r) => `<option>${escapeHtml(r)}</option>`).join('')}</select></label>
<label>${tr('severity')} <select id="f-sev"><option value="">${tr('all')}</option><option value="error">${tr('errors')}</option><option value="warning">${tr('warnings')}</option><option value="info">${tr('infos')}</option></select></label>
<label><input id="f-q" type="search" placeholder="${tr('search')}"></label></div>
<div class="scroll"><table class="reports"><thead><tr><th scope="col">${tr('file')}</th><th scope="col">${tr('source')}</th><th scope="col">${tr('agency')}</th><th scope="col" data-type="n">${tr('year')}</th><th scope="col">${tr('edition')}</th><th scope="col" data-type="n">${tr('errors')}</th><th scope="col" data-type="n">${tr('warnings')}</th><th scope="col">${tr('problems')}</th></tr></thead>
<tbody>
${rows}
</tbody></table></div></section>
<section id="summary"><h2>${tr('summary')}</h2><p><a download="nianbao-summary.csv" href="${csvHref}">${tr('downloadCsv')}</a></p>${summaryTables(summary, locale)}</section>
</main>
<script>${SCRIPT}</script>
</body></html>
`;
}
