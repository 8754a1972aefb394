import type { AddressInfo } from 'node:net';
import type { Readable } from 'node:stream';
import { readJsonLines } from '../shared/json-lines.ts';

/** What listening-probe.mjs reports from inside the server. */
type ProbeEvent =
  | { listening: AddressInfo | string }
  | { accepted: true }
  | { stoppedListening: true }
  | { threadStarted: true }
  | { threadEnded: true }
  | { exitCalled: true };

/** What the server's probe has told so far: where it listens, its connections and its threads. */
export class ProbeReport {
  /** The first address the server listened on. */
  address: AddressInfo | string | undefined;
  /** How many connections the server has accepted so far. */
  accepted = 0;
  /** Whether the server has closed its listening socket: new connections are refused from then. */
  stoppedListening = false;
  /** How many worker threads the server has started so far (counted once each is running). */
  threadsStarted = 0;
  /** The most worker threads the server has had running at once: a pool may replace one that died. */
  mostThreadsAlive = 0;
  /** Whether the server's main thread called process.exit(). */
  calledExit = false;
  #threadsAlive = 0;

  /** Reads the probe's reports from `pipe`, calling `changed` after each. */
  constructor(pipe: Readable, changed: () => void) {
    readJsonLines<ProbeEvent>(pipe, (event) => {
      if ('listening' in event) this.address ??= event.listening;
      if ('accepted' in event) this.accepted += 1;
      if ('stoppedListening' in event) this.stoppedListening = true;
      if ('threadStarted' in event) {
        this.threadsStarted += 1;
        this.#threadsAlive += 1;
        this.mostThreadsAlive = Math.max(this.mostThreadsAlive, this.#threadsAlive);
      }
      if ('threadEnded' in event) this.#threadsAlive -= 1;
      if ('exitCalled' in event) this.calledExit = true;
      changed();
    });
  }
}
