/* The "Bot messages" screen: the bot's own sentences of messages.yml and telegram.yml, one text box per
 * sentence and language; saving sends only the sentences that changed, with the etag each file was read with. */
import { ApiError, get, put } from './api.js';
import { $, announce, busy, clear, el } from './dom.js';
import { languageName, t } from './i18n.js';
import { session } from './session.js';

const FILES = ['messages', 'telegram'];
let read = {}; // file → {etag, texts}

export function init() {
  $('texts-form').addEventListener('submit', save);
}

export async function show() {
  const form = clear($('texts-form'));
  for (const file of FILES) {
    const { body, etag } = await get(`/api/admin/draft/${file}`);
    read[file] = { etag: etag || body.etag, texts: body.texts };
    const group = el('fieldset', { className: 'texts-file' }, el('legend', { text: t(`texts.${file}`) }));
    Object.entries(body.texts).forEach(([key, byLanguage]) => {
      Object.entries(byLanguage).forEach(([lang, text]) => {
        const inputId = `text-${file}-${key}-${lang}`.replace(/[^a-z0-9-]/gi, '-');
        // a text of several lines (the widget's starters: one question per line) shows all its lines
        const area = el('textarea', { id: inputId, rows: Math.max(2, text.split('\n').length), 'data-file': file, 'data-key': key, 'data-lang': lang,
          lang: lang === '*' ? null : lang });
        area.value = text;
        group.appendChild(el('div', { className: 'field' },
          el('label', { for: inputId, text: t('texts.field', { key, language: lang === '*' ? '*' : languageName(lang) }) }), area));
      });
    });
    form.appendChild(group);
  }
  form.appendChild(el('button', { type: 'submit', className: 'button', id: 'save-texts', text: t('texts.save') }));
}

async function save(event) {
  event.preventDefault();
  await busy($('texts-form'), async () => {
    try {
      for (const file of FILES) {
        const changed = {};
        $('texts-form').querySelectorAll(`textarea[data-file="${file}"]`).forEach((area) => {
          const { key, lang } = area.dataset;
          if (area.value.trim() !== read[file].texts[key][lang]) {
            changed[key] = { ...read[file].texts[key], ...(changed[key] || {}), [lang]: area.value.trim() };
          }
        });
        if (Object.keys(changed).length) {
          await put(`/api/admin/draft/${file}`, { texts: changed }, { ifMatch: read[file].etag });
        }
      }
      announce(t('answers.saved'), 'success');
      await session.onDraftChanged();
      await show();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        announce(t('answers.conflict'), 'error');
        await show();
      } else {
        announce(t('common.error', { message: error.message }), 'error');
      }
    }
  });
}
