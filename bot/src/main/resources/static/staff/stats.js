/* The "Statistics" screen: questions per day by channel, by language, the share answered, the top answers, the
 * top unanswered questions and 👍/👎 per answer, as charts (Apache ECharts, served by the app) each followed by
 * its table for screen readers, and the period's counts as CSV. */
import { download, get } from './api.js';
import { $, announce, clear, el, table } from './dom.js';
import { languageName, t } from './i18n.js';

const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.min.js';
let loading = null;
const charts = [];

export function init() {
  $('stats-form').addEventListener('submit', (event) => { event.preventDefault(); show(); });
  $('stats-csv').addEventListener('click', () => download(`/api/admin/stats.csv?${period()}`, 'questions.csv')
    .catch((error) => announce(t('common.error', { message: error.message }), 'error')));
}

function period() {
  const params = new URLSearchParams();
  if ($('stats-from').value) params.set('from', $('stats-from').value);
  if ($('stats-to').value) params.set('to', $('stats-to').value);
  return params.toString();
}

function echarts() {
  loading = loading || new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = ECHARTS;
    script.onload = () => resolve(window.echarts);
    script.onerror = () => reject(new Error(ECHARTS));
    document.head.appendChild(script);
  });
  return loading;
}

/** A chart with its heading, the chart itself (hidden from screen readers) and its table. */
function block(parent, title, option, headers, rows, lib) {
  const id = `chart-${charts.length}`;
  const box = el('div', { className: 'chart', id, 'aria-hidden': 'true' });
  parent.appendChild(el('figure', { className: 'stat' },
    el('figcaption', { text: title }),
    box,
    el('details', {}, el('summary', { text: t('stats.table') }), table(title, headers, rows))));
  const chart = lib.init(box, null, { renderer: 'canvas' });
  // Tooltips drawn in the canvas (richText): HTML tooltips would need inline styles, which the CSP forbids.
  chart.setOption({ animation: false, aria: { enabled: false }, ...option,
    tooltip: { trigger: 'axis', renderMode: 'richText', ...(option.tooltip || {}) } });
  charts.push(chart);
}

export async function show() {
  const [{ body }, lib] = await Promise.all([get(`/api/admin/stats?${period()}`), echarts()]);
  const stats = body.stats;
  charts.splice(0).forEach((c) => c.dispose());
  if (!$('stats-from').value) $('stats-from').value = stats.from;
  if (!$('stats-to').value) $('stats-to').value = stats.to;
  const box = clear($('stats'));
  box.appendChild(el('p', { className: 'stat-summary', text: t('stats.summary',
    { questions: stats.questions, share: Math.round(stats.answeredShare * 100) }) }));
  const days = stats.days.map((d) => d.day);
  const channels = [...new Set(stats.days.flatMap((d) => Object.keys(d.channels)))];
  block(box, t('stats.perDay'), {
    legend: {}, xAxis: { type: 'category', data: days }, yAxis: { type: 'value', minInterval: 1 },
    series: channels.map((c) => ({ name: c, type: 'bar', stack: 'q', data: stats.days.map((d) => d.channels[c] || 0) })),
  }, [t('stats.day'), ...channels, t('stats.answered')],
  stats.days.map((d) => [d.day, ...channels.map((c) => String(d.channels[c] || 0)), String(d.answered)]), lib);
  const languages = Object.keys(stats.languages);
  block(box, t('stats.languages'), {
    legend: {}, xAxis: { type: 'category', data: days }, yAxis: { type: 'value', minInterval: 1 },
    series: languages.map((l) => ({ name: languageName(l), type: 'bar', stack: 'l',
      data: stats.days.map((d) => d.languages[l] || 0) })),
  }, [t('stats.day'), ...languages.map(languageName)],
  stats.days.map((d) => [d.day, ...languages.map((l) => String(d.languages[l] || 0))]), lib);
  block(box, t('stats.topIntents'), {
    grid: { left: 180 }, xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: stats.topIntents.map((i) => i.intent).reverse() },
    series: [{ type: 'bar', data: stats.topIntents.map((i) => i.questions).reverse() }],
  }, [t('stats.intent'), t('stats.questions')], stats.topIntents.map((i) => [i.intent, String(i.questions)]), lib);
  block(box, t('stats.feedback'), {
    legend: {}, grid: { left: 180 }, xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: body.feedback.map((f) => f.intent) },
    series: [{ name: t('stats.helpful'), type: 'bar', stack: 'f', data: body.feedback.map((f) => f.helpful) },
      { name: t('stats.notHelpful'), type: 'bar', stack: 'f', data: body.feedback.map((f) => f.notHelpful) }],
  }, [t('stats.intent'), t('stats.helpful'), t('stats.notHelpful')], body.feedback.map((f) => [f.intent, String(f.helpful), String(f.notHelpful)]), lib);
  box.appendChild(table(t('stats.topUnanswered'), [t('try.question'), t('stats.questions')],
    body.topUnanswered.map((q) => [q.question, String(q.count)])));
}
