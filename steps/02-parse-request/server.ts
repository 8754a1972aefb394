import net from 'node:net';
import { parseRequest, readHead } from './request.ts';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 7878);

const server = net.createServer(async (socket) => {
  console.log('Connection established!');
  // A client may vanish without warning; an 'error' event with no listener would crash us.
  socket.on('error', () => {});
  // TODO(step 2): wait for the request head with readHead(socket) and check it with
  // parseRequest(). Print "Request:" and then the head's lines; if parseRequest() throws, print
  // why instead. Either way, end the connection.
  // TR: İsteğin başlık bölümünü readHead(socket) ile bekleyin ve parseRequest() ile denetleyin. "Request:" ve ardından başlık bölümünün satırlarını yazdırın; parseRequest() hata fırlatırsa bunun yerine nedenini yazdırın. Her iki durumda da bağlantıyı kapatın.
  throw new Error('TODO(step 2): read the request and print it (see README.md)');
});

server.listen(port, host, () => {
  console.log(`Listening on http://${host}:${port}`);
});
