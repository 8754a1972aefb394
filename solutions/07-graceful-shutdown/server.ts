import net from 'node:net';
import { parseRequest, readHead, type Request } from './request.ts';
import { ThreadPool } from './thread-pool.ts';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 7878);
const maxRequests = Number(process.env.MAX_REQUESTS ?? Infinity);
const pool = new ThreadPool(Number(process.env.POOL_SIZE ?? 4));
const respondModule = new URL('./respond.ts', import.meta.url).href;
let connections = 0;

const server = net.createServer(async (socket) => {
  console.log('Connection established!');
  connections += 1;
  if (connections >= maxRequests) shutDown();
  // A client may vanish without warning; an 'error' event with no listener would crash us.
  socket.on('error', () => {});
  const head = await readHead(socket);
  if (head === undefined) return;
  let request: Request;
  try {
    request = parseRequest(head);
  } catch (error) {
    // The client's mistake: a 400 tells it so.
    console.log(`Bad request: ${(error as Error).message}`);
    socket.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    return;
  }
  console.log(`Request: ${head.split(/\r?\n/)[0]}`);
  try {
    // A thread of the pool builds the response; this thread keeps the socket and sends it.
    const job = { module: respondModule, name: 'respond', args: [request] };
    socket.end((await pool.execute(job)) as Uint8Array);
  } catch (error) {
    // Our own failure (a page we cannot read, say), not the client's: a 500, and the reason here.
    console.log(`Server error: ${(error as Error).message}`);
    socket.end(
      'HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n',
    );
  }
});

/** Stops taking connections, lets the open ones finish, then closes the pool. */
function shutDown(): void {
  if (!server.listening) return;
  // close() refuses new connections at once; its callback runs when the open ones have ended.
  server.close(async () => {
    await pool.close();
    console.log('Shutting down.');
  });
}

process.once('SIGINT', shutDown);
process.once('SIGTERM', shutDown);

server.listen(port, host, () => {
  console.log(`Listening on http://${host}:${port}`);
});
