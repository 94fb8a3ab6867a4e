import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Metrics } from './metrics.ts';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Wraps the server's request listener (outermost, before the page-cache listener) so that every
 * answer is measured, cached ones included: count and latency by route class and status, and
 * the page cache's outcome from the answer's X-Cache header. An answer the client abandoned is
 * counted with status 499 (nginx's convention).
 */
export function metricsListener(metrics: Metrics, inner: Listener): Listener {
  return (req, res) => {
    const start = process.hrtime.bigint();
    // Headers given to writeHead (how both listeners answer) are not readable by getHeader.
    let xcache: string | undefined;
    const writeHead = res.writeHead.bind(res) as (...a: unknown[]) => ServerResponse;
    const watched = (...args: unknown[]) => {
      xcache = xcacheOf(args[1]) ?? xcacheOf(args[2]);
      return writeHead(...args);
    };
    res.writeHead = watched;
    res.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const set = res.getHeader('x-cache');
      metrics.request(
        req.url ?? '/',
        req.method ?? 'GET',
        res.writableFinished ? res.statusCode : 499,
        seconds,
        typeof set === 'string' ? set : xcache,
      );
    });
    inner(req, res);
  };
}

/** The X-Cache value in writeHead's headers (an object, or a flat [name, value, …] array). */
function xcacheOf(h: unknown): string | undefined {
  if (Array.isArray(h)) {
    for (let i = 0; i + 1 < h.length; i += 2)
      if (String(h[i]).toLowerCase() === 'x-cache') return String(h[i + 1]);
    return undefined;
  }
  if (h && typeof h === 'object')
    for (const [k, v] of Object.entries(h))
      if (k.toLowerCase() === 'x-cache') return Array.isArray(v) ? String(v[0]) : String(v);
  return undefined;
}
