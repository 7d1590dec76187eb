/* The "Versions" screen: the published versions (roll back, open a draft from one, download its zip), the
 * history of the live version, and opening a draft from an uploaded zip (the advanced route). */
import { download, get, post, request } from './api.js';
import { $, announce, busy, clear, el, table, when } from './dom.js';
import { language, t } from './i18n.js';
import { session } from './session.js';

export function init() {
  $('rollback-previous').addEventListener('click', () => rollback(null));
  $('zip-form').addEventListener('submit', uploadZip);
}

export async function show() {
  const { body } = await get('/api/admin/corpus/versions');
  $('live-version').textContent = t('versions.live', { version: body.live });
  const publisher = session.role === 'publisher' || session.role === 'admin';
  clear($('versions')).appendChild(table(t('versions.caption'),
    [t('versions.id'), t('versions.when'), t('versions.author'), t('versions.golden'), t('versions.actions')],
    body.versions.map((v) => [String(v.id), when(v.publishedAt, language()), v.author,
      v.golden ? `${v.golden.passed}/${v.golden.total}` : '—',
      el('div', { className: 'row-actions' },
        publisher && !v.live ? el('button', { type: 'button', className: 'button button-secondary button-small rollback',
          text: t('versions.rollback'), 'aria-label': `${t('versions.rollback')} ${v.id}`, onclick: () => rollback(v.id) }) : null,
        el('button', { type: 'button', className: 'button button-secondary button-small',
          text: t('versions.openDraft'), 'aria-label': `${t('versions.openDraft')} ${v.id}`, onclick: () => openDraft(v.id) }),
        el('button', { type: 'button', className: 'button button-secondary button-small', text: t('versions.download'),
          'aria-label': `${t('versions.download')} ${v.id}`,
          onclick: () => download(`/api/admin/corpus/versions/${v.id}/download`, `corpus-v${v.id}.zip`) }))])));
  clear($('live-history')).appendChild(table(t('versions.history'),
    [t('versions.id'), t('versions.when'), t('versions.author'), t('audit.action')],
    body.history.map((h) => [String(h.version), when(h.at, language()), h.by, h.reason])));
}

async function rollback(version) {
  try {
    const { body } = await request('POST', '/api/admin/corpus/rollback', version == null ? null : { version });
    announce(t('versions.rolledBack', { version: body.version.id }), 'success');
    await show();
  } catch (error) {
    announce(t('common.error', { message: error.message }), 'error');
  }
}

async function openDraft(version) {
  try {
    await post(`/api/admin/draft/from-version/${version}`);
    await session.onDraftChanged();
    announce(t('draft.state', { base: version, by: session.user, files: '—' }), 'success');
  } catch (error) {
    announce(t('common.error', { message: error.message }), 'error');
  }
}

async function uploadZip(event) {
  event.preventDefault();
  const file = $('zip').files[0];
  if (!file) return;
  const box = $('zip-result');
  await busy($('zip-form'), async () => {
    box.hidden = false;
    try {
      await post('/api/admin/draft/from-zip', null, { raw: file, contentType: 'application/zip' });
      clear(box).appendChild(el('p', { className: 'report-success', text: t('answers.saved') }));
      await session.onDraftChanged();
    } catch (error) {
      clear(box).appendChild(el('p', { className: 'message-error', text: t('review.rejected', { message: error.message }) }));
      if (error.body && error.body.errors) {
        box.appendChild(el('ul', { className: 'lines errors' }, error.body.errors.map((e) => el('li', {}, el('code', { text: e })))));
      }
    }
    box.focus();
  });
}
