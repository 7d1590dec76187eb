/* The "Review and publish" screen: what the draft changes against the live version (per answer and language),
 * its golden run, publishing through the same gate as an upload, downloading and discarding it. */
import { ApiError, del, download, get, post } from './api.js';
import { $, announce, busy, clear, el } from './dom.js';
import { languageName, t } from './i18n.js';
import { session } from './session.js';

export function init() {
  $('publish-form').addEventListener('submit', publish);
  $('run-golden').addEventListener('click', golden);
  $('discard-draft').addEventListener('click', discard);
  $('download-draft').addEventListener('click', () => download('/api/admin/draft/download', 'corpus-draft.zip')
    .catch((error) => announce(t('common.error', { message: error.message }), 'error')));
}

export async function show() {
  const box = clear($('diff'));
  let diff;
  try {
    diff = (await get('/api/admin/draft/diff')).body;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      box.appendChild(el('p', { text: t('draft.none') }));
      return;
    }
    throw error;
  }
  if (!diff.intents.length && !diff.texts.length && !diff.files.length) {
    box.appendChild(el('p', { text: t('review.noChanges') }));
  }
  diff.intents.forEach((change) => box.appendChild(intentChange(change)));
  diff.texts.forEach((change) => box.appendChild(el('div', { className: 'change' },
    el('h4', { text: `${change.file}: ${change.key}` }), beforeAfter(change.texts))));
  if (diff.files.length) {
    box.appendChild(el('h4', { text: t('review.files') }));
    box.appendChild(el('ul', {}, diff.files.map((f) => el('li', { text: f }))));
  }
}

function intentChange(change) {
  const node = el('div', { className: 'change' },
    el('h4', { text: `${change.name} (${t(`review.intent${change.change[0].toUpperCase()}${change.change.slice(1)}`)})` }));
  Object.entries(change.examples).forEach(([lang, examples]) => {
    const list = el('ul', { className: 'example-changes', lang });
    examples.added.forEach((e) => list.appendChild(el('li', { className: 'added' },
      el('span', { className: 'visually-hidden', text: `${t('review.added')}: ` }), `+ ${e}`)));
    examples.removed.forEach((e) => list.appendChild(el('li', { className: 'removed' },
      el('span', { className: 'visually-hidden', text: `${t('review.removed')}: ` }), `− ${e}`)));
    node.append(el('p', { className: 'change-label', text: t('answers.examples', { language: languageName(lang) }) }), list);
  });
  node.appendChild(beforeAfter(change.answer, 'answers.answer'));
  node.appendChild(beforeAfter(change.answerAll, 'answers.answerAll'));
  if (change.other.length) node.appendChild(el('p', { text: t('review.other', { fields: change.other.join(', ') }) }));
  return node;
}

function beforeAfter(byLanguage, labelKey) {
  const block = el('div');
  Object.entries(byLanguage || {}).forEach(([lang, { before, after }]) => {
    block.appendChild(el('dl', { className: 'before-after', lang: lang === '*' ? null : lang },
      el('dt', { text: `${labelKey ? t(labelKey, { language: languageName(lang) }) : languageName(lang)} — ${t('review.before')}` }),
      el('dd', { className: 'removed', text: before || '—' }),
      el('dt', { text: `${labelKey ? t(labelKey, { language: languageName(lang) }) : languageName(lang)} — ${t('review.after')}` }),
      el('dd', { className: 'added', text: after || '—' })));
  });
  return block;
}

async function golden() {
  const box = $('golden-result');
  box.hidden = false;
  clear(box).appendChild(el('p', { text: t('common.loading') }));
  try {
    const { body } = await post('/api/admin/draft/golden');
    clear(box).appendChild(el('p', { text: t('review.goldenResult', { passed: body.passed || 0, total: body.total || 0 }) }));
    if (body.failures && body.failures.length) {
      box.appendChild(el('ul', { className: 'lines' }, body.failures.slice(0, 30).map((f) =>
        el('li', { text: `${f.item}: «${f.question}» → ${f.intent} (${f.expected})` }))));
    }
  } catch (error) {
    clear(box).appendChild(el('p', { className: 'message-error', text: t('common.error', { message: error.message }) }));
  }
  box.focus();
}

async function publish(event) {
  event.preventDefault();
  const box = $('publish-result');
  await busy($('publish-form'), async () => {
    try {
      const { body } = await post(`/api/admin/draft/publish${$('force').checked ? '?force=true' : ''}`);
      box.hidden = false;
      clear(box).appendChild(el('p', { className: 'report-success', text: t('review.published', { version: body.version.id }) }));
      announce(t('review.published', { version: body.version.id }), 'success');
      await session.onDraftChanged();
      await show();
    } catch (error) {
      box.hidden = false;
      clear(box).appendChild(el('p', { className: 'message-error', text: t('review.rejected', { message: error.message }) }));
      if (error.body && error.body.errors) {
        box.appendChild(el('ul', { className: 'lines errors' }, error.body.errors.map((e) => el('li', {}, el('code', { text: e })))));
      }
      announce(t('review.rejected', { message: error.message }), 'error');
    }
    box.focus();
  });
}

async function discard() {
  if (!window.confirm(t('review.discardConfirm'))) return;
  try {
    await del('/api/admin/draft');
    announce(t('review.discarded'), 'success');
    await session.onDraftChanged();
    await show();
  } catch (error) {
    announce(t('common.error', { message: error.message }), 'error');
  }
}
