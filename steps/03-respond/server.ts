import net from 'node:net';
import { parseRequest, readHead } from './request.ts';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 7878);

const server = net.createServer(async (socket) => {
  console.log('Connection established!');
  // A client may vanish without warning; an 'error' event with no listener would crash us.
  socket.on('error', () => {});
  const head = await readHead(socket);
  if (head === undefined) return;
  try {
    parseRequest(head);
    console.log(`Request:\n${head}`);
  } catch (error) {
    console.log(`Bad request: ${(error as Error).message}`);
  }
  // TODO(step 3): answer the request that parsed with a status line saying it succeeded, then the
  // empty line that ends the head; answer a malformed one with 400 Bad Request. Then end the
  // connection, so that the client knows the response is complete.
  // TR: Ayrıştırılabilen isteği başarılı olduğunu söyleyen bir durum satırıyla ve ardından başlık bölümünü bitiren boş satırla yanıtlayın; bozuk bir isteği 400 Bad Request ile yanıtlayın. Sonra bağlantıyı kapatın ki istemci yanıtın bittiğini anlasın.
  throw new Error('TODO(step 3): send a response in server.ts (see README.md)');
});

server.listen(port, host, () => {
  console.log(`Listening on http://${host}:${port}`);
});
