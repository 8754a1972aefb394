// The yardstick, not learner code: the same routes as the workbook's server, on Node's own HTTP
// server. Like step 5, it runs /sleep on its only thread, so one /sleep holds up everyone else.
// Like step 9, it keeps a connection open unless the client sends `Connection: close`.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 7878);
const sleepMs = Number(process.env.SLEEP_MS ?? 5000);

// Read once, at start: the fastest honest way to serve a fixed page from node:http.
const hello = readFileSync('hello.html');
const notFound = readFileSync('404.html');
const blocker = new Int32Array(new SharedArrayBuffer(4));

const server = createServer((request, response) => {
  const route = request.method === 'GET' ? request.url : undefined;
  if (route === '/sleep') Atomics.wait(blocker, 0, 0, sleepMs);
  const found = route === '/' || route === '/sleep';
  const body = found ? hello : notFound;
  response.writeHead(found ? 200 : 404, {
    'Content-Length': body.length,
    'Content-Type': 'text/html; charset=utf-8',
  });
  response.end(body);
});

server.listen(port, host);
