// The AVRS web page: catalog and search, a viewing page (session, voice clip or mood, live affect
// timeline, recommendations that follow the affect), and history with consent and erasure.
// Plain ES modules, no framework; the DOM is built with h(), never from HTML strings.

import {ApiError, call, ensureViewer, forgetToken, stream} from './api.js';
import {circumplex, timelineChart} from './chart.js';
import {recordClip} from './wav.js';

const main = document.getElementById('main');
const CLIP_SECONDS = 3;
const MOODS = [
  ['happiness', 'Happy'], ['neutral', 'Calm'], ['boredom', 'Bored'],
  ['sadness', 'Sad'], ['anger', 'Angry'], ['fear', 'Anxious'],
];
let leaving = () => {};

function h(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c);
  return e;
}

function toast(message, error = false) {
  const t = document.getElementById('toast');
  t.textContent = message;
  t.className = error ? 'show error' : 'show';
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { t.className = ''; }, 6000);
}

function fail(e) {
  console.error(e);
  toast(e instanceof ApiError ? e.message : `Something went wrong: ${e.message}`, true);
}

function strategy() {
  return localStorage.getItem('avrs.strategy') || 'congruent';
}

// A few words for a video's profile: pleasant or dark by valence, intense or calm by arousal.
function mood(profile) {
  if (!profile) return 'no affective profile';
  const v = profile.valence;
  const a = profile.arousal;
  const tone = [v >= 0.2 ? 'pleasant' : v <= -0.2 ? 'dark' : 'mixed', a >= 0.45 ? 'intense' : a <= 0.15 ? 'calm' : null]
    .filter(Boolean).join(', ');
  return `${tone} · valence ${v.toFixed(1)}, arousal ${a.toFixed(1)}`;
}

function poster(profile, title) {
  const initial = (title.match(/[\p{L}\p{N}]/u) || ['?'])[0];
  const p = h('div', {class: 'poster', 'aria-hidden': 'true'}, h('span', {text: initial}));
  const v = profile ? profile.valence : 0;
  const a = profile ? profile.arousal : 0;
  // valence from cool blue (-1) through violet to warm orange (+1); arousal as saturation
  const hue = Math.round(220 + ((v + 1) / 2) * 180) % 360;
  const sat = Math.round(35 + ((a + 1) / 2) * 45);
  p.style.background = `linear-gradient(135deg, hsl(${hue} ${sat}% 50%), hsl(${(hue + 25) % 360} ${sat}% 28%))`;
  return p;
}

// ---- recommendations panel -------------------------------------------------------------------

function strategyPicker(onChange) {
  const select = h('select', {'data-testid': 'strategy', 'aria-label': 'how to use my mood',
    onchange: (e) => { localStorage.setItem('avrs.strategy', e.target.value); onChange(); }},
  h('option', {value: 'congruent', text: 'match my mood'}),
  h('option', {value: 'regulate', text: 'lift my mood'}),
  h('option', {value: 'none', text: 'ignore my mood'}));
  select.value = strategy();
  return select;
}

function renderRecommendations(box, recs) {
  box.replaceChildren(
    h('p', {class: 'basis', 'data-testid': 'recs-basis',
      text: `${recs.affect ? recs.affect.summary : 'no recent affect'} · ${recs.basis === 'history'
        ? 'from your ratings' : 'popular picks'}`}),
    h('ol', {class: 'recs', 'data-testid': 'recs'}, recs.items.map((r) => h('li', {},
      h('a', {href: `#/watch/${r.videoId}`, text: r.title}),
      h('p', {class: 'why', text: r.explanation})))));
}

function recommendationsAside(title, testid) {
  const box = h('div', {class: 'recs-box', 'data-testid': testid}, h('p', {text: 'loading…'}));
  const load = () => call('GET', `/api/recommendations?k=8&strategy=${strategy()}`)
    .then((r) => renderRecommendations(box, r)).catch(fail);
  const aside = h('aside', {class: 'foryou'}, h('h2', {text: title}), strategyPicker(load), box);
  return {aside, box, load};
}

// ---- catalog ----------------------------------------------------------------------------------

async function catalogPage(params) {
  const query = params.get('query') || '';
  const genre = params.get('genre') || '';
  const page = Number(params.get('page') || 1);
  const recs = recommendationsAside('For you now', 'home-recs');
  const grid = h('div', {class: 'grid', 'data-testid': 'video-grid'});
  const pager = h('div', {class: 'pager'});
  const genres = h('select', {name: 'genre', 'aria-label': 'genre'}, h('option', {value: '', text: 'any genre'}));
  const form = h('form', {class: 'search', role: 'search', onsubmit: (e) => {
    e.preventDefault();
    const q = new URLSearchParams({query: form.query.value, genre: form.genre.value});
    location.hash = `#/?${q}`;
  }},
  h('input', {name: 'query', type: 'search', placeholder: 'search titles', value: query,
    'data-testid': 'search-input', 'aria-label': 'search titles'}),
  genres,
  h('button', {type: 'submit', 'data-testid': 'search-button', text: 'Search'}));
  main.replaceChildren(h('div', {class: 'layout'}, h('section', {class: 'catalog'}, form, grid, pager), recs.aside));
  recs.load();
  const [g, result] = await Promise.all([call('GET', '/api/genres'),
    call('GET', `/api/videos?${new URLSearchParams({query, genre, page, pageSize: 24})}`)]);
  g.genres.forEach((name) => genres.append(h('option', {value: name, text: name})));
  genres.value = genre;
  grid.replaceChildren(...result.items.map((v) => h('article', {class: 'card'},
    poster(v.profile, v.title),
    h('h3', {text: v.year ? `${v.title} (${v.year})` : v.title}),
    h('p', {class: 'genres', text: v.genres.join(' · ')}),
    h('p', {class: 'mood', text: mood(v.profile)}),
    h('a', {class: 'button', href: `#/watch/${v.id}`, 'data-testid': `watch-${v.id}`, text: 'Watch'}))));
  if (result.items.length === 0) grid.append(h('p', {text: 'No video matches.'}));
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const go = (p) => { const q = new URLSearchParams({query, genre, page: p}); location.hash = `#/?${q}`; };
  pager.replaceChildren(
    h('button', {disabled: page <= 1, onclick: () => go(page - 1), text: '‹ previous'}),
    h('span', {text: `page ${page} of ${pages} · ${result.total} videos`}),
    h('button', {disabled: page >= pages, onclick: () => go(page + 1), text: 'next ›'}));
}

// ---- viewing page -----------------------------------------------------------------------------

async function watchPage(videoId) {
  const video = await call('GET', `/api/videos/${videoId}`);
  const state = {session: null, entries: [], current: null, started: 0, timer: 0, abort: null};
  const status = h('p', {class: 'status', 'data-testid': 'session-status', text: 'Not started'});
  const feel = h('div', {class: 'feel', hidden: true});
  const charts = h('div', {class: 'charts', hidden: true});
  const timelineBox = h('div', {class: 'timeline', 'data-testid': 'timeline'});
  const planeBox = h('div', {class: 'plane'});
  const currentText = h('p', {class: 'current', 'data-testid': 'current-affect', text: 'No affect yet.'});
  const recs = h('div', {class: 'recs-box', 'data-testid': 'live-recs'}, h('p', {text: 'Start watching to see live recommendations.'}));
  const endForm = h('form', {class: 'end', hidden: true});

  const redraw = () => {
    timelineBox.replaceChildren(timelineChart(state.entries));
    planeBox.replaceChildren(circumplex(state.current));
    currentText.textContent = state.current ? `Now: ${state.current.summary} (confidence ${Math.round(state.current.confidence * 100)}%)` : 'No affect yet.';
  };

  const follow = (session) => {
    state.abort = new AbortController();
    stream(`/api/sessions/${session.id}/events?k=8&strategy=${strategy()}`, (name, data) => {
      if (name === 'timeline') { state.entries = data.entries; state.current = data.current; redraw(); }
      if (name === 'affect') {
        if (!state.entries.some((e) => e.id === data.entry.id)) state.entries.push(data.entry);
        state.current = data.current;
        redraw();
      }
      if (name === 'recommendations') renderRecommendations(recs, data);
    }, state.abort.signal).catch((e) => { if (e.name !== 'AbortError') fail(e); });
  };

  const start = async () => {
    try {
      state.session = await call('POST', '/api/sessions', {videoId: video.id});
      state.started = Date.now();
      state.timer = setInterval(() => {
        const s = Math.round((Date.now() - state.started) / 1000);
        status.textContent = `Watching · ${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
      }, 1000);
      status.textContent = 'Watching · 0:00';
      startButton.hidden = true;
      feel.hidden = false;
      charts.hidden = false;
      endForm.hidden = false;
      redraw();
      follow(state.session);
    } catch (e) { fail(e); }
  };

  const addEntry = (entry) => {
    if (!state.entries.some((e) => e.id === entry.id)) state.entries.push(entry);
    redraw();
  };

  const voiceStatus = h('span', {class: 'voice-status', 'data-testid': 'voice-status'});
  const recordButton = h('button', {type: 'button', 'data-testid': 'record-voice', onclick: async () => {
    recordButton.disabled = true;
    voiceStatus.textContent = `Listening for ${CLIP_SECONDS} s…`;
    try {
      const wav = await recordClip(CLIP_SECONDS);
      voiceStatus.textContent = 'Recognising…';
      const entry = await call('POST', `/api/sessions/${state.session.id}/signals/audio`, wav, true, 'audio/wav');
      voiceStatus.textContent = `Heard: ${entry.affect.summary}`;
      addEntry(entry);
    } catch (e) {
      voiceStatus.textContent = '';
      fail(e);
    } finally {
      recordButton.disabled = false;
    }
  }, text: `● Record: say how your day was (${CLIP_SECONDS} s)`});
  feel.append(h('div', {class: 'voice'}, recordButton, voiceStatus),
    h('div', {class: 'moods', role: 'group', 'aria-label': 'or pick your mood'},
      h('span', {text: 'or pick your mood:'}),
      MOODS.map(([label, name]) => h('button', {type: 'button', 'data-testid': `mood-${label}`, onclick: async () => {
        try {
          addEntry(await call('POST', `/api/sessions/${state.session.id}/affect`,
            {modality: 'self_report', source: 'browser/mood-picker', distribution: {[label]: 1}}));
        } catch (e) { fail(e); }
      }, text: name}))));

  const rating = h('select', {name: 'rating', 'data-testid': 'rating', 'aria-label': 'rating'},
    h('option', {value: '', text: 'no rating'}),
    [5, 4.5, 4, 3.5, 3, 2.5, 2, 1.5, 1, 0.5].map((r) => h('option', {value: r, text: `${r} ★`})));
  const skipped = h('input', {type: 'checkbox', name: 'skipped', 'data-testid': 'skipped'});
  endForm.append(h('label', {}, skipped, ' I skipped it'), rating,
    h('button', {type: 'submit', 'data-testid': 'end-session', text: 'End session'}));
  endForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const ended = await call('POST', `/api/sessions/${state.session.id}/end`, {
        watchedSeconds: (Date.now() - state.started) / 1000, skipped: skipped.checked,
        rating: rating.value ? Number(rating.value) : null});
      leaving();
      status.textContent = `Ended · watched ${Math.round(ended.watchedSeconds)} s${ended.rating ? ` · rated ${ended.rating} ★` : ''}`;
      feel.hidden = true;
      endForm.hidden = true;
      toast(ended.rating ? 'Thanks! Your rating will shape your recommendations in a moment.' : 'Session ended.');
    } catch (err) { fail(err); }
  });

  const startButton = h('button', {type: 'button', class: 'primary', 'data-testid': 'start-session', onclick: start,
    text: '▶ Start watching'});
  leaving = () => {
    clearInterval(state.timer);
    if (state.abort) state.abort.abort();
  };
  main.replaceChildren(h('div', {class: 'layout'},
    h('section', {class: 'watch'},
      h('div', {class: 'player'}, poster(video.profile, video.title),
        h('div', {},
          h('h2', {'data-testid': 'video-title', text: video.year ? `${video.title} (${video.year})` : video.title}),
          h('p', {class: 'genres', text: video.genres.join(' · ')}),
          h('p', {class: 'mood', text: mood(video.profile)}),
          status, startButton)),
      feel, charts, endForm),
    h('aside', {class: 'foryou'}, h('h2', {text: 'Next, for how you feel'}),
      strategyPicker(() => { if (state.session && state.abort) { state.abort.abort(); follow(state.session); } }), recs)));
  charts.append(h('div', {}, h('h3', {text: 'Your affect during this session'}), timelineBox),
    h('div', {}, h('h3', {text: 'Right now'}), planeBox, currentText));
}

// ---- history and privacy ----------------------------------------------------------------------

async function historyPage() {
  const me = await call('GET', '/api/viewers/me');
  const sessions = await call('GET', '/api/sessions?limit=100');
  const titles = new Map();
  await Promise.all([...new Set(sessions.map((s) => s.videoId))].map(async (id) => {
    titles.set(id, (await call('GET', `/api/videos/${id}`)).title);
  }));
  const list = sessions.length === 0 ? h('p', {text: 'No sessions yet.'})
    : h('table', {class: 'history', 'data-testid': 'history'},
      h('thead', {}, h('tr', {}, ['Video', 'Started', 'State', 'Watched', 'Rating'].map((c) => h('th', {text: c})))),
      h('tbody', {}, sessions.map((s) => h('tr', {},
        h('td', {}, h('a', {href: `#/watch/${s.videoId}`, text: titles.get(s.videoId)})),
        h('td', {text: new Date(s.startedAt).toLocaleString()}),
        h('td', {text: s.state}),
        h('td', {text: s.watchedSeconds === null ? '' : `${Math.round(s.watchedSeconds)} s`}),
        h('td', {text: s.rating === null ? '' : `${s.rating} ★`})))));
  const consent = h('input', {type: 'checkbox', 'data-testid': 'consent', checked: me.keepRawSignals, onchange: async (e) => {
    try {
      await call('PUT', '/api/viewers/me/consent', {keepRawSignals: e.target.checked});
      toast(e.target.checked ? 'Your raw voice clips will be kept.' : 'Raw voice clips will be dropped after recognition.');
    } catch (err) { fail(err); }
  }});
  const confirmBox = h('div', {class: 'confirm', hidden: true},
    h('p', {text: 'This erases your sessions, voice clips, affect history, ratings and this viewer id. It cannot be undone.'}),
    h('button', {type: 'button', class: 'danger', 'data-testid': 'erase-confirm', onclick: async () => {
      try {
        const r = await call('DELETE', '/api/viewers/me');
        forgetToken();
        const n = r.erased;
        main.replaceChildren(h('section', {class: 'erased', 'data-testid': 'erased'},
          h('h2', {text: 'Your data is erased.'}),
          h('p', {text: `${n.sessions} sessions, ${n.affects} affect entries, ${n.signals} raw clips and ${n.interactions} interactions were deleted.`}),
          h('a', {href: '#/', class: 'button', text: 'Start afresh'})));
        document.querySelector('[data-testid=viewer-id]').textContent = '';
      } catch (e) { fail(e); }
    }, text: 'Yes, erase everything'}));
  main.replaceChildren(h('section', {class: 'historypage'},
    h('h2', {text: 'Your history'}), list,
    h('h2', {text: 'Privacy'}),
    h('label', {}, consent, ' Keep my raw voice clips after recognition (otherwise only the recognised affect is stored)'),
    h('p', {}, h('button', {type: 'button', class: 'danger', 'data-testid': 'erase', text: 'Erase my data',
      onclick: () => { confirmBox.hidden = false; }})),
    confirmBox));
}

// ---- routing ----------------------------------------------------------------------------------

async function route() {
  leaving();
  leaving = () => {};
  const [path, query] = location.hash.replace(/^#/, '').split('?');
  try {
    const viewer = await ensureViewer();
    document.querySelector('[data-testid=viewer-id]').textContent = `viewer ${viewer.id.slice(0, 9)}…`;
    const watch = /^\/watch\/(\d+)$/.exec(path || '');
    if (watch) await watchPage(Number(watch[1]));
    else if (path === '/history') await historyPage();
    else await catalogPage(new URLSearchParams(query || ''));
  } catch (e) { fail(e); }
}

window.addEventListener('hashchange', route);
route();
