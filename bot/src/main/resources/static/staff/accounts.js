/* The "Accounts" screen (admins only): the staff accounts and creating one. */
import { get, post } from './api.js';
import { $, announce, busy, clear, table, when } from './dom.js';
import { language, t } from './i18n.js';

export function init() {
  $('account-form').addEventListener('submit', create);
}

export async function show() {
  const { body } = await get('/api/admin/accounts');
  clear($('accounts')).appendChild(table(t('accounts.caption'),
    [t('accounts.username'), t('accounts.role'), t('accounts.enabled'), t('versions.when')],
    body.map((a) => [a.username, t(`role.${a.role}`), t(a.enabled ? 'accounts.yes' : 'accounts.no'), when(a.createdAt, language())])));
}

async function create(event) {
  event.preventDefault();
  await busy($('account-form'), async () => {
    try {
      await post('/api/admin/accounts', { username: $('account-username').value.trim(),
        password: $('account-password').value, role: $('account-role').value });
      $('account-username').value = '';
      $('account-password').value = '';
      announce(t('accounts.created'), 'success');
      await show();
    } catch (error) {
      announce(t('common.error', { message: error.message }), 'error');
    }
  });
}
