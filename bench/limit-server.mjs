// The limit of this machine for the page benchmark: a minimal Node `http` server that answers
// each path with bytes held in memory (the very bytes the app sent: status, headers, body).
// Usage: node bench/limit-server.mjs <manifest.json>; prints "listening <port>" once ready.
import fs from 'node:fs';
import http from 'node:http';

const manifest = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const pages = new Map();
for (const p of manifest)
  pages.set(p.path, { status: p.status, headers: p.headers, body: fs.readFileSync(p.bodyFile) });

const server = http.createServer((req, res) => {
  const page = pages.get(req.url);
  if (!page) {
    res.writeHead(404);
    res.end();
    return;
  }
  res.writeHead(page.status, page.headers);
  res.end(page.body);
});
server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
