/* The admin API as the page uses it: JSON in and out, the session cookie (or the admin token, kept in
 * sessionStorage, for technical staff) and Spring Security's CSRF cookie echoed on every change. */

const TOKEN_KEY = 'rr-admin-token';

export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.detail) || `HTTP ${status}`);
    this.status = status;
    this.body = body || {};
  }
}

export function useToken(token) {
  if (token) sessionStorage.setItem(TOKEN_KEY, token); else sessionStorage.removeItem(TOKEN_KEY);
}

export function hasToken() {
  return !!sessionStorage.getItem(TOKEN_KEY);
}

function csrfCookie() {
  const match = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return match ? decodeURIComponent(match.slice('XSRF-TOKEN='.length)) : null;
}

/**
 * Sends a request and returns {status, body, etag}; throws ApiError for a status of 400 or more.
 * options: {ifMatch, raw (a Blob or ArrayBuffer body), contentType}.
 */
export async function request(method, path, body, options = {}) {
  const headers = { Accept: 'application/json' };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.Authorization = `Bearer ${token}`;
  if (method !== 'GET') {
    const csrf = csrfCookie();
    if (csrf) headers['X-XSRF-TOKEN'] = csrf;
  }
  if (options.ifMatch) headers['If-Match'] = options.ifMatch;
  let payload;
  if (options.raw) {
    payload = options.raw;
    headers['Content-Type'] = options.contentType || 'application/zip';
  } else if (body !== undefined && body !== null) {
    payload = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  const type = response.headers.get('Content-Type') || '';
  const json = type.includes('json') ? await response.json().catch(() => null) : null;
  if (response.status >= 400) throw new ApiError(response.status, json);
  return { status: response.status, body: json, etag: response.headers.get('ETag'), response };
}

export const get = (path) => request('GET', path);
export const post = (path, body, options) => request('POST', path, body, options);
export const put = (path, body, options) => request('PUT', path, body, options);
export const del = (path, options) => request('DELETE', path, null, options);

/** Downloads a file of the API (a zip) as the browser's download. */
export async function download(path, filename) {
  const headers = {};
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(path, { headers, credentials: 'same-origin' });
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
