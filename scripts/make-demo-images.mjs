#!/usr/bin/env node
// Renders the demo illustrations used by the seed content (src/seed/demo-*.ts)
// into src/seed/media/*.jpg.
//
// Every picture is hand-written SVG composed like a news photograph rather
// than a flat illustration: relief and wood/fabric textures from feTurbulence
// with lighting filters, soft clouds torn by feDisplacementMap, valley mist and
// aerial haze on far ranges, depth of field (blurred foreground and
// background around a focal plane), a warm or cool grade and a lens vignette;
// no text, no faces in detail. sharp rasterises it, trims the frayed rim,
// softens it slightly, adds seeded film grain and writes a 1200×800
// progressive JPEG at quality 72; the run fails if one exceeds 120 KB.
//
//   node scripts/make-demo-images.mjs            # render all
//   node scripts/make-demo-images.mjs --png DIR  # also write PNG previews to DIR
//   node scripts/make-demo-images.mjs --only RE   # render only the scenes whose name matches
//
// The output is deterministic: "random" details come from a seeded PRNG.

import sharp from 'sharp';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const W = 1200;
const H = 800;
const MAX_BYTES = 120 * 1024;
const GRAIN_AMP = 5;
const here = path.dirname(fileURLToPath(import.meta.url));
const OUT_DIR = path.resolve(here, '../src/seed/media');

// ---------------------------------------------------------------- helpers

/** Seeded PRNG (mulberry32), so every run draws the same pictures. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const f1 = (n) => (Math.round(n * 10) / 10).toString();
const pts = (list) => list.map(([x, y]) => `${f1(x)} ${f1(y)}`).join(' L');

function linear(id, stops, x1 = 0, y1 = 0, x2 = 0, y2 = 1) {
  const s = stops
    .map(([o, c, op = 1]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${op}"/>`)
    .join('');
  return `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${s}</linearGradient>`;
}

function radial(id, stops, cx = 0.5, cy = 0.5, r = 0.5) {
  const s = stops
    .map(([o, c, op = 1]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${op}"/>`)
    .join('');
  return `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}">${s}</radialGradient>`;
}

/** Filters shared by every picture. */
const FILTERS = `
  <filter color-interpolation-filters="sRGB" id="blur4" x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="4"/></filter>
  <filter color-interpolation-filters="sRGB" id="blur10" x="-30%" y="-30%" width="160%" height="160%"><feGaussianBlur stdDeviation="10"/></filter>
  <filter color-interpolation-filters="sRGB" id="blur24" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="24"/></filter>
  <filter color-interpolation-filters="sRGB" id="drop" x="-20%" y="-20%" width="140%" height="150%">
    <feGaussianBlur in="SourceAlpha" stdDeviation="7"/>
    <feOffset dx="0" dy="8" result="o"/>
    <feComponentTransfer><feFuncA type="linear" slope="0.35"/></feComponentTransfer>
    <feMerge><feMergeNode/><feMergeNode in="SourceGraphic"/></feMerge>
  </filter>
  <filter color-interpolation-filters="sRGB" id="blur2" x="-10%" y="-10%" width="120%" height="120%"><feGaussianBlur stdDeviation="2"/></filter>
  <filter color-interpolation-filters="sRGB" id="dof1" x="-5%" y="-5%" width="110%" height="110%"><feGaussianBlur stdDeviation="1.6"/></filter>
  <filter color-interpolation-filters="sRGB" id="dof2" x="-5%" y="-5%" width="110%" height="110%"><feGaussianBlur stdDeviation="3.2"/></filter>
  <filter color-interpolation-filters="sRGB" id="dof3" x="-5%" y="-5%" width="110%" height="110%"><feGaussianBlur stdDeviation="6"/></filter>
  <filter color-interpolation-filters="sRGB" id="dof4" x="-10%" y="-10%" width="120%" height="120%"><feGaussianBlur stdDeviation="11"/></filter>
  <filter color-interpolation-filters="sRGB" id="cloudf" x="-60%" y="-80%" width="220%" height="260%">
    <feTurbulence type="fractalNoise" baseFrequency="0.018 0.03" numOctaves="4" seed="5"/>
    <feDisplacementMap in="SourceGraphic" scale="70" xChannelSelector="R" yChannelSelector="G" result="d"/>
    <feGaussianBlur in="d" stdDeviation="7" result="b"/>
    <feTurbulence type="fractalNoise" baseFrequency="0.035" numOctaves="3" seed="9" result="n"/>
    <feDiffuseLighting in="n" surfaceScale="3" lighting-color="#fff" result="l"><feDistantLight azimuth="270" elevation="55"/></feDiffuseLighting>
    <feComposite in="l" in2="b" operator="arithmetic" k1="0.55" k3="0.5" result="m"/>
    <feComposite in="m" in2="b" operator="in"/>
  </filter>
  ${[1, 2, 3]
    .map(
      (
        k,
      ) => `<filter color-interpolation-filters="sRGB" id="terrain${k}" x="0" y="0" width="100%" height="100%" filterUnits="userSpaceOnUse">
    <feTurbulence type="fractalNoise" baseFrequency="${0.004 * k + 0.004} ${0.012 * k + 0.01}" numOctaves="5" seed="${k * 17}" result="n"/>
    <feDiffuseLighting in="n" surfaceScale="${2 + k * 1.5}" lighting-color="#fff" result="l"><feDistantLight azimuth="${200 + k * 20}" elevation="${52 - k * 4}"/></feDiffuseLighting>
    <feComposite in="l" in2="SourceGraphic" operator="arithmetic" k1="0.38" k3="0.68" result="m"/>
    <feComposite in="m" in2="SourceAlpha" operator="in"/>
  </filter>`,
    )
    .join('')}
  <filter color-interpolation-filters="sRGB" id="fabric" x="0" y="0" width="100%" height="100%" filterUnits="userSpaceOnUse">
    <feTurbulence type="fractalNoise" baseFrequency="0.9 0.02" numOctaves="2" seed="4" result="n"/>
    <feDiffuseLighting in="n" surfaceScale="1.2" lighting-color="#fff" result="l"><feDistantLight azimuth="240" elevation="60"/></feDiffuseLighting>
    <feComposite in="l" in2="SourceGraphic" operator="arithmetic" k1="0.35" k3="0.72" result="m"/>
    <feComposite in="m" in2="SourceAlpha" operator="in"/>
  </filter>
  <filter color-interpolation-filters="sRGB" id="wood" x="0" y="0" width="100%" height="100%" filterUnits="userSpaceOnUse">
    <feTurbulence type="fractalNoise" baseFrequency="0.004 0.12" numOctaves="3" seed="8" result="n"/>
    <feColorMatrix in="n" type="matrix" values="0 0 0 0 0  0 0 0 0 0  0 0 0 0 0  1.2 0 0 0 -0.35" result="a"/>
    <feFlood flood-color="#2a160a" flood-opacity="0.55"/>
    <feComposite in2="a" operator="in" result="g"/>
    <feComposite in="g" in2="SourceGraphic" operator="atop"/>
  </filter>
  <filter color-interpolation-filters="sRGB" id="foliage" x="-30%" y="-30%" width="160%" height="160%">
    <feTurbulence type="fractalNoise" baseFrequency="0.16" numOctaves="2" seed="12" result="n"/>
    <feDisplacementMap in="SourceGraphic" in2="n" scale="12" xChannelSelector="R" yChannelSelector="G" result="d"/>
    <feDiffuseLighting in="n" surfaceScale="4" lighting-color="#fff" result="l"><feDistantLight azimuth="235" elevation="40"/></feDiffuseLighting>
    <feComposite in="l" in2="d" operator="arithmetic" k1="0.7" k3="0.35" result="m"/>
    <feComposite in="m" in2="d" operator="in"/>
  </filter>
  <filter color-interpolation-filters="sRGB" id="lens" x="0" y="0" width="100%" height="100%" filterUnits="userSpaceOnUse">
    <feTurbulence type="fractalNoise" baseFrequency="0.045" numOctaves="2" seed="2"/>
    <feDisplacementMap in="SourceGraphic" scale="3.5" xChannelSelector="R" yChannelSelector="G"/>
  </filter>`;

/**
 * The photographic finish shared by every picture: edges broken by a fine
 * displacement (no ruler-straight vector lines), a warm or cool grade, and a
 * lens vignette. Film grain and lens softness are added after rasterising.
 */
function svg(defs, body, { vignette = 0.5, grade = null } = {}) {
  const vig = radial(
    'vignette',
    [
      [0, '#000', 0],
      [0.62, '#000', 0],
      [1, '#000', vignette],
    ],
    0.5,
    0.5,
    0.75,
  );
  const gradeEl = grade
    ? `<rect width="${W}" height="${H}" fill="${grade[0]}" opacity="${grade[1]}" style="mix-blend-mode:soft-light"/>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<defs>${FILTERS}${defs}${vig}</defs><g transform="translate(${W / 2} ${H / 2}) scale(1.012) translate(${-W / 2} ${-H / 2})"><g filter="url(#lens)">${body}</g></g>${gradeEl}<rect width="${W}" height="${H}" fill="url(#vignette)"/></svg>`;
}

/** A sun low in a hazy sky: a bright core inside a wide soft glow. */
function sun(cx, cy, r, color = '#fff4d6') {
  return `<circle cx="${cx}" cy="${cy}" r="${r * 3.2}" fill="${color}" opacity="0.35" filter="url(#dof4)"/>
    <circle cx="${cx}" cy="${cy}" r="${r * 1.4}" fill="${color}" opacity="0.6" filter="url(#blur24)"/>
    <circle cx="${cx}" cy="${cy}" r="${r * 0.7}" fill="#fffdf4" filter="url(#blur4)"/>`;
}

/** Atmospheric haze: a band of light air that thickens towards y. */
function haze(y0, y1, color = '#e8eef2', op = 0.8) {
  const id = `hz${Math.round(y0)}_${Math.round(y1)}`;
  return `<defs>${linear(id, [
    [0, color, 0],
    [0.7, color, op],
    [1, color, op * 0.4],
  ])}</defs><rect x="0" y="${f1(y0)}" width="${W}" height="${f1(y1 - y0)}" fill="url(#${id})"/>`;
}

/** Wraps content in a depth-of-field blur (1 slight … 4 strong). */
const dof = (level, content) => `<g filter="url(#dof${level})">${content}</g>`;

/** A soft elliptical shadow on the ground. */
const shadow = (cx, cy, rx, ry, op = 0.3) =>
  `<ellipse cx="${f1(cx)}" cy="${f1(cy)}" rx="${f1(rx)}" ry="${f1(ry)}" fill="#000" opacity="${op}" filter="url(#blur10)"/>`;

/** Rolling hills: a sum of sines. */
function hillLine(base, amp, seed, freqs = [1.1, 2.3, 4.7]) {
  const r = rng(seed);
  const comps = freqs.map((f, i) => ({ f, p: r() * Math.PI * 2, a: amp / (i + 1) }));
  const out = [];
  for (let x = -20; x <= W + 20; x += 15) {
    let y = base;
    for (const c of comps) y -= c.a * Math.sin((x / W) * c.f * Math.PI * 2 + c.p);
    out.push([x, y]);
  }
  return out;
}

/** Peaky mountains: random anchor peaks, refined by midpoint displacement. */
function peakLine(base, amp, seed, rough = 0.55, depth = 6) {
  const r = rng(seed);
  const anchors = 6;
  let line = [];
  for (let i = 0; i <= anchors; i++) {
    const x = -20 + ((W + 40) * i) / anchors;
    line.push([x, base - amp * (i % 2 ? 0.55 + r() * 0.45 : r() * 0.45)]);
  }
  let d = amp * 0.45;
  for (let k = 0; k < depth; k++) {
    const next = [line[0]];
    for (let i = 1; i < line.length; i++) {
      const [x0, y0] = line[i - 1];
      const [x1, y1] = line[i];
      const mid = [(x0 + x1) / 2, (y0 + y1) / 2 - (r() - 0.45) * d];
      next.push(mid, line[i]);
    }
    line = next;
    d *= rough;
  }
  return line;
}

let terrainTurn = 0;
/** The colour of the valley mist ground() lays at the foot of far ranges (null: none). */
let groundHaze = '#e9eef0';
/** Land below a skyline, relief-shaded by a turbulence lighting filter. */
function ground(line, fill, extra = '') {
  const tex = extra.includes('filter=') ? '' : `filter="url(#terrain${(terrainTurn++ % 3) + 1})"`;
  const el = `<path d="M-20 ${H + 20} L${pts(line)} L${W + 20} ${H + 20} Z" fill="${fill}" ${tex} ${extra}/>`;
  // Aerial perspective: far ranges are slightly out of focus, with mist
  // settling in the valleys at their foot.
  const ys = line.map(([, y]) => y);
  const top = Math.min(...ys);
  const mean = ys.reduce((a, y) => a + y, 0) / ys.length;
  if (mean > 470 || !groundHaze) return el;
  return (
    (mean < 400 ? dof(1, el) : el) + haze(top + (mean - top) * 0.3, mean + 60, groundHaze, 0.55)
  );
}

function sky(id, top, bottom, mid) {
  const stops = mid
    ? [
        [0, top],
        [0.55, mid],
        [1, bottom],
      ]
    : [
        [0, top],
        [1, bottom],
      ];
  return { def: linear(id, stops), el: `<rect width="${W}" height="${H}" fill="url(#${id})"/>` };
}

/** A soft cumulus: billowing puffs torn by turbulence, lit from above. */
function cloud(x, y, s, fill = '#fff', op = 0.85) {
  return `<g transform="translate(${f1(x)} ${f1(y)}) scale(${s * 1.5} ${s * 1.1})" opacity="${op}" fill="${fill}" filter="url(#cloudf)">
    <ellipse cx="0" cy="0" rx="80" ry="24"/><ellipse cx="-44" cy="-12" rx="40" ry="26"/>
    <ellipse cx="16" cy="-24" rx="48" ry="32"/><ellipse cx="64" cy="-6" rx="40" ry="22"/><ellipse cx="-100" cy="6" rx="40" ry="12"/></g>`;
}

function star(cx, cy, R, fill, rot = -90) {
  const p = [];
  for (let i = 0; i < 10; i++) {
    const rr = i % 2 === 0 ? R : R * 0.382;
    const a = ((rot + i * 36) * Math.PI) / 180;
    p.push([cx + rr * Math.cos(a), cy + rr * Math.sin(a)]);
  }
  return `<path d="M${pts(p)} Z" fill="${fill}"/>`;
}

/** A flag waving to the right, from a pole at (x, y). */
function wavingFlag(x, y, w, h, fill, { wave = 14, shade = true, id = 'fw' } = {}) {
  const top = [];
  const bot = [];
  const n = 24;
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const dy = Math.sin(t * Math.PI * 2.2) * wave * t;
    top.push([x + t * w, y + dy]);
    bot.push([x + t * w * 0.97, y + h + dy * 1.2 + t * 6]);
  }
  const d = `M${pts(top)} L${pts(bot.reverse())} Z`;
  let out = `<path d="${d}" fill="${fill}"/>`;
  if (shade) {
    out += `<path d="${d}" fill="url(#${id})" opacity="0.5"/>`;
  }
  return out;
}

/** The shading gradient used with wavingFlag (vertical folds). */
function flagShade(id) {
  return linear(
    id,
    [
      [0, '#000', 0.0],
      [0.2, '#000', 0.25],
      [0.4, '#fff', 0.18],
      [0.6, '#000', 0.22],
      [0.8, '#fff', 0.12],
      [1, '#000', 0.2],
    ],
    0,
    0,
    1,
    0,
  );
}

/** Hammer and sickle, drawn in a 100×100 box centred at (cx, cy). */
function hammerSickle(cx, cy, size, fill) {
  const s = size / 100;
  return `<g transform="translate(${f1(cx)} ${f1(cy)}) scale(${s}) translate(-50 -50)" fill="${fill}">
    <path d="M30 68 A36 36 0 1 0 26 24 C40 16 58 14 70 24 A27 27 0 0 1 36 62 Z"/>
    <path d="M33 65 L14 86" stroke="${fill}" stroke-width="9" stroke-linecap="round"/>
    <path d="M84 88 L40 44" stroke="${fill}" stroke-width="8" stroke-linecap="round"/>
    <rect x="16" y="31" width="40" height="14" rx="1.5" transform="rotate(-45 36 38)"/>
  </g>`;
}

/** Seated person seen from behind (audience), base at (cx, y). */
function seatedBack(cx, y, s, coat, hair) {
  return `<g transform="translate(${f1(cx)} ${f1(y)}) scale(${f1(s * 100) / 100})">
    <path d="M-30 0 C-30 -26 -22 -38 0 -40 C22 -38 30 -26 30 0 Z" fill="${coat}"/>
    <rect x="-6" y="-46" width="12" height="10" fill="#c98f68"/>
    <circle cx="0" cy="-58" r="15" fill="${hair}"/>
  </g>`;
}

/** Person facing the viewer, seen from the chest up, base at (cx, y). Faceless. */
function personFront(
  cx,
  y,
  s,
  { coat = '#2b3550', shirt = '#f2f2f2', skin = '#d9a27c', hair = '#1f1a17', tie = '#9b1b25' } = {},
) {
  return `<g transform="translate(${f1(cx)} ${f1(y)}) scale(${f1(s * 100) / 100})">
    <path d="M-38 0 C-38 -34 -26 -46 0 -48 C26 -46 38 -34 38 0 Z" fill="${coat}"/>
    <path d="M-10 -46 L0 -20 L10 -46 Z" fill="${shirt}"/>
    <path d="M-3 -40 L3 -40 L4 -22 L0 -16 L-4 -22 Z" fill="${tie}"/>
    <rect x="-7" y="-58" width="14" height="14" rx="3" fill="${skin}"/>
    <ellipse cx="0" cy="-72" rx="15" ry="18" fill="${skin}"/>
    <path d="M-16 -74 C-17 -92 17 -92 16 -74 C12 -82 -10 -84 -16 -74 Z" fill="${hair}"/>
  </g>`;
}

/** Standing person seen from behind, feet at (cx, y). */
function standingBack(
  cx,
  y,
  s,
  { top = '#2e5a3a', bottom = '#2b2b2b', hair = '#201a16', cap = null, salute = false } = {},
) {
  const capEl = cap
    ? `<path d="M-11 -152 C-11 -166 11 -166 11 -152 Z" fill="${cap}"/><rect x="-12" y="-153" width="24" height="4" rx="2" fill="${cap}"/>`
    : '';
  const arm = salute
    ? `<path d="M12 -118 C24 -126 24 -140 12 -146" stroke="${top}" stroke-width="8" fill="none" stroke-linecap="round"/>`
    : '';
  return `<g transform="translate(${f1(cx)} ${f1(y)}) scale(${f1(s * 100) / 100})">
    <rect x="-11" y="-70" width="9" height="70" rx="3" fill="${bottom}"/>
    <rect x="2" y="-70" width="9" height="70" rx="3" fill="${bottom}"/>
    <path d="M-16 -66 L-18 -120 C-18 -130 -10 -134 0 -134 C10 -134 18 -130 18 -120 L16 -66 Z" fill="${top}"/>
    <rect x="-22" y="-124" width="7" height="50" rx="3" fill="${top}"/>
    ${salute ? '' : `<rect x="15" y="-124" width="7" height="50" rx="3" fill="${top}"/>`}
    ${arm}
    <circle cx="0" cy="-145" r="11" fill="${hair}"/>
    ${capEl}
  </g>`;
}

// ---------------------------------------------------------------- scenes

const scenes = {};

// Conference hall of the provincial Political School: stage, red banner, rows of seats.
scenes['1-hoi-thao-khoa-hoc'] = () => {
  const r = rng(11);
  const defs = [
    linear('wall', [
      [0, '#f4ead8'],
      [1, '#dcc6a2'],
    ]),
    linear('ceil', [
      [0, '#5b4634'],
      [1, '#8a6c4f'],
    ]),
    linear('banner', [
      [0, '#d0182f'],
      [1, '#a30f22'],
    ]),
    linear('stageFront', [
      [0, '#7a4a24'],
      [1, '#4f2f16'],
    ]),
    linear('stageTop', [
      [0, '#a8744a'],
      [1, '#8c5c35'],
    ]),
    linear('carpet', [
      [0, '#6e2430'],
      [1, '#3e121a'],
    ]),
    linear('cloth', [
      [0, '#ffffff'],
      [1, '#dfe6ef'],
    ]),
    linear(
      'curtain',
      [
        [0, '#8e0f1f'],
        [0.5, '#c41d30'],
        [1, '#8e0f1f'],
      ],
      0,
      0,
      1,
      0,
    ),
    radial('spot', [
      [0, '#fff7da', 0.9],
      [1, '#fff7da', 0],
    ]),
  ].join('');
  let b = `<rect width="${W}" height="${H}" fill="url(#wall)"/>`;
  b += `<rect width="${W}" height="70" fill="url(#ceil)"/>`;
  for (let i = 0; i < 6; i++) b += `<circle cx="${120 + i * 192}" cy="60" r="7" fill="#fff3c4"/>`;
  for (let i = 0; i < 6; i++)
    b += `<ellipse cx="${120 + i * 192}" cy="140" rx="110" ry="90" fill="url(#spot)" opacity="0.55"/>`;
  // wall panels
  for (let i = 0; i < 7; i++)
    b += `<rect x="${i * 180 - 10}" y="70" width="4" height="300" fill="#c8ae86" opacity="0.6"/>`;
  // banner with star and abstract stripes
  b += `<g filter="url(#drop)"><rect x="230" y="96" width="740" height="190" rx="6" fill="url(#banner)"/></g>`;
  b += `<rect x="244" y="110" width="712" height="162" rx="4" fill="none" stroke="#f3c74d" stroke-width="3" opacity="0.8"/>`;
  b += star(340, 191, 52, '#f7d046');
  for (let i = 0; i < 3; i++) {
    const w = [480, 420, 300][i];
    b += `<rect x="${430 + (480 - w) / 2}" y="${150 + i * 34}" width="${w}" height="${i === 0 ? 14 : 10}" rx="5" fill="#f7e3a0" opacity="${0.85 - i * 0.15}"/>`;
  }
  // curtains
  b += `<path d="M0 70 L150 70 C140 180 120 300 90 390 L0 390 Z" fill="url(#curtain)"/>`;
  b += `<path d="M1200 70 L1050 70 C1060 180 1080 300 1110 390 L1200 390 Z" fill="url(#curtain)"/>`;
  b += `<path d="M0 70 L1200 70 L1200 96 C900 120 300 120 0 96 Z" fill="#a5142a"/>`;
  // stage
  b += `<rect x="60" y="360" width="1080" height="26" fill="url(#stageTop)"/>`;
  b += `<rect x="60" y="386" width="1080" height="64" fill="url(#stageFront)"/>`;
  // presidium behind table
  const coats = ['#26324a', '#3a3f4a', '#24304a', '#4a3b33', '#2d3a4f'];
  for (let i = 0; i < 5; i++)
    b += personFront(370 + i * 95, 330, 0.62, {
      coat: coats[i],
      hair: i === 3 ? '#3b2a20' : '#1c1714',
    });
  b += `<g filter="url(#drop)"><rect x="320" y="310" width="470" height="52" rx="4" fill="url(#cloth)"/></g>`;
  b += `<rect x="320" y="310" width="470" height="10" fill="#1f4d8f"/>`;
  // flowers on the table front
  for (let i = 0; i < 9; i++) {
    const c = ['#e8344a', '#f6c343', '#ffffff', '#f07aa0'][i % 4];
    b += `<circle cx="${340 + i * 54}" cy="362" r="11" fill="${c}"/>`;
  }
  // podium
  b += `<g filter="url(#drop)"><path d="M860 250 L940 250 L930 362 L870 362 Z" fill="#8c5a32"/></g>`;
  b += `<rect x="852" y="244" width="96" height="14" rx="3" fill="#a8714a"/>`;
  b += `<circle cx="900" cy="296" r="18" fill="#d0182f"/>` + star(900, 296, 12, '#f7d046');
  b += `<path d="M900 244 C905 225 915 214 926 210" stroke="#222" stroke-width="3" fill="none"/>`;
  // floor / carpet
  b += `<rect x="0" y="450" width="${W}" height="350" fill="url(#carpet)"/>`;
  // audience rows (perspective: far rows small)
  const rows = [
    { y: 520, s: 0.55, n: 16, seat: '#1e3a6b' },
    { y: 590, s: 0.72, n: 12, seat: '#1d3766' },
    { y: 680, s: 0.95, n: 9, seat: '#1b3462' },
    { y: 800, s: 1.25, n: 7, seat: '#19305c' },
  ];
  const hairs = ['#1b1512', '#2a1f19', '#3a2a1e', '#151515', '#5a5a5a'];
  const coatsA = ['#2f3b52', '#7a2431', '#3f4d3a', '#4b3f36', '#e6e1d8', '#1f6f8b', '#2b2b2b'];
  for (const row of rows) {
    const gap = W / row.n;
    const off = (r() - 0.5) * gap * 0.4;
    let seats = '';
    let people = '';
    for (let i = 0; i < row.n + 1; i++) {
      const cx = i * gap + off;
      seats += `<rect x="${f1(cx - 34 * row.s)}" y="${f1(row.y - 56 * row.s)}" width="${f1(68 * row.s)}" height="${f1(60 * row.s)}" rx="${f1(12 * row.s)}" fill="${row.seat}"/>`;
      if (r() < 0.82)
        people += seatedBack(
          cx,
          row.y - 48 * row.s,
          row.s,
          coatsA[Math.floor(r() * coatsA.length)],
          hairs[Math.floor(r() * hairs.length)],
        );
    }
    // the nearest rows fall out of the depth of field
    const depth = rows.indexOf(row) - 1;
    b += depth > 0 ? dof(Math.min(depth, 4), people + seats) : people + seats;
    b += `<rect x="0" y="${f1(row.y - 8 * row.s)}" width="${W}" height="${f1(8 * row.s)}" fill="#000" opacity="0.15"/>`;
  }
  return svg(defs, b);
};

// Mountains and terraced rice fields.
scenes['ruong-bac-thang'] = () => {
  const s = sky('sky', '#8ec9e8', '#f3efd9', '#cfe6ee');
  const defs =
    s.def +
    linear('mist', [
      [0, '#fff', 0],
      [0.5, '#fff', 0.7],
      [1, '#fff', 0],
    ]);
  let b = s.el;
  b += sun(930, 150, 60);
  b += cloud(230, 120, 1.1) + cloud(620, 90, 0.8, '#fff', 0.7);
  b += ground(peakLine(300, 170, 3), '#9fb7c8');
  b += ground(peakLine(360, 140, 8), '#7f9eae');
  b += `<rect x="0" y="330" width="${W}" height="70" fill="url(#mist)"/>`;
  b += ground(hillLine(430, 40, 5), '#6d8f5a');
  // terraces: many bands, each a wavy strip with a bright lip
  const greens = [
    '#a9c94a',
    '#c4d451',
    '#e2c94a',
    '#b6cf4e',
    '#d7cf4d',
    '#9fc244',
    '#e9c547',
    '#c9d55a',
  ];
  const r = rng(21);
  for (let i = 0; i < 16; i++) {
    const base = 430 + i * 26 + i * i * 0.9;
    const amp = 24 + i * 3;
    const line = hillLine(base, amp, 40 + (i % 3), [0.7, 1.6, 3.1]);
    const col = greens[Math.floor(r() * greens.length)];
    b += ground(line, col);
    b += `<path d="M${pts(line)}" fill="none" stroke="#f7f1c8" stroke-width="${f1(1.2 + i * 0.22)}" opacity="0.45"/>`;
    b += `<path d="M${pts(line.map(([x, y]) => [x, y + 5 + i * 0.6]))}" fill="none" stroke="#4f6f2b" stroke-width="${f1(1.5 + i * 0.3)}" opacity="0.35"/>`;
  }
  // a stilt house on the terraces
  b += `<g transform="translate(820 500)" filter="url(#drop)">
    <rect x="-4" y="0" width="6" height="34" fill="#5a3a22"/><rect x="60" y="0" width="6" height="34" fill="#5a3a22"/><rect x="28" y="0" width="6" height="34" fill="#5a3a22"/>
    <rect x="-8" y="-34" width="80" height="36" fill="#a0764d"/>
    <path d="M-24 -30 L32 -70 L88 -30 Z" fill="#6b4a2e"/><path d="M-24 -30 L32 -70 L32 -30 Z" fill="#7f5a38"/>
    <rect x="10" y="-24" width="14" height="14" fill="#3d2616"/><rect x="42" y="-24" width="14" height="14" fill="#3d2616"/></g>`;
  // trees on ridge
  for (let i = 0; i < 14; i++) {
    const x = 30 + i * 85 + r() * 30;
    const y = 420 - Math.sin(i) * 14;
    b += `<ellipse cx="${f1(x)}" cy="${f1(y)}" rx="${f1(16 + r() * 10)}" ry="${f1(22 + r() * 12)}" fill="#3f6b35" filter="url(#foliage)"/>`;
  }
  return svg(defs, b);
};

// The Điện Biên Phủ victory monument on a hill, with a flag.
scenes['tuong-dai-chien-thang'] = () => {
  const s = sky('sky', '#f6b36b', '#fde8c2', '#f9cf93');
  const defs =
    s.def +
    linear(
      'bronze',
      [
        [0, '#6b4a2a'],
        [0.5, '#9a6d3b'],
        [1, '#4a311b'],
      ],
      0,
      0,
      1,
      0,
    ) +
    linear(
      'plinth',
      [
        [0, '#8d8a84'],
        [1, '#5f5c57'],
      ],
      0,
      0,
      1,
      0,
    ) +
    linear('hill', [
      [0, '#5b8a3a'],
      [1, '#2f5a22'],
    ]) +
    radial('sun', [
      [0, '#fff3c8', 1],
      [0.4, '#ffd98a', 0.6],
      [1, '#ffd98a', 0],
    ]) +
    flagShade('fw');
  let b = s.el;
  b += `<circle cx="300" cy="260" r="260" fill="url(#sun)"/>`;
  b += cloud(900, 140, 1.2, '#fff1dc', 0.7) + cloud(140, 110, 0.8, '#fff1dc', 0.6);
  b += ground(peakLine(430, 160, 14), '#c7946a', 'opacity="0.55"');
  b += ground(peakLine(480, 120, 19), '#9c7658', 'opacity="0.6"');
  // hill
  b += `<path d="M-20 820 L-20 640 C200 600 380 470 600 455 C820 470 1000 600 1220 640 L1220 820 Z" fill="url(#hill)"/>`;
  // steps up the hill
  for (let i = 0; i < 12; i++) {
    const y = 500 + i * 26;
    const w = 60 + i * 16;
    b += `<rect x="${600 - w / 2}" y="${y}" width="${w}" height="14" fill="#d9d2c3"/><rect x="${600 - w / 2}" y="${y + 14}" width="${w}" height="6" fill="#a9a091"/>`;
  }
  // trees
  const r = rng(33);
  for (let i = 0; i < 18; i++) {
    const side = i % 2 ? 1 : -1;
    const d = 150 + r() * 420;
    const x = 600 + side * d;
    const y = 470 + d * 0.38 + r() * 40;
    const sc = 0.7 + d / 600;
    b += `<ellipse cx="${f1(x)}" cy="${f1(y)}" rx="${f1(26 * sc)}" ry="${f1(34 * sc)}" fill="${r() < 0.5 ? '#2f5d28' : '#3e7230'}" filter="url(#foliage)"/>`;
  }
  // plinth
  b += shadow(610, 470, 120, 14, 0.35);
  b += `<g filter="url(#drop)"><path d="M520 470 L680 470 L664 330 L536 330 Z" fill="url(#plinth)"/>
    <rect x="530" y="318" width="140" height="16" fill="#7a7772"/></g>`;
  // three bronze figures (stylised silhouettes)
  b += `<g fill="url(#bronze)" filter="url(#drop)">
    <path d="M548 318 L556 240 L548 200 C546 186 556 176 566 178 L584 182 L592 240 L586 318 Z"/>
    <circle cx="570" cy="164" r="14"/>
    <path d="M590 318 L598 220 L590 170 C588 150 600 138 614 140 L630 146 L640 220 L632 318 Z"/>
    <circle cx="614" cy="122" r="16"/>
    <path d="M628 150 L652 92 L662 96 L642 158 Z"/>
    <path d="M636 318 L642 250 L636 212 C636 200 646 194 654 196 L668 202 L670 250 L664 318 Z"/>
    <circle cx="654" cy="182" r="12"/>
    <path d="M556 196 L530 236 L540 242 L566 208 Z"/>
    <ellipse cx="570" cy="156" rx="20" ry="6"/><ellipse cx="614" cy="113" rx="22" ry="7"/><ellipse cx="654" cy="175" rx="17" ry="5"/>
    <path d="M546 250 L590 248 L588 256 L546 258 Z"/><path d="M592 230 L640 228 L638 236 L592 238 Z"/>
  </g>`;
  // the rifle of the left figure and leg gaps
  b += `<path d="M528 246 L560 150" stroke="#3f2a16" stroke-width="6" stroke-linecap="round"/>`;
  b += `<path d="M567 318 L569 262 M611 318 L613 252 M650 318 L651 262" stroke="#3a2614" stroke-width="3" opacity="0.7"/>`;
  // flag pole from raised arm
  b += `<rect x="654" y="10" width="6" height="100" fill="#4a311b" transform="rotate(12 657 110)"/>`;
  b += `<g transform="rotate(12 657 110)">${wavingFlag(660, 14, 150, 90, '#d21f26', { wave: 12 })}</g>`;
  return svg(defs, b);
};

// A meeting table with delegates.
scenes['hoi-nghi'] = () => {
  const defs = [
    linear('wall', [
      [0, '#dfe7ef'],
      [1, '#b9c7d6'],
    ]),
    linear('panel', [
      [0, '#1d4f8c'],
      [1, '#123a6b'],
    ]),
    linear('table', [
      [0, '#8a5530'],
      [1, '#5d3519'],
    ]),
    linear('tabletop', [
      [0, '#b07a4c'],
      [1, '#93613a'],
    ]),
    linear('floor', [
      [0, '#6f7d8c'],
      [1, '#3e4854'],
    ]),
    linear('banner', [
      [0, '#cf1b2f'],
      [1, '#a30f22'],
    ]),
    radial('light', [
      [0, '#ffffff', 0.8],
      [1, '#ffffff', 0],
    ]),
  ].join('');
  let b = `<rect width="${W}" height="${H}" fill="url(#wall)"/>`;
  b += `<rect x="120" y="40" width="960" height="330" rx="8" fill="url(#panel)"/>`;
  for (let i = 0; i < 8; i++)
    b += `<rect x="${140 + i * 120}" y="60" width="100" height="290" rx="4" fill="#fff" opacity="0.04"/>`;
  b += `<rect x="120" y="40" width="960" height="74" fill="url(#banner)"/>`;
  b += star(190, 77, 26, '#f7d046');
  b += `<rect x="240" y="66" width="520" height="10" rx="5" fill="#f7e3a0" opacity="0.8"/><rect x="240" y="84" width="360" height="8" rx="4" fill="#f7e3a0" opacity="0.6"/>`;
  b += `<ellipse cx="600" cy="40" rx="500" ry="120" fill="url(#light)" opacity="0.5"/>`;
  // plants at the sides
  for (const x of [60, 1140]) {
    b += `<rect x="${x - 26}" y="380" width="52" height="60" rx="8" fill="#c7b79b"/>`;
    for (let k = 0; k < 7; k++)
      b += `<ellipse cx="${x + Math.cos(k) * 24}" cy="${360 - k * 22}" rx="14" ry="40" fill="${k % 2 ? '#3f7a3a' : '#2f6630'}" transform="rotate(${(k - 3) * 18} ${x} ${370})"/>`;
  }
  b += `<rect x="0" y="420" width="${W}" height="380" fill="url(#floor)"/>`;
  b = dof(2, b);
  // delegates behind the table
  const coats = ['#2b3550', '#39404d', '#f0ede6', '#27314a', '#4b3a30', '#203b5c', '#2d2f36'];
  const hairs = ['#1b1512', '#2b211a', '#1d1d1d', '#4a4a4a', '#2b211a', '#1b1512', '#3a2a1e'];
  for (let i = 0; i < 7; i++) {
    b += personFront(210 + i * 130, 470, 1.0, {
      coat: coats[i],
      hair: hairs[i],
      tie: i === 2 ? '#f0ede6' : ['#9b1b25', '#1f4d8f', '#6b2a5a'][i % 3],
      shirt: i === 2 ? '#e4ddd0' : '#f4f4f4',
    });
  }
  // table
  b += shadow(600, 580, 560, 24, 0.35);
  b += `<rect x="90" y="450" width="1020" height="30" rx="6" fill="url(#tabletop)"/>`;
  b += `<rect x="100" y="478" width="1000" height="110" fill="url(#table)" filter="url(#wood)"/>`;
  b += `<rect x="100" y="478" width="1000" height="20" fill="#000" opacity="0.15"/>`;
  // name plates, bottles, mics, papers
  for (let i = 0; i < 7; i++) {
    const x = 210 + i * 130;
    b += `<path d="M${x - 34} 452 L${x + 34} 452 L${x + 28} 432 L${x - 28} 432 Z" fill="#fdfdfd"/><rect x="${x - 22}" y="440" width="44" height="5" rx="2" fill="#2a3a55" opacity="0.7"/>`;
    b += `<rect x="${x + 44}" y="418" width="12" height="34" rx="4" fill="#a9d6ef" opacity="0.9"/><rect x="${x + 46}" y="412" width="8" height="8" fill="#2a6ea8"/>`;
    b += `<path d="M${x - 50} 450 C${x - 48} 420 ${x - 36} 404 ${x - 22} 396" stroke="#1a1a1a" stroke-width="3" fill="none"/><ellipse cx="${x - 20}" cy="395" rx="6" ry="4" fill="#222"/>`;
    b += `<rect x="${x - 18}" y="452" width="50" height="6" fill="#fff" opacity="0.85" transform="skewX(-30)"/>`;
  }
  // flowers in the centre
  b += `<ellipse cx="600" cy="452" rx="60" ry="10" fill="#3b6e2e"/>`;
  const fc = ['#f2c230', '#e73c4e', '#ffffff', '#f08bb0'];
  for (let i = 0; i < 14; i++)
    b += `<circle cx="${550 + (i % 7) * 17}" cy="${440 - Math.floor(i / 7) * 14}" r="9" fill="${fc[i % 4]}"/>`;
  // near side: backs of two delegates (out of focus)
  b += `<g filter="url(#dof4)">${seatedBack(240, 820, 2.4, '#1f2633', '#14110f')}${seatedBack(960, 820, 2.4, '#2a2f3a', '#1c1714')}</g>`;
  return svg(defs, b);
};

// A coffee plantation on hills, a branch with ripe cherries in front.
scenes['ca-phe'] = () => {
  const s = sky('sky', '#74b9e0', '#e9f3ee', '#b8dcea');
  const defs =
    s.def +
    linear('leaf', [
      [0, '#3e8a3c'],
      [1, '#1f5526'],
    ]) +
    radial(
      'cherry',
      [
        [0, '#ff7a6b'],
        [0.6, '#d0232e'],
        [1, '#8e1119'],
      ],
      0.35,
      0.35,
      0.7,
    );
  let b = s.el;
  b += cloud(980, 130, 1.0) + cloud(300, 90, 0.7, '#fff', 0.7);
  b += ground(peakLine(330, 150, 41), '#8fb0c0');
  b += ground(hillLine(400, 50, 42), '#7aa55b');
  const r = rng(43);
  // rows of coffee bushes along contour lines
  for (let i = 0; i < 9; i++) {
    const before = b.length;
    const base = 420 + i * 44 + i * i * 2;
    const line = hillLine(base, 28, 44, [0.8, 1.7]);
    b += ground(line, i % 2 ? '#8db65a' : '#7fab4f');
    const size = 12 + i * 4;
    for (let k = 0; k < line.length; k += Math.max(1, 4 - Math.floor(i / 3))) {
      const [x, y] = line[k];
      b += `<ellipse cx="${f1(x)}" cy="${f1(y - size * 0.5)}" rx="${f1(size * (0.9 + r() * 0.3))}" ry="${f1(size * 0.75)}" fill="${r() < 0.5 ? '#2f6b2f' : '#3a7a35'}"/>`;
    }
    // the nearest rows are closer than the focal plane
    if (i >= 7) b = b.slice(0, before) + dof(i - 5, b.slice(before));
  }
  // foreground branch
  b += `<g filter="url(#drop)">
    <path d="M1220 250 C1080 300 960 360 820 480 C760 530 700 600 660 700" stroke="#5a3a22" stroke-width="16" fill="none" stroke-linecap="round"/>`;
  const leaves = [
    [1120, 270, -30],
    [1060, 320, 160],
    [1000, 330, -40],
    [940, 380, 150],
    [880, 420, -45],
    [830, 480, 140],
    [780, 520, -55],
    [720, 600, 130],
    [700, 640, -60],
  ];
  for (const [x, y, a] of leaves) {
    b += `<g transform="translate(${x} ${y}) rotate(${a})"><path d="M0 0 C40 -40 120 -40 170 0 C120 40 40 40 0 0 Z" fill="url(#leaf)"/><path d="M0 0 L165 0" stroke="#9fd18a" stroke-width="3" opacity="0.7"/></g>`;
  }
  const clusters = [
    [1040, 300],
    [960, 350],
    [880, 410],
    [800, 490],
    [730, 575],
  ];
  for (const [cx, cy] of clusters) {
    for (let k = 0; k < 9; k++) {
      const x = cx + (k % 3) * 20 - 20 + r() * 6;
      const y = cy + Math.floor(k / 3) * 18 - 10 + r() * 6;
      b += `<circle cx="${f1(x)}" cy="${f1(y)}" r="${f1(11 + r() * 3)}" fill="${k === 4 ? '#e9a23b' : 'url(#cherry)'}"/>`;
    }
  }
  b += `</g>`;
  return svg(defs, b);
};

// A new house for a poor household, mountains behind.
scenes['nha-moi'] = () => {
  const s = sky('sky', '#6fb3e3', '#eef6f4', '#bfe0ee');
  const defs =
    s.def +
    linear('wallL', [
      [0, '#fff7e6'],
      [1, '#f0dfc0'],
    ]) +
    linear('wallR', [
      [0, '#e8d3ad'],
      [1, '#d2b98f'],
    ]) +
    linear('roof', [
      [0, '#1f6fb2'],
      [1, '#155189'],
    ]) +
    linear('yard', [
      [0, '#97c26a'],
      [1, '#6e9c48'],
    ]);
  let b = s.el;
  b += cloud(200, 140, 1.2) + cloud(820, 100, 0.9) + cloud(1080, 170, 0.6, '#fff', 0.7);
  b += ground(peakLine(380, 170, 51), '#9ab9cc');
  b += ground(peakLine(440, 120, 52), '#6f9a6a');
  b += ground(hillLine(520, 18, 53), 'url(#yard)');
  // concrete path
  b += `<path d="M560 800 L640 800 L610 610 L580 610 Z" fill="#d8d2c4"/>`;
  // house
  b += shadow(600, 615, 330, 20, 0.35);
  b += `<g filter="url(#drop)">
    <rect x="330" y="420" width="420" height="190" fill="url(#wallL)"/>
    <path d="M750 420 L880 400 L880 590 L750 610 Z" fill="url(#wallR)"/>
    <path d="M300 430 L540 300 L780 430 Z" fill="#17588f"/>
    <path d="M540 300 L860 285 L900 410 L780 430 Z" fill="url(#roof)"/>
  </g>`;
  for (let i = 0; i < 16; i++)
    b += `<path d="M${560 + i * 21} ${299 - i * 0.9} L${790 + i * 7} ${429 - i * 1.3}" stroke="#0f3f6b" stroke-width="2" opacity="0.45"/>`;
  b += `<rect x="330" y="420" width="420" height="14" fill="#000" opacity="0.12"/>`;
  // door and windows
  b += `<rect x="500" y="480" width="80" height="130" fill="#8a4b22"/><rect x="506" y="486" width="32" height="118" fill="#9d5a2c"/><rect x="542" y="486" width="32" height="118" fill="#9d5a2c"/>`;
  for (const x of [380, 640])
    b += `<rect x="${x}" y="480" width="70" height="62" fill="#6fa7c9"/><path d="M${x + 35} 480 L${x + 35} 542 M${x} 511 L${x + 70} 511" stroke="#fff" stroke-width="5"/>`;
  b += `<rect x="790" y="470" width="50" height="50" fill="#6fa7c9" transform="skewY(-8)"/>`;
  b += `<rect x="330" y="598" width="420" height="14" fill="#bfb6a5"/>`;
  // banana trees and fence
  const banana = (x, y, sc) => {
    let g = `<g transform="translate(${x} ${y}) scale(${sc})"><rect x="-6" y="-120" width="12" height="120" fill="#6f8f3a"/>`;
    for (let k = 0; k < 6; k++)
      g += `<path d="M0 -118 C${-60 + k * 24} -190 ${-90 + k * 36} -160 ${-110 + k * 44} ${-130 + (k % 2) * 20}" stroke="#4f9a3a" stroke-width="18" fill="none" stroke-linecap="round"/>`;
    return g + '</g>';
  };
  b += banana(200, 600, 1.1) + banana(980, 590, 1.0) + banana(1090, 620, 1.3);
  for (let i = 0; i < 14; i++)
    b += `<rect x="${20 + i * 22}" y="620" width="8" height="60" fill="#9a7a52"/>`;
  b += `<rect x="10" y="632" width="320" height="6" fill="#8a6a44"/><rect x="10" y="656" width="320" height="6" fill="#8a6a44"/>`;
  // family in front of the house
  b += standingBack(700, 720, 0.8, { top: '#1c2a4a', bottom: '#1c1c1c' });
  b += standingBack(745, 720, 0.72, { top: '#b8324a', bottom: '#1c1c1c' });
  b += standingBack(785, 720, 0.45, { top: '#f2b134', bottom: '#2f5d9a' });
  b += standingBack(430, 740, 0.82, { top: '#2e5a3a', bottom: '#2e5a3a', cap: '#2e5a3a' });
  b += standingBack(475, 740, 0.8, { top: '#f4f4f4', bottom: '#2a2a2a' });
  return svg(defs, b);
};

// A border marker with mountains and a sea of clouds.
scenes['cot-moc-bien-gioi'] = () => {
  const s = sky('sky', '#3f7fc0', '#dff0f7', '#98c8e8');
  const defs =
    s.def +
    linear(
      'stoneL',
      [
        [0, '#e9e6df'],
        [1, '#bdb8ad'],
      ],
      0,
      0,
      1,
      0,
    ) +
    linear(
      'stoneR',
      [
        [0, '#a7a296'],
        [1, '#8a8579'],
      ],
      0,
      0,
      1,
      0,
    ) +
    linear('grass', [
      [0, '#6e9d48'],
      [1, '#3f6b2b'],
    ]) +
    linear('mist', [
      [0, '#fff', 0],
      [0.5, '#fff', 0.85],
      [1, '#fff', 0.2],
    ]);
  let b = s.el;
  b += cloud(180, 110, 1.0, '#fff', 0.8) + cloud(1020, 150, 1.3, '#fff', 0.75);
  b += ground(peakLine(340, 190, 61), '#7d97b8');
  b += ground(peakLine(400, 160, 62), '#5f7f9f');
  b += `<rect x="0" y="390" width="${W}" height="120" fill="url(#mist)"/>`;
  for (let i = 0; i < 8; i++)
    b += `<ellipse cx="${i * 170 + 40}" cy="${470 + (i % 2) * 16}" rx="150" ry="36" fill="#fff" opacity="0.8"/>`;
  b += ground(peakLine(520, 110, 63, 0.45), '#4d7a45');
  b += `<path d="M-20 820 L-20 640 C200 600 460 560 700 580 C900 600 1080 660 1220 650 L1220 820 Z" fill="url(#grass)"/>`;
  // marker
  b += shadow(560, 660, 110, 16, 0.4);
  b += `<g filter="url(#drop)">
    <rect x="470" y="630" width="190" height="36" fill="#9f998c"/>
    <path d="M500 640 L500 300 L580 280 L580 640 Z" fill="url(#stoneL)"/>
    <path d="M580 280 L640 300 L640 640 L580 640 Z" fill="url(#stoneR)"/>
    <path d="M500 300 L540 250 L580 280 Z" fill="#f2efe8"/>
    <path d="M580 280 L540 250 L640 300 Z" fill="#b3ad9f"/>
  </g>`;
  b += `<circle cx="540" cy="345" r="30" fill="#c8232c"/>` + star(540, 345, 18, '#f7d046');
  b += `<circle cx="540" cy="345" r="33" fill="none" stroke="#d9ab3b" stroke-width="5"/>`;
  for (let i = 0; i < 4; i++)
    b += `<rect x="512" y="${420 + i * 30}" width="56" height="8" rx="3" fill="#c8232c" opacity="0.75"/>`;
  // two border guards
  b += standingBack(780, 700, 0.95, { top: '#35603a', bottom: '#2d4f31', cap: '#2d4f31' });
  b += standingBack(840, 705, 0.95, { top: '#35603a', bottom: '#2d4f31', cap: '#2d4f31' });
  // grass tufts
  const r = rng(64);
  for (let i = 0; i < 40; i++) {
    const x = r() * W;
    const y = 680 + r() * 120;
    b += `<path d="M${f1(x)} ${f1(y)} l-6 -18 M${f1(x)} ${f1(y)} l2 -22 M${f1(x)} ${f1(y)} l9 -16" stroke="#2f5a24" stroke-width="3"/>`;
  }
  return svg(defs, b);
};

// Digital transformation: a desk with a laptop dashboard, phone, network icons.
scenes['chuyen-doi-so'] = () => {
  const defs = [
    linear(
      'bg',
      [
        [0, '#0f3d5e'],
        [1, '#1a7a8c'],
      ],
      0,
      0,
      1,
      1,
    ),
    linear('desk', [
      [0, '#c99a6b'],
      [1, '#9c6f45'],
    ]),
    linear('screen', [
      [0, '#f5fbff'],
      [1, '#dcebf5'],
    ]),
    linear('lap', [
      [0, '#cfd6de'],
      [1, '#9aa4ae'],
    ]),
    radial('glow', [
      [0, '#6ff0e0', 0.5],
      [1, '#6ff0e0', 0],
    ]),
  ].join('');
  let b = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
  b += `<circle cx="600" cy="300" r="420" fill="url(#glow)"/>`;
  // window with mountains
  b += `<rect x="80" y="70" width="300" height="220" rx="10" fill="#bfe3f2"/>`;
  b += `<path d="M80 290 L150 200 L210 250 L280 170 L380 260 L380 290 Z" fill="#5e9b7a"/><path d="M80 290 L80 250 L140 230 L200 270 L260 240 L380 280 L380 290 Z" fill="#3f7a5a"/>`;
  b += `<rect x="80" y="70" width="300" height="220" rx="10" fill="none" stroke="#e8f1f5" stroke-width="12"/><path d="M230 70 L230 290" stroke="#e8f1f5" stroke-width="8"/>`;
  // network graph
  const r = rng(71);
  const nodes = [];
  for (let i = 0; i < 11; i++) nodes.push([560 + r() * 600, 60 + r() * 300]);
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const d = Math.hypot(nodes[i][0] - nodes[j][0], nodes[i][1] - nodes[j][1]);
      if (d < 230)
        b += `<path d="M${f1(nodes[i][0])} ${f1(nodes[i][1])} L${f1(nodes[j][0])} ${f1(nodes[j][1])}" stroke="#8ff3e6" stroke-width="2" opacity="0.45"/>`;
    }
  nodes.forEach(([x, y], i) => {
    b += `<circle cx="${f1(x)}" cy="${f1(y)}" r="${i % 3 ? 8 : 22}" fill="${i % 3 ? '#8ff3e6' : '#ffffff'}" opacity="${i % 3 ? 0.8 : 0.95}"/>`;
    if (i % 3 === 0)
      b += `<circle cx="${f1(x)}" cy="${f1(y)}" r="11" fill="${['#1a7a8c', '#e0533d', '#f2b134', '#2f6fb5'][i % 4]}"/>`;
  });
  b = dof(3, b);
  // desk
  b += `<path d="M0 560 L1200 520 L1200 800 L0 800 Z" fill="url(#desk)" filter="url(#wood)"/>`;
  b += `<path d="M0 560 L1200 520 L1200 534 L0 574 Z" fill="#e0b688"/>`;
  // laptop
  b += shadow(600, 640, 300, 22, 0.4);
  b += `<g filter="url(#drop)">
    <path d="M370 250 L830 250 C840 250 846 256 846 266 L846 560 L354 560 L354 266 C354 256 360 250 370 250 Z" fill="#2b313a"/>
    <rect x="372" y="268" width="456" height="276" fill="url(#screen)"/>
    <path d="M300 560 L900 560 L930 610 L270 610 Z" fill="url(#lap)"/>
    <path d="M520 566 L680 566 L684 580 L516 580 Z" fill="#8a949e"/>
  </g>`;
  // dashboard content
  b +=
    `<rect x="372" y="268" width="456" height="34" fill="#c8232c"/>` +
    star(394, 285, 10, '#f7d046');
  for (let i = 0; i < 3; i++)
    b += `<rect x="${392 + i * 148}" y="318" width="130" height="58" rx="6" fill="${['#e6f3fa', '#fdf0e3', '#e8f6ec'][i]}"/><rect x="${404 + i * 148}" y="346" width="${60 + i * 15}" height="10" rx="5" fill="${['#2f6fb5', '#e08a2e', '#3a9a5a'][i]}"/>`;
  const bars = [60, 90, 75, 120, 105, 140, 130];
  bars.forEach(
    (h, i) =>
      (b += `<rect x="${400 + i * 36}" y="${526 - h}" width="24" height="${h}" rx="3" fill="${i === 6 ? '#c8232c' : '#2f6fb5'}" opacity="${0.6 + i * 0.05}"/>`),
  );
  b += `<circle cx="740" cy="460" r="56" fill="#2f6fb5"/><path d="M740 460 L740 404 A56 56 0 0 1 793 478 Z" fill="#f2b134"/><path d="M740 460 L793 478 A56 56 0 0 1 700 500 Z" fill="#3a9a5a"/><circle cx="740" cy="460" r="26" fill="#fff"/>`;
  // phone with a QR-like pattern
  b += `<g filter="url(#drop)" transform="rotate(-12 1010 600)"><rect x="950" y="500" width="120" height="220" rx="16" fill="#1e232a"/><rect x="960" y="516" width="100" height="186" rx="8" fill="#f5fbff"/>`;
  const q = rng(72);
  for (let y = 0; y < 7; y++)
    for (let x = 0; x < 7; x++)
      if (q() < 0.5 || (x < 2 && y < 2) || (x > 4 && y < 2) || (x < 2 && y > 4))
        b += `<rect x="${975 + x * 10}" y="${560 + y * 10}" width="9" height="9" fill="#1e232a"/>`;
  b += `<rect x="972" y="650" width="76" height="18" rx="9" fill="#1a7a8c"/></g>`;
  // coffee cup and notebook
  b += `<rect x="110" y="600" width="200" height="130" rx="6" fill="#f4efe3" transform="rotate(-8 210 665)"/><rect x="130" y="620" width="120" height="6" fill="#b9b2a2" transform="rotate(-8 210 665)"/><rect x="130" y="640" width="150" height="6" fill="#b9b2a2" transform="rotate(-8 210 665)"/>`;
  b += `<ellipse cx="1110" cy="700" rx="44" ry="12" fill="#000" opacity="0.25"/><rect x="1072" y="620" width="76" height="80" rx="10" fill="#f7f7f7"/><ellipse cx="1110" cy="620" rx="38" ry="9" fill="#6b3e22"/>`;
  return svg(defs, b);
};

// A flooded road after heavy rain, with workers clearing a landslide.
scenes['mua-lu'] = () => {
  const s = sky('sky', '#5f6d7a', '#b9c2c6', '#8c98a1');
  const defs =
    s.def +
    linear('water', [
      [0, '#a0784c'],
      [1, '#6f4f2e'],
    ]) +
    linear('slope', [
      [0, '#7a5a38'],
      [1, '#5a3f25'],
    ]) +
    linear('rain', [
      [0, '#fff', 0],
      [1, '#fff', 0.6],
    ]);
  let b = s.el;
  b +=
    cloud(200, 90, 1.6, '#707c86', 0.9) +
    cloud(700, 70, 1.9, '#66727c', 0.9) +
    cloud(1050, 110, 1.4, '#76828b', 0.9);
  b += ground(peakLine(330, 170, 81), '#6e7f78');
  // hillside on the right with landslide scar
  b += `<path d="M620 800 L700 380 C760 300 880 250 1220 230 L1220 800 Z" fill="#4e6e43"/>`;
  b += `<path d="M760 560 C800 470 860 380 950 300 C990 380 1000 480 1010 600 Z" fill="url(#slope)"/>`;
  const r = rng(82);
  for (let i = 0; i < 26; i++)
    b += `<ellipse cx="${f1(780 + r() * 230)}" cy="${f1(520 + r() * 110)}" rx="${f1(8 + r() * 16)}" ry="${f1(6 + r() * 10)}" fill="${r() < 0.5 ? '#8b8377' : '#6e665b'}"/>`;
  // road
  b += `<path d="M-20 600 L1220 560 L1220 660 L-20 720 Z" fill="#5b5f63"/>`;
  b += `<path d="M-20 662 L1220 612" stroke="#e8e2c8" stroke-width="5" stroke-dasharray="40 30"/>`;
  // muddy flood water over the road and the fields below it
  const wl = [];
  for (let x = -20; x <= W + 20; x += 20) {
    const t = Math.max(0, (x - 700) / 500);
    wl.push([x, 628 + Math.sin(x / 37) * 3 + t * t * 110]);
  }
  b += `<path d="M${pts(wl)} L${W + 20} ${H + 20} L-20 ${H + 20} Z" fill="url(#water)" opacity="0.95"/>`;
  b += `<path d="M${pts(wl)}" stroke="#d9bd92" stroke-width="3" fill="none" opacity="0.7"/>`;
  for (let i = 0; i < 22; i++)
    b += `<path d="M${f1(r() * 1150)} ${f1(670 + r() * 125)} q20 -6 40 0 t40 0" stroke="#d4b48a" stroke-width="3" fill="none" opacity="0.55"/>`;
  // roadside guard posts (white with red bands) half under water
  for (let i = 0; i < 4; i++)
    b += `<rect x="${56 + i * 160}" y="612" width="12" height="44" fill="#f1eee6"/><rect x="${56 + i * 160}" y="616" width="12" height="8" fill="#c8232c"/><rect x="${56 + i * 160}" y="632" width="12" height="8" fill="#c8232c"/>`;
  // excavator
  b += shadow(900, 650, 140, 14, 0.35);
  b += `<g filter="url(#drop)">
    <rect x="810" y="600" width="180" height="40" rx="18" fill="#2d2d2d"/>
    <rect x="830" y="540" width="130" height="60" rx="6" fill="#f2b52c"/>
    <rect x="900" y="500" width="60" height="50" rx="4" fill="#f2b52c"/><rect x="908" y="508" width="44" height="30" fill="#9ccbe0"/>
    <path d="M840 560 L760 470 L730 520" stroke="#e0a220" stroke-width="18" fill="none" stroke-linejoin="round"/>
    <path d="M715 510 L760 520 L745 560 L705 545 Z" fill="#3a3a3a"/>
  </g>`;
  // workers in orange vests and helmets
  const worker = (
    x,
    y,
    sc,
    flip,
  ) => `<g transform="translate(${x} ${y}) scale(${flip ? -sc : sc} ${sc})">
    <rect x="-10" y="-60" width="8" height="60" fill="#2b3a55"/><rect x="2" y="-60" width="8" height="60" fill="#2b3a55"/>
    <path d="M-15 -58 L-16 -108 C-16 -118 16 -118 16 -108 L15 -58 Z" fill="#f36b21"/>
    <rect x="-15" y="-92" width="30" height="5" fill="#e8f06a"/><rect x="-15" y="-76" width="30" height="5" fill="#e8f06a"/>
    <path d="M14 -100 L44 -60" stroke="#f36b21" stroke-width="8" stroke-linecap="round"/>
    <path d="M40 -120 L60 -10" stroke="#6b4a2a" stroke-width="5"/><path d="M52 -14 L72 -8 L64 8 L48 2 Z" fill="#7a7a7a"/>
    <circle cx="0" cy="-126" r="10" fill="#c98f68"/><path d="M-13 -128 C-13 -144 13 -144 13 -128 Z" fill="#f7d51d"/>
  </g>`;
  b += worker(620, 640, 1.0, false) + worker(545, 648, 0.95, true) + worker(1080, 640, 0.9, false);
  b += `<path d="M480 640 C540 632 600 650 700 636 L700 660 L480 660 Z" fill="#8d6a40" opacity="0.85"/>`;
  // rain
  let rain = '';
  for (let i = 0; i < 170; i++) {
    const x = r() * (W + 200) - 100;
    const y = r() * H;
    const l = 20 + r() * 30;
    rain += `<path d="M${f1(x)} ${f1(y)} l${f1(-l * 0.25)} ${f1(l)}"/>`;
  }
  b += `<g stroke="#e9eef2" stroke-width="1.6" opacity="0.45">${rain}</g>`;
  b += `<rect width="${W}" height="${H}" fill="#9aa6ad" opacity="0.12"/>`;
  return svg(defs, b);
};

// Lotus flowers and a golden frame motif (for topics on President Hồ Chí Minh). No face.
scenes['hoa-sen'] = () => {
  const defs = [
    radial(
      'bg',
      [
        [0, '#c8232c'],
        [0.7, '#8e1119'],
        [1, '#5c0a10'],
      ],
      0.5,
      0.35,
      0.8,
    ),
    linear(
      'gold',
      [
        [0, '#fbe39a'],
        [0.5, '#d9a53a'],
        [1, '#a8741e'],
      ],
      0,
      0,
      1,
      1,
    ),
    radial(
      'inner',
      [
        [0, '#fff8e4'],
        [0.7, '#f5dfae'],
        [1, '#e2bf78'],
      ],
      0.5,
      0.4,
      0.7,
    ),
    linear('petal', [
      [0, '#ffffff'],
      [0.5, '#f9c6d8'],
      [1, '#e0608e'],
    ]),
    linear('petalB', [
      [0, '#ffe3ee'],
      [1, '#cf4a7c'],
    ]),
    radial(
      'pad',
      [
        [0, '#6fb04f'],
        [1, '#2f6b2a'],
      ],
      0.45,
      0.4,
      0.6,
    ),
    linear('water', [
      [0, '#2a4d5a'],
      [1, '#16303a'],
    ]),
  ].join('');
  let b = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
  // rays
  for (let i = 0; i < 24; i++) {
    const a = (i / 24) * Math.PI * 2;
    const x = 600 + Math.cos(a) * 900;
    const y = 300 + Math.sin(a) * 900;
    const a2 = a + 0.06;
    b += `<path d="M600 300 L${f1(x)} ${f1(y)} L${f1(600 + Math.cos(a2) * 900)} ${f1(300 + Math.sin(a2) * 900)} Z" fill="#f7d046" opacity="0.07"/>`;
  }
  // frame (portrait motif, empty, glowing)
  b += `<g filter="url(#drop)"><rect x="440" y="70" width="320" height="380" rx="18" fill="url(#gold)"/></g>`;
  b += `<rect x="464" y="94" width="272" height="332" rx="10" fill="url(#inner)"/>`;
  b += `<rect x="452" y="82" width="296" height="356" rx="14" fill="none" stroke="#fff1c2" stroke-width="2" opacity="0.7"/>`;
  b += star(600, 210, 58, '#d0182f');
  b += `<path d="M520 390 C560 340 640 340 680 390" stroke="#c79a3b" stroke-width="4" fill="none"/>`;
  for (let i = 0; i < 5; i++)
    b += `<ellipse cx="${540 + i * 30}" cy="${372 - Math.sin((i / 4) * Math.PI) * 18}" rx="10" ry="5" fill="#c79a3b" opacity="0.8"/>`;
  b = dof(3, b); // the altar behind the pond, far out of focus
  // water and leaves
  b += `<rect x="0" y="560" width="${W}" height="240" fill="url(#water)"/>`;
  for (let i = 0; i < 10; i++)
    b += `<ellipse cx="${i * 130 + 40}" cy="${600 + (i % 3) * 60}" rx="70" ry="4" fill="#fff" opacity="0.08"/>`;
  const pad = (cx, cy, rx, ry, rot) =>
    `<g transform="translate(${cx} ${cy}) rotate(${rot})"><ellipse rx="${rx}" ry="${ry}" fill="url(#pad)"/><path d="M0 0 L${rx} -6 L${rx} 6 Z" fill="#1d3f26"/>${[0.6, 1.4, 2.2, 3.0, 3.8, 4.6, 5.4].map((a) => `<path d="M0 0 L${f1(Math.cos(a) * rx * 0.9)} ${f1(Math.sin(a) * ry * 0.9)}" stroke="#9bd27a" stroke-width="2" opacity="0.5"/>`).join('')}</g>`;
  b +=
    pad(160, 640, 170, 60, -6) +
    pad(1040, 660, 190, 64, 8) +
    pad(420, 730, 150, 46, 4) +
    pad(820, 740, 160, 50, -5);
  // lotus flower: layered petals
  const lotus = (cx, cy, sc) => {
    let g = `<g transform="translate(${cx} ${cy}) scale(${sc})" filter="url(#drop)">`;
    const petal = (a, len, wid, fill) =>
      `<path d="M0 0 C${-wid} ${-len * 0.4} ${-wid * 0.5} ${-len * 0.9} 0 ${-len} C${wid * 0.5} ${-len * 0.9} ${wid} ${-len * 0.4} 0 0 Z" fill="${fill}" transform="rotate(${a})"/>`;
    for (const a of [-75, 75, -52, 52]) g += petal(a, 120, 48, 'url(#petalB)');
    for (const a of [-30, 30, -12, 12]) g += petal(a, 150, 52, 'url(#petal)');
    g += petal(0, 170, 50, 'url(#petal)');
    g += `<ellipse cx="0" cy="-6" rx="40" ry="12" fill="#e8c23a"/></g>`;
    return g;
  };
  b += `<path d="M330 650 C320 610 330 590 340 560" stroke="#3d6b30" stroke-width="10" fill="none"/>`;
  b += lotus(340, 560, 1.0) + lotus(880, 600, 0.8);
  b += `<path d="M1030 640 C1030 560 1020 500 1010 470" stroke="#3d6b30" stroke-width="8" fill="none"/>`;
  b += `<path d="M1010 470 C985 440 992 400 1010 380 C1028 400 1035 440 1010 470 Z" fill="url(#petal)"/>`;
  return svg(defs, b);
};

// A night festival: dancers in ethnic costume (silhouettes), lanterns, a bonfire.
scenes['le-hoi'] = () => {
  const defs = [
    linear('sky', [
      [0, '#141c33'],
      [0.55, '#3a3560'],
      [0.85, '#9a5a58'],
      [1, '#d9824f'],
    ]),
    radial('fire', [
      [0, '#fff3b0', 1],
      [0.3, '#ffb347', 0.8],
      [1, '#ff6a3d', 0],
    ]),
    linear('ground', [
      [0, '#3b2430'],
      [1, '#1d1118'],
    ]),
  ].join('');
  groundHaze = '#5a4a6e';
  let b = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  const r = rng(91);
  b += ground(peakLine(420, 140, 92), '#2d2552');
  b += ground(hillLine(500, 20, 93), '#23203f');
  b += haze(380, 540, '#b9a0a8', 0.35);
  // lantern strings close to the lens: soft, glowing discs (bokeh)
  let lanterns = '';
  for (const [y0, sag] of [
    [120, 110],
    [170, 90],
  ]) {
    const line = [];
    for (let x = -20; x <= W + 20; x += 20) line.push([x, y0 + sag * Math.sin((x / W) * Math.PI)]);
    lanterns += `<path d="M${pts(line)}" stroke="#2a1a14" stroke-width="2" fill="none"/>`;
    for (let i = 2; i < line.length - 1; i += 4) {
      const [x, y] = line[i];
      const c = ['#ff4d4d', '#ffc83d', '#ff8a3d', '#ff5c8a'][i % 4];
      lanterns += `<circle cx="${f1(x)}" cy="${f1(y + 22)}" r="44" fill="${c}" opacity="0.3"/><ellipse cx="${f1(x)}" cy="${f1(y + 22)}" rx="22" ry="26" fill="${c}"/><ellipse cx="${f1(x)}" cy="${f1(y + 18)}" rx="10" ry="12" fill="#fff2c8" opacity="0.7"/>`;
    }
  }
  b += dof(4, lanterns);
  b += `<path d="M-20 820 L-20 540 C300 520 900 520 1220 540 L1220 820 Z" fill="url(#ground)"/>`;
  // bonfire
  b += `<ellipse cx="600" cy="600" rx="260" ry="120" fill="url(#fire)" opacity="0.7"/>`;
  b += `<path d="M560 640 L640 600 M560 600 L640 640" stroke="#4a2a18" stroke-width="12" stroke-linecap="round"/>`;
  b += `<path d="M570 620 C560 580 590 560 585 520 C610 550 630 570 625 620 Z" fill="#ff9d2e"/><path d="M590 620 C585 595 600 580 600 560 C615 580 620 600 612 620 Z" fill="#ffe27a"/>`;
  // dancers around the fire (Thái xòe): blouse, long dark skirt, head scarf, fans
  const blouses = ['#e23a5a', '#f2b134', '#3aa6a0', '#9b59b6', '#ffffff', '#2f7fd1', '#ff7a45'];
  const dancer = (x, y, sc, c, k) => {
    const up = k % 2 === 0;
    return `<g transform="translate(${f1(x)} ${f1(y)}) scale(${f1(sc * 100) / 100})">
      <ellipse cx="0" cy="2" rx="30" ry="6" fill="#000" opacity="0.35"/>
      <path d="M-12 -70 L12 -70 L24 0 L-24 0 Z" fill="#1c1420"/>
      <path d="M-12 -70 L12 -70 L14 -60 L-14 -60 Z" fill="#d4a84a"/>
      <path d="M-12 -64 L-13 -108 C-13 -116 13 -116 13 -108 L12 -64 Z" fill="${c}"/>
      ${[0, 1, 2, 3].map((i) => `<circle cx="-3" cy="${-104 + i * 10}" r="2" fill="#e9e9f0"/>`).join('')}
      <path d="M-12 -104 C-30 ${up ? -130 : -96} -40 ${up ? -140 : -90} -46 ${up ? -146 : -84}" stroke="${c}" stroke-width="7" fill="none" stroke-linecap="round"/>
      <path d="M12 -104 C30 ${up ? -96 : -130} 40 ${up ? -90 : -140} 46 ${up ? -84 : -146}" stroke="${c}" stroke-width="7" fill="none" stroke-linecap="round"/>
      <path d="M-46 ${up ? -146 : -84} m-18 0 a18 18 0 0 1 36 0 Z" fill="#ff4d6d" transform="rotate(${up ? -20 : 20} -46 ${up ? -146 : -84})"/>
      <path d="M46 ${up ? -84 : -146} m-18 0 a18 18 0 0 1 36 0 Z" fill="#ff4d6d" transform="rotate(${up ? 20 : -20} 46 ${up ? -84 : -146})"/>
      <circle cx="0" cy="-124" r="11" fill="#2a1d1a"/>
      <path d="M-13 -128 C-13 -142 13 -142 13 -128 L16 -120 L-16 -120 Z" fill="#e84a5f"/>
    </g>`;
  };
  const n = 9;
  const back = [];
  const front = [];
  for (let k = 0; k < n; k++) {
    const a = (k / n) * Math.PI * 2 + 0.3;
    const x = 600 + Math.cos(a) * 400;
    const y = 610 + Math.sin(a) * 110;
    const sc = 0.8 + (Math.sin(a) + 1) * 0.25;
    (Math.sin(a) < 0 ? back : front).push({ x, y, sc, k });
  }
  let dancers = '';
  back
    .sort((p, q) => p.y - q.y)
    .forEach((d) => (dancers += dancer(d.x, d.y, d.sc, blouses[d.k % blouses.length], d.k)));
  b += dof(1, dancers);
  // firelight spilling over the dancers behind, then the ones in front
  b += `<ellipse cx="600" cy="560" rx="420" ry="170" fill="#ff9a4a" opacity="0.22" filter="url(#blur24)"/>`;
  dancers = '';
  front
    .sort((p, q) => p.y - q.y)
    .forEach((d) => (dancers += dancer(d.x, d.y, d.sc, blouses[d.k % blouses.length], d.k)));
  b += dof(1, dancers);
  // spectators in the foreground, heads and shoulders against the light
  let crowd = '';
  for (let i = 0; i < 9; i++) {
    const x = i * 150 - 20 + r() * 60;
    const y = 790 + r() * 40;
    crowd += `<path d="M${f1(x - 80)} 820 C${f1(x - 78)} ${f1(y - 70)} ${f1(x + 78)} ${f1(y - 70)} ${f1(x + 80)} 820 Z" fill="#0d0a10"/><ellipse cx="${f1(x)}" cy="${f1(y - 100)}" rx="34" ry="40" fill="#0d0a10"/>`;
  }
  b += dof(4, crowd);
  return svg(defs, b, { vignette: 0.65 });
};

// The Mường Thanh valley: a patchwork of rice fields ringed by mountains.
scenes['canh-dong-muong-thanh'] = () => {
  const s = sky('sky', '#7ec0ea', '#f4f2dc', '#c6e3ee');
  const defs =
    s.def +
    linear('mist', [
      [0, '#fff', 0],
      [0.5, '#fff', 0.6],
      [1, '#fff', 0],
    ]);
  let b = s.el;
  b += cloud(260, 110, 1.2) + cloud(760, 80, 1.0) + cloud(1080, 140, 0.7, '#fff', 0.75);
  b += ground(peakLine(330, 180, 101), '#8fa9c2');
  b += ground(peakLine(380, 140, 102), '#6d8ea6');
  b += `<rect x="0" y="350" width="${W}" height="70" fill="url(#mist)"/>`;
  b += ground(hillLine(420, 22, 103), '#5d8a55');
  // fields: perspective grid from a vanishing point
  const vx = 600;
  const vy = 330;
  const r = rng(104);
  const cols = [
    '#b9d35a',
    '#cfdc63',
    '#e7cf4f',
    '#a7c94e',
    '#dcd35a',
    '#f0c94a',
    '#9fc24b',
    '#c2d85c',
  ];
  const rowYs = [];
  let y = 432;
  let hgt = 8;
  while (y < H + 40) {
    rowYs.push(y);
    y += hgt;
    hgt *= 1.28;
  }
  // each row is cut into fields of random width, so the bunds do not line up like tiles
  for (let ri = 0; ri < rowYs.length - 1; ri++) {
    const y0 = rowYs[ri];
    const y1 = rowYs[ri + 1];
    const k0 = (y0 - vy) / (H - vy);
    const k1 = (y1 - vy) / (H - vy);
    let u = -2600 - r() * 200;
    while (u < 2600) {
      const w = 60 + r() * 170;
      const p = [
        [vx + u * k0, y0],
        [vx + (u + w) * k0, y0],
        [vx + (u + w) * k1, y1],
        [vx + u * k1, y1],
      ];
      u += w;
      if (p[1][0] < -60 || p[0][0] > W + 60) continue;
      b += `<path d="M${pts(p)} Z" fill="${cols[Math.floor(r() * cols.length)]}" stroke="#7c9a44" stroke-width="${f1(0.5 + ri * 0.3)}" stroke-opacity="0.55"/>`;
    }
    b += `<path d="M-20 ${f1(y0)} L${W + 20} ${f1(y0)}" stroke="#f3efc8" stroke-width="${f1(0.6 + ri * 0.35)}" opacity="0.55"/>`;
  }
  // river meandering through the valley
  const river = [];
  for (let t = 0; t <= 1.0001; t += 0.05) {
    const yy = 430 + t * 380;
    river.push([560 + Math.sin(t * 7) * (40 + t * 120) + t * 160, yy]);
  }
  b += `<path d="M${pts(river)}" stroke="#7fb7d6" stroke-width="10" fill="none" opacity="0.9"/>`;
  b += `<path d="M${pts(river)}" stroke="#d8eef7" stroke-width="3" fill="none" opacity="0.7"/>`;
  // villages: clusters of houses and trees along the edges
  for (let i = 0; i < 26; i++) {
    const side = i % 2 ? 1 : -1;
    const x = 600 + side * (330 + r() * 280);
    const yy = 430 + r() * 40;
    b += `<ellipse cx="${f1(x)}" cy="${f1(yy)}" rx="${f1(10 + r() * 8)}" ry="${f1(12 + r() * 8)}" fill="#3f6b35" filter="url(#foliage)"/>`;
    if (r() < 0.5)
      b += `<path d="M${f1(x + 10)} ${f1(yy + 6)} l10 -10 l10 10 Z" fill="#8a5a3a"/><rect x="${f1(x + 12)}" y="${f1(yy + 6)}" width="16" height="6" fill="#f1e6cf"/>`;
  }
  return svg(defs, b);
};

// A Party document: a red book with a gold star, papers, a pen, a seal.
scenes['van-ban'] = () => {
  const defs = [
    linear(
      'bg',
      [
        [0, '#f3ece0'],
        [1, '#d8c8ad'],
      ],
      0,
      0,
      1,
      1,
    ),
    linear('desk', [
      [0, '#7a4a2a'],
      [1, '#4e2c17'],
    ]),
    linear(
      'book',
      [
        [0, '#c4182b'],
        [1, '#8e0f1f'],
      ],
      0,
      0,
      1,
      1,
    ),
    linear('paper', [
      [0, '#ffffff'],
      [1, '#efeae0'],
    ]),
    linear(
      'pen',
      [
        [0, '#2d2d35'],
        [0.5, '#555566'],
        [1, '#1c1c22'],
      ],
      0,
      0,
      0,
      1,
    ),
  ].join('');
  let b = `<rect width="${W}" height="${H}" fill="url(#desk)" filter="url(#wood)"/>`;
  b += `<rect width="${W}" height="${H}" fill="#fff" opacity="0.04"/>`;
  for (let i = 0; i < 14; i++)
    b += `<path d="M0 ${i * 60 + 20} C400 ${i * 60 + 10} 800 ${i * 60 + 34} 1200 ${i * 60 + 18}" stroke="#000" stroke-width="2" opacity="0.08" fill="none"/>`;
  // stacked papers
  b += `<g filter="url(#drop)">
    <rect x="560" y="150" width="440" height="560" rx="4" fill="url(#paper)" transform="rotate(8 780 430)"/>
    <rect x="540" y="140" width="440" height="560" rx="4" fill="url(#paper)" transform="rotate(3 760 420)"/>
  </g>`;
  b += `<g transform="rotate(3 760 420)">`;
  b += `<rect x="580" y="180" width="120" height="10" rx="5" fill="#c8232c"/><rect x="820" y="180" width="120" height="10" rx="5" fill="#444"/>`;
  b += `<rect x="640" y="250" width="240" height="14" rx="7" fill="#333"/><rect x="680" y="276" width="160" height="10" rx="5" fill="#666"/>`;
  for (let i = 0; i < 11; i++)
    b += `<rect x="580" y="${320 + i * 28}" width="${i % 4 === 3 ? 220 : 360}" height="8" rx="4" fill="#9a9488"/>`;
  b +=
    `<circle cx="880" cy="640" r="44" fill="none" stroke="#d0182f" stroke-width="6" opacity="0.75"/>` +
    star(880, 640, 22, '#d0182f');
  b += `<path d="M820 660 C850 630 880 690 930 640" stroke="#1c3f8f" stroke-width="3" fill="none"/>`;
  b += `</g>`;
  // red book
  b += shadow(330, 690, 260, 22, 0.45);
  b += `<g filter="url(#drop)">
    <rect x="120" y="170" width="400" height="520" rx="10" fill="url(#book)"/>
    <rect x="120" y="170" width="36" height="520" rx="6" fill="#7a0c19"/>
    <rect x="174" y="196" width="326" height="468" rx="4" fill="none" stroke="#f2c94c" stroke-width="3"/>
  </g>`;
  b +=
    `<circle cx="337" cy="360" r="92" fill="#f2c94c" opacity="0.15"/>` +
    star(337, 360, 80, '#f7d046');
  b += `<rect x="232" y="500" width="210" height="14" rx="7" fill="#f2c94c"/><rect x="262" y="530" width="150" height="10" rx="5" fill="#f2c94c" opacity="0.8"/>`;
  // pen and glasses
  b += `<g filter="url(#drop)" transform="rotate(-28 950 700)"><rect x="760" y="690" width="330" height="22" rx="11" fill="url(#pen)"/><path d="M1090 690 L1130 701 L1090 712 Z" fill="#d9b34a"/><rect x="800" y="686" width="80" height="6" rx="3" fill="#d9b34a"/></g>`;
  b += `<g fill="none" stroke="#2a2a2a" stroke-width="6" opacity="0.9"><circle cx="1040" cy="200" r="50"/><circle cx="1150" cy="200" r="50"/><path d="M1090 198 C1100 188 1110 188 1100 198"/></g>`;
  return svg(defs, b);
};

// A flag-raising ceremony at sunrise.
scenes['chao-co'] = () => {
  const s = sky('sky', '#5aa0d8', '#ffe1b0', '#b7d8ee');
  const defs =
    s.def +
    linear(
      'pole',
      [
        [0, '#dfe3e8'],
        [0.5, '#ffffff'],
        [1, '#8d949c'],
      ],
      0,
      0,
      1,
      0,
    ) +
    linear('yard', [
      [0, '#c9c3b5'],
      [1, '#8f897c'],
    ]) +
    flagShade('fw') +
    radial('sun', [
      [0, '#fff6d8', 1],
      [1, '#ffd08a', 0],
    ]);
  let b = s.el;
  b += `<circle cx="200" cy="480" r="300" fill="url(#sun)" opacity="0.7"/>`;
  b += cloud(300, 150, 1.0, '#fff', 0.8) + cloud(950, 120, 1.2, '#fff', 0.7);
  b += ground(peakLine(470, 140, 111), '#8aa7b8');
  b += ground(hillLine(520, 18, 112), '#6a9a62');
  b += `<rect x="0" y="540" width="${W}" height="260" fill="url(#yard)"/>`;
  for (let i = 0; i < 10; i++)
    b += `<path d="M${i * 140 - 200} 800 L${600 + (i - 5) * 30} 540" stroke="#000" stroke-width="1.5" opacity="0.08"/>`;
  // flagpole and base
  b += `<rect x="720" y="505" width="120" height="30" rx="4" fill="#b7b0a2"/><rect x="740" y="490" width="80" height="20" rx="3" fill="#cfc8ba"/>`;
  b += `<rect x="775" y="70" width="10" height="425" fill="url(#pole)"/><circle cx="780" cy="66" r="9" fill="#e4c25a"/>`;
  b += `<path d="M786 80 L786 480" stroke="#666" stroke-width="1.4"/>`;
  b += wavingFlag(785, 84, 260, 170, '#da251d', { wave: 16 });
  b += star(905, 172, 46, '#ffde00', -80);
  // people in rows, seen from behind, some in uniform, saluting
  const r = rng(113);
  const rows = [
    { y: 600, s: 0.55, n: 14 },
    { y: 660, s: 0.72, n: 11 },
    { y: 740, s: 0.95, n: 9 },
    { y: 840, s: 1.2, n: 7 },
  ];
  const tops = ['#f3f3f3', '#2e5a3a', '#1f3a6b', '#f3f3f3', '#b8324a', '#f3f3f3'];
  for (const row of rows) {
    const gap = 1000 / row.n;
    const depth = rows.indexOf(row) - 1; // the nearest rows are out of focus
    let people = '';
    for (let i = 0; i < row.n; i++) {
      const x = 100 + i * gap + (r() - 0.5) * 10;
      if (Math.abs(x - 780) < 40 && row.y < 640) continue;
      const top = tops[Math.floor(r() * tops.length)];
      people += standingBack(x, row.y, row.s, {
        top,
        bottom: top === '#2e5a3a' ? '#2e5a3a' : '#2a2a30',
        cap: top === '#2e5a3a' ? '#2e5a3a' : null,
        salute: top !== '#f3f3f3' && r() < 0.7,
      });
    }
    b += depth > 0 ? dof(depth + 1, people) : people;
  }
  return svg(defs, b);
};

// A congress hall: Party flag and national flag above the stage, flowers, delegates.
scenes['dai-hoi'] = () => {
  const defs = [
    radial(
      'back',
      [
        [0, '#e2343c'],
        [0.7, '#a8121d'],
        [1, '#6e0a12'],
      ],
      0.5,
      0.3,
      0.8,
    ),
    linear('stage', [
      [0, '#d8b25a'],
      [1, '#9a7428'],
    ]),
    linear('stageF', [
      [0, '#7a1a1a'],
      [1, '#4a0c0e'],
    ]),
    linear('hall', [
      [0, '#3a0f14'],
      [1, '#1b0609'],
    ]),
    flagShade('fw'),
  ].join('');
  let b = `<rect width="${W}" height="${H}" fill="url(#back)"/>`;
  for (let i = 0; i < 30; i++) {
    const a = Math.PI + (i / 29) * Math.PI;
    b += `<path d="M600 330 L${f1(600 + Math.cos(a) * 900)} ${f1(330 + Math.sin(a) * 900)}" stroke="#ffd36b" stroke-width="${i % 2 ? 10 : 4}" opacity="0.05"/>`;
  }
  // two hanging flags: Party flag (hammer and sickle) and national flag
  const hang = (x, fill, inner) => {
    let g = `<g filter="url(#drop)"><path d="M${x} 40 L${x + 220} 40 L${x + 220} 230 C${x + 180} 244 ${x + 40} 244 ${x} 230 Z" fill="${fill}"/>`;
    for (let k = 1; k < 5; k++)
      g += `<path d="M${x + k * 44} 40 L${x + k * 44} 236" stroke="#000" stroke-width="6" opacity="0.08"/>`;
    return g + inner + '</g>';
  };
  b += `<rect x="300" y="30" width="600" height="12" rx="6" fill="#d9b34a"/>`;
  b += hang(360, '#cf1520', hammerSickle(470, 135, 120, '#ffd400'));
  b += hang(620, '#da251d', star(730, 136, 62, '#ffde00'));
  // stage tiers
  b += `<rect x="80" y="300" width="1040" height="26" fill="url(#stage)"/>`;
  b += `<rect x="80" y="326" width="1040" height="70" fill="url(#stageF)"/>`;
  // presidium
  for (let i = 0; i < 9; i++)
    b += personFront(230 + i * 92, 290, 0.55, {
      coat: ['#25304a', '#2d2f36', '#3a3f4a'][i % 3],
      hair: '#1b1512',
    });
  b += `<rect x="180" y="274" width="840" height="30" rx="4" fill="#f5f1e8"/><rect x="180" y="274" width="840" height="7" fill="#c8232c"/>`;
  // flower bed along the stage edge
  const r = rng(121);
  const fc = ['#ffd23f', '#ff6b6b', '#ffffff', '#ff9f1c', '#f7a1c4'];
  b += `<rect x="80" y="380" width="1040" height="30" fill="#2f5d28"/>`;
  for (let i = 0; i < 120; i++)
    b += `<circle cx="${f1(90 + r() * 1020)}" cy="${f1(372 + r() * 30)}" r="${f1(6 + r() * 6)}" fill="${fc[Math.floor(r() * fc.length)]}"/>`;
  // hall floor and delegates from behind
  b += `<rect x="0" y="410" width="${W}" height="390" fill="url(#hall)"/>`;
  const rows = [
    { y: 470, s: 0.5, n: 18 },
    { y: 530, s: 0.64, n: 14 },
    { y: 605, s: 0.82, n: 11 },
    { y: 700, s: 1.05, n: 9 },
    { y: 820, s: 1.35, n: 7 },
  ];
  const coats = ['#2b3550', '#f0ede6', '#3a3f4a', '#2e5a3a', '#7a2431', '#24304a'];
  for (const row of rows) {
    const gap = W / row.n;
    let people = '';
    let seats = '';
    for (let i = 0; i <= row.n; i++) {
      const x = i * gap + ((rows.indexOf(row) % 2) * gap) / 2;
      people += seatedBack(
        x,
        row.y - 46 * row.s,
        row.s,
        coats[Math.floor(r() * coats.length)],
        r() < 0.2 ? '#5a5a5a' : '#17120f',
      );
      seats += `<rect x="${f1(x - 36 * row.s)}" y="${f1(row.y - 54 * row.s)}" width="${f1(72 * row.s)}" height="${f1(58 * row.s)}" rx="${f1(10 * row.s)}" fill="#8e1422"/>`;
    }
    // the nearest rows fall out of the depth of field
    const depth = rows.indexOf(row) - 1;
    b += depth > 0 ? dof(Math.min(depth, 4), people + seats) : people + seats;
  }
  return svg(defs, b);
};

// Macadamia trees on a hillside, a branch with nuts in front.
scenes['mac-ca'] = () => {
  const s = sky('sky', '#8cc3d9', '#fbf0d4', '#cfe4dd');
  const defs =
    s.def +
    radial(
      'canopy',
      [
        [0, '#5f9a4a'],
        [1, '#2f5f2a'],
      ],
      0.4,
      0.35,
      0.7,
    ) +
    radial(
      'nut',
      [
        [0, '#b9e07a'],
        [0.7, '#6fa33a'],
        [1, '#4a7a25'],
      ],
      0.35,
      0.35,
      0.7,
    ) +
    linear('leaf', [
      [0, '#3f7f3a'],
      [1, '#24562a'],
    ]);
  let b = s.el;
  b += sun(1000, 150, 70);
  b += cloud(700, 120, 1.1, '#fff', 0.8) + cloud(560, 200, 0.6, '#fff', 0.6);
  b += ground(peakLine(360, 150, 131), '#9db4b0');
  b += ground(hillLine(420, 40, 132), '#98b86a');
  const r = rng(133);
  // rows of round-canopy trees along contours, back to front
  for (let i = 0; i < 6; i++) {
    const before = b.length;
    const base = 440 + i * 62 + i * i * 6;
    const line = hillLine(base, 30, 134, [0.6, 1.3]);
    b += ground(line, i % 2 ? '#a9c46f' : '#9aba63');
    const size = 16 + i * 11;
    const step = Math.max(2, 7 - i);
    for (let k = 1; k < line.length - 1; k += step) {
      const [x, y] = line[k];
      b += `<ellipse cx="${f1(x + 4)}" cy="${f1(y + 2)}" rx="${f1(size * 1.1)}" ry="${f1(size * 0.3)}" fill="#000" opacity="0.18"/>`;
      b += `<rect x="${f1(x - size * 0.08)}" y="${f1(y - size * 0.9)}" width="${f1(size * 0.16)}" height="${f1(size * 0.9)}" fill="#6a4a2e"/>`;
      b += `<circle cx="${f1(x)}" cy="${f1(y - size * 1.3)}" r="${f1(size * (0.9 + r() * 0.2))}" fill="url(#canopy)" filter="url(#foliage)"/>`;
    }
    // the nearest rows are closer than the focal plane
    if (i >= 4) b = b.slice(0, before) + dof(i - 2, b.slice(before));
  }
  // foreground branch with long leaves and hanging nut racemes
  b += `<g filter="url(#drop)"><path d="M-20 120 C200 150 330 200 420 300" stroke="#5a3a22" stroke-width="14" fill="none" stroke-linecap="round"/>`;
  const leaves = [
    [60, 130, 30],
    [130, 150, -20],
    [200, 165, 40],
    [260, 190, -10],
    [320, 220, 55],
    [370, 260, 10],
    [400, 290, 70],
  ];
  for (const [x, y, a] of leaves)
    b += `<g transform="translate(${x} ${y}) rotate(${a})"><path d="M0 0 C30 -22 110 -22 150 0 C110 22 30 22 0 0 Z" fill="url(#leaf)"/><path d="M0 0 L145 0" stroke="#8fc27a" stroke-width="2" opacity="0.7"/></g>`;
  for (const [x, y, n] of [
    [180, 165, 5],
    [300, 210, 6],
    [410, 300, 4],
  ]) {
    b += `<path d="M${x} ${y} L${x + 6} ${y + n * 26}" stroke="#6a5a2e" stroke-width="3"/>`;
    for (let k = 0; k < n; k++)
      b += `<circle cx="${x + k * 1.2 + (k % 2 ? 12 : -12)}" cy="${y + 24 + k * 26}" r="15" fill="url(#nut)"/>`;
  }
  b += `</g>`;
  return svg(defs, b);
};

// ------------------------------------------------ photographic additions
// The scenes below are composed like news photographs: a focal plane, blurred
// foreground and background (depth of field), light from one side, haze.

/** A row of simple tall flower arrangements (gladioli, lilies) at the stage edge. */
function flowerBank(
  x0,
  x1,
  y,
  h,
  seed,
  palette = ['#e8344a', '#f6c343', '#ffffff', '#f07aa0', '#ff8a3d'],
) {
  const r = rng(seed);
  let out = `<rect x="${x0}" y="${y - h * 0.25}" width="${x1 - x0}" height="${h * 0.25}" fill="#245a2a" filter="url(#blur4)"/>`;
  for (let x = x0; x < x1; x += 9) {
    const c = palette[Math.floor(r() * palette.length)];
    const hh = h * (0.45 + r() * 0.55);
    out += `<ellipse cx="${f1(x + r() * 8)}" cy="${f1(y - hh)}" rx="${f1(6 + r() * 6)}" ry="${f1(8 + r() * 8)}" fill="${c}" opacity="${f1(0.75 + r() * 0.25)}"/>`;
    if (r() < 0.5)
      out += `<ellipse cx="${f1(x + r() * 8)}" cy="${f1(y - hh * 0.6)}" rx="${f1(10 + r() * 8)}" ry="${f1(5 + r() * 4)}" fill="${r() < 0.5 ? '#2f7a34' : '#3d8c3a'}"/>`;
  }
  return `<g filter="url(#blur2)">${out}</g>`;
}

/** A national flag (red, gold star) or Party flag (red, hammer and sickle) hanging flat with folds. */
function hangingFlag(x, y, w, h, party) {
  const id = `hf${Math.round(x)}`;
  const folds = linear(
    id,
    [
      [0, '#000', 0.25],
      [0.18, '#fff', 0.1],
      [0.35, '#000', 0.18],
      [0.55, '#fff', 0.12],
      [0.75, '#000', 0.2],
      [1, '#000', 0.3],
    ],
    0,
    0,
    1,
    0,
  );
  const emblem = party
    ? hammerSickle(x + w * 0.5, y + h * 0.5, h * 0.55, '#f7d046')
    : star(x + w / 2, y + h / 2 + h * 0.03, h * 0.3, '#f7d046');
  return `<defs>${folds}</defs><g filter="url(#fabric)"><rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#d41f26"/>${emblem}<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="url(#${id})"/></g>`;
}

/** Seated delegate seen from behind at a desk, jacket shaded from one side. */
function delegateBack(cx, y, s, coat, hair) {
  return `<g transform="translate(${f1(cx)} ${f1(y)}) scale(${f1(s * 100) / 100})">
    <path d="M-34 10 C-36 -22 -26 -40 0 -42 C26 -40 36 -22 34 10 Z" fill="${coat}"/>
    <path d="M6 -40 C24 -36 34 -22 34 10 L14 10 Z" fill="#000" opacity="0.22"/>
    <path d="M-7 -50 L7 -50 L8 -38 L-8 -38 Z" fill="#b98565"/>
    <ellipse cx="0" cy="-60" rx="14" ry="16" fill="${hair}"/>
    <ellipse cx="-4" cy="-66" rx="6" ry="5" fill="#fff" opacity="0.08"/>
  </g>`;
}

// A hall during an online national conference: a large screen showing the
// main venue (blurred), delegates' backs at desks in the foreground.
scenes['hoi-nghi-truc-tuyen'] = () => {
  const defs =
    linear('htWall', [
      [0, '#3b3f48'],
      [1, '#6b6258'],
    ]) +
    linear('htScreen', [
      [0, '#7a1018'],
      [0.5, '#b51f2a'],
      [1, '#5a0f16'],
    ]) +
    linear('htDesk', [
      [0, '#8a5a34'],
      [1, '#4d2f18'],
    ]) +
    radial('htGlow', [
      [0, '#ffd9a8', 0.55],
      [1, '#ffd9a8', 0],
    ]);
  const r = rng(301);
  let back = `<rect width="${W}" height="${H}" fill="url(#htWall)"/>`;
  back += `<rect x="0" y="0" width="${W}" height="60" fill="#23262c"/>`;
  for (let i = 0; i < 8; i++)
    back += `<ellipse cx="${75 + i * 150}" cy="40" rx="26" ry="9" fill="#fff6dc" opacity="0.9"/>`;
  for (let i = 0; i < 8; i++)
    back += `<ellipse cx="${75 + i * 150}" cy="120" rx="120" ry="90" fill="url(#htGlow)"/>`;
  // wood panels
  for (let i = 0; i < 12; i++)
    back += `<rect x="${i * 100}" y="60" width="98" height="400" fill="#7b5638" opacity="0.35" filter="url(#wood)"/>`;
  // the screen: the main venue in Hà Nội — red stage, flags, a presidium row, blurred
  let scr = `<rect x="250" y="95" width="700" height="330" fill="url(#htScreen)"/>`;
  scr += `<rect x="250" y="300" width="700" height="125" fill="#3b1b14"/>`;
  scr += `<rect x="330" y="255" width="540" height="55" fill="#f2efe6"/>`;
  for (let i = 0; i < 11; i++)
    scr += `<ellipse cx="${350 + i * 50}" cy="238" rx="13" ry="22" fill="#1d2230"/><circle cx="${350 + i * 50}" cy="210" r="8" fill="#c89a78"/>`;
  scr += hammerSickle(520, 160, 70, '#f7d046') + star(680, 160, 36, '#f7d046');
  scr += `<rect x="250" y="300" width="700" height="18" fill="#2e7d32" opacity="0.8"/>`;
  for (let i = 0; i < 26; i++)
    scr += `<circle cx="${265 + i * 27}" cy="${300 + (i % 3) * 4}" r="9" fill="${['#f6c343', '#e8344a', '#fff'][i % 3]}"/>`;
  back += `<rect x="238" y="83" width="724" height="354" rx="4" fill="#111"/>`;
  back += `<g filter="url(#dof1)">${scr}</g>`;
  back += `<rect x="250" y="95" width="700" height="330" fill="#fff" opacity="0.08"/>`;
  back += `<ellipse cx="600" cy="260" rx="380" ry="200" fill="#ff9a80" opacity="0.12" filter="url(#dof4)"/>`;
  // side flags
  back += hangingFlag(60, 110, 130, 190, true) + hangingFlag(1010, 110, 130, 190, false);
  // floor
  back += `<rect x="0" y="450" width="${W}" height="350" fill="#5a1c22"/>`;
  let b = dof(2, back);
  // rows of desks, far to near; the far rows are in focus
  const coats = ['#1f2533', '#2b3140', '#3a3d44', '#1a1d24', '#44403c', '#2a3550'];
  const hairs = ['#151210', '#231b16', '#2e2620', '#5c5a58'];
  const rows = [
    { y: 500, s: 0.7, n: 13, blur: 1 },
    { y: 580, s: 0.95, n: 9, blur: 2 },
    { y: 690, s: 1.35, n: 6, blur: 3 },
    { y: 860, s: 2.0, n: 4, blur: 4 },
  ];
  for (const row of rows) {
    const gap = W / row.n;
    let g = '';
    for (let i = 0; i < row.n + 1; i++) {
      const cx = i * gap + (r() - 0.5) * gap * 0.3 + (row.n % 2 ? gap / 2 : 0);
      if (r() < 0.88)
        g += delegateBack(
          cx,
          row.y - 30 * row.s,
          row.s,
          coats[Math.floor(r() * coats.length)],
          hairs[Math.floor(r() * hairs.length)],
        );
    }
    g += `<rect x="-10" y="${f1(row.y - 26 * row.s)}" width="${W + 20}" height="${f1(34 * row.s)}" fill="url(#htDesk)" filter="url(#wood)"/>`;
    g += `<rect x="-10" y="${f1(row.y - 26 * row.s)}" width="${W + 20}" height="${f1(3 * row.s)}" fill="#c79a6c"/>`;
    // table microphones and name plates as soft highlights
    for (let i = 0; i < row.n; i++)
      g += `<rect x="${f1(i * gap + gap * 0.35)}" y="${f1(row.y - 36 * row.s)}" width="${f1(22 * row.s)}" height="${f1(9 * row.s)}" fill="#f3f0ea" opacity="0.85"/>`;
    b += row.blur ? dof(row.blur, g) : g;
  }
  return svg(defs, b, { vignette: 0.6, grade: ['#ffb070', 0.18] });
};

// An awards ceremony: a row of honourees holding flowers and framed
// certificates on a red stage, seen from the hall (small, no facial detail).
function ceremony(
  seed,
  {
    backdrop = '#b3141f',
    people = 9,
    bouquet = true,
    podium = false,
    size = 1.55,
    audience = false,
  } = {},
) {
  const r = rng(seed);
  const defs =
    linear(`cb${seed}`, [
      [0, backdrop],
      [1, '#6e0c14'],
    ]) +
    linear(`cf${seed}`, [
      [0, '#6d4325'],
      [1, '#3a2212'],
    ]) +
    radial(`cs${seed}`, [
      [0, '#fff3d6', 0.55],
      [1, '#fff3d6', 0],
    ]);
  let bg = `<rect width="${W}" height="${H}" fill="url(#cb${seed})" filter="url(#fabric)"/>`;
  // stage lights, pleated curtain folds, a big emblem on the backdrop
  for (let i = 0; i < 24; i++)
    bg += `<rect x="${i * 50}" y="0" width="25" height="560" fill="#000" opacity="0.07"/>`;
  bg += hammerSickle(600, 170, 150, '#f3c64a');
  bg += `<rect x="300" y="280" width="600" height="14" rx="7" fill="#f3d98a" opacity="0.75"/><rect x="380" y="306" width="440" height="10" rx="5" fill="#f3d98a" opacity="0.55"/>`;
  bg += hangingFlag(70, 60, 150, 220, false) + hangingFlag(980, 60, 150, 220, true);
  bg += `<ellipse cx="600" cy="420" rx="520" ry="220" fill="url(#cs${seed})"/>`;
  let b = dof(3, bg);
  // stage floor
  b += `<rect x="0" y="560" width="${W}" height="240" fill="url(#cf${seed})" filter="url(#wood)"/>`;
  b += `<rect x="0" y="560" width="${W}" height="6" fill="#b98656"/>`;
  // honourees
  const coats = ['#1f2533', '#2b3140', '#243049', '#3a3d44'];
  const aoDai = ['#c8102e', '#1d5fa8', '#f3efe6', '#7b2d8e'];
  let ppl = '';
  const gap = 980 / people;
  for (let i = 0; i < people; i++) {
    const cx = 110 + gap * (i + 0.5) + (r() - 0.5) * 10;
    const woman = r() < 0.4;
    const s = size + (r() - 0.5) * 0.08;
    const coat = woman
      ? aoDai[Math.floor(r() * aoDai.length)]
      : coats[Math.floor(r() * coats.length)];
    ppl += shadow(cx + 20, 572, 40, 8, 0.45);
    ppl += `<g transform="translate(${f1(cx)} 572) scale(${f1(s)})">
      <rect x="-11" y="-70" width="10" height="70" rx="3" fill="${woman ? '#f3efe6' : '#1b1e26'}"/><rect x="1" y="-70" width="10" height="70" rx="3" fill="${woman ? '#f3efe6' : '#1b1e26'}"/>
      <path d="M-19 ${woman ? -30 : -64} L-19 -124 C-19 -134 -10 -138 0 -138 C10 -138 19 -134 19 -124 L19 ${woman ? -30 : -64} Z" fill="${coat}"/>
      <path d="M4 -136 C14 -134 19 -128 19 -120 L19 -64 L6 -64 Z" fill="#000" opacity="0.2"/>
      ${woman ? '' : '<path d="M-5 -136 L0 -118 L5 -136 Z" fill="#f1f1f1"/>'}
      <rect x="-5" y="-146" width="10" height="10" fill="#b88464"/>
      <ellipse cx="0" cy="-156" rx="10" ry="12" fill="#c99474"/>
      <path d="M-11 -158 C-12 -172 12 -172 11 -158 C8 -165 -8 -165 -11 -158 Z" fill="#1b1512"/>
      ${woman ? '<path d="M-11 -158 C-13 -150 -12 -140 -8 -136 L-6 -156 Z" fill="#1b1512"/>' : ''}
      <rect x="-15" y="-122" width="30" height="22" fill="#e9d9a8" stroke="#b08a3a" stroke-width="2"/>
      <rect x="-12" y="-119" width="24" height="16" fill="#f7f1de"/>
      <path d="M-14 -122 L-22 -100 M14 -122 L22 -100" stroke="${coat}" stroke-width="7" stroke-linecap="round"/>
      <circle cx="${f1(r() * 4 - 2)}" cy="-128" r="3" fill="#c8102e"/>
      ${bouquet ? `<g transform="translate(18 -104)"><path d="M0 0 L-6 26 L6 26 Z" fill="#f1e6d0"/>${[0, 1, 2, 3, 4].map((k) => `<circle cx="${f1(-8 + k * 4)}" cy="${f1(-4 - (k % 2) * 6)}" r="6" fill="${['#e8344a', '#f6c343', '#ffffff', '#f07aa0', '#ff8a3d'][k]}"/>`).join('')}</g>` : ''}
    </g>`;
  }
  b += dof(1, ppl);
  if (podium)
    b += `<g filter="url(#drop)"><path d="M40 430 L190 430 L176 640 L54 640 Z" fill="#7a4a24" filter="url(#wood)"/><circle cx="115" cy="500" r="32" fill="#d0182f"/>${star(115, 500, 22, '#f7d046')}</g>`;
  // front row of flowers, out of focus
  b += dof(3, flowerBank(-20, W + 20, audience ? 660 : 800, audience ? 90 : 170, seed + 1));
  if (audience) {
    // the hall seen over the heads of the audience, rows blurring towards the camera
    const hairs = ['#141110', '#1f1915', '#2b231d', '#4a4846'];
    const coatsA = ['#1f2533', '#2b3140', '#6e1f24', '#3a3d44', '#e6e1d8', '#24304a'];
    for (const [y, sc, n, lv] of [
      [720, 1.1, 10, 2],
      [800, 1.5, 7, 3],
      [900, 2.1, 5, 4],
    ]) {
      let row = '';
      for (let i = 0; i <= n; i++) {
        const cx = (i + (r() - 0.3)) * (W / n);
        row += delegateBack(
          cx,
          y,
          sc,
          coatsA[Math.floor(r() * coatsA.length)],
          hairs[Math.floor(r() * hairs.length)],
        );
      }
      b += dof(lv, row);
    }
    return svg(defs, b, { vignette: 0.6, grade: ['#ffc080', 0.2] });
  }
  // foreground heads of the audience, deep blur
  let fg = '';
  for (let i = 0; i < 5; i++)
    fg += `<ellipse cx="${f1(120 + i * 260 + r() * 60)}" cy="${f1(820 - r() * 30)}" rx="70" ry="90" fill="#111"/>`;
  b += dof(4, fg);
  return svg(defs, b, { vignette: 0.55, grade: ['#ffc080', 0.2] });
}

// Honouring exemplary people who follow President Hồ Chí Minh's example.
scenes['tuyen-duong'] = () => ceremony(401, { people: 9, bouquet: true });

// Announcing organisational decisions: fewer people, a podium, no bouquets on some.
scenes['trao-quyet-dinh'] = () =>
  ceremony(411, {
    backdrop: '#a0121c',
    people: 7,
    bouquet: true,
    podium: true,
    size: 1.3,
    audience: true,
  });

// A Party cell meeting in a stilt house in a highland village: wooden walls,
// the Party and national flags, a long table, members seen from behind and side.
scenes['sinh-hoat-chi-bo'] = () => {
  const r = rng(501);
  const defs =
    linear('sbWall', [
      [0, '#6a4528'],
      [1, '#4a2e18'],
    ]) +
    linear('sbTable', [
      [0, '#9a6a3e'],
      [1, '#6a4424'],
    ]) +
    linear(
      'sbWindow',
      [
        [0, '#fffaf0'],
        [1, '#dfe9e6'],
      ],
      0,
      0,
      1,
      0,
    ) +
    linear(
      'sbLight',
      [
        [0, '#fff3d2', 0.55],
        [1, '#fff3d2', 0],
      ],
      0,
      0,
      1,
      0.4,
    );
  let bg = `<rect width="${W}" height="${H}" fill="url(#sbWall)" filter="url(#wood)"/>`;
  for (let i = 0; i < 30; i++)
    bg += `<rect x="${i * 40}" y="0" width="2" height="${H}" fill="#2a180c" opacity="0.5"/>`;
  // window on the left, bright daylight, hills outside
  bg += `<rect x="40" y="120" width="260" height="300" fill="url(#sbWindow)"/>`;
  bg += `<path d="M40 330 C100 290 170 300 300 270 L300 420 L40 420 Z" fill="#9fb9a0" opacity="0.8"/>`;
  bg += `<path d="M40 300 L300 300 M170 120 L170 420" stroke="#3d2614" stroke-width="10"/>`;
  // flags and a portrait frame (blank, no face) on the wall
  bg += hangingFlag(470, 90, 170, 115, true) + hangingFlag(660, 90, 170, 115, false);
  bg += `<rect x="590" y="220" width="120" height="90" fill="#c9a24a"/><rect x="600" y="230" width="100" height="70" fill="#8c3b2a"/>`;
  bg += `<rect x="420" y="330" width="460" height="26" rx="3" fill="#b3141f"/>`;
  bg += `<rect x="440" y="339" width="420" height="8" rx="4" fill="#f3d98a" opacity="0.7"/>`;
  let b = dof(2, bg);
  // daylight falling from the window
  b += `<path d="M300 120 L760 520 L760 800 L300 420 Z" fill="url(#sbLight)" opacity="0.6" filter="url(#blur24)"/>`;
  // the table, in perspective, running away from the viewer
  b += `<path d="M330 800 L520 470 L780 470 L980 800 Z" fill="url(#sbTable)" filter="url(#wood)"/>`;
  b += `<path d="M520 470 L780 470 L784 480 L516 480 Z" fill="#c39363"/>`;
  // papers, cups, a small flower vase
  for (let i = 0; i < 6; i++) {
    const t = i / 6;
    const y = 500 + t * 260;
    const xl = 520 - t * 170 + 40;
    const xr = 780 + t * 180 - 90;
    b += `<rect x="${f1(xl)}" y="${f1(y)}" width="${f1(40 + t * 40)}" height="${f1(14 + t * 18)}" fill="#f4f1ea" transform="rotate(-6 ${f1(xl)} ${f1(y)})"/>`;
    b += `<rect x="${f1(xr)}" y="${f1(y + 10)}" width="${f1(36 + t * 40)}" height="${f1(12 + t * 16)}" fill="#f4f1ea" transform="rotate(5 ${f1(xr)} ${f1(y)})"/>`;
    if (i % 2)
      b += `<ellipse cx="${f1(650 + (r() - 0.5) * 60)}" cy="${f1(y + 6)}" rx="${f1(8 + t * 8)}" ry="${f1(4 + t * 3)}" fill="#e8e2d4"/>`;
  }
  b +=
    `<rect x="636" y="470" width="28" height="30" rx="6" fill="#e3dccd"/>` +
    `<g filter="url(#blur2)">${[0, 1, 2, 3, 4, 5].map((k) => `<circle cx="${626 + k * 9}" cy="${458 - (k % 2) * 10}" r="9" fill="${['#e8344a', '#f6c343', '#fff'][k % 3]}"/>`).join('')}</g>`;
  // members along both sides, back to front
  const coats = ['#2b3a55', '#3b3b3b', '#5a3d2b', '#1f2533', '#273b2a', '#6a1f24'];
  const sides = [];
  for (let i = 0; i < 4; i++) {
    const t = i / 3.4;
    sides.push({
      x: 500 - t * 220,
      y: 520 + t * 210,
      s: 0.7 + t * 0.75,
      flip: false,
      blur: i > 2 ? 3 : i > 1 ? 1 : 0,
    });
    sides.push({
      x: 800 + t * 230,
      y: 520 + t * 210,
      s: 0.7 + t * 0.75,
      flip: true,
      blur: i > 2 ? 3 : i > 1 ? 1 : 0,
    });
  }
  sides.sort((a, c) => a.y - c.y);
  for (const p of sides) {
    const coat = coats[Math.floor(r() * coats.length)];
    const g = `<g transform="translate(${f1(p.x)} ${f1(p.y)}) scale(${p.flip ? -p.s : p.s} ${p.s})">
      <path d="M-40 40 C-42 0 -30 -38 -4 -44 C20 -44 34 -30 36 0 L38 40 Z" fill="${coat}"/>
      <path d="M10 -42 C26 -36 36 -20 36 0 L38 40 L18 40 Z" fill="#fff" opacity="0.1"/>
      <path d="M24 -18 C40 -6 52 4 64 8" stroke="${coat}" stroke-width="16" stroke-linecap="round" fill="none"/>
      <rect x="-6" y="-58" width="14" height="16" fill="#b38060"/>
      <ellipse cx="2" cy="-72" rx="15" ry="17" fill="#c08a68"/>
      <path d="M-14 -72 C-16 -94 18 -94 17 -76 C10 -84 -4 -86 -14 -72 Z" fill="#18130f"/>
      <path d="M-14 -74 C-16 -64 -12 -56 -4 -54 L-6 -72 Z" fill="#18130f"/>
    </g>`;
    b += p.blur ? dof(p.blur, g) : g;
  }
  return svg(defs, b, { vignette: 0.6, grade: ['#ffb060', 0.22] });
};

// Clearing a landslide on a mountain road after the rain: an excavator, a
// truck, workers in orange vests; wet asphalt; clouds lifting off the ridges.
scenes['khac-phuc-sat-lo'] = () => {
  const s = sky('kSky', '#9fb3c1', '#e7e6df', '#c9d2d4');
  const r = rng(601);
  const defs =
    s.def +
    linear('kRoad', [
      [0, '#55585b'],
      [1, '#2f3133'],
    ]) +
    linear('kMud', [
      [0, '#8a6a45'],
      [1, '#5e4328'],
    ]);
  let bg = s.el + cloud(300, 120, 1.4, '#f4f4f2', 0.85) + cloud(900, 90, 1.2, '#eeeeec', 0.8);
  bg += ground(peakLine(330, 190, 611), '#8fa0a4');
  bg += haze(200, 420, '#dde2e2', 0.75);
  bg += ground(peakLine(400, 150, 612), '#6e8a6a');
  bg += haze(330, 470, '#e4e6e2', 0.55);
  let b = dof(2, bg);
  // near slope on the left with the slide scar and forest on top
  let slope = `<path d="M-20 800 L-20 260 C120 230 330 250 520 330 C640 380 700 450 760 560 L760 800 Z" fill="#3f6136" filter="url(#terrain2)"/>`;
  slope += `<path d="M180 290 C260 300 360 340 430 420 C480 480 540 540 600 600 L150 600 C150 480 160 360 180 290 Z" fill="url(#kMud)" filter="url(#terrain3)"/>`;
  for (let i = 0; i < 70; i++)
    slope += `<circle cx="${f1(-20 + r() * 520)}" cy="${f1(250 + r() * 60 + (i % 7) * 6)}" r="${f1(12 + r() * 16)}" fill="${r() < 0.5 ? '#2f4f2a' : '#3a5c31'}"/>`;
  for (let i = 0; i < 40; i++)
    slope += `<ellipse cx="${f1(250 + r() * 380)}" cy="${f1(560 + r() * 60)}" rx="${f1(8 + r() * 18)}" ry="${f1(6 + r() * 10)}" fill="${r() < 0.5 ? '#8b8377' : '#6e665b'}"/>`;
  b += slope;
  // road curving into the distance
  b += `<path d="M-20 800 L-20 690 C300 640 700 600 1220 560 L1220 800 Z" fill="url(#kRoad)"/>`;
  b += `<path d="M-20 748 C300 698 700 650 1220 608" stroke="#e8e2c8" stroke-width="5" stroke-dasharray="40 34" fill="none" opacity="0.8"/>`;
  // wet asphalt: soft sky reflections and puddles
  for (let i = 0; i < 14; i++)
    b += `<ellipse cx="${f1(r() * 1200)}" cy="${f1(650 + r() * 140)}" rx="${f1(30 + r() * 70)}" ry="${f1(4 + r() * 6)}" fill="#c8d2d6" opacity="0.28" filter="url(#blur4)"/>`;
  // mud spilt across the road
  b += `<path d="M240 690 C360 640 520 620 640 630 C700 640 720 660 700 690 C560 700 400 720 240 730 Z" fill="url(#kMud)" filter="url(#terrain1)"/>`;
  // excavator working the slide
  b += shadow(560, 680, 150, 14, 0.45);
  b += `<g filter="url(#drop)">
    <rect x="460" y="630" width="200" height="42" rx="20" fill="#2a2a2a"/>
    <path d="M480 628 L640 628 L640 560 L560 560 L540 590 L480 590 Z" fill="#e6a81f"/>
    <path d="M560 560 L640 560 L640 500 L570 500 Z" fill="#e6a81f"/><path d="M576 508 L632 508 L632 552 L568 552 Z" fill="#7fa3b2" opacity="0.9"/>
    <path d="M500 590 L420 480 L360 540" stroke="#d99a14" stroke-width="22" fill="none" stroke-linejoin="round"/>
    <path d="M340 528 L392 540 L376 590 L326 572 Z" fill="#3a3a3a"/>
    <path d="M480 628 L640 628 L640 614 L480 614 Z" fill="#000" opacity="0.25"/>
  </g>`;
  // a dump truck on the right, farther away
  b += dof(
    1,
    `${shadow(940, 618, 110, 10, 0.4)}<g>
    <rect x="860" y="540" width="150" height="60" fill="#3b5f8a"/><path d="M1010 560 L1060 560 L1070 600 L1010 600 Z" fill="#d9d9d4"/>
    <rect x="1020" y="566" width="30" height="18" fill="#7fa3b2"/>
    <circle cx="890" cy="606" r="14" fill="#1c1c1c"/><circle cx="940" cy="606" r="14" fill="#1c1c1c"/><circle cx="1040" cy="606" r="14" fill="#1c1c1c"/>
    <path d="M862 540 C900 520 960 520 1008 540 Z" fill="#7a5a38"/></g>`,
  );
  // workers (small, backs and sides, orange vests, yellow helmets)
  const worker = (x, y, sc) => `<g transform="translate(${x} ${y}) scale(${sc})">
    <rect x="-9" y="-56" width="8" height="56" fill="#2b3a55"/><rect x="1" y="-56" width="8" height="56" fill="#2b3a55"/>
    <path d="M-14 -54 L-15 -102 C-15 -110 15 -110 15 -102 L14 -54 Z" fill="#f36b21"/>
    <path d="M2 -108 C10 -106 15 -102 15 -96 L14 -54 L4 -54 Z" fill="#000" opacity="0.15"/>
    <rect x="-14" y="-86" width="28" height="4" fill="#e8f06a"/><rect x="-14" y="-72" width="28" height="4" fill="#e8f06a"/>
    <ellipse cx="0" cy="-116" rx="9" ry="10" fill="#b88464"/><path d="M-12 -118 C-12 -132 12 -132 12 -118 Z" fill="#f7d51d"/>
    <path d="M12 -96 L30 -40" stroke="#6b4a2a" stroke-width="4"/><path d="M24 -44 L40 -38 L34 -26 L20 -32 Z" fill="#7a7a7a"/>
  </g>`;
  b += worker(760, 690, 0.9) + worker(820, 682, 0.86) + worker(200, 742, 1.05);
  // traffic cones and a warning barrier
  for (let i = 0; i < 5; i++)
    b += `<path d="M${700 + i * 60} 716 l10 -34 l10 34 z" fill="#ff6a1a"/><rect x="${703 + i * 60}" y="700" width="14" height="5" fill="#fff"/>`;
  // foreground wet grass and stones, out of focus
  let fg = '';
  for (let i = 0; i < 60; i++)
    fg += `<path d="M${f1(r() * 1200)} 820 q${f1((r() - 0.5) * 30)} -${f1(40 + r() * 60)} ${f1((r() - 0.5) * 40)} -${f1(60 + r() * 70)}" stroke="${r() < 0.5 ? '#4f7a3a' : '#6a8f45'}" stroke-width="${f1(4 + r() * 5)}" fill="none"/>`;
  b += dof(3, fg);
  return svg(defs, b, { vignette: 0.5, grade: ['#d8e4f0', 0.15] });
};

// A desk in the Party committee office: bound resolutions, a folder and a red
// seal, a pen; the national flag behind, far out of focus.
scenes['ky-van-ban'] = () => {
  const r = rng(701);
  const defs =
    linear('kvDesk', [
      [0, '#6a3f22'],
      [1, '#3c2212'],
    ]) +
    linear('kvWall', [
      [0, '#e9dfcf'],
      [1, '#bfae95'],
    ]) +
    linear(
      'kvPage',
      [
        [0, '#fbfaf6'],
        [1, '#e6e2d8'],
      ],
      0,
      0,
      1,
      1,
    ) +
    radial('kvLamp', [
      [0, '#fff1cf', 0.7],
      [1, '#fff1cf', 0],
    ]);
  let bg = `<rect width="${W}" height="${H}" fill="url(#kvWall)"/>`;
  bg += hangingFlag(760, 40, 330, 230, false);
  bg += `<rect x="60" y="60" width="260" height="330" fill="#8a6a48" filter="url(#wood)"/>`;
  for (let k = 0; k < 3; k++)
    for (let i = 0; i < 9; i++)
      bg += `<rect x="${72 + i * 27}" y="${74 + k * 104}" width="${22}" height="${90}" fill="${['#b3141f', '#1d3b6e', '#2f5a34', '#c9a24a', '#6e1f24'][(i + k) % 5]}"/>`;
  bg += `<ellipse cx="900" cy="200" rx="400" ry="300" fill="url(#kvLamp)"/>`;
  let b = dof(4, bg);
  // desk surface in perspective
  b += `<path d="M-20 420 L1220 380 L1220 820 L-20 820 Z" fill="url(#kvDesk)" filter="url(#wood)"/>`;
  b += `<path d="M-20 420 L1220 380 L1220 392 L-20 432 Z" fill="#a0714a"/>`;
  // a stack of bound documents (back, slightly blurred)
  let stack = '';
  for (let i = 0; i < 6; i++) {
    const c = ['#b3141f', '#f3efe6', '#1d3b6e', '#f3efe6', '#b3141f', '#c9a24a'][i];
    stack += `<path d="M120 ${440 - i * 18} L420 ${430 - i * 18} L440 ${446 - i * 18} L140 ${458 - i * 18} Z" fill="${c}"/><path d="M140 ${458 - i * 18} L440 ${446 - i * 18} L440 ${450 - i * 18} L140 ${462 - i * 18} Z" fill="#000" opacity="0.25"/>`;
  }
  b += dof(2, shadow(290, 470, 180, 18, 0.4) + stack);
  // an open document at the focal plane: page with lines (no readable text) and a red seal
  b += shadow(700, 700, 330, 40, 0.45);
  b += `<g transform="rotate(-7 700 600)">
    <rect x="440" y="450" width="520" height="330" fill="url(#kvPage)"/>
    <path d="M700 450 L700 780" stroke="#c9c3b5" stroke-width="3"/>
    <rect x="470" y="470" width="80" height="8" fill="#b3141f" opacity="0.8"/>
    ${Array.from({ length: 12 }, (_, i) => `<rect x="470" y="${500 + i * 20}" width="${f1(170 + r() * 40)}" height="5" fill="#5b5b5b" opacity="0.45"/>`).join('')}
    ${Array.from({ length: 9 }, (_, i) => `<rect x="730" y="${480 + i * 20}" width="${f1(170 + r() * 40)}" height="5" fill="#5b5b5b" opacity="0.45"/>`).join('')}
    <circle cx="860" cy="700" r="46" fill="none" stroke="#c8202b" stroke-width="6" opacity="0.75"/>
    <circle cx="860" cy="700" r="32" fill="none" stroke="#c8202b" stroke-width="2" opacity="0.7"/>
    ${star(860, 700, 18, '#c8202b')}
    <path d="M800 680 C830 650 870 690 900 660" stroke="#1b2a6a" stroke-width="3" fill="none" opacity="0.8"/>
  </g>`;
  // pen, lying across the page edge
  b += `<g filter="url(#drop)"><path d="M930 760 L1150 650" stroke="#1a1a1a" stroke-width="14" stroke-linecap="round"/><path d="M930 760 L1000 725" stroke="#c9a24a" stroke-width="14"/><path d="M1140 655 L1150 650" stroke="#e3c46a" stroke-width="10"/></g>`;
  // a seal with its stamp pad, foreground, out of focus
  b += dof(
    3,
    `${shadow(190, 760, 120, 24, 0.5)}<rect x="80" y="700" width="190" height="70" rx="8" fill="#2a2a2a"/><rect x="95" y="708" width="160" height="50" rx="4" fill="#8d1119"/><path d="M210 690 L240 600 L290 600 L300 700 Z" fill="#3d2a1a"/><ellipse cx="265" cy="598" rx="30" ry="12" fill="#5a3f28"/>`,
  );
  return svg(defs, b, { vignette: 0.6, grade: ['#ffcf90', 0.2] });
};

// ---------------------------------------------------------------- main

const pngIdx = process.argv.indexOf('--png');
const pngDir = pngIdx > 0 ? path.resolve(process.argv[pngIdx + 1]) : null;
const onlyIdx = process.argv.indexOf('--only');
const only = onlyIdx > 0 ? new RegExp(process.argv[onlyIdx + 1]) : null;

await mkdir(OUT_DIR, { recursive: true });
if (pngDir) await mkdir(pngDir, { recursive: true });

/** Film grain: seeded, fine, low amplitude (grain costs JPEG bytes). */
const GRAIN = (() => {
  const r = rng(2024);
  const buf = Buffer.alloc(W * H);
  for (let i = 0; i < buf.length; i++)
    buf[i] = 128 + Math.round((r() + r() + r() - 1.5) * 2 * GRAIN_AMP);
  return buf;
})();

let failed = false;
for (const [name, draw] of Object.entries(scenes)) {
  if (only && !only.test(name)) continue;
  terrainTurn = 0;
  groundHaze = '#e9eef0';
  const rendered = await sharp(Buffer.from(draw()), { density: 72 })
    .resize(W, H)
    .flatten({ background: '#ffffff' })
    .toBuffer();
  // Trim the 3 px rim where the lens displacement frays the picture's border.
  const raster = await sharp(rendered)
    .extract({ left: 3, top: 2, width: W - 6, height: H - 4 })
    .resize(W, H)
    .blur(0.55) // lens softness: no pixel-sharp vector edges
    .modulate({ saturation: 0.9 })
    .toBuffer();
  const image = sharp(raster).composite([
    { input: GRAIN, raw: { width: W, height: H, channels: 1 }, blend: 'soft-light' },
  ]);
  const file = path.join(OUT_DIR, `${name}.jpg`);
  await image.clone().jpeg({ quality: 72, progressive: true, mozjpeg: true }).toFile(file);
  if (pngDir)
    await image
      .clone()
      .png()
      .toFile(path.join(pngDir, `${name}.png`));
  const { size } = await stat(file);
  const flag = size > MAX_BYTES ? '  TOO LARGE' : '';
  if (flag) failed = true;
  console.log(`${name}.jpg\t${(size / 1024).toFixed(1)} KB${flag}`);
}
if (failed) {
  console.error(`some images exceed ${MAX_BYTES} bytes`);
  process.exit(1);
}
