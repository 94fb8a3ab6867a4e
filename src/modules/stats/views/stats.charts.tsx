import { formatCount } from '../../../lib/number.ts';

/** A series of a line chart: one value per x label. */
export interface Series {
  name: string;
  color: string;
  values: number[];
}

/** A rounded-up axis maximum (1, 2 or 5 × 10^k) so gridlines fall on round numbers. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(max));
  return ([1, 2, 5, 10].find((m) => m * p >= max) ?? 10) * p;
}

const W = 720;

/** A chart's data as a table (first column: row headers), folded under "Xem dạng bảng". */
function DataTable(props: { caption: string; head: string[]; rows: string[][] }) {
  return (
    <details>
      <summary>Xem dạng bảng</summary>
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.head.map((h) => (
              <th scope="col">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map(([first, ...rest]) => (
            <tr>
              <th scope="row">{first}</th>
              {rest.map((v) => (
                <td>{v}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
const FONT = 12;

/**
 * A line chart drawn by the app (SVG, no script), with the same data as a table for screen
 * readers and for anyone who prefers numbers.
 */
export function LineChart(props: {
  id: string;
  title: string;
  labels: string[];
  series: Series[];
  summary: string;
}) {
  const H = 260;
  const pad = { l: 56, r: 12, t: 12, b: 40 };
  const n = props.labels.length;
  const max = niceMax(Math.max(0, ...props.series.flatMap((s) => s.values)));
  const x = (i: number) => pad.l + (n <= 1 ? 0 : (i * (W - pad.l - pad.r)) / (n - 1));
  const y = (v: number) => H - pad.b - (v / max) * (H - pad.t - pad.b);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  const every = Math.max(1, Math.ceil(n / 6));
  return (
    <figure class="chart" aria-labelledby={`${props.id}-t`}>
      <figcaption id={`${props.id}-t`}>{props.title}</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        role="img"
        aria-labelledby={`${props.id}-t ${props.id}-d`}
        font-size={FONT}
        font-family="inherit"
      >
        <desc id={`${props.id}-d`}>{props.summary}</desc>
        {ticks.map((v) => (
          <g>
            <line x1={pad.l} x2={W - pad.r} y1={y(v)} y2={y(v)} stroke="#ddd" />
            <text x={pad.l - 6} y={y(v) + 4} text-anchor="end" fill="#333">
              {formatCount(v)}
            </text>
          </g>
        ))}
        {props.labels.map(
          (l, i) =>
            (i % every === 0 || i === n - 1) && (
              <text x={x(i)} y={H - pad.b + 18} text-anchor="middle" fill="#333">
                {l}
              </text>
            ),
        )}
        {/* Drawn last-first, so the first series stays visible where lines coincide. */}
        {[...props.series].reverse().map((s) => (
          <polyline
            class="series"
            fill="none"
            stroke={s.color}
            stroke-width="2"
            points={s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}
          >
            <title>{s.name}</title>
          </polyline>
        ))}
        {props.series.map((s, k) => (
          <g>
            <rect x={pad.l + k * 160} y={H - 14} width="12" height="12" fill={s.color} />
            <text x={pad.l + k * 160 + 18} y={H - 4} fill="#222">
              {s.name}
            </text>
          </g>
        ))}
      </svg>
      <DataTable
        caption={props.title}
        head={['Ngày', ...props.series.map((s) => s.name)]}
        rows={props.labels.map((l, i) => [
          l,
          ...props.series.map((s) => formatCount(s.values[i] ?? 0)),
        ])}
      />
    </figure>
  );
}

/** A horizontal bar chart (SVG) with its data as a table. */
export function BarChart(props: {
  id: string;
  title: string;
  unit: string;
  rows: { label: string; value: number }[];
  color?: string;
}) {
  const row = 28;
  const labelW = 230;
  const valueW = 70;
  const H = Math.max(1, props.rows.length) * row + 8;
  const max = Math.max(1, ...props.rows.map((r) => r.value));
  const barW = (v: number) => Math.max(v > 0 ? 2 : 0, (v / max) * (W - labelW - valueW));
  const short = (s: string) => (s.length > 34 ? `${s.slice(0, 33)}…` : s);
  const top = props.rows[0];
  return (
    <figure class="chart" aria-labelledby={`${props.id}-t`}>
      <figcaption id={`${props.id}-t`}>{props.title}</figcaption>
      {props.rows.length === 0 ? (
        <p>Chưa có số liệu trong khoảng thời gian này.</p>
      ) : (
        <svg
          viewBox={`0 0 ${W} ${H}`}
          width="100%"
          role="img"
          aria-labelledby={`${props.id}-t ${props.id}-d`}
          font-size={FONT}
          font-family="inherit"
        >
          <desc id={`${props.id}-d`}>
            {top ? `Cao nhất: ${top.label}, ${formatCount(top.value)} ${props.unit}.` : ''}
          </desc>
          {props.rows.map((r, i) => (
            <g>
              <title>{`${r.label}: ${formatCount(r.value)} ${props.unit}`}</title>
              <text x={labelW - 8} y={i * row + 19} text-anchor="end" fill="#222">
                {short(r.label)}
              </text>
              <rect
                class="bar"
                x={labelW}
                y={i * row + 6}
                width={barW(r.value).toFixed(1)}
                height={row - 10}
                fill={props.color ?? '#a50f1e'}
              />
              <text x={labelW + barW(r.value) + 6} y={i * row + 19} fill="#222">
                {formatCount(r.value)}
              </text>
            </g>
          ))}
        </svg>
      )}
      <DataTable
        caption={props.title}
        head={['Mục', `Số ${props.unit}`]}
        rows={props.rows.map((r) => [r.label, formatCount(r.value)])}
      />
    </figure>
  );
}
