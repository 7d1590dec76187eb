/* Small DOM helpers: no HTML strings anywhere, since the server's texts include questions typed by the public. */

export const $ = (id) => document.getElementById(id);

export function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value == null || value === false) return;
    if (name === 'className') node.className = value;
    else if (name === 'text') node.textContent = String(value);
    else if (name.startsWith('on')) node.addEventListener(name.slice(2).toLowerCase(), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  });
  children.flat().forEach((child) => {
    if (child == null) return;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  });
  return node;
}

export function clear(node) {
  node.textContent = '';
  return node;
}

let statusTimer = 0;

/** Announces an outcome in the page's live region (and shows it). kind: info, success, error. */
export function announce(message, kind = 'info') {
  const status = $('status');
  status.className = `status status-${kind}`;
  status.textContent = message;
  clearTimeout(statusTimer);
  if (kind !== 'error') statusTimer = setTimeout(() => { status.classList.add('status-faded'); }, 8000);
}

/** A table with a caption, column headers and rows of cells (text or nodes); the first cell heads its row. */
export function table(caption, headers, rows) {
  return el('div', { className: 'table-scroll' }, el('table', { className: 'data' },
    el('caption', { text: caption }),
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((cell, i) => el(i === 0 ? 'th' : 'td',
      i === 0 ? { scope: 'row' } : {}, cell == null || cell === '' ? '—' : cell)))))));
}

const dates = {};

export function when(iso, language) {
  const date = new Date(iso);
  if (isNaN(date.getTime())) return String(iso || '—');
  dates[language] = dates[language] || new Intl.DateTimeFormat(language === 'es' ? 'es-ES' : 'en-GB',
    { dateStyle: 'medium', timeStyle: 'short' });
  return el('time', { datetime: date.toISOString(), text: dates[language].format(date) });
}

/** Marks a busy form (its buttons disabled) while promise runs. */
export async function busy(form, run) {
  form.setAttribute('aria-busy', 'true');
  form.querySelectorAll('button').forEach((b) => { b.disabled = true; });
  try {
    return await run();
  } finally {
    form.removeAttribute('aria-busy');
    form.querySelectorAll('button').forEach((b) => { b.disabled = false; });
  }
}

/**
 * Fills a <select> with one option per item ([value, label] pairs) and returns the value to show: the one shown
 * before when it is still there, else the first (undefined when there is none).
 */
export function fillChoices(select, pairs, shown) {
  clear(select);
  pairs.forEach(([value, label]) => select.appendChild(el('option', { value, text: label })));
  return pairs.some(([value]) => value === shown) ? shown : (pairs[0] || [])[0];
}
