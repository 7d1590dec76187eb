/* Staff page of the Regional Review assistant (/admin): the live corpus version, uploading and rolling back
 * versions, trying questions with their trace, unanswered questions and feedback.
 * The admin token stays in sessionStorage and travels only as an Authorization header, never in a URL.
 * Everything the server sends is shown as text: it contains questions typed by the public. */
(function () {
  'use strict';

  const TOKEN_KEY = 'rr-admin-token';
  const DRAFT_KEY = 'rr-admin-draft';
  const AUTHOR_KEY = 'rr-admin-author';
  const GOLDEN_POLL_MS = 3000;
  const GOLDEN_POLLS = 40;
  const LANGUAGES = { es: 'Spanish', en: 'English', pt: 'Portuguese', fr: 'French' };
  const DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

  const $ = (id) => document.getElementById(id);

  let token = null;
  let generation = 0; // bumped at each log in and log out, so late answers of a past session are dropped
  let goldenTimer = 0;
  let goldenPolls = 0;
  let uploading = false;
  let asking = false;
  let lastSubmitter = null; // for browsers without SubmitEvent.submitter

  // ---- small DOM helpers: no HTML strings anywhere ----

  function el(tag, className, content) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (content != null) node.textContent = String(content);
    return node;
  }

  function button(className, content, hiddenContext) {
    const node = el('button', className, content);
    node.type = 'button';
    if (hiddenContext) node.appendChild(el('span', 'visually-hidden', hiddenContext));
    return node;
  }

  function text(value) {
    return typeof value === 'string' ? value : '';
  }

  function list(value) {
    return Array.isArray(value) ? value : [];
  }

  function number(value) {
    return typeof value === 'number' && isFinite(value) ? value : null;
  }

  function clear(node) {
    node.textContent = '';
    return node;
  }

  /** Appends the text line by line, with <br> elements between the lines. */
  function appendLines(parent, value) {
    text(value).split(/\r\n|\r|\n/).forEach((line, i) => {
      if (i > 0) parent.appendChild(document.createElement('br'));
      parent.appendChild(document.createTextNode(line));
    });
    return parent;
  }

  function timeNode(iso) {
    const node = el('time');
    const date = new Date(text(iso));
    if (isNaN(date.getTime())) {
      node.textContent = text(iso) || '—';
      return node;
    }
    node.dateTime = date.toISOString();
    node.title = date.toISOString();
    node.textContent = DATE.format(date);
    return node;
  }

  /** A description list from [term, value] pairs; a value is text or a node. */
  function details(pairs, className) {
    const dl = el('dl', className || 'facts');
    pairs.forEach(([term, value, id]) => {
      dl.appendChild(el('dt', null, term));
      const dd = el('dd');
      if (id) dd.id = id;
      if (value instanceof Node) dd.appendChild(value); else dd.textContent = value == null || value === '' ? '—' : String(value);
      dl.appendChild(dd);
    });
    return dl;
  }

  /** A table with a caption, column headers and rows of cells (text or nodes); the first cell heads its row. */
  function table(caption, headers, rows, className) {
    const t = el('table', className || 'data');
    t.appendChild(el('caption', null, caption));
    const head = el('thead');
    const headRow = el('tr');
    headers.forEach((h) => {
      const th = el('th', null, h);
      th.scope = 'col';
      headRow.appendChild(th);
    });
    head.appendChild(headRow);
    const body = el('tbody');
    rows.forEach((cells) => {
      const tr = el('tr');
      cells.forEach((cell, i) => {
        const td = el(i === 0 ? 'th' : 'td');
        if (i === 0) td.scope = 'row';
        if (cell instanceof Node) td.appendChild(cell); else td.textContent = cell == null || cell === '' ? '—' : String(cell);
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    t.append(head, body);
    return t;
  }

  /** A wide table scrolls sideways in its own box on a narrow screen; the box takes the focus, to scroll by keyboard. */
  function scrollable(tableNode) {
    const box = el('div', 'table-scroll');
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', tableNode.caption ? tableNode.caption.textContent : 'Table');
    box.tabIndex = 0;
    box.appendChild(tableNode);
    return box;
  }

  function codeList(lines, className) {
    const ul = el('ul', className);
    lines.forEach((line) => {
      const li = el('li');
      li.appendChild(el('code', null, text(line)));
      ul.appendChild(li);
    });
    return ul;
  }

  function message(content, kind) {
    return el('p', 'message message-' + (kind || 'info'), content);
  }

  function capitalised(value) {
    const s = text(value);
    return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
  }

  // ---- the live region ----

  const FADE_MS = 8000;
  let sayTimer = 0;
  let fadeTimer = 0;

  /**
   * Shows and announces one message; cleared first so that the same message is announced again. It floats over the
   * page, so news and successes fade after a while; an error stays until the next message.
   */
  function say(content, kind) {
    const status = $('status');
    clearTimeout(sayTimer);
    clearTimeout(fadeTimer);
    status.textContent = '';
    status.className = 'status';
    sayTimer = setTimeout(() => {
      status.className = 'status status-' + (kind || 'info');
      status.textContent = content;
      if (kind !== 'error') fadeTimer = setTimeout(() => status.classList.add('status-faded'), FADE_MS);
    }, 50);
  }

  // ---- formatting ----

  function golden(g) {
    if (!g || typeof g !== 'object') return null;
    const passed = number(g.passed);
    const total = number(g.total);
    const accuracy = number(g.accuracy);
    if (passed == null || total == null) return null;
    const percent = accuracy != null ? accuracy * 100 : (total ? passed * 100 / total : 0);
    return passed + '/' + total + ' = ' + percent.toFixed(1) + ' %';
  }

  function languageName(code) {
    const c = text(code);
    return Object.prototype.hasOwnProperty.call(LANGUAGES, c) ? LANGUAGES[c] + ' (' + c + ')' : c;
  }

  function score(value) {
    const n = number(value);
    return n == null ? '—' : n.toFixed(2);
  }

  /** The text in an element marked with its language, so that screen readers pronounce a Spanish question as Spanish. */
  function inLanguage(tag, content, language) {
    const node = el(tag, null, content);
    if (typeof language === 'string' && /^[a-z]{2,3}$/.test(language)) node.lang = language;
    return node;
  }

  function versionId(value) {
    return Number.isInteger(value) && value > 0 ? value : null;
  }

  // ---- talking to the server ----

  class ApiError extends Error {
    constructor(status, messageText, body) {
      super(messageText);
      this.status = status;
      this.body = body;
    }
  }

  /** Thrown when the session changed while a request was running: its answer is not shown. */
  class Stale extends Error {}

  /** Any /api/admin call with the bearer token; a 401 or 403 logs out, a non-2xx throws an ApiError. */
  async function api(path, options) {
    const mine = generation;
    const opts = options || {};
    const headers = Object.assign({ Accept: 'application/json' }, opts.headers, { Authorization: 'Bearer ' + token });
    let response;
    try {
      response = await fetch(path, Object.assign({}, opts, { headers: headers, cache: 'no-store', credentials: 'omit' }));
    } catch (e) {
      if (mine !== generation) throw new Stale();
      throw new ApiError(0, 'Could not reach the server. Check the connection and try again.', null);
    }
    if (mine !== generation) throw new Stale();
    if (response.ok) return response;
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (mine !== generation) throw new Stale();
    const serverMessage = body && typeof body.message === 'string' ? body.message : '';
    if (response.status === 401 || response.status === 403) {
      refused(response.status);
      throw new ApiError(response.status, 'refused', body);
    }
    throw new ApiError(response.status, capitalised(serverMessage) || 'The server answered ' + response.status + '.', body);
  }

  async function getJson(path) {
    const response = await api(path);
    return response.json();
  }

  async function postJson(path, body) {
    const response = await api(path, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
    });
    return response.json();
  }

  /** What to tell staff when a call failed; nothing for a refused token (already told) or a past session. */
  function failure(error, what) {
    if (error instanceof Stale || (error instanceof ApiError && (error.status === 401 || error.status === 403))) return null;
    if (error instanceof ApiError) return what + ': ' + error.message;
    return what + ': ' + (error && error.message ? error.message : 'unexpected error');
  }

  // ---- logging in and out ----

  function storedToken() {
    try {
      return sessionStorage.getItem(TOKEN_KEY);
    } catch (e) {
      return null;
    }
  }

  function store(key, value) {
    try {
      if (value == null) sessionStorage.removeItem(key); else sessionStorage.setItem(key, value);
    } catch (e) {
      // storage disabled: the token lasts until the page is reloaded
    }
  }

  function showLoginError(content) {
    const node = $('login-error');
    node.textContent = content || '';
    node.hidden = !content;
    $('token').setAttribute('aria-invalid', content ? 'true' : 'false');
  }

  /** Back to the login form, with nothing of the session left on the page. */
  function showLogin() {
    generation++;
    token = null;
    clearTimeout(goldenTimer);
    store(TOKEN_KEY, null);
    store(DRAFT_KEY, null);
    $('admin').hidden = true;
    $('logout').hidden = true;
    $('login-section').hidden = false;
    ['live', 'history', 'unanswered', 'feedback'].forEach((id) => clear($(id)));
    ['upload-report', 'try-result'].forEach((id) => {
      clear($(id));
      $(id).hidden = true;
    });
    $('copy-fallback').hidden = true;
    $('copy-text').value = '';
    $('zip').value = '';
    $('question').value = '';
    setDraft(null);
    uploading = false;
    asking = false;
  }

  function refused(status) {
    const wasLoggedIn = !$('admin').hidden;
    showLogin();
    const content = wasLoggedIn
      ? 'The server refused the admin token (' + status + '). Log in again.'
      : status === 401 ? 'Enter the admin token.' : 'That admin token is wrong (' + status + '). Check it and try again.';
    showLoginError(content);
    say(content, 'error');
    $('token').focus();
  }

  function showAdmin() {
    goldenPolls = 0;
    showLoginError(null);
    $('login-section').hidden = true;
    $('admin').hidden = false;
    $('logout').hidden = false;
    try {
      $('author').value = localStorage.getItem(AUTHOR_KEY) || $('author').value;
    } catch (e) {
      // no storage: the name is typed each time
    }
    try {
      setDraft(sessionStorage.getItem(DRAFT_KEY));
    } catch (e) {
      setDraft(null);
    }
  }

  async function logIn(event) {
    event.preventDefault();
    const value = $('token').value.trim();
    if (!value) {
      showLoginError('Enter the admin token.');
      say('Enter the admin token.', 'error');
      $('token').focus();
      return;
    }
    generation++;
    token = value;
    say('Checking the token…');
    let live;
    try {
      live = await getJson('/api/admin/corpus');
    } catch (error) {
      if (error instanceof Stale || error.status === 401 || error.status === 403) return;
      token = null;
      const content = 'Cannot log in: ' + (error.message || 'unexpected error');
      showLoginError(content);
      say(content, 'error');
      $('token').focus();
      return;
    }
    store(TOKEN_KEY, value);
    $('token').value = '';
    showAdmin();
    renderLive(live);
    loadOthers();
    say('Logged in. The live version is ' + live.id + '.', 'success');
    $('live-heading').focus();
  }

  function logOut() {
    showLogin();
    showLoginError(null);
    say('Logged out. The token was removed from this tab.');
    $('token').focus();
  }

  // ---- 2. the live version ----

  function renderLive(v) {
    const box = clear($('live'));
    if (!v || typeof v !== 'object') {
      box.appendChild(message('No live version.', 'error'));
      return;
    }
    const measured = golden(v.golden);
    box.appendChild(details([
      ['Version', versionId(v.id), 'live-id'],
      ['Published', timeNode(v.publishedAt), 'live-published'],
      ['By', text(v.author), 'live-author'],
      ['Note', text(v.note), 'live-note'],
      ['Content', number(v.sections) + ' sections, ' + number(v.intents) + ' intents, ' + number(v.examples) + ' examples', 'live-counts'],
      ['Languages', list(v.languages).map(languageName).join(', '), 'live-languages'],
      ['Golden score', measured || 'measuring…', 'live-golden']
    ]));
    clearTimeout(goldenTimer);
    if (!measured && goldenPolls < GOLDEN_POLLS) {
      // The first version's score is measured in the background after start-up: look again shortly.
      goldenPolls++;
      goldenTimer = setTimeout(() => {
        loadLive();
        loadVersions();
      }, GOLDEN_POLL_MS);
    }
  }

  async function loadLive() {
    try {
      renderLive(await getJson('/api/admin/corpus'));
    } catch (error) {
      const content = failure(error, 'The live version could not be loaded');
      if (content) {
        clear($('live')).appendChild(message(content, 'error'));
      }
    }
  }

  // ---- 3. uploading a corpus ----

  function goldenFailures(g, caption) {
    const failures = list(g && g.failures);
    if (!failures.length) return null;
    return scrollable(table(caption, ['Test', 'Question', 'Expected', 'Got'], failures.map((f) => {
      const got = el('div');
      got.appendChild(el('code', null, text(f.intent) || '—'));
      if (text(f.answer)) appendLines(got.appendChild(el('p', 'answer-excerpt')), f.answer);
      return [text(f.item), text(f.question), text(f.expected), got];
    }), 'data failures'));
  }

  function warningsNode(warnings) {
    const lines = list(warnings).filter((w) => typeof w === 'string');
    if (!lines.length) return null;
    const box = el('div');
    box.appendChild(el('h4', null, lines.length === 1 ? '1 warning' : lines.length + ' warnings'));
    box.appendChild(codeList(lines, 'lines warnings'));
    return box;
  }

  function showReport(kind, title, nodes) {
    const report = clear($('upload-report'));
    report.className = 'report report-' + kind;
    report.appendChild(el('h3', null, title));
    nodes.filter(Boolean).forEach((n) => report.appendChild(n));
    report.hidden = false;
    report.focus();
  }

  function publishedReport(body) {
    const v = body && body.version ? body.version : {};
    const g = body ? body.golden : null;
    const failures = goldenFailures(g, 'Golden tests that still fail');
    let failing = null;
    if (failures) {
      failing = el('details');
      failing.appendChild(el('summary', null, list(g.failures).length + ' golden tests still fail'));
      failing.appendChild(failures);
    }
    showReport('success', 'Published version ' + versionId(v.id), [
      details([
        ['Version', versionId(v.id), 'report-version'],
        ['Golden score', golden(g) || golden(v.golden) || 'not measured', 'report-golden'],
        ['Content', number(v.sections) + ' sections, ' + number(v.intents) + ' intents, ' + number(v.examples) + ' examples'],
        ['Note', text(v.note)]
      ]),
      warningsNode(body && body.warnings),
      failing
    ]);
    say('Published version ' + versionId(v.id) + '. It is live now.', 'success');
  }

  function draftReport(body) {
    const id = text(body && body.draft);
    setDraft(id || null);
    showReport('success', 'Draft ' + id + ' uploaded (not published)', [
      message('Try it in “Try a question” below, with “Ask the draft” ticked. Drafts are kept for an hour. '
        + 'To publish it, upload the same zip with “Publish”.'),
      details([
        ['Draft', id, 'report-draft'],
        ['Golden score', golden(body.golden) || 'not measured', 'report-golden'],
        ['Content', number(body.sections) + ' sections, ' + number(body.intents) + ' intents, ' + number(body.examples) + ' examples']
      ]),
      warningsNode(body.warnings)
    ]);
    say('Draft ' + id + ' uploaded. It is not published.', 'success');
  }

  function rejectedReport(error) {
    const body = error.body && typeof error.body === 'object' ? error.body : {};
    const errors = list(body.errors).filter((e) => typeof e === 'string');
    const nodes = [message(capitalised(text(body.message)) || error.message, 'error')];
    if (errors.length) {
      nodes.push(el('h4', null, errors.length === 1 ? '1 error' : errors.length + ' errors'));
      nodes.push(codeList(errors, 'lines errors'));
    }
    if (body.golden) {
      nodes.push(details([['Golden score of the upload', golden(body.golden) || '—', 'report-golden']]));
      nodes.push(goldenFailures(body.golden, 'Golden tests that fail with the upload'));
      if (/golden score would drop/.test(text(body.message))) {
        nodes.push(message('To publish it anyway, tick “Publish even if the golden score drops” and publish again.'));
      }
    }
    showReport('error', 'Not published: the live version is unchanged', nodes);
    say('The corpus was rejected: ' + (text(body.message) || error.message) + '.', 'error');
  }

  async function upload(event) {
    event.preventDefault();
    if (uploading) return;
    const asDraft = ((event.submitter && event.submitter.id) || lastSubmitter) === 'upload-draft';
    const file = $('zip').files && $('zip').files[0];
    if (!file) {
      say('Choose a corpus zip first.', 'error');
      $('zip').focus();
      return;
    }
    const author = $('author').value.trim();
    if (!asDraft && !author) {
      say('Enter your name: it is recorded with the version.', 'error');
      $('author').focus();
      return;
    }
    try {
      localStorage.setItem(AUTHOR_KEY, author);
    } catch (e) {
      // not remembered
    }
    const query = new URLSearchParams({ author: author });
    if ($('force').checked) query.set('force', 'true');
    if (asDraft) query.set('draft', 'true');
    uploading = true;
    $('upload-form').setAttribute('aria-busy', 'true');
    say(asDraft ? 'Uploading the draft and measuring its golden score…' : 'Uploading, checking and measuring the golden score…');
    try {
      const response = await api('/api/admin/corpus?' + query, {
        method: 'POST', headers: { 'Content-Type': 'application/zip' }, body: file
      });
      const body = await response.json();
      if (asDraft) {
        draftReport(body);
      } else {
        publishedReport(body);
        $('zip').value = '';
        $('force').checked = false;
        loadLive();
        loadVersions();
      }
    } catch (error) {
      if (error instanceof ApiError && error.status === 422) {
        rejectedReport(error);
      } else {
        const content = failure(error, 'The upload failed');
        if (content) {
          showReport('error', 'Not published: the live version is unchanged', [message(content, 'error')]);
          say(content, 'error');
        }
      }
    } finally {
      uploading = false;
      $('upload-form').removeAttribute('aria-busy');
    }
  }

  // ---- 4. version history ----

  function renderVersions(data) {
    const box = clear($('history'));
    const versions = list(data && data.versions);
    if (!versions.length) {
      box.appendChild(message('No versions yet.'));
      return;
    }
    const t = table('Published versions, newest first', ['Version', 'Published', 'By', 'Note', 'Golden score', 'Status', 'Actions'],
      versions.map((v) => {
        const id = versionId(v.id);
        const actions = el('div', 'row-actions');
        const download = button('button button-small button-secondary download', 'Download', ' version ' + id);
        download.setAttribute('data-version', String(id));
        download.addEventListener('click', () => downloadVersion(id));
        actions.appendChild(download);
        if (v.live !== true) {
          const rollback = button('button button-small button-secondary rollback', 'Roll back to this version', ' (version ' + id + ')');
          rollback.setAttribute('data-version', String(id));
          rollback.addEventListener('click', () => rollBack(id));
          actions.appendChild(rollback);
        }
        const status = v.live === true ? el('strong', 'live-badge', 'Live') : '';
        return [String(id), timeNode(v.publishedAt), text(v.author), text(v.note), golden(v.golden) || 'measuring…', status, actions];
      }), 'data versions');
    t.id = 'versions';
    Array.prototype.forEach.call(t.tBodies[0].rows, (row, i) => {
      row.setAttribute('data-version', String(versionId(versions[i].id)));
      if (versions[i].live === true) row.classList.add('is-live');
    });
    box.appendChild(scrollable(t));
  }

  async function loadVersions() {
    try {
      renderVersions(await getJson('/api/admin/corpus/versions'));
    } catch (error) {
      const content = failure(error, 'The version history could not be loaded');
      if (content) clear($('history')).appendChild(message(content, 'error'));
    }
  }

  async function downloadVersion(id) {
    if (!id) return;
    const name = 'corpus-v' + id + '.zip';
    say('Downloading ' + name + '…');
    try {
      const response = await api('/api/admin/corpus/versions/' + id + '/download', { headers: { Accept: 'application/zip' } });
      const blob = await response.blob();
      // The download needs the bearer header, so it is fetched here and saved from an object URL.
      const url = URL.createObjectURL(blob);
      const link = el('a');
      link.href = url;
      link.download = name;
      link.hidden = true;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      say('Downloaded ' + name + '.', 'success');
    } catch (error) {
      const content = failure(error, 'Version ' + id + ' could not be downloaded');
      if (content) say(content, 'error');
    }
  }

  async function rollBack(id) {
    if (!id) return;
    if (!window.confirm('Roll back to version ' + id + '? It becomes the live version for everyone at once.')) return;
    say('Rolling back to version ' + id + '…');
    try {
      const body = await postJson('/api/admin/corpus/rollback', { version: id });
      const live = body && body.version ? versionId(body.version.id) : id;
      say('Rolled back: version ' + live + ' is live.', 'success');
      renderLive(body.version);
      await loadVersions();
      $('live-heading').focus();
    } catch (error) {
      const content = failure(error, 'The rollback to version ' + id + ' failed');
      if (content) say(content, 'error');
    }
  }

  // ---- 5. trying a question ----

  function setDraft(id) {
    const valid = typeof id === 'string' && /^[A-Za-z0-9._:-]{1,100}$/.test(id) ? id : null;
    store(DRAFT_KEY, valid);
    $('try-draft-field').hidden = !valid;
    $('try-draft').checked = !!valid;
    $('try-draft').value = valid || '';
    $('try-draft-label').textContent = valid ? 'Ask draft ' + valid + ' instead of the live version' : 'Ask the draft instead of the live version';
  }

  function safeUrl(value) {
    if (typeof value !== 'string' || !/^https?:\/\//i.test(value)) return null;
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function sourcesNode(sources) {
    const items = list(sources).filter((s) => s && typeof s === 'object');
    if (!items.length) return 'none';
    const ul = el('ul', 'plain');
    items.forEach((s) => {
      const li = el('li');
      const url = safeUrl(s.url);
      const label = text(s.title) || text(s.id);
      if (url) {
        const a = el('a', null, label || url);
        a.href = url;
        a.rel = 'noopener noreferrer';
        li.appendChild(a);
      } else {
        li.textContent = label;
      }
      if (text(s.id)) li.append(' ', el('code', null, '(' + s.id + ')'));
      ul.appendChild(li);
    });
    return ul;
  }

  function textList(values, asCode) {
    const items = list(values).filter((v) => typeof v === 'string');
    if (!items.length) return 'none';
    const ul = el('ul', 'plain');
    items.forEach((v) => {
      const li = el('li');
      if (asCode) li.appendChild(el('code', null, v)); else li.textContent = v;
      ul.appendChild(li);
    });
    return ul;
  }

  function correctionsNode(corrections) {
    const pairs = corrections && typeof corrections === 'object' && !Array.isArray(corrections) ? Object.keys(corrections) : [];
    if (!pairs.length) return 'none';
    const ul = el('ul', 'plain');
    pairs.forEach((from) => {
      const li = el('li');
      li.append(el('code', null, from), ' → ', el('code', null, text(corrections[from])));
      ul.appendChild(li);
    });
    return ul;
  }

  function scoresTable(caption, nameHeader, scores) {
    const items = list(scores).filter((s) => s && typeof s === 'object');
    if (!items.length) return message(caption + ': none.');
    return table(caption, [nameHeader, 'Score'], items.map((s) => [text(s.name), score(s.score)]), 'data scores');
  }

  function renderTry(r) {
    const box = clear($('try-result'));
    const trace = r.trace && typeof r.trace === 'object' ? r.trace : {};
    box.appendChild(el('h3', null, 'Answer'));
    const answer = appendLines(inLanguage('blockquote', null, r.language), r.answer);
    answer.className = 'answer';
    box.appendChild(answer);
    box.appendChild(details([
      ['Answered', r.answered === true ? 'yes' : 'no: fallback answer', 'try-answered'],
      ['Intent', text(r.intent), 'try-intent'],
      ['Confidence', score(r.confidence), 'try-confidence'],
      ['Language', languageName(r.language)],
      ['Corpus', text(r.corpus), 'try-corpus'],
      ['Sources', sourcesNode(r.sources)],
      ['Suggestions', textList(r.suggestions, false)]
    ]));
    const traceBox = el('div', 'trace');
    traceBox.id = 'try-trace';
    traceBox.appendChild(el('h3', null, 'Trace'));
    traceBox.appendChild(details([
      ['Detected language', languageName(trace.language)],
      ['Corrections', correctionsNode(trace.corrections), 'trace-corrections'],
      ['Masked question', text(trace.masked)],
      ['Entities', textList(trace.entities, true), 'trace-entities'],
      ['Decision', text(trace.decision), 'trace-decision']
    ]));
    const scores = el('div', 'score-tables');
    scores.append(scoresTable('Top intents', 'Intent', trace.intents), scoresTable('Sections', 'Section', trace.sections));
    traceBox.appendChild(scores);
    box.appendChild(traceBox);
    box.hidden = false;
  }

  async function tryQuestion(event) {
    event.preventDefault();
    if (asking) return;
    const question = $('question').value.trim();
    if (!question) {
      say('Type a question to try.', 'error');
      $('question').focus();
      return;
    }
    const body = { question: question };
    if ($('language').value) body.language = $('language').value;
    if (!$('try-draft-field').hidden && $('try-draft').checked && $('try-draft').value) body.draft = $('try-draft').value;
    asking = true;
    say('Asking…');
    try {
      const result = await postJson('/api/admin/try', body);
      renderTry(result);
      say('Answered by ' + (text(result.corpus) || 'the live version') + ': intent ' + (text(result.intent) || 'none') + '.', 'success');
    } catch (error) {
      if (error instanceof ApiError && error.status === 404 && body.draft) {
        setDraft(null); // drafts expire after an hour
      }
      const content = failure(error, 'The question could not be tried');
      if (content) say(content, 'error');
    } finally {
      asking = false;
    }
  }

  // ---- 6. unanswered questions ----

  function exampleSnippet(q) {
    const languages = list(q.languages).filter((l) => typeof l === 'string' && /^[a-z]{2,3}$/.test(l));
    const language = languages[0] || 'es';
    const question = text(q.question).replace(/\s+/g, ' ').trim();
    return '# Paste under the right intent\'s examples, in intents/*.yml:\n'
      + '    ' + language + ': |\n'
      + '      - ' + question + '\n';
  }

  async function copySnippet(snippet) {
    const fallback = $('copy-fallback');
    const area = $('copy-text');
    try {
      if (!navigator.clipboard || !window.isSecureContext) throw new Error('no clipboard');
      await navigator.clipboard.writeText(snippet);
      fallback.hidden = true;
      say('Copied. Paste it under the right intent in intents/*.yml.', 'success');
      return;
    } catch (e) {
      // No clipboard access here (plain http, or permission refused): select the text for the user to copy.
    }
    area.value = snippet;
    fallback.hidden = false;
    area.focus();
    area.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch (e) {
      copied = false;
    }
    say(copied ? 'Copied. Paste it under the right intent in intents/*.yml.'
      : 'The snippet is selected below: press Ctrl+C (or ⌘+C) to copy it.', copied ? 'success' : 'info');
  }

  function renderUnanswered(data) {
    const box = clear($('unanswered'));
    const questions = list(data && data.questions).filter((q) => q && typeof q === 'object');
    if (!questions.length) {
      box.appendChild(message('No unanswered questions. 🎉'));
      return;
    }
    const t = table('Questions without an answer, most frequent first',
      ['Question', 'Times asked', 'First seen', 'Last seen', 'Languages', 'Channels', 'Action'],
      questions.map((q) => {
        const copy = button('button button-small button-secondary copy-example', 'Copy as new example');
        copy.addEventListener('click', () => copySnippet(exampleSnippet(q)));
        return [inLanguage('span', text(q.question), list(q.languages)[0]), number(q.count), timeNode(q.firstSeen), timeNode(q.lastSeen),
          list(q.languages).join(', '), list(q.channels).join(', '), copy];
      }), 'data unanswered');
    box.appendChild(scrollable(t));
    // The report comes a page at a time (the server's default size): say which, and offer the neighbours.
    const offset = number(data.offset) || 0;
    const size = number(data.limit) || questions.length;
    const total = number(data.total);
    if (total != null && total > questions.length) {
      box.appendChild(message('Questions ' + (offset + 1) + '–' + (offset + questions.length) + ' of ' + total + '.'));
      if (offset > 0) {
        const previous = button('button button-small button-secondary', 'Previous page', ' of unanswered questions');
        previous.addEventListener('click', () => loadUnanswered(Math.max(0, offset - size)));
        box.appendChild(previous);
      }
      if (offset + questions.length < total) {
        const next = button('button button-small button-secondary', 'Next page', ' of unanswered questions');
        next.addEventListener('click', () => loadUnanswered(offset + questions.length));
        box.appendChild(next);
      }
    }
  }

  async function loadUnanswered(offset) {
    try {
      renderUnanswered(await getJson('/api/admin/unanswered?offset=' + (Number.isInteger(offset) ? offset : 0)));
    } catch (error) {
      const content = failure(error, 'The unanswered questions could not be loaded');
      if (content) clear($('unanswered')).appendChild(message(content, 'error'));
    }
  }

  // ---- 7. feedback ----

  function renderFeedback(data) {
    const box = clear($('feedback'));
    const intents = list(data && data.intents).filter((i) => i && typeof i === 'object');
    const comments = list(data && data.comments).filter((c) => c && typeof c === 'object');
    box.appendChild(el('h3', null, 'Per intent'));
    if (intents.length) {
      const t = table('Answers rated helpful and not helpful, per intent', ['Intent', '👍 Helpful', '👎 Not helpful'],
        intents.map((i) => [text(i.intent) || '(none)', number(i.helpful), number(i.notHelpful)]), 'data feedback-intents');
      box.appendChild(scrollable(t));
    } else {
      box.appendChild(message('No ratings yet.'));
    }
    box.appendChild(el('h3', null, 'Comments on unhelpful answers'));
    if (comments.length) {
      box.appendChild(scrollable(table('Comments on answers rated not helpful, newest first', ['Question', 'Comment', 'Intent', 'Date'],
        comments.map((c) => [text(c.question), text(c.comment), text(c.intent), timeNode(c.at)]), 'data feedback-comments')));
    } else {
      box.appendChild(message('No comments yet.'));
    }
  }

  async function loadFeedback() {
    try {
      renderFeedback(await getJson('/api/admin/feedback'));
    } catch (error) {
      const content = failure(error, 'The feedback could not be loaded');
      if (content) clear($('feedback')).appendChild(message(content, 'error'));
    }
  }

  function loadOthers() {
    loadVersions();
    loadUnanswered();
    loadFeedback();
  }

  // ---- start ----

  function refreshing(load, what) {
    return async () => {
      say('Refreshing ' + what + '…');
      await load();
      if (token) say('Refreshed ' + what + '.');
    };
  }

  function init() {
    $('login-form').addEventListener('submit', logIn);
    $('logout').addEventListener('click', logOut);
    $('upload-form').addEventListener('submit', upload);
    ['publish', 'upload-draft'].forEach((id) => $(id).addEventListener('click', () => { lastSubmitter = id; }));
    $('try-form').addEventListener('submit', tryQuestion);
    $('live-refresh').addEventListener('click', refreshing(() => Promise.all([loadLive(), loadVersions()]), 'the live version'));
    $('history-refresh').addEventListener('click', refreshing(loadVersions, 'the version history'));
    $('unanswered-refresh').addEventListener('click', refreshing(loadUnanswered, 'the unanswered questions'));
    $('feedback-refresh').addEventListener('click', refreshing(loadFeedback, 'the feedback'));

    const saved = storedToken();
    if (!saved) {
      showLogin();
      return;
    }
    generation++;
    token = saved;
    showAdmin();
    loadLive();
    loadOthers();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
