/* The "Answers" screen: one form per intent — example questions and answer per language (one question a line,
 * no YAML), placeholders offered from a list and previewed with real figures, sources, follow-ups and slot
 * chosen from lists. Saving sends the etag read with the intent; a conflict shows the current version. */
import { ApiError, del, get, post, put } from './api.js';
import { $, announce, busy, clear, el } from './dom.js';
import { languageName, problemText, t } from './i18n.js';
import { session } from './session.js';

let intents = [];
let current = null; // the intent view shown: {name, etag, examples, answer, …, problems}
let lastAnswer = null; // the answer textarea edited last, where a placeholder goes

export function init() {
  $('intent-filter').addEventListener('input', fillSelect);
  $('intent-select').addEventListener('change', () => load($('intent-select').value));
  $('new-intent-form').addEventListener('submit', create);
  $('intent-form').addEventListener('submit', save);
}

export async function show() {
  session.options = (await get('/api/admin/draft/options')).body;
  intents = (await get('/api/admin/draft/intents')).body;
  fillSelect();
  const name = current && intents.some((i) => i.name === current.name) ? current.name : (intents[0] || {}).name;
  if (name) await load(name);
}

function fillSelect() {
  const filter = $('intent-filter').value.trim().toLowerCase();
  const select = clear($('intent-select'));
  intents.filter((i) => !filter || i.name.includes(filter)
    || Object.values(i.firstExample).some((e) => e.toLowerCase().includes(filter)))
    .forEach((i) => {
      const example = i.firstExample[session.options.languages[0]] || Object.values(i.firstExample)[0] || '';
      select.appendChild(el('option', { value: i.name, text: example ? `${i.name} — ${example}` : i.name }));
    });
  if (current) select.value = current.name;
}

async function load(name) {
  const { body, etag } = await get(`/api/admin/draft/intents/${encodeURIComponent(name)}`);
  render({ ...body, etag: etag || body.etag });
}

const id = (field) => `field-${field.replace(/[^a-z0-9]+/gi, '-')}`;

function textarea(field, label, value, rows, hint) {
  const inputId = `${id(field)}-input`;
  const hintId = hint ? `${inputId}-hint` : null;
  const area = el('textarea', { id: inputId, rows, 'aria-describedby': [hintId, `${id(field)}-errors`].filter(Boolean).join(' '),
    'data-field': field }, value);
  area.value = value;
  return el('div', { className: 'field', id: id(field) },
    el('label', { for: inputId, text: label }),
    hint ? el('p', { className: 'hint', id: hintId, text: hint }) : null,
    area,
    el('ul', { className: 'field-errors', id: `${id(field)}-errors` }));
}

function checkboxes(field, legend, choices, chosen) {
  return el('fieldset', { className: 'field choices', id: id(field), 'aria-describedby': `${id(field)}-errors` },
    el('legend', { text: legend }),
    el('div', { className: 'choices-list' }, choices.map((c) => {
      const inputId = `${id(field)}-${c.id}`;
      return el('div', { className: 'field-check' },
        el('input', { type: 'checkbox', id: inputId, value: c.id, 'data-field': field, checked: chosen.includes(c.id) }),
        el('label', { for: inputId, text: `${c.id} — ${c.label}` }));
    })),
    el('ul', { className: 'field-errors', id: `${id(field)}-errors` }));
}

function render(view) {
  current = view;
  const options = session.options;
  const form = clear($('intent-form'));
  form.hidden = false;
  form.appendChild(el('h3', { text: view.name, id: 'intent-title', tabindex: '-1' }));
  form.appendChild(el('div', { id: 'intent-problems' }));
  options.languages.forEach((lang) => {
    const name = languageName(lang);
    form.appendChild(el('fieldset', { className: 'language-block', lang },
      el('legend', { text: name }),
      textarea(`examples.${lang}`, t('answers.examples', { language: name }), (view.examples[lang] || []).join('\n'), 6,
        t('answers.examplesHint')),
      textarea(`answer.${lang}`, t('answers.answer', { language: name }), view.answer[lang] || view.answer['*'] || '', 4),
      view.slot || Object.keys(view.answer_all || {}).length
        ? textarea(`answer_all.${lang}`, t('answers.answerAll', { language: name }), (view.answer_all || {})[lang] || '', 3)
        : null,
      el('button', { type: 'button', className: 'button button-secondary button-small', 'data-preview': lang,
        text: t('answers.preview', { language: name }), onclick: () => preview(lang) })));
  });
  const placeholderId = 'placeholder-select';
  form.appendChild(el('div', { className: 'field placeholder-picker' },
    el('label', { for: placeholderId, text: t('answers.placeholder') }),
    el('div', { className: 'inline' },
      el('select', { id: placeholderId }, options.placeholders.map((p) => el('option', { value: p, text: p }))),
      el('button', { type: 'button', className: 'button button-secondary button-small', text: t('answers.insert'),
        onclick: insertPlaceholder }))));
  form.appendChild(checkboxes('sections', t('answers.sections'), options.sections, view.sections || []));
  form.appendChild(checkboxes('suggest', t('answers.suggest'), options.intents.filter((i) => i.id !== view.name),
    view.suggest || []));
  const slotId = `${id('slot')}-input`;
  form.appendChild(el('div', { className: 'field', id: id('slot') },
    el('label', { for: slotId, text: t('answers.slot') }),
    el('select', { id: slotId, 'data-field': 'slot', 'aria-describedby': `${id('slot')}-errors` },
      el('option', { value: '', text: t('answers.noSlot') }),
      options.families.map((f) => el('option', { value: f.name, text: f.name, selected: f.name === view.slot }))),
    el('ul', { className: 'field-errors', id: `${id('slot')}-errors` })));
  form.appendChild(el('div', { className: 'actions' },
    el('button', { type: 'submit', className: 'button', id: 'save-intent', text: t('answers.save') }),
    el('button', { type: 'button', className: 'button button-secondary', id: 'delete-intent', text: t('answers.delete'),
      onclick: remove })));
  form.querySelectorAll('textarea[data-field^="answer"]').forEach((area) => area.addEventListener('focus', () => { lastAnswer = area; }));
  showProblems(view.problems || []);
  fillSelect();
}

function showProblems(problems) {
  document.querySelectorAll('#intent-form .field-errors').forEach((list) => clear(list));
  document.querySelectorAll('#intent-form [aria-invalid]').forEach((n) => n.removeAttribute('aria-invalid'));
  const summary = clear($('intent-problems'));
  if (!problems.length) return;
  summary.appendChild(el('h4', { text: t('answers.problems') }));
  const list = el('ul', { className: 'problems' });
  problems.forEach((p) => {
    // A problem about one language of a field (a missing translation) goes beside that language's box.
    const field = p.field && !p.field.includes('.') && p.args && p.args.language ? `${p.field}.${p.args.language}` : p.field;
    const target = field && (document.getElementById(`${id(field)}-errors`)
      || document.getElementById(`${id(field.split('.')[0] + '.' + session.options.languages[0])}-errors`));
    const message = problemText(p);
    list.appendChild(el('li', { className: `problem-${p.severity}`, text: message }));
    if (target) {
      target.appendChild(el('li', { className: `problem-${p.severity}`, text: message }));
      const input = target.parentElement.querySelector('textarea, select, input');
      if (input && p.severity === 'error') input.setAttribute('aria-invalid', 'true');
    }
  });
  summary.appendChild(list);
}

function formValue() {
  const form = $('intent-form');
  const examples = {};
  const answer = {};
  const answerAll = {};
  form.querySelectorAll('textarea[data-field]').forEach((area) => {
    const [kind, lang] = area.dataset.field.split('.');
    if (kind === 'examples') {
      examples[lang] = area.value.split('\n').map((line) => line.trim()).filter(Boolean);
    } else if (area.value.trim()) {
      (kind === 'answer' ? answer : answerAll)[lang] = area.value.trim();
    }
  });
  // What was chosen keeps its order (suggestions are offered in it); what is newly chosen comes after.
  const checked = (field) => {
    const now = Array.from(form.querySelectorAll(`input[data-field="${field}"]:checked`)).map((c) => c.value);
    const before = (current[field] || []).filter((id) => now.includes(id));
    return before.concat(now.filter((id) => !before.includes(id)));
  };
  return { examples, answer, answer_all: answerAll, sections: checked('sections'), suggest: checked('suggest'),
    slot: form.querySelector('select[data-field="slot"]').value };
}

async function save(event) {
  event.preventDefault();
  const form = $('intent-form');
  await busy(form, async () => {
    try {
      const { body, etag } = await put(`/api/admin/draft/intents/${encodeURIComponent(current.name)}`, formValue(),
        { ifMatch: current.etag });
      render({ ...body, etag: etag || body.etag });
      announce(t('answers.saved'), 'success');
      await session.onDraftChanged();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        render({ ...error.body.current });
        announce(t('answers.conflict'), 'error');
        $('intent-title').focus();
      } else {
        announce(error.body && error.body.field ? t('common.field', { field: error.body.field, message: error.message })
          : t('common.error', { message: error.message }), 'error');
      }
    }
  });
}

async function remove() {
  if (!window.confirm(t('answers.deleteConfirm', { name: current.name }))) return;
  try {
    await del(`/api/admin/draft/intents/${encodeURIComponent(current.name)}`, { ifMatch: current.etag });
    current = null;
    announce(t('answers.deleted'), 'success');
    await session.onDraftChanged();
    await show();
  } catch (error) {
    announce(t('common.error', { message: error.message }), 'error');
  }
}

async function create(event) {
  event.preventDefault();
  const name = $('new-intent-name').value.trim();
  try {
    const { body, etag } = await put(`/api/admin/draft/intents/${encodeURIComponent(name)}`, {});
    $('new-intent-name').value = '';
    $('new-intent').open = false;
    intents = (await get('/api/admin/draft/intents')).body;
    render({ ...body, etag: etag || body.etag });
    $('intent-title').focus();
    await session.onDraftChanged();
  } catch (error) {
    announce(t('common.error', { message: error.message }), 'error');
  }
}

/** Starts a new intent with one example (from the unanswered list). */
export async function createWith(name, lang, question) {
  const { body, etag } = await put(`/api/admin/draft/intents/${encodeURIComponent(name)}`, { examples: { [lang]: [question] } });
  current = { ...body, etag: etag || body.etag };
}

function insertPlaceholder() {
  const area = lastAnswer || document.querySelector('#intent-form textarea[data-field^="answer"]');
  const text = $('placeholder-select').value;
  const at = area.selectionStart ?? area.value.length;
  area.value = area.value.slice(0, at) + text + area.value.slice(area.selectionEnd ?? at);
  area.focus();
  area.setSelectionRange(at + text.length, at + text.length);
}

async function preview(lang) {
  const box = $('preview');
  box.hidden = false;
  clear(box).appendChild(el('p', { text: t('common.loading') }));
  try {
    const { body } = await post('/api/admin/draft/preview', { intent: current.name, language: lang });
    clear(box).append(el('h4', { text: `${t('answers.previewHeading')} (${languageName(lang)})` }),
      el('p', { className: 'answer', lang, text: body.answer }));
  } catch (error) {
    clear(box).appendChild(el('p', { className: 'message-error', text: t('common.error', { message: error.message }) }));
  }
  box.focus();
}
