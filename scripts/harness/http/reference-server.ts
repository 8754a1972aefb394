import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A node:http server that judges request heads the way Node's own parser, llhttp, does. llhttp
 * leaves one rule of RFC 9112 to the program: a request with more than one Host line must get
 * 400. This server applies it, as a careful program on node:http would. Every head it does not
 * refuse gets 200.
 */
export class ReferenceServer {
  #server: Server;

  private constructor(server: Server) {
    this.#server = server;
  }

  static async start(): Promise<ReferenceServer> {
    const server = createServer((request, response) => {
      const hosts = request.rawHeaders.filter(
        (name, index) => index % 2 === 0 && name.toLowerCase() === 'host',
      );
      response.writeHead(hosts.length > 1 ? 400 : 200, { Connection: 'close' }).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new ReferenceServer(server);
  }

  /** The status node:http answers a head with: 400 when it refuses it. */
  async statusFor(head: string, timeoutMs = 3000): Promise<number> {
    const { port } = this.#server.address() as AddressInfo;
    const socket = connect(port, '127.0.0.1');
    let received = '';
    const statusLine = await new Promise<string>((resolve) => {
      const done = () => resolve(received.split('\r\n')[0]!);
      const timer = setTimeout(done, timeoutMs);
      socket.on('data', (chunk: Buffer) => {
        received += chunk.toString('latin1');
        if (received.includes('\r\n')) done();
      });
      socket.on('close', done);
      socket.on('error', () => {});
      socket.write(Buffer.from(head, 'latin1'));
      socket.once('close', () => clearTimeout(timer));
    }).finally(() => socket.destroy());
    const status = /^HTTP\/1\.1 (\d{3}) /.exec(statusLine)?.[1];
    if (!status) throw new Error(`node:http did not answer ${JSON.stringify(head)}`);
    return Number(status);
  }

  close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    this.#server.closeAllConnections();
    return closed;
  }
}
