import net from 'node:net';
import { parseRequest, readHead, type Request } from './request.ts';
import { respond } from './respond.ts';
import { ThreadPool } from './thread-pool.ts';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 7878);
// TODO(step 6): once thread-pool.ts works, this pool of POOL_SIZE threads (4 when POOL_SIZE is
// not set) builds every response: one pool for the whole server, made before the first request.
// TR: thread-pool.ts çalışınca bu POOL_SIZE iş parçacıklı havuz (POOL_SIZE yoksa 4) her yanıtı oluşturur: bütün sunucu için tek bir havuz, ilk istekten önce kurulur.
const pool = new ThreadPool(Number(process.env.POOL_SIZE ?? 4));

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
    // TODO(step 6): give the request to the pool instead of calling respond() on this thread. A
    // job names the function to run: respond.ts's URL as module, 'respond' as name, [request] as
    // args. Send the bytes that execute() resolves with.
    // TR: İsteği respond()'u bu iş parçacığında çağırmak yerine havuza verin. Bir iş, çalışacak fonksiyonu adıyla belirtir: module olarak respond.ts'nin URL'si, name olarak 'respond', args olarak [request]. execute()'un resolve ettiği baytları gönderin.
    socket.end(respond(request));
  } catch (error) {
    // Our own failure (a page we cannot read, say), not the client's: a 500, and the reason here.
    console.log(`Server error: ${(error as Error).message}`);
    socket.end(
      'HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n',
    );
  }
});

server.listen(port, host, () => {
  console.log(`Listening on http://${host}:${port}`);
});
