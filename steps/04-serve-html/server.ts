import net from 'node:net';
import { parseRequest, readHead } from './request.ts';
import { respond } from './respond.ts';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 7878);

const server = net.createServer(async (socket) => {
  console.log('Connection established!');
  // A client may vanish without warning; an 'error' event with no listener would crash us.
  socket.on('error', () => {});
  const head = await readHead(socket);
  if (head === undefined) return;
  try {
    const request = parseRequest(head);
    console.log(`Request: ${head.split(/\r?\n/)[0]}`);
    // TODO(step 4): send the response respond(request) builds, and end the connection.
    // TR: respond(request) ile oluşturulan yanıtı gönderin ve bağlantıyı kapatın.
    throw new Error('TODO(step 4): send the response from respond() in server.ts (see README.md)');
  } catch (error) {
    console.log(`Bad request: ${(error as Error).message}`);
    socket.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  }
});

server.listen(port, host, () => {
  console.log(`Listening on http://${host}:${port}`);
});
