import net from 'node:net';
import { HeadReader, HttpError, parseRequest, type Request } from './request.ts';
import { respond } from './respond.ts';
import { ThreadPool } from './thread-pool.ts';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 7878);
const maxRequests = Number(process.env.MAX_REQUESTS ?? Infinity);
const pool = new ThreadPool(Number(process.env.POOL_SIZE ?? 4));
const respondModule = new URL('./respond.ts', import.meta.url).href;
let connections = 0;
// TODO(step 9): read KEEP_ALIVE_TIMEOUT_MS (5000 when not set) and REQUESTS_PER_CONNECTION (1000),
// and keep every open connection with its HeadReader, to close the idle ones on shutdown.
// TR: KEEP_ALIVE_TIMEOUT_MS (yoksa 5000) ve REQUESTS_PER_CONNECTION (yoksa 1000) değerlerini okuyun; kapanışta boştakileri kapatabilmek için her açık bağlantıyı HeadReader'ıyla birlikte saklayın.
const serverError = { status: 500, reason: 'Internal Server Error' };

const server = net.createServer(async (socket) => {
  connections += 1;
  if (connections >= maxRequests) shutDown();
  // A client may vanish without warning; an 'error' event with no listener would crash us.
  socket.on('error', () => {});
  let answer: Uint8Array | string;
  // TODO(step 9): serve the connection's requests in a loop, one at a time, in order: the first
  // head with reader.next(), the later ones with reader.next(keepAliveTimeoutMs). Close after a
  // response when the client says Connection: close (or is HTTP/1.0 without keep-alive), after
  // REQUESTS_PER_CONNECTION requests, after an error, and once a shutdown has begun; say so with
  // Connection: close. Otherwise socket.write() the response and read the next head.
  // TR: Bağlantının isteklerini bir döngüde, birer birer ve sırayla yanıtlayın: ilk başlık bölümünü reader.next() ile, sonrakileri reader.next(keepAliveTimeoutMs) ile alın. İstemci Connection: close derse (ya da keep-alive demeyen bir HTTP/1.0 ise), REQUESTS_PER_CONNECTION istekten sonra, bir hatadan sonra ve kapanış başladıysa yanıttan sonra bağlantıyı kapatın ve bunu Connection: close ile bildirin. Yoksa yanıtı socket.write() ile yazın ve sıradaki başlık bölümünü okuyun.
  const reader = new HeadReader(socket);
  try {
    const head = await reader.next();
    if (head === undefined) return;
    answer = await response(parseRequest(head));
  } catch (error) {
    // The client's mistakes get a 4xx that says which; anything else is ours: 500.
    const { status, reason } = error instanceof HttpError ? error : serverError;
    console.log(`${status} ${reason}: ${(error as Error).message}`);
    answer = `HTTP/1.1 ${status} ${reason}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`;
  }
  // end() alone closes our side only: a client that keeps its side open would keep the socket.
  socket.end(answer, () => socket.destroy());
});

/** Whether a request's work holds its thread: only such work is worth a trip to the pool. */
function blocks(request: Request): boolean {
  return request.path === '/sleep';
}

/** Builds the response on the main thread when that is quick, and on the pool when it blocks. */
async function response(request: Request): Promise<Uint8Array> {
  if (!blocks(request)) return respond(request);
  const job = { module: respondModule, name: 'respond', args: [request] };
  return (await pool.execute(job)) as Uint8Array;
}

/** Stops taking connections, lets the open ones finish, then closes the pool. */
function shutDown(): void {
  if (!server.listening) return;
  // TODO(step 9): remember that a shutdown has begun, and destroy every idle connection: a
  // connection kept open need never end, and server.close() waits for all of them.
  // TR: Kapanışın başladığını aklınızda tutun ve boştaki her bağlantıyı yok edin (destroy): açık tutulan bir bağlantının bitmesi gerekmez ve server.close() hepsini bekler.
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
