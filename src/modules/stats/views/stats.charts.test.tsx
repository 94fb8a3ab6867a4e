import { describe, expect, it } from 'vitest';
import { BarChart, LineChart, niceMax } from './stats.charts.tsx';

const html = (el: unknown) => String(el);

describe('SVG charts', () => {
  it('round the axis maximum up to 1, 2 or 5 × 10^k', () => {
    expect([0, 1, 3, 7, 12, 180, 4300].map(niceMax)).toEqual([1, 1, 5, 10, 20, 200, 5000]);
  });

  it('draw a line per series with one point per day, and the same data as a table', () => {
    const out = html(
      <LineChart
        id="c1"
        title="Lượt truy cập theo ngày"
        labels={['01/11', '02/11', '03/11']}
        series={[
          { name: 'Lượt truy cập', color: '#a50f1e', values: [10, 40, 1234] },
          { name: 'Lượt xem trang', color: '#1f5f99', values: [20, 80, 2000] },
        ]}
        summary="Cao nhất 1.234 lượt truy cập ngày 03/11/2026."
      />,
    );
    expect(out).toContain('role="img" aria-labelledby="c1-t c1-d"');
    expect(out).toContain('<desc id="c1-d">Cao nhất 1.234 lượt truy cập ngày 03/11/2026.</desc>');
    const lines = [...out.matchAll(/<polyline class="series"[^>]*points="([^"]+)"/g)].map((m) =>
      m[1]!.split(' '),
    );
    expect(lines).toHaveLength(2);
    expect(lines[0]).toHaveLength(3);
    // The largest value (2000) sits on the top gridline of a 2.000 axis: y = 12.
    expect(lines[0]![2]).toBe('708.0,12.0'); // page views, drawn first (under the visits)
    expect(out).toContain('>2.000</text>');
    expect(out).toContain('<summary>Xem dạng bảng</summary>');
    expect(out).toContain('<tr><th scope="row">03/11</th><td>1.234</td><td>2.000</td></tr>');
  });

  it('draw one bar per row, proportional, with escaped labels; an empty chart says so', () => {
    const out = html(
      <BarChart
        id="c2"
        title="Bài viết"
        unit="lượt đọc"
        rows={[
          { label: 'Hội thảo <khoa học>', value: 200 },
          { label: 'Tin B', value: 50 },
        ]}
      />,
    );
    const widths = [...out.matchAll(/<rect class="bar"[^>]*width="([\d.]+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(widths).toHaveLength(2);
    expect(widths[0]! / widths[1]!).toBeCloseTo(4, 5);
    expect(out).toContain('Hội thảo &lt;khoa học&gt;');
    expect(out).not.toContain('<khoa học>');
    expect(out).toContain('Cao nhất: Hội thảo &lt;khoa học&gt;, 200 lượt đọc.');
    const empty = html(<BarChart id="c3" title="Thiết bị" unit="lượt truy cập" rows={[]} />);
    expect(empty).toContain('Chưa có số liệu trong khoảng thời gian này.');
    expect(empty).not.toContain('<svg');
  });
});
