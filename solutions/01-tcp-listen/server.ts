import net from 'node:net';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 7878);

const server = net.createServer((socket) => {
  console.log('Connection established!');
  // A client may vanish without warning; an 'error' event with no listener would crash us.
  socket.on('error', () => {});
  socket.end();
});

server.listen(port, host, () => {
  console.log(`Listening on http://${host}:${port}`);
});
