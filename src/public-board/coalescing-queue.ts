/**
 * Keys to work on in the background, one at a time, each once however often it is added before
 * its turn: one command, one meeting or one storm's parts name the same board many times within
 * moments, and the board is to be read once after the last of them. A key added with `urgent`
 * keeps it if it is added again without.
 */
export class CoalescingQueue<Key> {
  private readonly waiting = new Map<Key, boolean>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    /** How long a key waits for more of the same before its work starts. */
    private readonly delayMs: number,
    private readonly work: (key: Key, urgent: boolean) => Promise<void>,
    private readonly failed: (key: Key, error: unknown) => void,
  ) {}

  add(key: Key, urgent: boolean): void {
    if (this.stopped) return;
    this.waiting.set(key, this.waiting.get(key) === true || urgent);
    this.schedule();
  }

  /** No work starts after this; the work under way is waited for. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.waiting.clear();
    await this.running;
  }

  private schedule(): void {
    if (this.timer || this.running || this.waiting.size === 0 || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.drain().finally(() => {
        this.running = null;
        this.schedule();
      });
    }, this.delayMs);
    this.timer.unref();
  }

  private async drain(): Promise<void> {
    const turn = [...this.waiting];
    this.waiting.clear();
    for (const [key, urgent] of turn) {
      if (this.stopped) return;
      await this.work(key, urgent).catch((error: unknown) => this.failed(key, error));
    }
  }
}
