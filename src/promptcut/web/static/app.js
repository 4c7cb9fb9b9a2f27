/* promptcut page: plain JavaScript (ES2020), no modules, no build step.
 *
 * One idea runs through it: the server's JSON is the truth and the page re-renders from it.
 * A job body (from POST /edit, every SSE message and GET /jobs/{id}) re-renders the plan,
 * the stages and the status; a session body (GET /sessions/{sid}) re-renders the file, the
 * versions, undo/redo and the assets.
 */
'use strict';

(() => {
  // ---------------------------------------------------------------- constants

  const TERMINAL = new Set(['succeeded', 'failed', 'cancelled']);
  const SSE_EVENTS = ['status', 'plan', 'stage', 'attempt', 'progress', 'preview', 'done', 'error', 'cancelled'];
  const KEY_STORAGE = 'promptcut_api_key';
  const KEY_COOKIE = 'promptcut_api_key';
  const JOB_STORAGE = 'promptcut_job_';
  const POLL_MS = 500;

  const IMAGE_EXT = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp', 'avif', 'tif', 'tiff']);
  const AUDIO_EXT = new Set(['m4a', 'mp3', 'wav', 'aac', 'flac', 'ogg', 'oga', 'opus']);
  const VIDEO_EXT = new Set(['mp4', 'mov', 'webm', 'mkv', 'm4v', 'avi', 'ogv', 'ts', 'mpg', 'mpeg']);

  const PHASES = {
    waiting: 'Waiting',
    preview: 'Preview',
    script: 'Writing script',
    sandbox: 'Checking',
    render: 'Rendering',
    done: 'Done',
  };

  // ---------------------------------------------------------------- elements

  const $ = (id) => document.getElementById(id);
  const els = {
    body: document.body,
    keyForm: $('api-key-form'),
    keyInput: $('api-key'),
    keyNote: $('api-key-note'),
    dropZone: $('drop-zone'),
    fileInput: $('file-input'),
    uploadBox: $('upload-box'),
    uploadProgress: $('upload-progress'),
    uploadText: $('upload-text'),
    fileInfo: $('file-info'),
    fileName: $('file-name'),
    mediaDescription: $('media-description'),
    assets: $('assets'),
    assetInput: $('asset-input'),
    assetProgress: $('asset-progress'),
    assetList: $('asset-list'),
    form: $('edit-form'),
    prompt: $('prompt'),
    submit: $('submit'),
    cancel: $('cancel'),
    error: $('error'),
    suggestions: $('suggestions'),
    suggestionList: $('suggestion-list'),
    examples: $('examples'),
    status: $('status'),
    elapsed: $('elapsed'),
    overall: $('overall'),
    progress: $('progress'),
    progressText: $('progress-text'),
    answers: $('answers'),
    planEmpty: $('plan-empty'),
    plan: $('plan'),
    planBy: $('plan-by'),
    stagesTitle: $('stages-title'),
    stages: $('stages'),
    viewingTitle: $('viewing-title'),
    viewingBadge: $('viewing-badge'),
    screen: $('screen'),
    playerEmpty: $('player-empty'),
    player: $('player'),
    imageView: $('image-view'),
    playerNote: $('player-note'),
    undo: $('undo'),
    redo: $('redo'),
    currentVersion: $('current-version'),
    download: $('download'),
    versionsEmpty: $('versions-empty'),
    versions: $('versions'),
    historyFailures: $('history-failures'),
    scripts: $('scripts'),
    scriptsTitle: $('scripts-title'),
    scriptsCount: $('scripts-count'),
    scriptsBody: $('scripts-body'),
    capabilitiesHint: $('capabilities-hint'),
    capabilityLinks: ['capabilities-link', 'capabilities-top', 'capabilities-footer'].map($).filter(Boolean),
    playerCard: document.querySelector('.player-card'),
    compareRow: $('compare-row'),
    compare: $('compare'),
    compareLabel: $('compare-label'),
    timelineWrap: $('timeline-wrap'),
    timeline: $('timeline'),
    timelineThumbs: $('timeline-thumbs'),
    timelineMarks: $('timeline-marks'),
    timelinePlayhead: $('timeline-playhead'),
    timelineLegend: $('timeline-legend'),
  };

  // ---------------------------------------------------------------- state

  const state = {
    apiKey: readStoredKey(),
    keyWaiters: null, // resolvers waiting for the key form
    sid: null,
    session: null, // last GET /sessions/{sid} body
    uploading: false,
    working: false, // a job runs (or is being started)
    busy: false, // undo/redo in flight
    job: null, // last job body
    refusal: null, // {prompt, clause, suggestions} of the request refused last, while shown
    jobDone: true,
    source: null, // EventSource
    pollTimer: 0,
    previewKey: null, // "<preview URL>|partial" or "|whole": the running job's preview shown
    eventId: '', // the id of the last server-sent event (a cache-busting query for previews)
    viewing: null, // {number, url, kind, sure, preview, triedAlt, showing: 'after' | 'before'}
    scriptsCache: new Map(),
    scriptsToken: 0,
    startedAt: 0,
    elapsedTimer: 0,
  };

  // ---------------------------------------------------------------- small helpers

  function setState(name) {
    els.body.dataset.state = name;
  }

  function idleState() {
    return state.sid ? 'ready' : 'empty';
  }

  function setStatus(text) {
    if (els.status.textContent !== text) els.status.textContent = text;
  }

  /** Show `message` by the request; `refusal` ({prompt, clause, suggestions}: a 422 body or a
   * refused job) turns it into a question, with a button per request to start from instead. */
  function showError(message, refusal, refused) {
    els.error.textContent = withoutCommandHints(message) || 'Something went wrong.';
    showSuggestions(refusal);
    // A request promptcut cannot do points to the list of what it can: never to a command line.
    els.capabilitiesHint.hidden = !(refused || state.refusal);
  }

  function clearError() {
    els.error.textContent = '';
    showSuggestions(null);
    els.capabilitiesHint.hidden = true;
  }

  /** The server leaves out its pointers to commands; a message from elsewhere may still have one,
   * and a refusal may say which environment variables would let a model plan it: words for
   * whoever starts the server, not for this page, which links to what promptcut can do instead. */
  function withoutCommandHints(message) {
    return String(message || '')
      .replace(/\s*\((?:run|see|try) [`'"]?promptcut [^)]*\)/gi, '')
      .replace(/;?\s*to let a model plan it, set [A-Z_]+[^;]*/g, '')
      .trim();
  }

  function showSuggestions(refusal) {
    const given = refusal && Array.isArray(refusal.suggestions) ? refusal.suggestions : [];
    const suggestions = given.filter((s) => typeof s === 'string' && s.trim()).map((s) => s.trim());
    state.refusal = suggestions.length
      ? { prompt: String(refusal.prompt || ''), clause: String(refusal.clause || ''), suggestions }
      : null;
    clear(els.suggestionList);
    for (const text of suggestions) {
      els.suggestionList.append(
        h('button', { type: 'button', class: 'example suggestion', title: 'Put this in the request box' }, text),
      );
    }
    els.suggestions.hidden = suggestions.length === 0;
    els.error.classList.toggle('asking', suggestions.length > 0);
  }

  /** The refused request with its unread words replaced by `suggestion` (the rest of what was
   * asked stays), and where the caret goes: after the suggestion. */
  function withSuggestion(refusal, suggestion) {
    const at = refusal.clause ? refusal.prompt.indexOf(refusal.clause) : -1;
    if (at < 0) return { value: suggestion, caret: suggestion.length };
    const before = refusal.prompt.slice(0, at);
    const value = before + suggestion + refusal.prompt.slice(at + refusal.clause.length);
    return { value, caret: before.length + suggestion.length };
  }

  /** A suggestion clicked: it goes into the request box to be adjusted, never sent by itself. */
  function useSuggestion(suggestion) {
    const refusal = state.refusal;
    let next = { value: suggestion, caret: suggestion.length };
    if (refusal) {
      // While the box holds the refused request (or another suggestion put in it), only its
      // unread words are replaced; a request typed since is replaced whole.
      const typed = els.prompt.value.trim();
      const held = [refusal.prompt, ...refusal.suggestions.map((s) => withSuggestion(refusal, s).value)];
      if (held.includes(typed)) next = withSuggestion(refusal, suggestion);
    }
    els.prompt.value = next.value;
    els.prompt.focus();
    els.prompt.setSelectionRange(next.caret, next.caret);
  }

  function enc(s) {
    return encodeURIComponent(String(s));
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function h(tag, attrs, ...children) {
    const node = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === null || v === undefined || v === false) continue;
        if (k === 'class') node.className = v;
        else if (k === 'text') node.textContent = v;
        else if (k === 'dataset') Object.assign(node.dataset, v);
        else node.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function pct(fraction) {
    const f = Number(fraction);
    if (!Number.isFinite(f)) return '';
    return `${Math.round(Math.max(0, Math.min(1, f)) * 100)}%`;
  }

  function formatBytes(n) {
    const b = Number(n);
    if (!Number.isFinite(b) || b < 0) return '';
    if (b < 1024) return `${b} B`;
    const units = ['KB', 'MB', 'GB', 'TB'];
    let v = b / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
      v /= 1024;
      i += 1;
    }
    return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
  }

  function formatTime(created) {
    if (created === null || created === undefined || created === '') return '';
    let d;
    if (typeof created === 'number') d = new Date(created < 1e12 ? created * 1000 : created);
    else d = new Date(created);
    if (Number.isNaN(d.getTime())) return '';
    const now = new Date();
    const sameDay = d.toDateString() === now.toDateString();
    const time = d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    return sameDay ? time : `${d.toLocaleDateString([], { month: 'short', day: 'numeric' })} ${time}`;
  }

  /** Seconds as a clock: 75.4 → "1:15"; under 10 s with tenths when `tenths` ("0:01.5"). */
  function clock(seconds, tenths) {
    const t = Math.max(0, Number(seconds) || 0);
    if (tenths && t < 60 && Math.abs(t - Math.round(t)) >= 0.05) {
      const [whole, frac] = t.toFixed(1).split('.');
      return `0:${whole.padStart(2, '0')}.${frac}`;
    }
    const r = Math.round(t);
    const h = Math.floor(r / 3600);
    const m = Math.floor((r % 3600) / 60);
    const sec = String(r % 60).padStart(2, '0');
    return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
  }

  /** A length of time in words: 32.4 → "32 s", 2.14 → "2.1 s", 95 → "1 min 35 s". */
  function seconds(value) {
    const t = Number(value);
    if (!Number.isFinite(t) || t < 0) return '';
    if (t < 10) return `${Math.round(t * 10) / 10} s`;
    if (t < 60) return `${Math.round(t)} s`;
    return `${Math.floor(t / 60)} min ${Math.round(t % 60)} s`;
  }

  function withQuery(url, query) {
    return url + (url.includes('?') ? '&' : '?') + query;
  }

  function extOf(name) {
    if (!name) return '';
    const clean = String(name).split(/[?#]/)[0];
    const last = clean.split('/').pop() || '';
    const dot = last.lastIndexOf('.');
    return dot > 0 ? last.slice(dot + 1).toLowerCase() : '';
  }

  function stemOf(name) {
    const last = String(name || 'video').split(/[\\/]/).pop();
    const dot = last.lastIndexOf('.');
    return dot > 0 ? last.slice(0, dot) : last;
  }

  function capitalize(s) {
    const t = String(s || '').trim();
    return t ? t[0].toUpperCase() + t.slice(1) : t;
  }

  function ellipsize(text) {
    const t = capitalize(text);
    if (!t) return t;
    return /[.…!?:]$/.test(t) ? t : `${t}…`;
  }

  function isEditable(target) {
    if (!target || !(target instanceof Element)) return false;
    return Boolean(target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'));
  }

  // ---------------------------------------------------------------- API key

  function readStoredKey() {
    try {
      return localStorage.getItem(KEY_STORAGE) || null;
    } catch (_) {
      return null;
    }
  }

  function cookieValue(key) {
    // The server reads the raw cookie; keys are usually cookie-safe tokens. Anything that is not
    // (spaces, commas, semicolons, quotes, backslashes) is percent-encoded so the cookie stays valid.
    return /^[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]+$/.test(key) ? key : encodeURIComponent(key);
  }

  function setKeyCookie(key) {
    document.cookie = `${KEY_COOKIE}=${cookieValue(key)}; path=/; SameSite=Strict`;
  }

  function saveKey(key) {
    state.apiKey = key;
    try {
      localStorage.setItem(KEY_STORAGE, key);
    } catch (_) {
      /* private mode: the cookie still works for this visit */
    }
    setKeyCookie(key);
  }

  function askForKey() {
    if (!state.keyWaiters) {
      state.keyWaiters = [];
      els.keyNote.textContent = state.apiKey
        ? 'The saved key was not accepted. Enter the right one.'
        : 'Enter the key the server was started with. It is kept in this browser only.';
      els.keyInput.value = '';
      els.keyForm.hidden = false;
      setStatus('This server needs an API key.');
      els.keyInput.focus();
    }
    return new Promise((resolve) => state.keyWaiters.push(resolve));
  }

  function onKeySubmit(event) {
    event.preventDefault();
    const key = els.keyInput.value.trim();
    if (!key) {
      els.keyInput.focus();
      return;
    }
    saveKey(key);
    els.keyForm.hidden = true;
    const waiters = state.keyWaiters || [];
    state.keyWaiters = null;
    for (const resolve of waiters) resolve();
  }

  function authHeaders(extra) {
    const headers = Object.assign({}, extra || {});
    if (state.apiKey) headers.Authorization = `Bearer ${state.apiKey}`;
    return headers;
  }

  // ---------------------------------------------------------------- HTTP

  class ApiError extends Error {
    constructor(status, detail, body) {
      super(detail);
      this.status = status;
      this.detail = detail;
      this.body = body && typeof body === 'object' ? body : null; // the JSON error body
    }
  }

  function fallbackMessage(status) {
    if (status === 0) return 'Could not reach the promptcut server. Check that it is running, then try again.';
    if (status === 404) return 'The server does not know that (it may have been removed or restarted).';
    if (status === 413) return 'That file is too large for this server.';
    if (status === 415) return 'That file is not a video, audio or image file promptcut can read.';
    if (status >= 500) return `The server ran into a problem (error ${status}). Try again in a moment.`;
    return `The request did not work (error ${status}).`;
  }

  function detailOf(data, status) {
    if (data && typeof data === 'object') {
      const d = data.detail;
      if (typeof d === 'string' && d.trim()) return d.trim();
      if (Array.isArray(d) && d.length) {
        return d.map((x) => (x && typeof x === 'object' ? x.msg || JSON.stringify(x) : String(x))).join('; ');
      }
      if (d && typeof d === 'object' && typeof d.message === 'string') return d.message;
      if (typeof data.error === 'string' && data.error) return data.error;
    }
    if (typeof data === 'string') {
      const t = data.trim();
      if (t && t.length < 400 && !t.startsWith('<')) return t;
    }
    return fallbackMessage(status);
  }

  function parseBody(text) {
    if (!text) return null;
    try {
      return JSON.parse(text);
    } catch (_) {
      return text;
    }
  }

  /** fetch + JSON, with the key; a 401 asks for the key and retries. Throws ApiError. */
  async function api(method, path, options = {}) {
    for (;;) {
      const headers = authHeaders({ Accept: 'application/json' });
      let body;
      if (options.json !== undefined) {
        headers['Content-Type'] = 'application/json';
        body = JSON.stringify(options.json);
      }
      let res;
      let text;
      try {
        res = await fetch(path, { method, headers, body, credentials: 'same-origin', cache: 'no-store' });
        text = await res.text();
      } catch (_) {
        throw new ApiError(0, fallbackMessage(0));
      }
      if (res.status === 401) {
        await askForKey();
        continue;
      }
      const data = parseBody(text);
      if (!res.ok) throw new ApiError(res.status, detailOf(data, res.status), data);
      return data;
    }
  }

  function xhrUpload(path, file, onProgress) {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', path);
      xhr.setRequestHeader('Accept', 'application/json');
      if (state.apiKey) xhr.setRequestHeader('Authorization', `Bearer ${state.apiKey}`);
      xhr.upload.addEventListener('progress', (e) => {
        if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total, false);
      });
      xhr.upload.addEventListener('load', () => onProgress(1, true));
      xhr.addEventListener('load', () => resolve({ status: xhr.status, data: parseBody(xhr.responseText) }));
      xhr.addEventListener('error', () => reject(new ApiError(0, fallbackMessage(0))));
      xhr.addEventListener('abort', () => reject(new ApiError(0, 'The upload was interrupted.')));
      const form = new FormData();
      form.append('file', file, file.name);
      xhr.send(form);
    });
  }

  /** Multipart upload of one file with upload progress; a 401 asks for the key and retries. */
  async function upload(path, file, onProgress) {
    for (;;) {
      const r = await xhrUpload(path, file, onProgress);
      if (r.status === 401) {
        await askForKey();
        continue;
      }
      if (r.status < 200 || r.status >= 300) throw new ApiError(r.status, detailOf(r.data, r.status));
      return r.data;
    }
  }

  // ---------------------------------------------------------------- URL hash

  function hashSid() {
    const params = new URLSearchParams(location.hash.replace(/^#/, ''));
    return params.get('s') || null;
  }

  function rememberSid(sid) {
    const url = `${location.pathname}${location.search}#s=${enc(sid)}`;
    history.replaceState(null, '', url);
    updateCapabilityLinks();
  }

  function forgetSid() {
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    updateCapabilityLinks();
  }

  /** The capabilities page keeps the session, so its examples come back to the same file. */
  function updateCapabilityLinks() {
    const sid = hashSid();
    for (const a of els.capabilityLinks) a.href = sid ? `/capabilities#s=${enc(sid)}` : '/capabilities';
  }

  /** A request handed over in the address (`#prompt=…`, from the capabilities page): into the box. */
  function takeHashPrompt() {
    const params = new URLSearchParams(location.hash.replace(/^#/, ''));
    const prompt = params.get('prompt');
    if (!prompt) return;
    params.delete('prompt');
    const rest = params.toString();
    history.replaceState(null, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
    els.prompt.value = prompt.slice(0, 4000);
    els.prompt.focus();
    els.prompt.setSelectionRange(els.prompt.value.length, els.prompt.value.length);
  }

  function rememberJob(job) {
    try {
      sessionStorage.setItem(JOB_STORAGE + job.session_id, job.job_id);
    } catch (_) {
      /* ignore */
    }
  }

  function forgetJob(sid) {
    try {
      sessionStorage.removeItem(JOB_STORAGE + sid);
    } catch (_) {
      /* ignore */
    }
  }

  function rememberedJob(sid) {
    try {
      return sessionStorage.getItem(JOB_STORAGE + sid);
    } catch (_) {
      return null;
    }
  }

  // ---------------------------------------------------------------- controls

  function updateControls() {
    const s = state.session;
    const locked = state.working || state.uploading || state.busy;
    els.submit.disabled = state.working || state.uploading;
    els.cancel.hidden = !(state.working && state.job && !state.jobDone);
    els.undo.disabled = locked || !s || !s.can_undo;
    els.redo.disabled = locked || !s || !s.can_redo;
    const noUpload = state.working || state.uploading;
    els.fileInput.disabled = noUpload;
    els.dropZone.classList.toggle('disabled', noUpload);
    els.dropZone.setAttribute('aria-disabled', noUpload ? 'true' : 'false');
    els.assetInput.disabled = state.uploading;
    els.body.classList.toggle('has-session', Boolean(state.sid));
    renderCompare();
  }

  function startElapsed() {
    state.startedAt = performance.now();
    clearInterval(state.elapsedTimer);
    const tick = () => {
      els.elapsed.textContent = `${((performance.now() - state.startedAt) / 1000).toFixed(1)} s`;
    };
    tick();
    state.elapsedTimer = setInterval(tick, 100);
  }

  function stopElapsed() {
    clearInterval(state.elapsedTimer);
    state.elapsedTimer = 0;
  }

  // ---------------------------------------------------------------- session

  function describeMedia(media) {
    if (!media) return '';
    if (typeof media.description === 'string' && media.description) return media.description;
    const parts = [];
    if (!media.is_image && Number.isFinite(Number(media.duration))) parts.push(`${Number(media.duration).toFixed(1)} s`);
    const v = media.video;
    if (v) {
      if (v.width && v.height) parts.push(`${v.width}x${v.height}`);
      if (!media.is_image && v.fps) parts.push(`${Math.round(Number(v.fps) * 100) / 100} fps`);
      if (v.codec) parts.push(v.codec);
    }
    const a = media.audio;
    if (a) {
      const ch = a.channels === 1 ? 'mono' : a.channels === 2 ? 'stereo' : a.channels ? `${a.channels} ch` : '';
      parts.push([a.codec, ch].filter(Boolean).join(' '));
    } else if (!media.is_image && v) {
      parts.push('no sound');
    }
    return parts.join(', ');
  }

  function versionsOf(s) {
    return (s && Array.isArray(s.versions) ? s.versions : []).filter((v) => v && typeof v.number === 'number');
  }

  /** The version's length in seconds (the original's from the upload), or null if unknown. */
  function versionDuration(v) {
    const own = v && v.duration !== null && v.duration !== undefined ? Number(v.duration) : NaN;
    if (Number.isFinite(own) && own > 0) return own;
    const media = v && v.number === 0 && state.session ? state.session.media : v && v.media;
    const d = media && !media.is_image ? Number(media.duration) : NaN;
    return Number.isFinite(d) && d > 0 ? d : null;
  }

  function findVersion(n) {
    return versionsOf(state.session).find((v) => v.number === n) || null;
  }

  function currentNumber() {
    const s = state.session;
    if (!s) return null;
    if (typeof s.current === 'number') return s.current;
    const vs = versionsOf(s);
    return vs.length ? Math.max(...vs.map((v) => v.number)) : 0;
  }

  function versionUrl(n) {
    return `/sessions/${enc(state.sid)}/versions/${n}`;
  }

  function adoptSession(s, sidHint) {
    const sid = (s && s.session_id) || sidHint;
    if (sid !== state.sid) state.scriptsCache.clear();
    state.sid = sid;
    state.session = s;
    rememberSid(sid);
    renderSession();
  }

  async function refreshSession() {
    if (!state.sid) return null;
    const sid = state.sid;
    try {
      const s = await api('GET', `/sessions/${enc(sid)}`);
      if (state.sid === sid) adoptSession(s, sid);
      return s;
    } catch (err) {
      if (err.status === 404 && state.sid === sid) {
        setStatus('This session is no longer on the server. Choose a file to start again.');
      }
      return null;
    }
  }

  function renderSession() {
    const s = state.session;
    updateControls();
    if (!s) {
      els.fileInfo.hidden = true;
      els.assets.hidden = true;
      els.currentVersion.textContent = '';
      renderVersions();
      return;
    }
    els.fileInfo.hidden = false;
    els.fileName.textContent = s.name || 'Your file';
    els.fileName.title = s.name || '';
    const desc = describeMedia(s.media);
    const size = s.media ? formatBytes(s.media.size_bytes) : '';
    els.mediaDescription.textContent = [desc, size].filter(Boolean).join(' · ');

    els.assets.hidden = false;
    renderAssets(Array.isArray(s.assets) ? s.assets : []);

    const cur = currentNumber();
    els.currentVersion.textContent = cur === null ? '' : cur === 0 ? 'Current: original' : `Current: version ${cur}`;
    els.currentVersion.title = 'The next edit starts from the current version.';
    renderVersions();
    renderViewingLabel();
    renderTimeline();
  }

  function renderAssets(names) {
    clear(els.assetList);
    for (const name of names) {
      const label = typeof name === 'string' ? name : name && name.name;
      if (!label) continue;
      els.assetList.append(
        h('li', null,
          h('button', {
            type: 'button',
            class: 'asset',
            title: `Insert “${label}” into the request`,
            dataset: { name: label },
          }, label)),
      );
    }
  }

  function renderVersions() {
    const s = state.session;
    const list = versionsOf(s).slice().sort((a, b) => b.number - a.number);
    clear(els.versions);
    els.versionsEmpty.hidden = list.length > 0;
    const cur = currentNumber();
    const viewed = state.viewing && !state.viewing.preview ? state.viewing.number : null;

    const totals = new Map();
    for (const entry of (s && Array.isArray(s.history) ? s.history : [])) {
      if (entry && entry.output_version !== null && entry.output_version !== undefined
          && entry.timings && Number.isFinite(Number(entry.timings.total))) {
        totals.set(entry.output_version, Number(entry.timings.total));
      }
    }

    for (const v of list) {
      const isCurrent = v.number === cur;
      const isViewed = v.number === viewed;
      const promptText = v.number === 0 ? 'Original' : v.prompt || `Version ${v.number}`;
      const meta = [];
      const length = versionDuration(v);
      if (length !== null) meta.push(clock(length));
      if (v.number !== 0 && v.parent !== null && v.parent !== undefined && v.parent !== v.number - 1) {
        meta.push(`from v${v.parent}`);
      }
      // How long the edit took, said as such: unlabelled, "32.5 s" reads as the clip's length.
      const took = Number.isFinite(Number(v.render_seconds)) && v.render_seconds !== null
        ? Number(v.render_seconds) : totals.get(v.number);
      if (v.number !== 0 && took !== undefined) meta.push(`rendered in ${seconds(took)}`);
      const when = formatTime(v.created);
      if (when) meta.push(when);

      const button = h('button', {
        type: 'button',
        class: `version${isCurrent ? ' current' : ''}${isViewed ? ' viewing' : ''}`,
        dataset: { version: String(v.number) },
        'aria-current': isCurrent ? 'true' : null,
        'aria-pressed': isViewed ? 'true' : 'false',
        title: v.number === 0 ? 'The file you uploaded' : v.prompt || '',
      },
      h('span', { class: 'v-num' }, v.number === 0 ? 'v0' : `v${v.number}`),
      h('span', { class: `v-prompt${v.number === 0 ? ' v-original' : ''}` }, promptText),
      h('span', { class: 'v-meta' },
        isCurrent ? h('span', { class: 'v-tag' }, 'current') : null,
        meta.join(' · ')));
      els.versions.append(h('li', null, button));
    }

    clear(els.historyFailures);
    const failures = (s && Array.isArray(s.history) ? s.history : [])
      .filter((e) => e && (e.outcome === 'failed' || e.outcome === 'refused'))
      .slice(-5)
      .reverse();
    for (const e of failures) {
      els.historyFailures.append(
        h('li', { title: e.error || '' },
          h('span', { class: 'outcome' }, e.outcome === 'refused' ? 'Refused' : 'Failed'),
          `“${e.prompt || ''}”`,
          e.error ? ` — ${e.error}` : ''),
      );
    }
    els.historyFailures.hidden = failures.length === 0;
  }

  // ---------------------------------------------------------------- viewing

  function guessKind(url, version) {
    const fromExt = (ext) => {
      if (IMAGE_EXT.has(ext)) return 'image';
      if (AUDIO_EXT.has(ext)) return 'audio';
      if (VIDEO_EXT.has(ext)) return 'video';
      return null;
    };
    let kind = fromExt(extOf(url));
    if (kind) return { kind, sure: true };
    if (version) {
      if (typeof version.kind === 'string' && ['image', 'audio', 'video'].includes(version.kind)) {
        return { kind: version.kind, sure: true };
      }
      const media = version.media;
      if (media && typeof media.is_image === 'boolean') {
        return { kind: media.is_image ? 'image' : media.video ? 'video' : 'audio', sure: true };
      }
      if (typeof version.is_image === 'boolean') return { kind: version.is_image ? 'image' : 'video', sure: true };
      for (const field of ['name', 'filename', 'file', 'path']) {
        kind = fromExt(extOf(version[field]));
        if (kind) return { kind, sure: true };
      }
      const mime = version.mime || version.content_type || version.media_type;
      if (typeof mime === 'string') {
        if (mime.startsWith('image/')) return { kind: 'image', sure: true };
        if (mime.startsWith('audio/')) return { kind: 'audio', sure: true };
        if (mime.startsWith('video/')) return { kind: 'video', sure: true };
      }
    }
    // The version URLs carry no extension: fall back to what the original is; a load error
    // then asks the server for the content type and switches (see diagnoseMedia).
    const media = state.session && state.session.media;
    if (media && media.is_image) return { kind: 'image', sure: false };
    if (media && !media.video && media.audio) return { kind: 'audio', sure: false };
    return { kind: 'video', sure: false };
  }

  function stopVideo() {
    els.player.pause();
    if (els.player.hasAttribute('src')) {
      els.player.removeAttribute('src');
      els.player.load();
    }
  }

  function showVideo(url, force) {
    els.imageView.hidden = true;
    els.imageView.removeAttribute('src');
    els.player.hidden = false;
    els.screen.classList.remove('audio-only');
    if (force || els.player.getAttribute('src') !== url) {
      els.player.src = url;
      els.player.load();
    }
  }

  function showImage(url, force) {
    stopVideo();
    els.player.hidden = true;
    els.screen.classList.remove('audio-only');
    els.imageView.hidden = false;
    if (force || els.imageView.getAttribute('src') !== url) els.imageView.src = url;
  }

  function showMedia(url, info) {
    const guess = guessKind(url, info.version);
    state.viewing = {
      url,
      number: info.number,
      preview: Boolean(info.preview),
      kind: guess.kind,
      sure: guess.sure,
      triedAlt: false,
      showing: 'after',
    };
    els.playerEmpty.hidden = true;
    els.playerNote.textContent = '';
    if (guess.kind === 'image') showImage(url, info.force);
    else showVideo(url, info.force);
    els.imageView.alt = info.number === 0 ? 'The original picture' : `Version ${info.number}`;
    els.screen.classList.toggle('is-preview', Boolean(info.preview));
    els.screen.classList.remove('is-partial', 'is-before');
    renderViewingLabel();
    renderCompare();
    renderTimeline();
  }

  /** Load `url` into the player where it is now: same playhead, playing or paused as it was. */
  function swapSource(url) {
    const el = els.player;
    const at = el.currentTime || 0;
    const paused = el.paused || el.ended;
    el.src = url;
    el.load();
    const restore = () => {
      el.removeEventListener('loadedmetadata', restore);
      const end = Number.isFinite(el.duration) ? Math.max(0, el.duration - 0.05) : at;
      if (at > 0) el.currentTime = Math.min(at, end);
      if (!paused) el.play().catch(() => {});
      updatePlayhead();
    };
    el.addEventListener('loadedmetadata', restore);
  }

  /** Scroll the player into view when it is off screen (on a phone the result is far above). */
  function revealPlayer() {
    const card = els.playerCard;
    if (!card) return;
    const r = card.getBoundingClientRect();
    if (r.top >= 0 && r.top < window.innerHeight - 120) return;
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    card.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
  }

  // ---------------------------------------------------------------- before / after

  /** The version the viewed one was made from, when there is one to compare with. */
  function compareParent() {
    const v = state.viewing;
    if (!v || v.preview || state.working || v.number === null || v.number === 0) return null;
    const version = findVersion(v.number);
    const p = version ? version.parent : null;
    return Number.isInteger(p) && findVersion(p) ? findVersion(p) : null;
  }

  function versionName(n) {
    return n === 0 ? 'the original' : `version ${n}`;
  }

  function renderCompare() {
    const v = state.viewing;
    const parent = compareParent();
    els.compareRow.hidden = !parent;
    if (!parent) return;
    const before = v.showing === 'before';
    els.compare.setAttribute('aria-pressed', before ? 'true' : 'false');
    els.compare.title = before ? `Show version ${v.number} again (B)` : `Show ${versionName(parent.number)}, before this edit (B)`;
    els.compareLabel.textContent = before
      ? `Showing before: ${versionName(parent.number)}`
      : `Showing after: version ${v.number}`;
    els.screen.classList.toggle('is-before', before);
  }

  /** Switch the player between the viewed version and the one it was made from. */
  function toggleCompare() {
    const v = state.viewing;
    const parent = compareParent();
    if (!v || !parent) return;
    v.showing = v.showing === 'before' ? 'after' : 'before';
    const url = v.showing === 'before' ? parent.url || versionUrl(parent.number) : v.url;
    if (v.kind === 'image') els.imageView.src = url;
    else swapSource(url);
    renderViewingLabel();
    renderCompare();
    renderTimeline();
  }

  // ---------------------------------------------------------------- timeline

  /** The version the player shows now (the parent when comparing), or null for a preview. */
  function shownVersion() {
    const v = state.viewing;
    if (!v || v.preview) return null;
    if (v.showing === 'before') {
      const parent = compareParent();
      return parent || null;
    }
    return findVersion(v.number);
  }

  function timelineDuration() {
    const d = els.player.duration;
    if (Number.isFinite(d) && d > 0) return d;
    return versionDuration(shownVersion()) || 0;
  }

  function spans(range) {
    return Array.isArray(range) && range.length === 2 && range.every((x) => Number.isFinite(Number(x)))
      ? [Number(range[0]), Number(range[1])]
      : null;
  }

  function mark(cls, from, to, total, text) {
    const left = Math.max(0, Math.min(1, from / total));
    const right = Math.max(left, Math.min(1, to / total));
    const node = h('div', { class: cls }, text || null);
    node.style.left = `${left * 100}%`;
    if (to !== from) node.style.width = `${(right - left) * 100}%`;
    return node;
  }

  function legendKey(cls, text) {
    return h('span', { class: 'tl-key-item' }, h('span', { class: `tl-key ${cls}`, 'aria-hidden': 'true' }), text);
  }

  function speedText(f) {
    return `${Math.round(f * 100) / 100}×`;
  }

  function renderTimeline() {
    const v = state.viewing;
    const show = Boolean(v && v.kind !== 'image' && !els.player.hidden);
    els.timelineWrap.hidden = !show;
    if (!show) return;
    const shown = shownVersion();
    const thumbs = shown && shown.thumbnails && typeof shown.thumbnails.url === 'string' ? shown.thumbnails : null;
    els.timelineThumbs.style.backgroundImage = thumbs ? `url("${thumbs.url.replace(/"/g, '%22')}")` : '';
    els.timeline.classList.toggle('has-thumbs', Boolean(thumbs));

    clear(els.timelineMarks);
    clear(els.timelineLegend);
    const legend = [];
    const edit = v.preview ? null : findVersion(v.number);
    const tl = edit && edit.timeline && typeof edit.timeline === 'object' ? edit.timeline : null;
    if (tl && v.showing === 'before') {
      // The parent, with what this edit removed shaded.
      const total = Number(tl.parent_duration);
      const removed = (Array.isArray(tl.removed) ? tl.removed : []).map(spans).filter(Boolean);
      if (total > 0 && removed.length) {
        for (const [a, b] of removed) {
          const node = mark('tl-removed', a, b, total);
          node.dataset.from = String(a);
          node.dataset.to = String(b);
          els.timelineMarks.append(node);
        }
        const said = removed.map(([a, b]) => `${clock(a, true)}–${clock(b, true)}`).join(', ');
        legend.push(legendKey('tl-key-removed', `removed by version ${v.number}: ${said}`));
      }
    } else if (tl && v.showing !== 'before') {
      // The edit's result: where its pieces meet, and the parts played faster or slower.
      const total = Number(tl.duration);
      const pieces = (Array.isArray(tl.pieces) ? tl.pieces : [])
        .map((p) => ({ source: spans(p && p.source), result: spans(p && p.result), speed: Number(p && p.speed) || 1 }))
        .filter((p) => p.result);
      if (total > 0 && pieces.length) {
        const joins = [];
        pieces.forEach((p, i) => {
          // A join is where the result jumps in its parent: a part left out (or moved) between
          // two pieces. Where only the speed changes, the speed label says so.
          const before = i > 0 ? pieces[i - 1].source : null;
          const jumps = i > 0 && (!before || !p.source || Math.abs(p.source[0] - before[1]) > 0.02);
          if (jumps) {
            joins.push(p.result[0]);
            const node = mark('tl-join', p.result[0], p.result[0], total);
            node.dataset.at = String(p.result[0]);
            els.timelineMarks.append(node);
          }
          if (Math.abs(p.speed - 1) > 0.01) {
            els.timelineMarks.append(mark('tl-speed', p.result[0], p.result[1], total, speedText(p.speed)));
          }
        });
        if (joins.length) {
          legend.push(legendKey('tl-key-join', `${joins.length === 1 ? 'a join' : 'joins'} where parts meet: ${joins.map((t) => clock(t, true)).join(', ')}`));
        }
        const sped = pieces.filter((p) => Math.abs(p.speed - 1) > 0.01);
        if (sped.length) {
          legend.push(legendKey('tl-key-speed', sped.map((p) => `${speedText(p.speed)} speed ${clock(p.result[0], true)}–${clock(p.result[1], true)}`).join(', ')));
        }
      }
    }
    for (const item of legend) els.timelineLegend.append(item);
    els.timelineLegend.hidden = legend.length === 0;
    els.timeline.setAttribute('aria-label', v.showing === 'before' ? `Playhead, before: ${versionName(shown ? shown.number : 0)}` : 'Playhead');
    updatePlayhead();
  }

  function updatePlayhead() {
    if (els.timelineWrap.hidden) return;
    const d = timelineDuration();
    const t = Math.min(d, els.player.currentTime || 0);
    els.timelinePlayhead.style.left = `${d > 0 ? (t / d) * 100 : 0}%`;
    els.timeline.setAttribute('aria-valuemax', String(Math.round(d * 10) / 10));
    els.timeline.setAttribute('aria-valuenow', String(Math.round(t * 10) / 10));
    els.timeline.setAttribute('aria-valuetext', `${clock(t, true)} of ${clock(d, true)}`);
  }

  function seekTo(t) {
    const d = timelineDuration();
    if (!(d > 0)) return;
    els.player.currentTime = Math.max(0, Math.min(d, t));
    updatePlayhead();
  }

  function bindTimeline() {
    let dragging = false;
    const at = (e) => {
      const r = els.timeline.getBoundingClientRect();
      return r.width > 0 ? ((e.clientX - r.left) / r.width) * timelineDuration() : 0;
    };
    els.timeline.addEventListener('pointerdown', (e) => {
      if (e.button !== 0) return;
      dragging = true;
      els.timeline.setPointerCapture(e.pointerId);
      els.timeline.focus({ preventScroll: true });
      seekTo(at(e));
    });
    els.timeline.addEventListener('pointermove', (e) => {
      if (dragging) seekTo(at(e));
    });
    const stop = () => {
      dragging = false;
    };
    els.timeline.addEventListener('pointerup', stop);
    els.timeline.addEventListener('pointercancel', stop);
    els.timeline.addEventListener('keydown', (e) => {
      const d = timelineDuration();
      const now = els.player.currentTime || 0;
      const stepBy = e.shiftKey ? 5 : 1;
      const moves = {
        ArrowRight: now + stepBy,
        ArrowUp: now + stepBy,
        ArrowLeft: now - stepBy,
        ArrowDown: now - stepBy,
        PageUp: now + d / 10,
        PageDown: now - d / 10,
        Home: 0,
        End: d,
      };
      if (!(e.key in moves) || e.ctrlKey || e.metaKey || e.altKey) return;
      e.preventDefault();
      seekTo(moves[e.key]);
    });
    let frame = 0;
    const follow = () => {
      updatePlayhead();
      frame = els.player.paused ? 0 : requestAnimationFrame(follow);
    };
    els.player.addEventListener('play', () => {
      if (!frame) frame = requestAnimationFrame(follow);
    });
    for (const name of ['timeupdate', 'seeked', 'loadedmetadata', 'durationchange', 'emptied']) {
      els.player.addEventListener(name, updatePlayhead);
    }
  }

  function clearMedia() {
    state.viewing = null;
    stopVideo();
    els.player.hidden = true;
    els.imageView.hidden = true;
    els.imageView.removeAttribute('src');
    els.playerEmpty.hidden = false;
    els.playerNote.textContent = '';
    els.screen.classList.remove('is-preview', 'audio-only', 'is-partial', 'is-before');
    els.download.removeAttribute('href');
    els.download.setAttribute('aria-disabled', 'true');
    renderViewingLabel();
    renderCompare();
    renderTimeline();
  }

  function renderViewingLabel() {
    const v = state.viewing;
    const badge = els.viewingBadge;
    badge.className = 'badge';
    if (!v) {
      els.viewingTitle.textContent = 'Player';
      badge.hidden = true;
      return;
    }
    if (v.preview) {
      els.viewingTitle.textContent = v.number !== null && v.number !== undefined ? `Version ${v.number}` : 'New version';
      badge.textContent = 'preview';
      badge.classList.add('preview');
      badge.hidden = false;
      if (!els.playerNote.textContent) els.playerNote.textContent = 'A quick preview. The full-quality version replaces it when it is ready.';
      return;
    }
    if (v.showing === 'before') {
      const parent = compareParent();
      els.viewingTitle.textContent = parent ? `Before: ${versionName(parent.number)}` : 'Before';
      badge.textContent = 'before';
      badge.classList.add('before');
      badge.hidden = false;
      return;
    }
    els.viewingTitle.textContent = v.number === 0 ? 'Original' : `Version ${v.number}`;
    const isCurrent = v.number === currentNumber();
    badge.textContent = isCurrent ? 'current' : 'viewing';
    badge.classList.toggle('current', isCurrent);
    badge.hidden = false;
  }

  function updateDownload(url, n) {
    const name = state.session && state.session.name;
    const ext = extOf(url) || extOf(name);
    const file = n ? `${stemOf(name)}.v${n}${ext ? `.${ext}` : ''}` : name || `original${ext ? `.${ext}` : ''}`;
    els.download.href = withQuery(url, 'download=1');
    // The server's Content-Disposition file name wins when it sends one.
    els.download.setAttribute('download', file);
    els.download.removeAttribute('aria-disabled');
    els.download.title = n === 0 ? 'Download the original' : `Download version ${n}`;
  }

  /** Show version n in the player, the download link and the scripts. Does not change the session. */
  function viewVersion(n, options = {}) {
    const v = findVersion(n);
    const url = options.url || (v && v.url) || versionUrl(n);
    showMedia(url, { number: n, version: v, preview: false, force: options.force });
    updateDownload(url, n);
    renderVersions();
    loadScripts(n, v);
  }

  function viewCurrent(options) {
    const n = currentNumber();
    if (n === null) return;
    viewVersion(n, options);
  }

  /** A media element could not load: ask the server what the URL is, then switch or explain. */
  async function diagnoseMedia(url) {
    const v = state.viewing;
    if (!v || v.url !== url) return;
    let res;
    try {
      res = await fetch(url, {
        headers: authHeaders({ Range: 'bytes=0-0' }),
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch (_) {
      if (state.viewing === v) els.playerNote.textContent = 'Could not load this from the server.';
      return;
    }
    if (state.viewing !== v) return;
    const type = (res.headers.get('content-type') || '').toLowerCase();
    try {
      if (res.body && res.body.cancel) res.body.cancel();
    } catch (_) {
      /* ignore */
    }
    if (res.status === 401) {
      await askForKey();
      if (state.viewing === v) (v.kind === 'image' ? showImage : showVideo)(url, true);
      return;
    }
    if (!res.ok) {
      if (v.preview && res.status === 404) {
        els.playerNote.textContent = 'The preview is not available; the full version follows.';
      } else if (res.status === 404) {
        els.playerNote.textContent = 'This version’s file is missing on the server.';
      } else {
        els.playerNote.textContent = `Could not load this version (error ${res.status}).`;
      }
      return;
    }
    if (!v.triedAlt) {
      if (type.startsWith('image/') && v.kind !== 'image') {
        v.triedAlt = true;
        v.kind = 'image';
        showImage(url, true);
        return;
      }
      if ((type.startsWith('video/') || type.startsWith('audio/')) && v.kind === 'image') {
        v.triedAlt = true;
        v.kind = type.startsWith('audio/') ? 'audio' : 'video';
        showVideo(url, true);
        return;
      }
    }
    els.playerNote.textContent = 'This browser cannot play this file. Download it to watch it.';
  }

  // ---------------------------------------------------------------- scripts

  async function loadScripts(n, version) {
    const token = ++state.scriptsToken;
    els.scripts.dataset.version = String(n);
    els.scriptsTitle.textContent = n === 0 ? 'Scripts: original' : `Scripts: version ${n}`;
    els.scriptsCount.textContent = '';
    clear(els.scriptsBody);
    if (n === 0) {
      els.scriptsBody.append(h('p', { class: 'placeholder small' }, 'The original has no scripts: it is the file you uploaded.'));
      return;
    }
    const url = (version && version.scripts_url) || `${versionUrl(n)}/scripts`;
    let data = state.scriptsCache.get(url);
    if (!data) {
      els.scriptsBody.append(h('p', { class: 'placeholder small' }, 'Loading the scripts…'));
      try {
        data = await api('GET', url);
        state.scriptsCache.set(url, data);
      } catch (err) {
        if (token !== state.scriptsToken) return;
        clear(els.scriptsBody);
        els.scriptsBody.append(h('p', { class: 'placeholder small' }, err.detail));
        return;
      }
      if (token !== state.scriptsToken) return;
    }
    renderScripts(data);
  }

  function renderScripts(data) {
    clear(els.scriptsBody);
    const scripts = data && Array.isArray(data.scripts) ? data.scripts : [];
    els.scriptsCount.textContent = scripts.length ? `(${scripts.length})` : '';
    if (!scripts.length) {
      els.scriptsBody.append(h('p', { class: 'placeholder small' }, 'This version has no scripts.'));
      return;
    }
    for (const script of scripts) {
      const name = script.name || 'script.py';
      const code = h('code', { class: 'language-python' }, script.text || '');
      const copy = h('button', { type: 'button', class: 'btn copy', 'aria-label': `Copy ${name}` }, 'Copy');
      copy.addEventListener('click', () => copyText(script.text || '', copy));
      els.scriptsBody.append(
        h('figure', { class: 'script', dataset: { name } },
          h('figcaption', { class: 'script-head' }, h('span', { class: 'script-name' }, name), copy),
          h('pre', { tabindex: '0', 'aria-label': name }, code)),
      );
    }
  }

  async function copyText(text, button) {
    let ok = false;
    try {
      if (navigator.clipboard && window.isSecureContext) {
        await navigator.clipboard.writeText(text);
        ok = true;
      }
    } catch (_) {
      ok = false;
    }
    if (!ok) {
      const area = h('textarea', { class: 'visually-hidden', 'aria-hidden': 'true' });
      area.value = text;
      document.body.append(area);
      area.select();
      try {
        ok = document.execCommand('copy');
      } catch (_) {
        ok = false;
      }
      area.remove();
    }
    button.textContent = ok ? 'Copied' : 'Copy failed';
    setTimeout(() => {
      button.textContent = 'Copy';
    }, 1500);
  }

  // ---------------------------------------------------------------- uploads

  function canUpload() {
    return !state.working && !state.uploading;
  }

  function resetJobViews() {
    clear(els.plan);
    els.planEmpty.hidden = false;
    els.planBy.hidden = true;
    clear(els.stages);
    els.stagesTitle.hidden = true;
    clear(els.answers);
    els.answers.hidden = true;
    els.overall.hidden = true;
    els.elapsed.textContent = '';
  }

  async function uploadMain(file) {
    if (!file) return;
    if (!canUpload()) {
      showError('Wait for the current edit to finish, or cancel it, before choosing another file.');
      return;
    }
    clearError();
    state.uploading = true;
    updateControls();
    setState('working');
    els.uploadBox.hidden = false;
    els.uploadProgress.value = 0;
    els.uploadText.textContent = '0%';
    setStatus(`Uploading ${file.name}…`);
    try {
      const body = await upload('/sessions', file, (fraction, finished) => {
        if (finished) {
          els.uploadProgress.removeAttribute('value'); // indeterminate while the server checks it
          els.uploadText.textContent = 'Checking…';
          setStatus(`Checking ${file.name}…`);
        } else {
          els.uploadProgress.value = fraction;
          els.uploadText.textContent = pct(fraction);
        }
      });
      const previousSid = state.sid;
      if (previousSid) forgetJob(previousSid);
      resetJobViews();
      clearMedia();
      state.job = null;
      // Show what the upload answered at once, then the full session.
      adoptSession({
        session_id: body.session_id,
        name: body.name || file.name,
        media: body.media,
        current: 0,
        can_undo: false,
        can_redo: false,
        versions: [{ number: 0, parent: null, prompt: null, url: `/sessions/${enc(body.session_id)}/versions/0` }],
        history: [],
        assets: [],
      }, body.session_id);
      await refreshSession();
      viewCurrent({ force: true });
      state.uploading = false;
      updateControls();
      setState('ready');
      setStatus(`Ready: ${state.session.name || file.name} is loaded. Say what to change.`);
      els.prompt.focus();
    } catch (err) {
      state.uploading = false;
      updateControls();
      showError(err.detail);
      setStatus('The upload did not work.');
      setState('error');
    } finally {
      state.uploading = false;
      els.uploadBox.hidden = true;
      els.fileInput.value = '';
      updateControls();
    }
  }

  function assetExample(name) {
    const ext = extOf(name);
    if (AUDIO_EXT.has(ext)) return `mix in ${name} at 20% volume`;
    if (IMAGE_EXT.has(ext)) return `put ${name} in the bottom right corner`;
    if (['srt', 'ass', 'ssa', 'vtt'].includes(ext)) return `add subtitles from ${name}`;
    return `add ${name} after the video`;
  }

  async function uploadAsset(file) {
    if (!file) return;
    if (!state.sid) {
      showError('Choose the main file first; then add music, logos or clips.');
      return;
    }
    if (state.uploading) return;
    clearError();
    state.uploading = true;
    updateControls();
    els.assetProgress.hidden = false;
    els.assetProgress.value = 0;
    setStatus(`Adding ${file.name}…`);
    try {
      const body = await upload(`/sessions/${enc(state.sid)}/assets`, file, (fraction, finished) => {
        if (finished) els.assetProgress.removeAttribute('value');
        else els.assetProgress.value = fraction;
      });
      const name = (body && body.name) || file.name;
      await refreshSession();
      if (state.session && !(state.session.assets || []).includes(name)) {
        state.session.assets = [...(state.session.assets || []), name];
        renderAssets(state.session.assets);
      }
      setStatus(`Added ${name}. Name it in your request, e.g. “${assetExample(name)}”.`);
    } catch (err) {
      showError(err.detail);
      setStatus('The file was not added.');
    } finally {
      state.uploading = false;
      els.assetProgress.hidden = true;
      els.assetInput.value = '';
      updateControls();
    }
  }

  // ---------------------------------------------------------------- jobs

  function renderPlan(job) {
    // `steps` are the plan's steps in words; the plan's own steps carry the words of the request
    // each came from (`task`). Show both when they line up: the request's words first.
    let steps = Array.isArray(job.steps) ? job.steps.filter((s) => typeof s === 'string' && s) : [];
    const planSteps = job.plan && Array.isArray(job.plan.steps) ? job.plan.steps : [];
    if (!steps.length && planSteps.length) {
      steps = planSteps.map((s) => (s && (s.op || s.task)) || 'step');
    }
    // The plan shown from POST /edit's answer stays until a body brings steps again.
    if (!steps.length && !TERMINAL.has(job.status) && els.plan.children.length) return;
    const aligned = planSteps.length === steps.length;
    const key = JSON.stringify([steps, aligned ? planSteps.map((s) => s && s.task) : null]);
    if (els.plan.dataset.key !== key) {
      els.plan.dataset.key = key;
      clear(els.plan);
      steps.forEach((text, i) => {
        const task = aligned && planSteps[i] && typeof planSteps[i].task === 'string' ? planSteps[i].task.trim() : '';
        if (task && task !== text) {
          els.plan.append(h('li', null,
            h('span', { class: 'step-task' }, capitalize(task)), ' ',
            h('code', { class: 'step-op' }, text)));
        } else {
          els.plan.append(h('li', null, h('span', { class: 'step-task' }, text)));
        }
      });
    }
    els.planEmpty.hidden = steps.length > 0;
    // A plan the model made (the grammar could not read the request) says so.
    const planner = job.planner && typeof job.planner === 'object' ? job.planner : null;
    const byModel = Boolean(steps.length && planner && planner.name === 'llm');
    els.planBy.textContent = byModel ? `Planned by the model ${planner.model || ''}`.trim() : '';
    els.planBy.hidden = !byModel;
    const done = job.status === 'succeeded';
    for (const li of els.plan.children) li.classList.toggle('done', done);
  }

  function renderStages(job) {
    const stages = Array.isArray(job.stages) ? job.stages : [];
    els.stagesTitle.hidden = stages.length === 0;
    const seen = new Set();
    stages.forEach((st, i) => {
      const number = st && st.number !== undefined ? st.number : i + 1;
      const key = String(number);
      seen.add(key);
      let node = els.stages.querySelector(`.stage[data-number="${CSS.escape(key)}"]`);
      if (!node) {
        const bar = h('progress', { max: '1', value: '0' });
        node = h('div', { class: 'stage', dataset: { number: key } },
          h('div', { class: 'stage-head' },
            h('span', { class: 'stage-title' }),
            h('span', { class: 'stage-phase' })),
          bar);
        els.stages.append(node);
      }
      const stopped = (job.status === 'failed' || job.status === 'cancelled') && st && st.phase !== 'done';
      const phase = stopped ? 'stopped' : (st && st.phase) || 'waiting';
      const fraction = Math.max(0, Math.min(1, Number(st && st.fraction) || 0));
      // The server's words for the stage; no numbered placeholder of our own.
      const label = capitalize((st && st.title) || (Number(number) === 0 ? 'preview' : 'full render'));
      // The model writes this stage's script: which try it is, and why the last one failed.
      const scripting = phase === 'script' || phase === 'sandbox';
      const attempt = scripting && job.attempt && String(job.attempt.stage) === key ? job.attempt : null;
      let phaseText;
      if (phase === 'done') phaseText = 'Done';
      else if (phase === 'waiting') phaseText = 'Waiting';
      else if (phase === 'stopped') phaseText = job.status === 'cancelled' ? 'Cancelled' : 'Stopped';
      else if (phase === 'script' && attempt && attempt.number) phaseText = `${PHASES.script} · try ${attempt.number} of ${attempt.of}`;
      else if (phase === 'script') phaseText = PHASES.script;
      else phaseText = `${PHASES[phase] || capitalize(phase)} · ${pct(fraction)}`;
      node.dataset.phase = phase;
      node.querySelector('.stage-title').textContent = label;
      node.querySelector('.stage-phase').textContent = phaseText;
      let note = node.querySelector('.stage-note');
      if (attempt && attempt.message) {
        if (!note) {
          note = h('p', { class: 'stage-note small muted' });
          node.append(note);
        }
        note.textContent = capitalize(attempt.message);
      } else if (note) {
        note.remove();
      }
      const bar = node.querySelector('progress');
      bar.value = phase === 'done' ? 1 : fraction;
      bar.setAttribute('aria-label', label);
      bar.setAttribute('aria-valuetext', phaseText);
    });
    for (const node of [...els.stages.children]) {
      if (!seen.has(node.dataset.number)) node.remove();
    }
  }

  function renderAnswers(job) {
    const answers = Array.isArray(job.answers) ? job.answers.filter((a) => typeof a === 'string' && a) : [];
    const key = JSON.stringify(answers);
    if (els.answers.dataset.key === key) return;
    els.answers.dataset.key = key;
    clear(els.answers);
    for (const a of answers) els.answers.append(h('li', null, a));
    els.answers.hidden = answers.length === 0;
  }

  function jobStatusText(job) {
    switch (job.status) {
      case 'queued':
        return job.stage ? ellipsize(job.stage) : 'Waiting for a free worker…';
      case 'running':
        return job.stage ? ellipsize(job.stage) : 'Working…';
      case 'succeeded':
        if (job.version !== null && job.version !== undefined) return `Done: version ${job.version}`;
        return Array.isArray(job.answers) && job.answers.length ? 'Answered.' : 'Done: nothing to change.';
      case 'failed':
        return job.refused ? 'I could not do that one.' : 'The edit failed.';
      case 'cancelled':
        return 'Cancelled.';
      default:
        return job.stage ? ellipsize(job.stage) : 'Working…';
    }
  }

  function renderJob(job) {
    renderPlan(job);
    renderStages(job);
    renderAnswers(job);
    const running = !TERMINAL.has(job.status);
    els.overall.hidden = false;
    const p = Number(job.progress);
    if (running && job.status === 'queued') {
      els.progress.removeAttribute('value');
      els.progressText.textContent = '';
    } else {
      els.progress.value = job.status === 'succeeded' ? 1 : Number.isFinite(p) ? Math.max(0, Math.min(1, p)) : 0;
      els.progressText.textContent = pct(els.progress.value);
    }
    if (running) setStatus(jobStatusText(job));
    if (running && job.preview_url) showPreview(job);
  }

  /** The running job's preview: shown at once, even when it holds only the first seconds; the
   * whole one, when it comes to the same URL, replaces it at the same playhead. */
  function showPreview(job) {
    const partial = job.preview_partial === true;
    const key = `${job.preview_url}|${partial ? 'partial' : 'whole'}`;
    if (state.previewKey === key) return;
    const again = Boolean(state.previewKey && state.previewKey.startsWith(`${job.preview_url}|`));
    if (again && partial && state.previewKey.endsWith('|whole')) return; // never back to a part
    state.previewKey = key;
    // The whole preview replaces the partial file under the same name: ask for it anew.
    const url = withQuery(job.preview_url, `t=${enc(state.eventId || Date.now())}`);
    const v = state.viewing;
    if (again && v && v.preview && v.kind !== 'image' && !els.player.hidden) {
      v.url = url;
      swapSource(url);
    } else {
      const number = job.version !== null && job.version !== undefined ? job.version : null;
      showMedia(url, { number, preview: true, force: true });
      els.download.removeAttribute('href');
      els.download.setAttribute('aria-disabled', 'true');
      renderVersions();
    }
    const length = Number(job.preview_seconds);
    els.playerNote.textContent = partial
      ? `Preview of the first ${Number.isFinite(length) && length > 0 ? seconds(length) : 'seconds'} — the rest is on its way.`
      : 'A quick preview. The full-quality version replaces it when it is ready.';
    els.screen.classList.toggle('is-partial', partial);
  }

  function onJob(job) {
    if (!job || typeof job !== 'object' || !state.job || state.jobDone) return;
    if (job.job_id && job.job_id !== state.job.job_id) return;
    state.job = job;
    renderJob(job);
    if (TERMINAL.has(job.status)) finishJob(job);
  }

  function stopWatching() {
    if (state.source) {
      state.source.close();
      state.source = null;
    }
    clearTimeout(state.pollTimer);
    state.pollTimer = 0;
  }

  function watchJob(id) {
    stopWatching();
    if (typeof EventSource !== 'function') {
      pollJob(id);
      return;
    }
    let source;
    try {
      source = new EventSource(`/jobs/${enc(id)}/events`);
    } catch (_) {
      pollJob(id);
      return;
    }
    state.source = source;
    const onMessage = (event) => {
      // The job's own "error" event carries data; EventSource's connection error does not.
      if (typeof event.data !== 'string' || state.source !== source) return;
      if (event.lastEventId) state.eventId = event.lastEventId;
      let body;
      try {
        body = JSON.parse(event.data);
      } catch (_) {
        return;
      }
      onJob(body);
    };
    for (const name of SSE_EVENTS) source.addEventListener(name, onMessage);
    source.onmessage = onMessage;
    source.onerror = (event) => {
      if (typeof event.data === 'string') return; // a job "error" message, handled above
      if (state.source !== source) return;
      source.close();
      state.source = null;
      // The stream ended or never opened (a 401 cannot be seen from here): poll instead.
      if (!state.jobDone && state.job && state.job.job_id === id) pollJob(id);
    };
  }

  function pollJob(id) {
    clearTimeout(state.pollTimer);
    let failures = 0;
    const tick = async () => {
      if (state.jobDone || !state.job || state.job.job_id !== id) return;
      let delay = POLL_MS;
      try {
        const body = await api('GET', `/jobs/${enc(id)}`);
        failures = 0;
        onJob(body);
      } catch (err) {
        if (state.jobDone || !state.job || state.job.job_id !== id) return;
        if (err.status === 404) {
          jobLost();
          return;
        }
        failures += 1;
        delay = Math.min(5000, POLL_MS * 2 ** Math.min(failures, 4));
        setStatus(err.status === 0 ? 'Lost contact with the server; trying again…' : err.detail);
      }
      if (!state.jobDone && state.job && state.job.job_id === id) {
        state.pollTimer = setTimeout(tick, delay);
      }
    };
    state.pollTimer = setTimeout(tick, 0);
  }

  function jobLost() {
    const job = state.job;
    state.jobDone = true;
    stopWatching();
    stopElapsed();
    if (job) forgetJob(job.session_id);
    state.working = false;
    updateControls();
    showError('The server no longer knows this edit (it may have restarted). Try again.');
    setStatus('The edit was lost.');
    setState('error');
    refreshSession().then(() => viewCurrent());
  }

  function beginWork() {
    // The edit starts from the current version: stop comparing with the one before it.
    if (state.viewing && state.viewing.showing === 'before') toggleCompare();
    state.job = null;
    state.working = true;
    state.jobDone = false;
    state.previewKey = null;
    resetJobViews();
    els.plan.dataset.key = '';
    els.answers.dataset.key = '';
    els.overall.hidden = false;
    els.progress.removeAttribute('value');
    els.progressText.textContent = '';
    startElapsed();
    updateControls();
    setState('working');
  }

  function startJob(job) {
    state.job = job;
    state.jobDone = false;
    state.working = true;
    rememberJob(job);
    updateControls();
    renderJob(job);
    if (TERMINAL.has(job.status)) {
      finishJob(job);
      return;
    }
    watchJob(job.job_id);
  }

  /** Resolves once the preview in the player has loaded (or failed, or `ms` passed). */
  function previewShown(ms) {
    const v = state.viewing;
    const el = els.player;
    if (!v || !v.preview || el.hidden || el.readyState >= 1 || el.error) return Promise.resolve();
    return new Promise((resolve) => {
      let timer = 0;
      const done = () => {
        clearTimeout(timer);
        el.removeEventListener('loadedmetadata', done);
        el.removeEventListener('error', done);
        resolve();
      };
      timer = setTimeout(done, ms);
      el.addEventListener('loadedmetadata', done);
      el.addEventListener('error', done);
    });
  }

  async function finishJob(job) {
    state.jobDone = true;
    stopWatching();
    stopElapsed();
    forgetJob(job.session_id || state.sid);
    els.cancel.disabled = false;

    if (job.status === 'succeeded') {
      // Let a preview that is still loading show before the final version replaces it.
      await Promise.all([refreshSession(), previewShown(3000)]);
      if (job.version !== null && job.version !== undefined) {
        viewVersion(job.version, { url: job.output_url || undefined, force: true });
        els.playerNote.textContent = '';
      } else if (state.viewing && state.viewing.preview) {
        viewCurrent();
      }
      state.working = false;
      updateControls();
      renderPlan(job);
      setStatus(jobStatusText(job));
      setState('done');
      revealPlayer();
      return;
    }

    await refreshSession();
    if (state.viewing && state.viewing.preview) viewCurrent();
    state.working = false;
    updateControls();
    if (job.status === 'failed') {
      showError(job.error || 'The edit failed, and the server did not say why.', job.refused ? job : null, job.refused);
      setStatus(jobStatusText(job));
      setState('error');
    } else {
      setStatus('Cancelled. Nothing was changed.');
      setState(idleState());
    }
  }

  async function submitEdit() {
    if (state.working || state.uploading) return;
    const prompt = els.prompt.value.trim();
    clearError();
    if (!state.sid) {
      showError('Choose a file first: drop it in the box above, or click the box to pick one.');
      return;
    }
    if (!prompt) {
      showError('Type what you want changed, or click one of the examples.');
      els.prompt.focus();
      return;
    }
    beginWork();
    setStatus('Reading your request…');
    let job;
    try {
      job = await api('POST', '/edit', { json: { session_id: state.sid, prompt } });
    } catch (err) {
      state.working = false;
      state.jobDone = true;
      stopElapsed();
      els.overall.hidden = true;
      updateControls();
      const refused = err.status === 422;
      showError(err.detail, refused && err.body ? Object.assign({ prompt }, err.body) : null, refused);
      setStatus(err.status === 422 ? 'I could not do that one.' : 'The edit did not start.');
      setState('error');
      refreshSession();
      return;
    }
    if (!job || !job.job_id) {
      state.working = false;
      state.jobDone = true;
      stopElapsed();
      updateControls();
      showError('The server accepted the request but sent no job to follow.');
      setState('error');
      return;
    }
    startJob(job);
  }

  async function cancelJob() {
    const job = state.job;
    if (!job || state.jobDone) return;
    els.cancel.disabled = true;
    setStatus('Cancelling…');
    try {
      const body = await api('POST', `/jobs/${enc(job.job_id)}/cancel`);
      onJob(body);
    } catch (err) {
      // Most likely it finished first; the stream or the poll delivers the outcome.
      if (err.status !== 409 && err.status !== 404) showError(err.detail);
    } finally {
      if (!state.jobDone) {
        // Re-enable in case the server ignored it; the terminal message hides the button.
        setTimeout(() => {
          els.cancel.disabled = false;
        }, 1500);
      }
    }
  }

  async function resumeJob(sid) {
    const id = rememberedJob(sid);
    if (!id) return;
    try {
      const job = await api('GET', `/jobs/${enc(id)}`);
      if (!job || TERMINAL.has(job.status) || state.sid !== sid) {
        forgetJob(sid);
        return;
      }
      beginWork();
      if (job.prompt && !els.prompt.value) els.prompt.value = job.prompt;
      startJob(job);
    } catch (_) {
      forgetJob(sid);
    }
  }

  // ---------------------------------------------------------------- undo / redo

  async function step(which) {
    if (!state.sid || state.working || state.uploading || state.busy) return;
    const s = state.session;
    if (s && ((which === 'undo' && !s.can_undo) || (which === 'redo' && !s.can_redo))) return;
    state.busy = true;
    updateControls();
    clearError();
    try {
      const r = await api('POST', `/sessions/${enc(state.sid)}/${which}`);
      await refreshSession();
      const n = r && typeof r.current === 'number' ? r.current : currentNumber();
      viewVersion(n, { url: (r && r.url) || undefined });
      setStatus(`${which === 'undo' ? 'Undone' : 'Redone'}: now at ${n === 0 ? 'the original' : `version ${n}`}.`);
      setState('ready');
    } catch (err) {
      showError(err.detail);
      refreshSession();
    } finally {
      state.busy = false;
      updateControls();
    }
  }

  // ---------------------------------------------------------------- restore

  async function restoreSession(sid) {
    setStatus('Opening your session…');
    try {
      const s = await api('GET', `/sessions/${enc(sid)}`);
      adoptSession(s, sid);
      viewCurrent({ force: true });
      setState('ready');
      setStatus(`Ready: ${s.name || 'your file'} is loaded. Say what to change.`);
      await resumeJob(state.sid);
    } catch (err) {
      if ([400, 404, 410, 422].includes(err.status)) {
        forgetSid();
        forgetJob(sid);
        state.sid = null;
        state.session = null;
        renderSession();
        setState('empty');
        setStatus('That session is gone. Choose a file to begin.');
      } else {
        showError(err.detail);
        setStatus('Could not open your session.');
        setState('error');
      }
    }
  }

  // ---------------------------------------------------------------- events

  function hasFiles(event) {
    const types = event.dataTransfer && event.dataTransfer.types;
    return Boolean(types && Array.from(types).includes('Files'));
  }

  function bindDragAndDrop() {
    let depth = 0;
    window.addEventListener('dragenter', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth += 1;
      els.body.classList.add('dragging');
    });
    window.addEventListener('dragleave', (e) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) els.body.classList.remove('dragging');
    });
    window.addEventListener('dragover', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = canUpload() ? 'copy' : 'none';
    });
    window.addEventListener('drop', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      els.body.classList.remove('dragging');
      els.dropZone.classList.remove('over');
      const file = e.dataTransfer.files && e.dataTransfer.files[0];
      if (!file) return;
      const onAssets = e.target instanceof Element && e.target.closest('#assets');
      if (onAssets && state.sid) uploadAsset(file);
      else uploadMain(file);
    });
    els.dropZone.addEventListener('dragenter', () => els.dropZone.classList.add('over'));
    els.dropZone.addEventListener('dragover', () => els.dropZone.classList.add('over'));
    els.dropZone.addEventListener('dragleave', (e) => {
      if (!els.dropZone.contains(e.relatedTarget)) els.dropZone.classList.remove('over');
    });
  }

  function insertIntoPrompt(text) {
    const area = els.prompt;
    const start = area.selectionStart ?? area.value.length;
    const end = area.selectionEnd ?? area.value.length;
    const before = area.value.slice(0, start);
    const after = area.value.slice(end);
    const pad = before && !/\s$/.test(before) ? ' ' : '';
    area.value = before + pad + text + after;
    const caret = (before + pad + text).length;
    area.focus();
    area.setSelectionRange(caret, caret);
  }

  function bind() {
    els.keyForm.addEventListener('submit', onKeySubmit);

    // The drop zone is the file input's label: from the keyboard, Enter opens the file chooser
    // as Space does (Chromium opens it on Space alone).
    for (const input of [els.fileInput, els.assetInput]) {
      input.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter' || e.repeat || input.disabled) return;
        e.preventDefault();
        input.click();
      });
    }
    els.fileInput.addEventListener('change', () => {
      const file = els.fileInput.files && els.fileInput.files[0];
      if (file) uploadMain(file);
    });
    els.assetInput.addEventListener('change', () => {
      const file = els.assetInput.files && els.assetInput.files[0];
      if (file) uploadAsset(file);
    });
    els.dropZone.addEventListener('click', (e) => {
      if (!canUpload()) {
        e.preventDefault();
        showError('Wait for the current edit to finish, or cancel it, before choosing another file.');
      }
    });
    bindDragAndDrop();

    els.assetList.addEventListener('click', (e) => {
      const button = e.target instanceof Element && e.target.closest('button.asset');
      if (button) insertIntoPrompt(button.dataset.name);
    });

    els.form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitEdit();
    });
    els.prompt.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' || e.isComposing || e.keyCode === 229) return;
      if (e.shiftKey && !(e.ctrlKey || e.metaKey)) return; // Shift+Enter: a new line
      e.preventDefault();
      submitEdit();
    });
    els.cancel.addEventListener('click', cancelJob);
    els.suggestionList.addEventListener('click', (e) => {
      const button = e.target instanceof Element && e.target.closest('button.suggestion');
      if (button) useSuggestion(button.textContent.trim());
    });

    els.examples.addEventListener('click', (e) => {
      const button = e.target instanceof Element && e.target.closest('button.example');
      if (!button) return;
      els.prompt.value = button.textContent.trim();
      els.prompt.focus();
      els.prompt.setSelectionRange(els.prompt.value.length, els.prompt.value.length);
    });

    els.versions.addEventListener('click', (e) => {
      const button = e.target instanceof Element && e.target.closest('[data-version]');
      if (!button) return;
      const n = Number(button.dataset.version);
      if (Number.isInteger(n)) viewVersion(n);
    });

    els.compare.addEventListener('click', toggleCompare);
    bindTimeline();
    els.undo.addEventListener('click', () => step('undo'));
    els.redo.addEventListener('click', () => step('redo'));

    els.player.addEventListener('error', () => {
      const src = els.player.getAttribute('src');
      if (src && !els.player.hidden) diagnoseMedia(src);
    });
    els.imageView.addEventListener('error', () => {
      const src = els.imageView.getAttribute('src');
      if (src && !els.imageView.hidden) diagnoseMedia(src);
    });
    els.player.addEventListener('loadedmetadata', () => {
      const audioOnly = els.player.videoWidth === 0 && els.player.videoHeight === 0;
      els.screen.classList.toggle('audio-only', audioOnly);
      if (state.viewing && audioOnly) state.viewing.kind = 'audio';
    });

    document.addEventListener('keydown', (e) => {
      if (e.defaultPrevented || isEditable(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      if (e.key === '/' && !mod && !e.altKey) {
        e.preventDefault();
        els.prompt.focus();
      } else if (mod && !e.altKey && (e.key === 'z' || e.key === 'Z')) {
        e.preventDefault();
        step(e.shiftKey ? 'redo' : 'undo');
      } else if (mod && !e.altKey && (e.key === 'y' || e.key === 'Y')) {
        e.preventDefault();
        step('redo');
      } else if (!mod && !e.altKey && (e.key === 'b' || e.key === 'B') && !els.compareRow.hidden) {
        e.preventDefault();
        toggleCompare();
      }
    });

    window.addEventListener('hashchange', () => {
      takeHashPrompt();
      const sid = hashSid();
      if (sid && sid !== state.sid && canUpload()) {
        clearError();
        resetJobViews();
        clearMedia();
        restoreSession(sid);
      }
    });
  }

  // ---------------------------------------------------------------- start

  function markTouch() {
    // Once a touch screen, always: a screenshot briefly changes the emulated device, and the
    // hints must not come back for it.
    const touch = window.matchMedia('(hover: none), (pointer: coarse)');
    const apply = () => {
      if (touch.matches) document.documentElement.classList.add('touch');
    };
    apply();
    touch.addEventListener('change', apply);
  }

  function init() {
    markTouch();
    if (state.apiKey) setKeyCookie(state.apiKey);
    bind();
    updateControls();
    takeHashPrompt();
    updateCapabilityLinks();
    const sid = hashSid();
    if (sid) {
      restoreSession(sid);
    } else {
      setState('empty');
      setStatus('Choose a file to begin.');
    }
  }

  init();
})();
