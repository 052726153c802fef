// The AVRS API from the browser: the viewer's token (kept in localStorage), JSON calls that turn
// problem bodies (RFC 9457) into errors, and the live event stream read through fetch (EventSource
// cannot send the Authorization header).

const TOKEN_KEY = 'avrs.token';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem && problem.detail ? problem.detail : `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export function token() {
  return localStorage.getItem(TOKEN_KEY);
}

export function forgetToken() {
  localStorage.removeItem(TOKEN_KEY);
}

/** Registers a viewer when this browser has no valid token; returns the viewer. */
export async function ensureViewer() {
  if (token()) {
    try {
      return await call('GET', '/api/viewers/me');
    } catch (e) {
      if (e.status !== 401) throw e;
      forgetToken();
    }
  }
  const reg = await call('POST', '/api/viewers', {keepRawSignals: false}, false);
  localStorage.setItem(TOKEN_KEY, reg.token);
  return reg;
}

/** A JSON call; body is an object (sent as JSON), a Blob/ArrayBuffer (sent as is with type), or null. */
export async function call(method, path, body = null, auth = true, contentType = 'application/json') {
  const headers = {Accept: 'application/json'};
  if (auth && token()) headers.Authorization = `Bearer ${token()}`;
  let payload;
  if (body instanceof Blob || body instanceof ArrayBuffer) {
    headers['Content-Type'] = contentType;
    payload = body;
  } else if (body !== null) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const res = await fetch(path, {method, headers, body: payload});
  const text = await res.text();
  const json = text ? JSON.parse(text) : null;
  if (!res.ok) throw new ApiError(res.status, json);
  return json;
}

/**
 * Reads a server-sent event stream; calls onEvent(name, data) per event until aborted.
 * Returns a promise that settles when the stream ends.
 */
export async function stream(path, onEvent, signal) {
  const res = await fetch(path, {
    headers: {Authorization: `Bearer ${token()}`, Accept: 'text/event-stream'},
    signal,
  });
  if (!res.ok) throw new ApiError(res.status, await res.json().catch(() => null));
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const {value, done} = await reader.read();
    if (done) return;
    buffer += value.replace(/\r\n/g, '\n');
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let name = 'message';
      const data = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) name = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length) onEvent(name, JSON.parse(data.join('\n')));
    }
  }
}
