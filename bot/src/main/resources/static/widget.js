/* Chat widget of the Regional Review assistant: <script src="https://bot.example/widget.js" data-lang="es" defer></script>
 * Options: data-lang, data-title, data-position, data-color, data-api. All data goes in as text; only http(s) links.
 * TEXTS holds the interface only (buttons, labels, errors): everything the bot says, its welcome and starter
 * questions included, comes from the corpus through the API (GET /api/welcome, POST /api/chat). */
(function () {
  'use strict';

  const script = document.currentScript || document.querySelector('script[src*="widget.js"]');
  const STORE = 'rr-chat';
  const ACCENT = /^#[0-9a-fA-F]{3,8}$/;
  const SESSION = /^[A-Za-z0-9-]{1,100}$/;
  const MAX_LENGTH = 1000;
  const MAX_KEPT = 200;
  const TIMEOUT_MS = 30000;
  const MAX_STARTERS = 6;

  const TEXTS = {
    es: {
      title: 'Asistente de la Revisión Regional', open: 'Abrir el chat', close: 'Cerrar el chat',
      newChat: 'Nueva conversación', label: 'Escribe tu pregunta', send: 'Enviar', typing: 'Escribiendo…',
      startersLabel: 'Preguntas para empezar',
      suggestionsLabel: 'Preguntas relacionadas', source: 'Fuente', newTab: '(se abre en una pestaña nueva)',
      feedbackLabel: '¿Te resultó útil esta respuesta?', up: 'Útil', down: 'No útil',
      thanks: 'Gracias por tu opinión.', feedbackError: 'No se pudo enviar tu opinión.',
      commentLabel: '¿Qué faltó o qué estaba mal? (opcional)', commentSend: 'Enviar comentario', commentThanks: 'Gracias: lo leerá el equipo.',
      error: 'No se pudo conectar con el servidor.', retry: 'Reintentar', you: 'Tú:', bot: 'Asistente:',
      tooMany: 'Demasiadas preguntas seguidas. Espera {n}\u00a0s y vuelve a intentarlo.',
      tooManySoon: 'Demasiadas preguntas seguidas. Espera un momento y vuelve a intentarlo.'
    },
    en: {
      title: 'Regional Review Assistant', open: 'Open chat', close: 'Close chat', newChat: 'New conversation',
      label: 'Type your question', send: 'Send', typing: 'Typing…',
      startersLabel: 'Questions to get started',
      suggestionsLabel: 'Related questions', source: 'Source', newTab: '(opens in a new tab)',
      feedbackLabel: 'Was this answer helpful?', up: 'Helpful', down: 'Not helpful',
      thanks: 'Thank you for your feedback.', feedbackError: 'Your feedback could not be sent.',
      commentLabel: 'What was missing or wrong? (optional)', commentSend: 'Send comment', commentThanks: 'Thank you: the team will read it.',
      error: 'Could not connect to the server.', retry: 'Retry', you: 'You:', bot: 'Assistant:',
      tooMany: 'Too many questions in a row. Wait {n}\u00a0s and try again.',
      tooManySoon: 'Too many questions in a row. Wait a moment and try again.'
    },
    pt: {
      title: 'Assistente da Revisão Regional', open: 'Abrir o chat', close: 'Fechar o chat', newChat: 'Nova conversa',
      label: 'Digite sua pergunta', send: 'Enviar', typing: 'Digitando…',
      startersLabel: 'Perguntas para começar',
      suggestionsLabel: 'Perguntas relacionadas', source: 'Fonte', newTab: '(abre em uma nova aba)',
      feedbackLabel: 'Esta resposta foi útil?', up: 'Útil', down: 'Não útil', thanks: 'Obrigado pela sua opinião.',
      commentLabel: 'O que faltou ou estava errado? (opcional)', commentSend: 'Enviar comentário', commentThanks: 'Obrigado: a equipe vai ler.',
      feedbackError: 'Não foi possível enviar sua opinião.', error: 'Não foi possível conectar ao servidor.',
      retry: 'Tentar novamente', you: 'Você:', bot: 'Assistente:',
      tooMany: 'Muitas perguntas seguidas. Aguarde {n}\u00a0s e tente novamente.',
      tooManySoon: 'Muitas perguntas seguidas. Aguarde um momento e tente novamente.'
    },
    fr: {
      title: 'Assistant de l’Examen régional', open: 'Ouvrir le chat', close: 'Fermer le chat',
      newChat: 'Nouvelle conversation', label: 'Saisissez votre question', send: 'Envoyer',
      typing: 'En train d’écrire…',
      startersLabel: 'Questions pour commencer',
      suggestionsLabel: 'Questions associées', source: 'Source', newTab: '(s’ouvre dans un nouvel onglet)',
      feedbackLabel: 'Cette réponse vous a-t-elle été utile ?', up: 'Utile', down: 'Pas utile',
      thanks: 'Merci pour votre avis.', feedbackError: 'Votre avis n’a pas pu être envoyé.',
      commentLabel: 'Qu’est-ce qui manquait ou était faux ? (facultatif)', commentSend: 'Envoyer le commentaire', commentThanks: 'Merci : l’équipe le lira.',
      error: 'Impossible de se connecter au serveur.', retry: 'Réessayer', you: 'Vous :', bot: 'Assistant :',
      tooMany: 'Trop de questions à la suite. Attendez {n}\u00a0s et réessayez.',
      tooManySoon: 'Trop de questions à la suite. Attendez un instant et réessayez.'
    }
  };

  const ICONS = {
    chat: 'M4 5h16v11H9l-5 4z',
    restart: 'M4 12a8 8 0 1 0 2.4-5.7M4 4v5h5',
    close: 'M6 6l12 12M18 6L6 18',
    // Feather's thumbs-up and thumbs-down (MIT): drawn, so no emoji font is needed
    up: 'M14 9V5a3 3 0 0 0-3-3l-4 9v11h11.28a2 2 0 0 0 2-1.7l1.38-9a2 2 0 0 0-2-2.3zM7 22H4a2 2 0 0 1-2-2v-7a2 2 0 0 1 2-2h3',
    down: 'M10 15v4a3 3 0 0 0 3 3l4-9V2H5.72a2 2 0 0 0-2 1.7l-1.38 9a2 2 0 0 0 2 2.3zm7-13h2.67A2.31 2.31 0 0 1 22 4v7a2.31 2.31 0 0 1-2.33 2H17'
  };

  function option(name) {
    const value = script ? script.getAttribute('data-' + name) : null;
    return value == null ? '' : value.trim();
  }

  function supported(code) {
    return Object.prototype.hasOwnProperty.call(TEXTS, code);
  }

  const givenLang = option('lang').toLowerCase();
  const explicitLang = supported(givenLang);
  const browserLang = String(navigator.language || '').slice(0, 2).toLowerCase();
  const lang = explicitLang ? givenLang : (supported(browserLang) ? browserLang : 'es');
  const S = TEXTS[lang];
  const title = option('title') || S.title;
  const position = option('position').toLowerCase() === 'left' ? 'left' : 'right';
  const color = option('color');

  const scriptUrl = script && script.src ? new URL(script.src, location.href) : null;
  const cssHref = scriptUrl ? new URL('widget.css', scriptUrl).href : new URL('/widget.css', location.href).href;
  const api = apiBase();

  function isHttp(url) {
    return url.protocol === 'http:' || url.protocol === 'https:';
  }

  function apiBase() {
    const given = option('api');
    if (given) {
      try {
        const url = new URL(given, location.href);
        if (isHttp(url)) return url.href.replace(/\/+$/, '');
      } catch (e) {
        // not a URL: use the default
      }
    }
    return scriptUrl && isHttp(scriptUrl) ? scriptUrl.origin : location.origin;
  }

  /** The URL if it is an absolute http(s) one, else null. */
  function safeUrl(value) {
    if (typeof value !== 'string' || !/^https?:\/\//i.test(value)) return null;
    try {
      const url = new URL(value);
      return isHttp(url) ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function newSessionId() {
    const c = window.crypto;
    if (c && typeof c.randomUUID === 'function') return c.randomUUID();
    const bytes = c.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  // ---- state, kept in sessionStorage so a reload keeps the conversation ----

  function freshState() {
    return { sessionId: newSessionId(), lang: lang, messages: [], open: false };
  }

  function text(value) {
    return typeof value === 'string' ? value : '';
  }

  function cleanSources(list) {
    const seen = new Set();
    const out = [];
    (Array.isArray(list) ? list : []).forEach((s) => {
      const url = s && typeof s === 'object' ? safeUrl(s.url) : null;
      if (url && !seen.has(url) && out.length < 5) {
        seen.add(url);
        out.push({ id: text(s.id), title: text(s.title).trim(), url: url });
      }
    });
    return out;
  }

  function cleanSuggestions(list) {
    return (Array.isArray(list) ? list : [])
      .filter((s) => typeof s === 'string' && s.trim())
      .map((s) => s.trim().slice(0, MAX_LENGTH))
      .slice(0, 4);
  }

  /** The welcome and starters of GET /api/welcome, as text; null when the reply is not one. */
  function cleanWelcome(body) {
    if (!body || typeof body !== 'object') return null;
    const starters = (Array.isArray(body.starters) ? body.starters : [])
      .filter((s) => typeof s === 'string' && s.trim())
      .map((s) => s.trim().slice(0, MAX_LENGTH))
      .slice(0, MAX_STARTERS);
    return { text: text(body.welcome).trim(), starters: starters };
  }

  function loadState() {
    try {
      const saved = JSON.parse(sessionStorage.getItem(STORE));
      if (saved && typeof saved === 'object' && typeof saved.sessionId === 'string' && SESSION.test(saved.sessionId)
          && Array.isArray(saved.messages)) {
        return {
          sessionId: saved.sessionId,
          lang: lang,
          messages: saved.messages.filter((m) => m && (m.role === 'user' || m.role === 'bot') && typeof m.text === 'string'),
          open: saved.open === true
        };
      }
    } catch (e) {
      // storage unavailable or corrupt: start afresh
    }
    return null;
  }

  function save() {
    try {
      sessionStorage.setItem(STORE, JSON.stringify(state));
    } catch (e) {
      // storage full or disabled: the conversation will not survive a reload
    }
  }

  let state = null;
  let busy = false;
  let generation = 0;
  // The corpus's welcome and starters, fetched once when the panel first opens; until then (or if the fetch
  // fails) the panel shows no welcome and no starters rather than words of its own.
  let welcome = null;
  let welcomeAsked = false;

  // ---- DOM helpers (no HTML strings anywhere) ----

  function el(tag, className, content) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (content != null) node.textContent = content;
    return node;
  }

  /** Sets fixed attributes (never style or event handlers). */
  function attrs(node, map) {
    Object.keys(map).forEach((k) => node.setAttribute(k, map[k]));
    return node;
  }

  function button(className, content, label) {
    const node = el('button', className, content);
    node.type = 'button';
    if (label) {
      node.setAttribute('aria-label', label);
      node.title = label;
    }
    return node;
  }

  function icon(path) {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = attrs(document.createElementNS(ns, 'svg'),
      { viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false', class: 'rr-icon' });
    svg.appendChild(attrs(document.createElementNS(ns, 'path'), { d: path, fill: 'none', stroke: 'currentColor',
      'stroke-width': '2', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }));
    return svg;
  }

  /** Appends the text line by line, with <br> elements between the lines. */
  function appendLines(parent, value) {
    text(value).split(/\r\n|\r|\n/).forEach((line, i) => {
      if (i > 0) parent.appendChild(document.createElement('br'));
      parent.appendChild(document.createTextNode(line));
    });
  }

  // ---- the widget's elements ----

  const root = el('div', 'rr-root rr-' + position);
  root.id = 'rr-root';
  root.hidden = true; // shown once widget.css has loaded
  if (ACCENT.test(color) && (!window.CSS || !CSS.supports || CSS.supports('color', color))) root.style.setProperty('--rr-accent', color);

  const launcher = attrs(button('rr-launcher', null, S.open),
    { id: 'rr-launcher', 'aria-expanded': 'false', 'aria-controls': 'rr-panel' });
  launcher.appendChild(icon(ICONS.chat));

  const panel = attrs(el('div', 'rr-panel'), { id: 'rr-panel', role: 'dialog', 'aria-label': title });
  panel.hidden = true;

  const header = el('div', 'rr-header');
  const newButton = attrs(button('rr-icon-button', null, S.newChat), { id: 'rr-new' });
  newButton.appendChild(icon(ICONS.restart));
  const closeButton = attrs(button('rr-icon-button', null, S.close), { id: 'rr-close' });
  closeButton.appendChild(icon(ICONS.close));
  header.append(el('h2', 'rr-title', title), newButton, closeButton);

  const scroller = el('div', 'rr-scroll');
  const log = attrs(el('div', 'rr-log'), { id: 'rr-log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions' });
  const starters = attrs(el('div', 'rr-starters'), { role: 'group', 'aria-label': S.startersLabel });
  scroller.append(log, starters);

  const form = el('form', 'rr-form');
  const label = el('label', 'rr-visually-hidden', S.label);
  label.htmlFor = 'rr-input';
  const input = attrs(el('input', 'rr-input'), { id: 'rr-input', type: 'text', dir: 'auto', maxlength: String(MAX_LENGTH),
    autocomplete: 'off', placeholder: S.label + '…', enterkeyhint: 'send' });
  const sendButton = attrs(el('button', 'rr-send', S.send), { id: 'rr-send', type: 'submit' });
  form.append(label, input, sendButton);

  panel.append(header, scroller, form);
  root.append(launcher, panel);

  // ---- rendering ----

  function scrollTo(node) {
    // A long answer is shown from its start; anything else scrolls to the bottom.
    scroller.scrollTop = node ? Math.min(node.offsetTop - 8, scroller.scrollHeight) : scroller.scrollHeight;
  }

  function suggestionButton(question, isStarter) {
    const b = attrs(button('rr-suggestion', question), { dir: 'auto' });
    b.addEventListener('click', () => {
      if (busy) return;
      if (isStarter) {
        input.focus(); // the starters disappear once a question is asked
      }
      ask(question, false);
    });
    return b;
  }

  function messageBox(role) {
    // who speaks: CSS generated content for screen readers, kept out of the message text
    return attrs(el('div', 'rr-msg ' + (role === 'user' ? 'rr-user' : 'rr-bot')), { 'data-rr-who': role === 'user' ? S.you : S.bot });
  }

  function welcomeNode() {
    const box = messageBox('bot');
    box.classList.add('rr-welcome');
    const body = attrs(el('div', 'rr-text'), { dir: 'auto' });
    appendLines(body, welcome.text);
    box.appendChild(body);
    return box;
  }

  /** Shows the welcome that just arrived above the conversation, and the starters if nothing was asked yet. */
  function showWelcome() {
    if (welcome.text && !log.querySelector('.rr-welcome')) log.insertBefore(welcomeNode(), log.firstChild);
    renderStarters();
  }

  function feedbackNodes(box, m) {
    const group = attrs(el('div', 'rr-feedback'), { role: 'group', 'aria-label': S.feedbackLabel });
    const up = button('rr-feedback-up', null, S.up);
    up.appendChild(icon(ICONS.up));
    const down = button('rr-feedback-down', null, S.down);
    down.appendChild(icon(ICONS.down));
    group.append(up, down);
    box.appendChild(group);

    function mark(helpful) {
      up.setAttribute('aria-pressed', String(helpful === true));
      down.setAttribute('aria-pressed', String(helpful === false));
      up.disabled = down.disabled = typeof helpful === 'boolean';
    }

    function note(message) {
      const old = box.querySelector('.rr-thanks');
      if (old) old.remove();
      const p = el('p', 'rr-thanks', message);
      p.tabIndex = -1;
      box.appendChild(p);
      return p;
    }

    function give(helpful) {
      if (up.disabled) return;
      mark(helpful);
      note(S.thanks).focus(); // keeps focus in the panel now that the buttons are disabled
      m.feedback = helpful;
      save();
      const body = { sessionId: state.sessionId, messageId: m.messageId || undefined, question: text(m.question) || undefined, helpful: helpful };
      post('/api/feedback', body).then(() => {
        if (!helpful) commentForm(body);
      }, () => {
        delete m.feedback;
        save();
        mark(null);
        note(S.feedbackError);
      });
    }

    // After a 👎, an optional short comment; the server adds it to the same feedback (same messageId).
    function commentForm(body) {
      const form = el('form', 'rr-comment');
      const id = 'rr-comment-' + Math.random().toString(36).slice(2);
      const label = attrs(el('label', null, S.commentLabel), { for: id });
      const input = attrs(el('textarea', 'rr-comment-text'), { id: id, rows: '2', maxlength: '500' });
      const send = button('rr-comment-send', S.commentSend);
      send.type = 'submit';
      form.append(label, input, send);
      box.appendChild(form);
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const comment = input.value.trim();
        if (!comment) return;
        send.disabled = true;
        post('/api/feedback', Object.assign({}, body, { comment: comment })).then(() => {
          form.remove();
          note(S.commentThanks).focus();
        }, () => {
          send.disabled = false;
          note(S.feedbackError);
        });
      });
    }

    mark(typeof m.feedback === 'boolean' ? m.feedback : null);
    if (typeof m.feedback === 'boolean') note(S.thanks);
    up.addEventListener('click', () => give(true));
    down.addEventListener('click', () => give(false));
  }

  /** What went wrong: over the rate limit (with the seconds to wait when the server said), or no answer at all. */
  function errorText(m) {
    if (!m.limited) return S.error;
    return Number.isInteger(m.wait) && m.wait > 0 ? S.tooMany.replace('{n}', String(m.wait)) : S.tooManySoon;
  }

  function errorNode(m) {
    const box = attrs(el('div', 'rr-error'), { role: 'alert' });
    box.appendChild(el('span', 'rr-error-text', errorText(m)));
    const retry = button('rr-retry', S.retry);
    retry.addEventListener('click', () => {
      if (busy) return;
      const question = text(m.question);
      if (input.value.trim() === question.trim()) input.value = '';
      input.focus(); // the error line (and this button) is removed by ask()
      ask(question, true);
    });
    box.appendChild(retry);
    return box;
  }

  function messageNode(m) {
    if (m.error) return errorNode(m);
    const box = messageBox(m.role);
    // each message takes its direction from its own text: an Arabic or Hebrew question reads right to left
    const body = attrs(el('div', 'rr-text'), { dir: 'auto' });
    appendLines(body, m.text);
    box.appendChild(body);
    if (m.role !== 'bot') return box;
    const sources = cleanSources(m.sources);
    if (sources.length) {
      const list = el('ul', 'rr-sources');
      sources.forEach((s) => {
        const a = el('a', 'rr-source', S.source + ': ' + (s.title || new URL(s.url).host));
        a.href = s.url;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        a.setAttribute('data-rr-hint', S.newTab);
        const item = el('li');
        item.appendChild(a);
        list.appendChild(item);
      });
      box.appendChild(list);
    }
    const suggestions = cleanSuggestions(m.suggestions);
    if (suggestions.length) {
      const group = attrs(el('div', 'rr-suggestions'), { role: 'group', 'aria-label': S.suggestionsLabel });
      suggestions.forEach((q) => group.appendChild(suggestionButton(q, false)));
      box.appendChild(group);
    }
    feedbackNodes(box, m);
    return box;
  }

  function renderStarters() {
    const fresh = !state.messages.some((m) => m.role === 'user');
    if (fresh && !starters.hasChildNodes() && welcome) {
      welcome.starters.forEach((q) => starters.appendChild(suggestionButton(q, true)));
    } else if (!fresh) {
      starters.textContent = '';
    }
    starters.hidden = !fresh || !starters.hasChildNodes();
  }

  function renderAll() {
    log.textContent = '';
    starters.textContent = '';
    if (welcome && welcome.text) log.appendChild(welcomeNode());
    state.messages.forEach((m) => log.appendChild(messageNode(m)));
    renderStarters();
    scrollTo(null);
  }

  function addMessage(m) {
    state.messages.push(m);
    if (state.messages.length > MAX_KEPT) state.messages.splice(0, state.messages.length - MAX_KEPT);
    save();
    const node = messageNode(m);
    log.appendChild(node);
    renderStarters();
    scrollTo(m.role === 'bot' && !m.error ? node : null);
  }

  function removeErrors() {
    state.messages = state.messages.filter((m) => !m.error);
    log.querySelectorAll('.rr-error').forEach((node) => node.remove());
  }

  function typingNode() {
    const node = el('div', 'rr-typing');
    const dots = el('span', 'rr-dots');
    dots.setAttribute('aria-hidden', 'true');
    dots.append(el('span', 'rr-dot'), el('span', 'rr-dot'), el('span', 'rr-dot'));
    node.append(dots, el('span', 'rr-visually-hidden', S.typing));
    return node;
  }

  // ---- talking to the server ----

  /**
   * Whole seconds to wait from a Retry-After value (seconds or an HTTP date), at least 1; 0 when absent or
   * unreadable (another site's page reads it only if the API exposes it).
   */
  function retryAfter(value) {
    const given = text(value).trim();
    if (!given) return 0;
    const seconds = /^[0-9]+$/.test(given) ? Number(given) : Math.ceil((Date.parse(given) - Date.now()) / 1000);
    if (!Number.isFinite(seconds)) return 0;
    return Math.min(Math.max(seconds, 1), 86400);
  }

  async function post(path, body) {
    const controller = typeof AbortController === 'function' ? new AbortController() : null;
    const timer = controller ? setTimeout(() => controller.abort(), TIMEOUT_MS) : 0;
    try {
      const response = await fetch(api + path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        signal: controller ? controller.signal : undefined
      });
      if (!response.ok) {
        const failure = new Error('HTTP ' + response.status);
        failure.status = response.status;
        failure.wait = retryAfter(response.headers.get('Retry-After'));
        throw failure;
      }
      return response;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Fetches the welcome and starters once; a failure leaves them out, and the next opening tries again. */
  async function loadWelcome() {
    if (welcomeAsked) return;
    welcomeAsked = true;
    const controller = typeof AbortController === 'function' ? new AbortController() : null;
    const timer = controller ? setTimeout(() => controller.abort(), TIMEOUT_MS) : 0;
    try {
      // A simple GET (no preflight); the server's ETag lets the browser revalidate it cheaply.
      const response = await fetch(api + '/api/welcome?language=' + encodeURIComponent(lang),
        { signal: controller ? controller.signal : undefined });
      welcome = response.ok ? cleanWelcome(await response.json()) : null;
    } catch (e) {
      welcome = null;
    } finally {
      clearTimeout(timer);
    }
    if (welcome) {
      showWelcome();
    } else {
      welcomeAsked = false;
    }
  }

  function setBusy(value) {
    busy = value;
    if (value) {
      sendButton.setAttribute('aria-disabled', 'true');
    } else {
      sendButton.removeAttribute('aria-disabled');
    }
  }

  /** Asks a question; a retry does not repeat the user's message in the transcript. */
  async function ask(raw, isRetry) {
    const question = text(raw).trim().slice(0, MAX_LENGTH);
    if (!question || busy) return;
    const mine = ++generation;
    setBusy(true);
    removeErrors();
    if (!isRetry) {
      addMessage({ role: 'user', text: question });
    }
    const typing = typingNode();
    log.appendChild(typing);
    scrollTo(null);

    const body = { sessionId: state.sessionId, message: question };
    if (explicitLang) body.language = lang;
    let reply = null;
    let limited = null;
    try {
      const response = await post('/api/chat', body);
      reply = await response.json();
    } catch (e) {
      reply = null;
      if (e && e.status === 429) limited = { wait: e.wait };
    }
    if (mine !== generation) {
      return; // a new conversation was started meanwhile
    }
    typing.remove();
    setBusy(false);
    if (!reply || typeof reply !== 'object' || typeof reply.answer !== 'string') {
      const failure = { role: 'bot', error: true, question: question };
      if (limited) {
        failure.limited = true;
        failure.wait = limited.wait;
      }
      failure.text = errorText(failure);
      addMessage(failure);
      if (!input.value) {
        input.value = question; // nothing typed is lost
      }
      return;
    }
    addMessage({
      role: 'bot',
      text: reply.answer,
      sources: cleanSources(reply.sources),
      suggestions: cleanSuggestions(reply.suggestions),
      messageId: typeof reply.messageId === 'string' ? reply.messageId : null,
      answered: reply.answered === true,
      question: question
    });
  }

  // ---- opening, closing, new conversation ----

  function isOpen() {
    return !panel.hidden;
  }

  function setOpen(open, moveFocus) {
    panel.hidden = !open;
    root.classList.toggle('rr-open', open);
    launcher.setAttribute('aria-expanded', String(open));
    state.open = open;
    save();
    if (open) {
      loadWelcome();
      scrollTo(null);
      if (moveFocus) input.focus();
    }
  }

  function close() {
    setOpen(false);
    launcher.focus();
  }

  function newConversation() {
    generation++;
    setBusy(false);
    try {
      sessionStorage.removeItem(STORE);
    } catch (e) {
      // nothing stored
    }
    state = freshState();
    state.open = isOpen();
    save();
    renderAll();
    input.focus();
  }

  launcher.addEventListener('click', () => setOpen(!isOpen(), true));
  closeButton.addEventListener('click', close);
  newButton.addEventListener('click', newConversation);
  root.addEventListener('keydown', (event) => {
    if ((event.key === 'Escape' || event.key === 'Esc') && isOpen()) {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (busy || !input.value.trim()) return;
    const question = input.value;
    input.value = '';
    ask(question, false);
  });

  // ---- start ----

  function loadStyles(done) {
    const present = Array.prototype.some.call(document.querySelectorAll('link[rel="stylesheet"]'), (l) => l.href === cssHref);
    if (present) {
      done();
      return;
    }
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = cssHref;
    link.addEventListener('load', done);
    link.addEventListener('error', done);
    document.head.appendChild(link);
    setTimeout(done, 3000); // show the widget even if the load event never comes
  }

  function init() {
    if (document.getElementById('rr-launcher')) {
      return; // embedded twice
    }
    state = loadState() || freshState();
    save();
    renderAll();
    document.body.appendChild(root);
    if (state.open) setOpen(true, false);
    loadStyles(() => {
      if (root.hidden) {
        root.hidden = false;
        scrollTo(null);
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
