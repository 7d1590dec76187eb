/* The "Document" screen: one section of the document at a time — its title per language, its link and its
 * Markdown text, with a preview rendered by the server (CommonMark, HTML escaped). */
import { ApiError, get, post, put } from './api.js';
import { $, announce, busy, clear, el, fillChoices } from './dom.js';
import { languageName, problemText, t } from './i18n.js';
import { session } from './session.js';

let current = null;

export function init() {
  $('section-select').addEventListener('change', () => load($('section-select').value));
  $('section-form').addEventListener('submit', save);
}

export async function show() {
  const list = (await get('/api/admin/draft/sections')).body;
  const id = fillChoices($('section-select'), list.map((s) => [s.id, `${s.id} — ${s.title}`]), current && current.id);
  if (id) await load(id);
}

async function load(id) {
  const { body, etag } = await get(`/api/admin/draft/sections/${encodeURIComponent(id)}`);
  render({ ...body, etag: etag || body.etag });
}

function render(view) {
  current = view;
  $('section-select').value = view.id;
  const form = clear($('section-form'));
  form.hidden = false;
  Object.entries(view.titles).forEach(([lang, title]) => {
    const id = `section-title-${lang === '*' ? 'all' : lang}`;
    const input = el('input', { id, type: 'text', 'data-lang': lang, lang: lang === '*' ? null : lang });
    input.value = title;
    form.appendChild(el('div', { className: 'field' },
      el('label', { for: id, text: t('sections.title', { language: lang === '*' ? '*' : languageName(lang) }) }), input));
  });
  const url = el('input', { id: 'section-url', type: 'url' });
  url.value = view.url || '';
  const text = el('textarea', { id: 'section-markdown', rows: 16 });
  text.value = view.markdown;
  form.append(
    el('div', { className: 'field' }, el('label', { for: 'section-url', text: t('sections.url') }), url),
    el('div', { className: 'field' }, el('label', { for: 'section-markdown', text: t('sections.markdown') }), text),
    el('ul', { className: 'field-errors', id: 'section-problems' }, (view.problems || []).map((p) =>
      el('li', { className: `problem-${p.severity}`, text: problemText(p) }))),
    el('div', { className: 'actions' },
      el('button', { type: 'button', className: 'button button-secondary', text: t('sections.preview'), onclick: preview }),
      el('button', { type: 'submit', className: 'button', id: 'save-section', text: t('sections.save') })));
}

async function preview() {
  const box = $('markdown-preview');
  const { body } = await post('/api/admin/draft/markdown', { markdown: $('section-markdown').value });
  box.hidden = false;
  // The server escapes HTML written in the text and drops unsafe links: what comes back is only Markdown's own.
  box.innerHTML = body.html;
  box.focus();
}

async function save(event) {
  event.preventDefault();
  const titles = {};
  $('section-form').querySelectorAll('input[data-lang]').forEach((input) => { titles[input.dataset.lang] = input.value.trim(); });
  await busy($('section-form'), async () => {
    try {
      const { body, etag } = await put(`/api/admin/draft/sections/${encodeURIComponent(current.id)}`,
        { titles, url: $('section-url').value.trim(), markdown: $('section-markdown').value }, { ifMatch: current.etag });
      render({ ...body, etag: etag || body.etag });
      announce(t('answers.saved'), 'success');
      await session.onDraftChanged();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        render(error.body.current);
        announce(t('answers.conflict'), 'error');
      } else {
        announce(t('common.error', { message: error.message }), 'error');
      }
    }
  });
}
