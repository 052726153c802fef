// Hand-written SVG charts: the session's affect timeline (valence and arousal over the session's
// seconds) and the valence-arousal plane with the current affect.

const NS = 'http://www.w3.org/2000/svg';

function el(name, attrs = {}, text = null) {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== null) e.textContent = text;
  return e;
}

const COLORS = {valence: '#2364aa', arousal: '#e07a1f'};

/** The timeline of entries ({end, affect: {valence, arousal}, modality}) as an SVG element. */
export function timelineChart(entries, width = 640, height = 230) {
  const pad = {left: 44, right: 16, top: 16, bottom: 36};
  const w = width - pad.left - pad.right;
  const h = height - pad.top - pad.bottom;
  const maxT = Math.max(30, ...entries.map((e) => e.end));
  const x = (t) => pad.left + (t / maxT) * w;
  const y = (v) => pad.top + (1 - (v + 1) / 2) * h;
  const svg = el('svg', {viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img',
    'aria-label': 'affect timeline', 'data-testid': 'timeline-chart', 'data-points': entries.length});
  for (const v of [-1, -0.5, 0, 0.5, 1]) {
    svg.append(el('line', {x1: pad.left, x2: pad.left + w, y1: y(v), y2: y(v), class: v === 0 ? 'axis' : 'grid'}));
    svg.append(el('text', {x: pad.left - 6, y: y(v) + 4, class: 'tick', 'text-anchor': 'end'}, v.toFixed(1)));
  }
  const step = maxT <= 60 ? 10 : maxT <= 300 ? 60 : 300;
  for (let t = 0; t <= maxT; t += step) {
    svg.append(el('text', {x: x(t), y: pad.top + h + 16, class: 'tick', 'text-anchor': 'middle'}, `${t}s`));
  }
  svg.append(el('text', {x: pad.left + w / 2, y: height - 4, class: 'label', 'text-anchor': 'middle'},
    'seconds into the session'));
  for (const dim of ['valence', 'arousal']) {
    const pts = entries.map((e) => `${x(e.end).toFixed(1)},${y(e.affect[dim]).toFixed(1)}`);
    if (pts.length > 1) svg.append(el('polyline', {points: pts.join(' '), fill: 'none', stroke: COLORS[dim], 'stroke-width': 2}));
    for (const e of entries) {
      const dot = el('circle', {cx: x(e.end), cy: y(e.affect[dim]), r: e.modality === 'speech' ? 4.5 : 3.5,
        fill: e.modality === 'speech' ? COLORS[dim] : '#fff', stroke: COLORS[dim], 'stroke-width': 2});
      dot.append(el('title', {}, `${dim} ${e.affect[dim].toFixed(2)} (${e.modality}: ${e.affect.summary})`));
      svg.append(dot);
    }
  }
  let lx = pad.left + 8;
  for (const dim of ['valence', 'arousal']) {
    svg.append(el('rect', {x: lx, y: pad.top + 4, width: 12, height: 4, fill: COLORS[dim]}));
    svg.append(el('text', {x: lx + 16, y: pad.top + 10, class: 'legend'}, dim));
    lx += 84;
  }
  svg.append(el('text', {x: lx, y: pad.top + 10, class: 'legend'}, '● voice  ○ reported'));
  return svg;
}

// Russell and Mehrabian's (1977) valence/arousal ratings of EmoDB's emotions, as the server's
// EmotionSet places them; drawn only as landmarks.
// Each with where its label goes (dx, dy, anchor) so that neighbours do not overlap.
const LANDMARKS = {
  anger: [-0.51, 0.59, 4, -4, 'start'], fear: [-0.64, 0.60, -4, 12, 'end'], disgust: [-0.60, 0.35, 4, 3, 'start'],
  happiness: [0.81, 0.51, -5, -5, 'end'], sadness: [-0.63, -0.27, 4, 3, 'start'], boredom: [-0.65, -0.62, 4, 3, 'start'],
  neutral: [0, 0, 4, 12, 'start']};

/** The valence-arousal plane with the emotions as landmarks and the current affect as a dot. */
export function circumplex(current, size = 230) {
  const pad = 26;
  const s = size - 2 * pad;
  const px = (v) => pad + ((v + 1) / 2) * s;
  const py = (a) => pad + (1 - (a + 1) / 2) * s;
  const svg = el('svg', {viewBox: `0 0 ${size} ${size}`, class: 'chart circumplex', role: 'img',
    'aria-label': 'current affect on the valence-arousal plane', 'data-testid': 'circumplex'});
  svg.append(el('rect', {x: pad, y: pad, width: s, height: s, class: 'frame'}));
  svg.append(el('line', {x1: px(0), x2: px(0), y1: pad, y2: pad + s, class: 'axis'}));
  svg.append(el('line', {x1: pad, x2: pad + s, y1: py(0), y2: py(0), class: 'axis'}));
  svg.append(el('text', {x: pad + s - 2, y: pad + s - 6, class: 'label', 'text-anchor': 'end'}, 'pleasant →'));
  svg.append(el('text', {x: px(0) + 4, y: pad + 10, class: 'label'}, '↑ aroused'));
  for (const [name, [v, a, dx, dy, anchor]] of Object.entries(LANDMARKS)) {
    svg.append(el('circle', {cx: px(v), cy: py(a), r: 2.5, class: 'landmark'}));
    svg.append(el('text', {x: px(v) + dx, y: py(a) + dy, class: 'tick', 'text-anchor': anchor}, name));
  }
  if (current) {
    svg.append(el('circle', {cx: px(current.valence), cy: py(current.arousal), r: 6 + 6 * current.confidence,
      class: 'now', 'data-testid': 'current-dot'}));
  }
  return svg;
}
