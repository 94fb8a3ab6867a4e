/**
 * The drawn identity of the site (no file, no font, nothing from elsewhere): the emblem of the
 * Communist Party of Vietnam — a gold hammer and sickle on red — and the light header artwork
 * in the manner of Party portals (a trống đồng sun, lotus petals, flag red and gold).
 */

/**
 * The hammer and sickle, gold on a red disc with a gold rim. Drawn on a 100-unit grid: the
 * sickle's blade is a crescent opening to the upper left with its handle at the lower left; the
 * hammer crosses it from the upper left (head) to the lower right (end of the handle), as on the
 * Party flag.
 */
export function Emblem(props: { size?: number }) {
  const size = props.size ?? 72;
  return (
    <svg
      class="emblem"
      viewBox="0 0 100 100"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="50" cy="50" r="47" fill="#da251d" stroke="#ffd700" stroke-width="4" />
      <g fill="#ffd700">
        <path d="M40 21A30 30 0 1 1 32.7 71L36.8 65.6A24 24 0 1 0 40 21Z" />
        <rect
          x="-3.6"
          y="0"
          width="7.2"
          height="18"
          rx="2.4"
          transform="translate(35 68.5) rotate(45)"
        />
        <g transform="translate(34 34) rotate(-45)">
          <path d="M-13 -5.5H9L13 -2.5V2.5L9 5.5H-13Z" />
          <rect x="-3.2" y="5" width="6.4" height="43" rx="2" />
        </g>
      </g>
    </svg>
  );
}

/** The drum's sun: fourteen pointed rays (tips at radius 46, roots at 14), as polygon points. */
const SUN_RAYS = Array.from({ length: 28 }, (_, i) => {
  const r = i % 2 ? 14 : 46;
  const a = (i * Math.PI) / 14 - Math.PI / 2;
  return `${Math.round(r * Math.cos(a))},${Math.round(r * Math.sin(a))}`;
}).join(' ');

/**
 * The header's background artwork: a trống đồng (Đông Sơn drum) face — a sun with fourteen rays
 * in rings of dashes and dots — and a lotus, gold on the flag's red, kept faint so the name stays
 * legible. Decorative only.
 */
export function MastheadArt() {
  return (
    <svg
      class="masthead-art"
      viewBox="0 0 600 200"
      preserveAspectRatio="xMaxYMid meet"
      aria-hidden="true"
      focusable="false"
    >
      <g fill="none" stroke="#ffd700" transform="translate(470 100)">
        <circle r="16" fill="#ffd700" stroke="none" />
        <polygon points={SUN_RAYS} fill="#ffd700" stroke="none" />
        <circle r="54" stroke-width="2" />
        <circle r="62" stroke-width="5" stroke-dasharray="2 6" />
        <circle r="72" stroke-width="2" />
        <circle r="84" stroke-width="8" stroke-dasharray="14 6" />
        <circle r="98" stroke-width="2" />
        <circle r="108" stroke-width="4" stroke-dasharray="1 7" />
        <circle r="120" stroke-width="2" />
        <circle r="142" stroke-width="14" stroke-dasharray="26 10" opacity=".6" />
        <circle r="166" stroke-width="2" />
      </g>
      <g fill="#ffd700" opacity=".55" transform="translate(270 200)">
        <path d="M0 -70C-14 -48 -14 -22 0 0C14 -22 14 -48 0 -70Z" />
        <path d="M-4 0C-30 -10 -40 -34 -36 -56C-20 -44 -8 -24 -4 0Z" />
        <path d="M4 0C30 -10 40 -34 36 -56C20 -44 8 -24 4 0Z" />
        <path d="M-8 0C-44 -2 -62 -18 -70 -34C-46 -30 -24 -18 -8 0Z" />
        <path d="M8 0C44 -2 62 -18 70 -34C46 -30 24 -18 8 0Z" />
      </g>
    </svg>
  );
}
