import net from 'node:net';
import { HttpError, parseRequest, readHead } from './request.ts';
import { ThreadPool } from './thread-pool.ts';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 7878);
const maxRequests = Number(process.env.MAX_REQUESTS ?? Infinity);
const pool = new ThreadPool(Number(process.env.POOL_SIZE ?? 4));
const respondModule = new URL('./respond.ts', import.meta.url).href;
let connections = 0;
const serverError = { status: 500, reason: 'Internal Server Error' };

const server = net.createServer(async (socket) => {
  console.log('Connection established!');
  connections += 1;
  if (connections >= maxRequests) shutDown();
  // A client may vanish without warning; an 'error' event with no listener would crash us.
  socket.on('error', () => {});
  try {
    const head = await readHead(socket);
    if (head === undefined) return;
    const request = parseRequest(head);
    console.log(`Request: ${head.split(/\r?\n/)[0]}`);
    // A thread of the pool builds the response; this thread keeps the socket and sends it.
    const job = { module: respondModule, name: 'respond', args: [request] };
    socket.end((await pool.execute(job)) as Uint8Array);
  } catch (error) {
    // The client's mistakes get a 4xx that says which; anything else is ours: 500.
    const { status, reason } = error instanceof HttpError ? error : serverError;
    console.log(`${status} ${reason}: ${(error as Error).message}`);
    const answer = `HTTP/1.1 ${status} ${reason}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`;
    // end() alone closes our side only: a client that keeps sending would keep the socket open.
    socket.end(answer, () => socket.destroy());
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
