/* promptcut capabilities page: every operation from GET /catalogue, searchable; an example
 * opens the editor with that request in its box (`/#prompt=…`, with the session kept as `s=`).
 * Plain JavaScript, no modules, no build step, like app.js.
 */
'use strict';

(() => {
  const KEY_STORAGE = 'promptcut_api_key';
  const $ = (id) => document.getElementById(id);
  const els = {
    search: $('search'),
    count: $('caps-count'),
    list: $('operations'),
    back: $('back-link'),
    home: $('home-link'),
  };
  let operations = [];

  function h(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') node.className = v;
      else node.setAttribute(k, String(v));
    }
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  /** The session the editor had open (this page is opened with `#s=<id>`), kept on the way back. */
  function sessionId() {
    return new URLSearchParams(location.hash.replace(/^#/, '')).get('s');
  }

  function editorUrl(prompt) {
    const params = new URLSearchParams();
    const sid = sessionId();
    if (sid) params.set('s', sid);
    if (prompt) params.set('prompt', prompt);
    const hash = params.toString();
    return hash ? `/#${hash}` : '/';
  }

  function storedKey() {
    try {
      return localStorage.getItem(KEY_STORAGE);
    } catch (_) {
      return null;
    }
  }

  function title(name) {
    const words = String(name).replace(/_/g, ' ');
    return words ? words[0].toUpperCase() + words.slice(1) : words;
  }

  /** The operation's first paragraph: `summary` is its docstring's first line, which may stop
   * mid-sentence where the docstring wraps; the schema's description has the whole of it. */
  function summaryOf(op) {
    const summary = String(op.summary || '').trim();
    const doc = op.parameters && typeof op.parameters.description === 'string' ? op.parameters.description : '';
    const first = doc.split(/\n\s*\n/)[0].replace(/\s+/g, ' ').trim();
    return first && summary && first.startsWith(summary) ? first : summary;
  }

  function haystack(op) {
    return [op.name, title(op.name), summaryOf(op), ...(op.examples || [])].join(' \n ').toLowerCase();
  }

  function render() {
    els.list.replaceChildren();
    for (const op of operations) {
      const examples = (Array.isArray(op.examples) ? op.examples : []).filter((e) => typeof e === 'string' && e);
      const id = `op-${op.name}`;
      els.list.append(
        h('li', { class: 'card operation', 'data-name': op.name, 'aria-labelledby': id },
          h('h2', { class: 'op-name', id }, title(op.name)),
          h('p', { class: 'op-summary' }, summaryOf(op)),
          examples.length
            ? h('ul', { class: 'examples op-examples', 'aria-label': `Examples: ${title(op.name)}` },
              ...examples.map((e) => h('li', null,
                h('a', { class: 'example', href: editorUrl(e), title: 'Put this request in the editor' }, e))))
            : null),
      );
    }
    filter();
  }

  function filter() {
    const words = els.search.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    els.list.querySelectorAll('.operation').forEach((node, i) => {
      const text = haystack(operations[i]);
      const match = words.every((w) => text.includes(w));
      node.hidden = !match;
      if (match) shown += 1;
    });
    const total = operations.length;
    if (!words.length) els.count.textContent = `${total} operations.`;
    else if (!shown) els.count.textContent = `Nothing matches “${els.search.value.trim()}”. Try another word.`;
    else els.count.textContent = `${shown} of ${total} operations match “${els.search.value.trim()}”.`;
  }

  async function load() {
    const headers = { Accept: 'application/json' };
    const key = storedKey();
    if (key) headers.Authorization = `Bearer ${key}`;
    let res;
    try {
      res = await fetch('/catalogue', { headers, credentials: 'same-origin' });
    } catch (_) {
      els.count.textContent = 'Could not reach the promptcut server. Check that it is running, then reload.';
      return;
    }
    if (res.status === 401) {
      els.count.textContent = 'This server needs an API key: open the editor, enter it there, then come back.';
      return;
    }
    if (!res.ok) {
      els.count.textContent = `Could not load the operations (error ${res.status}).`;
      return;
    }
    const data = await res.json();
    operations = (Array.isArray(data) ? data : []).filter((op) => op && typeof op.name === 'string');
    render();
  }

  els.back.href = editorUrl('');
  els.home.href = editorUrl('');
  els.search.addEventListener('input', filter);
  load();
})();
