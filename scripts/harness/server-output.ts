const keptOutput = 1 << 20;
/** A server that prints more than this is flooding its output, and is stopped. */
export const floodMegabytes = 16;

/** What a server printed, stdout and stderr together: the last 1 MiB, and whether it flooded. */
export class ServerOutput {
  #text = '';
  #printed = 0;
  #flooded = false;
  readonly #onFlood: () => void;
  readonly #changed: () => void;

  /** `onFlood` runs once the server has printed too much; `changed` after every piece printed. */
  constructor(onFlood: () => void, changed: () => void) {
    this.#onFlood = onFlood;
    this.#changed = changed;
  }

  get flooded(): boolean {
    return this.#flooded;
  }

  /** Everything printed so far (the last 1 MiB). */
  text(): string {
    if (this.#text.length > keptOutput) this.#text = this.#text.slice(-keptOutput);
    return this.#text;
  }

  add(text: string): void {
    this.#printed += Buffer.byteLength(text);
    this.#text += text;
    // Trimming at twice the limit, not at every chunk, keeps a chatty server from costing the
    // checks a copy of the whole megabyte per line it prints.
    if (this.#text.length > 2 * keptOutput) this.#text = this.#text.slice(-keptOutput);
    if (this.#printed > floodMegabytes << 20 && !this.#flooded) {
      this.#flooded = true;
      this.#onFlood();
    }
    this.#changed();
  }
}
