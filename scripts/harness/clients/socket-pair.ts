import net, { type Socket } from 'node:net';

/** Both ends of one loopback TCP connection, for handing a learner's function a real socket. */
export interface SocketPair {
  /** The end a server's connection handler would receive. */
  accepted: Socket;
  /** The end that plays the client. */
  client: Socket;
  /** Destroys both ends and stops listening. */
  close: () => void;
}

export async function socketPair(): Promise<SocketPair> {
  const listener = net.createServer();
  const accepted = new Promise<Socket>((resolve) => listener.once('connection', resolve));
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  const { port } = listener.address() as net.AddressInfo;
  const client = net.connect(port, '127.0.0.1');
  const pair = { accepted: await accepted, client };
  // Either end may see a reset on purpose: that is the point of some checks, not a failure.
  pair.accepted.on('error', () => {});
  client.on('error', () => {});
  return {
    ...pair,
    close: () => {
      pair.accepted.destroy();
      client.destroy();
      listener.close();
    },
  };
}
