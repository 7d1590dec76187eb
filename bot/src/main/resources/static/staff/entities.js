/* The "Data" screen: one entity family at a time (days, stakeholder groups, people…); each value's name per
 * language, the words people name it with, its figures and dates and its other texts, saved with the etag read. */
import { ApiError, get, put } from './api.js';
import { $, announce, busy, clear, el, fillChoices } from './dom.js';
import { languageName, problemText, t } from './i18n.js';
import { session } from './session.js';

let current = null;

export function init() {
  $('family-select').addEventListener('change', () => load($('family-select').value));
  $('family-form').addEventListener('submit', save);
}

export async function show() {
  const list = (await get('/api/admin/draft/entities')).body;
  const name = fillChoices($('family-select'), list.map((f) => [f.family, `${f.family} (${f.values})`]),
    current && current.family);
  if (name) await load(name);
}

async function load(name) {
  const { body, etag } = await get(`/api/admin/draft/entities/${encodeURIComponent(name)}`);
  render({ ...body, etag: etag || body.etag });
}

const safe = (text) => String(text).replace(/[^a-z0-9_-]/gi, '-');

function input(id, label, value, attributes, multiline) {
  const field = multiline ? el('textarea', { id, rows: 2, ...attributes }) : el('input', { id, type: 'text', ...attributes });
  field.value = value;
  return el('div', { className: 'field' }, el('label', { for: id, text: label }), field);
}

function render(view) {
  current = view;
  $('family-select').value = view.family;
  const form = clear($('family-form'));
  form.hidden = false;
  if (view.problems && view.problems.length) {
    form.appendChild(el('ul', { className: 'field-errors' }, view.problems.map((p) =>
      el('li', { className: `problem-${p.severity}`, text: problemText(p) }))));
  }
  view.values.forEach((value) => {
    const base = `value-${safe(value.id)}`;
    const title = value.label[session.options ? session.options.languages[0] : 'es'] || Object.values(value.label)[0] || value.id;
    const box = el('fieldset', { className: 'language-block', 'data-value': value.id }, el('legend', { text: `${value.id} — ${title}` }));
    Object.entries(value.label).forEach(([lang, text]) => box.appendChild(input(`${base}-label-${safe(lang)}`,
      t('entities.label', { language: lang === '*' ? '*' : languageName(lang) }), text, { 'data-kind': 'label', 'data-lang': lang })));
    Object.entries(value.names).forEach(([lang, names]) => box.appendChild(input(`${base}-names-${safe(lang)}`,
      t('entities.names', { language: languageName(lang) }), names.join('\n'), { 'data-kind': 'names', 'data-lang': lang }, true)));
    Object.entries(value.values).forEach(([key, v]) => box.appendChild(input(`${base}-value-${safe(key)}`,
      t('entities.value', { key }), String(v), { 'data-kind': 'value', 'data-key': key,
        'data-number': typeof v === 'number' ? 'true' : null, inputmode: typeof v === 'number' ? 'decimal' : null })));
    Object.entries(value.texts).forEach(([key, byLanguage]) => Object.entries(byLanguage).forEach(([lang, text]) =>
      box.appendChild(input(`${base}-text-${safe(key)}-${safe(lang)}`, t('entities.text', { key, language: languageName(lang) }),
        text, { 'data-kind': 'text', 'data-key': key, 'data-lang': lang }, true))));
    form.appendChild(box);
  });
  form.appendChild(el('button', { type: 'submit', className: 'button', id: 'save-family', text: t('entities.save') }));
}

function formValues() {
  return Array.from($('family-form').querySelectorAll('fieldset[data-value]')).map((box) => {
    const value = { id: box.dataset.value, label: {}, names: {}, values: {}, texts: {} };
    box.querySelectorAll('[data-kind]').forEach((field) => {
      const { kind, lang, key } = field.dataset;
      if (kind === 'label') value.label[lang] = field.value.trim();
      else if (kind === 'names') value.names[lang] = field.value.split('\n').map((n) => n.trim()).filter(Boolean);
      else if (kind === 'value') value.values[key] = field.dataset.number && field.value.trim() !== '' && !isNaN(Number(field.value))
        ? Number(field.value) : field.value.trim();
      else if (kind === 'text') (value.texts[key] = value.texts[key] || {})[lang] = field.value.trim();
    });
    return value;
  });
}

async function save(event) {
  event.preventDefault();
  await busy($('family-form'), async () => {
    try {
      const { body, etag } = await put(`/api/admin/draft/entities/${encodeURIComponent(current.family)}`,
        { values: formValues() }, { ifMatch: current.etag });
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
