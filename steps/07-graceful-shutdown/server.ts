import net from 'node:net';
import { parseRequest, readHead, type Request } from './request.ts';
import { ThreadPool } from './thread-pool.ts';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 7878);
const pool = new ThreadPool(Number(process.env.POOL_SIZE ?? 4));
const respondModule = new URL('./respond.ts', import.meta.url).href;
// TODO(step 7): read MAX_REQUESTS (no limit when it is not set). Count connections in the
// handler below, and call shutDown() once the count reaches MAX_REQUESTS.
// TR: MAX_REQUESTS'i okuyun (yoksa sınır yok). Aşağıdaki işleyicide bağlantıları sayın ve sayı MAX_REQUESTS'e ulaşınca shutDown()'u çağırın.

const server = net.createServer(async (socket) => {
  console.log('Connection established!');
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

// TODO(step 7): stop accepting connections, let the open ones finish, close the pool, then print
// "Shutting down.": the process then ends by itself, with code 0. Ctrl+C (SIGINT) and SIGTERM
// call this, and so should the last of MAX_REQUESTS connections; a second call does nothing.
// TR: Yeni bağlantı kabul etmeyi bırakın, açık olanların bitmesini bekleyin, havuzu kapatın, sonra "Shutting down." yazdırın: süreç ardından kendiliğinden, 0 koduyla biter. Ctrl+C (SIGINT) ve SIGTERM bunu çağırır, MAX_REQUESTS bağlantının sonuncusu da çağırmalı; ikinci bir çağrı hiçbir şey yapmaz.
function shutDown(): void {
  throw new Error('TODO(step 7): shut the server down gracefully (see README.md)');
}

process.once('SIGINT', shutDown);
process.once('SIGTERM', shutDown);

server.listen(port, host, () => {
  console.log(`Listening on http://${host}:${port}`);
});
