import net from 'node:net';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 7878);

// TODO(step 1): create a TCP server with net.createServer(). Each time a client connects, print
// "Connection established!" and end the connection. Then make the server listen on port and host.
// TR: net.createServer() ile bir TCP sunucusu oluşturun. Her istemci bağlandığında "Connection established!" yazdırın ve bağlantıyı kapatın. Sonra sunucuyu port ve host üzerinde dinletin.
throw new Error('TODO(step 1): create a TCP server and make it listen (see README.md)');
