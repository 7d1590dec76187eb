/* The staff page: signing in, the screens, and the draft's state shown above them. Each screen is its own
 * module with a show() that loads what it needs. */
import { ApiError, del, get, hasToken, post, useToken } from './api.js';
import { $, announce } from './dom.js';
import { language, setLanguage, t, translate } from './i18n.js';
import * as answers from './answers.js';
import * as texts from './texts.js';
import * as sections from './sections.js';
import * as entities from './entities.js';
import * as trying from './try.js';
import * as review from './review.js';
import * as unanswered from './unanswered.js';
import * as versions from './versions.js';
import * as audit from './audit.js';
import * as stats from './stats.js';
import * as accounts from './accounts.js';
import { session } from './session.js';

const SCREENS = { answers, entities, sections, texts, try: trying, review, unanswered, versions, stats, audit, accounts };

const RANK = { editor: 1, publisher: 2, admin: 3 };

function allowed(role) {
  return (RANK[session.role] || 0) >= (RANK[role] || 0);
}

async function showScreen(name, focus = true) {
  document.querySelectorAll('.screen').forEach((s) => { s.hidden = s.id !== `screen-${name}`; });
  document.querySelectorAll('[data-screen]').forEach((b) => {
    if (b.dataset.screen === name) b.setAttribute('aria-current', 'page'); else b.removeAttribute('aria-current');
  });
  session.screen = name;
  if (focus) $(`${name}-heading`).focus();
  try {
    await SCREENS[name].show();
  } catch (error) {
    announce(t('common.error', { message: error.message }), 'error');
  }
}

/** The line above the screens: is there a draft, from which version, who changed it last. */
export async function refreshDraftState() {
  const line = $('draft-state');
  try {
    const { body } = await get('/api/admin/draft');
    line.textContent = t('draft.state', { base: body.baseVersion, by: body.updatedBy, files: body.changedFiles.join(', ') || '—' })
      + (body.liveChanged ? ` ${t('draft.liveChanged', { live: body.liveVersion })}` : '');
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) line.textContent = t('draft.none'); else throw error;
  }
}
session.onDraftChanged = refreshDraftState;

async function enter(who) {
  session.user = who.username;
  session.role = who.role;
  $('signin-section').hidden = true;
  $('workbench').hidden = false;
  $('who').hidden = false;
  $('who').textContent = t('who', { user: who.username, role: t(`role.${who.role}`) });
  $('sign-out').hidden = false;
  document.querySelectorAll('[data-role]').forEach((node) => { node.hidden = !allowed(node.dataset.role); });
  $('editor-only').hidden = allowed('publisher');
  await refreshDraftState();
  await showScreen(session.screen || 'answers');
}

async function signIn(event) {
  event.preventDefault();
  const error = $('signin-error');
  error.hidden = true;
  try {
    useToken(null);
    await post('/api/admin/session', { username: $('username').value.trim(), password: $('password').value });
    $('password').value = '';
    const { body } = await get('/api/admin/session');
    await enter(body);
  } catch (failure) {
    error.hidden = false;
    error.textContent = failure.status === 429
      ? t('signin.throttled', { seconds: (failure.body.detail || '').replace(/\D+/g, '') || '60' })
      : failure.status === 401 ? t('signin.wrong') : t('common.error', { message: failure.message });
    $('username').setAttribute('aria-invalid', 'true');
    $('password').focus();
  }
}

async function signInWithToken(event) {
  event.preventDefault();
  useToken($('token').value.trim());
  $('token').value = '';
  try {
    const { body } = await get('/api/admin/session');
    await enter(body);
  } catch (failure) {
    useToken(null);
    announce(t('signin.wrong'), 'error');
  }
}

async function signOut() {
  if (!hasToken()) {
    await del('/api/admin/session').catch(() => {});
  }
  useToken(null);
  window.location.reload();
}

async function init() {
  const picker = $('page-language');
  picker.value = language();
  translate(document);
  picker.addEventListener('change', async () => {
    setLanguage(picker.value);
    if (!$('workbench').hidden) {
      $('who').textContent = t('who', { user: session.user, role: t(`role.${session.role}`) });
      await refreshDraftState();
      await showScreen(session.screen, false);
    }
  });
  $('signin-form').addEventListener('submit', signIn);
  $('token-form').addEventListener('submit', signInWithToken);
  $('sign-out').addEventListener('click', signOut);
  document.querySelectorAll('[data-screen]').forEach((b) => b.addEventListener('click', () => showScreen(b.dataset.screen)));
  Object.values(SCREENS).forEach((screen) => screen.init && screen.init());
  try {
    const { body } = await get('/api/admin/session');
    await enter(body);
  } catch (failure) {
    $('signin-section').hidden = false;
    $('username').focus();
  }
}

init();
