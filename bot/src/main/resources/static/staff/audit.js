/* The "Change log" screen: who changed what, and when (draft edits, publishing, rollbacks, accounts). */
import { get } from './api.js';
import { $, clear, table, when } from './dom.js';
import { language, t } from './i18n.js';

export async function show() {
  const { body } = await get('/api/admin/audit?limit=200');
  clear($('audit')).appendChild(table(t('audit.caption'),
    [t('audit.when'), t('audit.who'), t('audit.action'), t('audit.detail')],
    body.map((e) => [when(e.at, language()), e.actor, e.action, e.detail])));
}
