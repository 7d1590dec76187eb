/* The "Try" screen: one question against the draft or the live version, explained in plain words. */
import { post } from './api.js';
import { $, announce, busy, clear, el } from './dom.js';
import { languageName, t } from './i18n.js';
import { session } from './session.js';

let target = 'draft';

export function init() {
  $('try-form').addEventListener('submit', ask);
  ['try-draft', 'try-live'].forEach((b) => $(b).addEventListener('click', () => { target = $(b).value; }));
}

export async function show() {
  const select = clear($('try-language'));
  select.appendChild(el('option', { value: '', text: t('try.auto') }));
  ((session.options && session.options.languages) || ['es', 'en', 'pt', 'fr'])
    .forEach((l) => select.appendChild(el('option', { value: l, text: languageName(l) })));
}

async function ask(event) {
  event.preventDefault();
  const question = $('question').value.trim();
  if (!question) return;
  const which = (event.submitter && event.submitter.value) || target;
  const box = $('try-result');
  await busy($('try-form'), async () => {
    try {
      const path = which === 'draft' ? '/api/admin/draft/try' : '/api/admin/try';
      const { body } = await post(path, { question, language: $('try-language').value || null });
      const best = (body.trace && body.trace.intents && body.trace.intents[0]) || { name: body.intent, score: body.confidence };
      const percent = (score) => Math.round((score || 0) * 100);
      box.hidden = false;
      clear(box).append(
        el('h3', { text: which === 'draft' ? t('try.draft') : t('try.live') }),
        el('p', { className: 'answer', lang: body.language, text: body.answer }),
        el('p', { className: 'explanation', text: body.answered
          ? t('try.matched', { intent: body.intent, confidence: percent(body.confidence) })
          : t('try.fallback', { intent: best.name, confidence: percent(best.score) }) }));
      box.focus();
    } catch (error) {
      announce(t('common.error', { message: error.message }), 'error');
    }
  });
}
