/* The "Unanswered" screen: the questions the bot could not answer, most frequent first, each with the engine's
 * three best guesses and one-click actions that put it into the draft; then the negative feedback. */
import { del, get, post } from './api.js';
import * as answers from './answers.js';
import { $, announce, clear, el } from './dom.js';
import { languageName, t } from './i18n.js';
import { session } from './session.js';

const OUT_OF_SCOPE = 'out_of_scope';

export async function show() {
  const { body } = await get('/api/admin/unanswered?limit=50');
  const box = clear($('unanswered'));
  if (!body.questions.length) box.appendChild(el('p', { text: t('unanswered.none') }));
  const list = el('ol', { className: 'unanswered-list' });
  body.questions.forEach((q) => list.appendChild(item(q, q.languages[0] || 'es', true)));
  box.appendChild(list);
  const feedback = (await get('/api/admin/feedback')).body;
  const fbox = clear($('feedback'));
  if (!feedback.comments.length) fbox.appendChild(el('p', { text: t('feedback.none') }));
  const flist = el('ol', { className: 'unanswered-list' });
  feedback.comments.forEach((c) => flist.appendChild(item({ question: c.question, guesses: c.guesses,
    comment: c.comment, count: 1, languages: [], feedbackId: c.id }, null, true)));
  fbox.appendChild(flist);
}

function item(q, lang, dismissible) {
  const percent = (s) => Math.round(s * 100);
  const guesses = (q.guesses || []).filter((g) => g.intent !== OUT_OF_SCOPE);
  const actions = el('div', { className: 'row-actions' },
    guesses.map((g) => el('button', { type: 'button', className: 'button button-secondary button-small',
      text: t('unanswered.addTo', { intent: g.intent }), onclick: () => addTo(g.intent, q, lang) })),
    el('button', { type: 'button', className: 'button button-secondary button-small', text: t('unanswered.newAnswer'),
      onclick: () => newAnswer(q, lang) }),
    el('button', { type: 'button', className: 'button button-secondary button-small', text: t('unanswered.stay'),
      onclick: () => addTo(OUT_OF_SCOPE, q, lang) }),
    dismissible ? el('button', { type: 'button', className: 'button button-secondary button-small',
      text: t('unanswered.dismiss'), onclick: () => dismiss(q) }) : null);
  return el('li', { className: 'unanswered-item' },
    el('p', { className: 'question', lang, text: `«${q.question}»` }),
    q.comment ? el('p', { className: 'comment', text: q.comment }) : null,
    q.languages.length ? el('p', { className: 'hint', text: t('unanswered.asked',
      { count: q.count, languages: q.languages.map(languageName).join(', ') }) }) : null,
    el('p', { className: 'hint', text: guesses.map((g) => t('unanswered.guess',
      { intent: g.intent, confidence: percent(g.confidence) })).join(' · ') }),
    actions);
}

async function addTo(intent, q, lang) {
  try {
    await post(`/api/admin/draft/intents/${encodeURIComponent(intent)}/examples`,
      { language: lang || (session.options ? session.options.languages[0] : 'es'), text: q.question });
    await dealtWith(q);
    announce(t('unanswered.added', { intent }), 'success');
    await session.onDraftChanged();
    await show();
  } catch (error) {
    announce(t('common.error', { message: error.message }), 'error');
  }
}

async function newAnswer(q, lang) {
  const name = window.prompt(t('answers.newName'));
  if (!name) return;
  try {
    await answers.createWith(name.trim(), lang || 'es', q.question);
    await dealtWith(q);
    await session.onDraftChanged();
    document.querySelector('[data-screen="answers"]').click();
  } catch (error) {
    announce(t('common.error', { message: error.message }), 'error');
  }
}

/** Takes the question (or the 👎 comment) off its list once staff dealt with it. */
async function dealtWith(q) {
  if (q.normalised) await del(`/api/admin/unanswered?normalised=${encodeURIComponent(q.normalised)}`);
  if (q.feedbackId != null) await del(`/api/admin/feedback/${q.feedbackId}`);
}

async function dismiss(q) {
  try {
    await dealtWith(q);
    announce(t('unanswered.dismissed'), 'success');
    await show();
  } catch (error) {
    announce(t('common.error', { message: error.message }), 'error');
  }
}
