import net from 'node:net';
import { HeadReader, HttpError, parseRequest, type Request } from './request.ts';
import { respond, serialize, type Response } from './respond.ts';
import { ThreadPool } from './thread-pool.ts';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 7878);
const maxRequests = Number(process.env.MAX_REQUESTS ?? Infinity);
const keepAliveTimeoutMs = Number(process.env.KEEP_ALIVE_TIMEOUT_MS ?? 5000);
const requestsPerConnection = Number(process.env.REQUESTS_PER_CONNECTION ?? 1000);
const pool = new ThreadPool(Number(process.env.POOL_SIZE ?? 4));
const respondModule = new URL('./respond.ts', import.meta.url).href;
let connections = 0;
let shuttingDown = false;
const serverError = { status: 500, reason: 'Internal Server Error' };
/** Every open connection and its reader: on shutdown, the idle ones are closed at once. */
const readers = new Map<net.Socket, HeadReader>();

const server = net.createServer(async (socket) => {
  connections += 1;
  if (connections >= maxRequests) shutDown();
  // A client may vanish without warning; an 'error' event with no listener would crash us.
  socket.on('error', () => {});
  const reader = new HeadReader(socket);
  readers.set(socket, reader);
  socket.once('close', () => readers.delete(socket));
  for (let served = 0; ; served++) {
    let answer: Buffer;
    let close = true;
    try {
      // The first head may take HEADER_TIMEOUT_MS; between requests, a quiet client has less.
      const head = await reader.next(served === 0 ? undefined : keepAliveTimeoutMs);
      if (head === undefined) break;
      const request = parseRequest(head);
      const ready = await response(request);
      // Decided once the response is ready: a shutdown may have begun while it was built.
      close = shuttingDown || served + 1 >= requestsPerConnection || wantsClose(request);
      answer = serialize(ready, close);
    } catch (error) {
      // The client's mistakes get a 4xx that says which; anything else is ours: 500. Either way
      // the rest of the stream cannot be trusted to start a new request: close after answering.
      const { status, reason } = error instanceof HttpError ? error : serverError;
      console.log(`${status} ${reason}: ${(error as Error).message}`);
      answer = serialize(
        { head: [`HTTP/1.1 ${status} ${reason}`, 'Content-Length: 0'], body: new Uint8Array() },
        true,
      );
    }
    if (close) {
      // end() alone closes our side only: a client that keeps its side open would keep the socket.
      socket.end(answer, () => socket.destroy());
      return;
    }
    socket.write(answer);
  }
  socket.destroy();
});

/** HTTP/1.1 keeps a connection open unless a side says close; HTTP/1.0 closes unless asked not to. */
function wantsClose(request: Request): boolean {
  const options = (request.headers.connection ?? '')
    .toLowerCase()
    .split(',')
    .map((option) => option.trim());
  if (request.version === 'HTTP/1.0') return !options.includes('keep-alive');
  return options.includes('close');
}

/** Whether a request's work holds its thread: only such work is worth a trip to the pool. */
function blocks(request: Request): boolean {
  return request.path === '/sleep';
}

/** Builds the response on the main thread when that is quick, and on the pool when it blocks. */
async function response(request: Request): Promise<Response> {
  if (!blocks(request)) return respond(request);
  const job = { module: respondModule, name: 'respond', args: [request] };
  return (await pool.execute(job)) as Response;
}

/**
 * Stops taking connections and closes the idle ones; the busy ones close after their response.
 * Then closes the pool.
 */
function shutDown(): void {
  if (!server.listening) return;
  shuttingDown = true;
  // close() refuses new connections at once; its callback runs when the open ones have ended.
  server.close(async () => {
    await pool.close();
    console.log('Shutting down.');
  });
  for (const [socket, reader] of readers) if (reader.idle) socket.destroy();
}

process.once('SIGINT', shutDown);
process.once('SIGTERM', shutDown);

server.listen(port, host, () => {
  console.log(`Listening on http://${host}:${port}`);
});
