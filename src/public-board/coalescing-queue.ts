/**
 * Keys to work on in the background, one at a time, each once it has been quiet (not added
 * again) for a while, however often it was added before: one command, one meeting or one
 * storm's parts name the same board many times, and the board is to be read once after the last
 * of them. A key added with `urgent` keeps it if it is added again without.
 */
export class CoalescingQueue<Key> {
  private readonly waiting = new Map<Key, { urgent: boolean; lastAdded: number }>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    /** How long a key must go without being added again before its work starts. */
    private readonly quietMs: number,
    private readonly work: (key: Key, urgent: boolean) => Promise<void>,
    private readonly failed: (key: Key, error: unknown) => void,
  ) {}

  add(key: Key, urgent: boolean): void {
    if (this.stopped) return;
    this.waiting.set(key, { urgent: this.waiting.get(key)?.urgent === true || urgent, lastAdded: performance.now() });
    this.schedule();
  }

  /** Added as by `add`, but a key already waiting keeps its time: asked for again and again (a page read while old), it still comes to its turn. */
  addUnlessWaiting(key: Key, urgent: boolean): void {
    const waiting = this.waiting.get(key);
    if (waiting) waiting.urgent ||= urgent;
    else this.add(key, urgent);
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
    let firstQuiet = Infinity;
    for (const { lastAdded } of this.waiting.values()) firstQuiet = Math.min(firstQuiet, lastAdded + this.quietMs);
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.running = this.drain().finally(() => {
          this.running = null;
          this.schedule();
        });
      },
      Math.max(0, firstQuiet - performance.now()),
    );
    this.timer.unref();
  }

  private async drain(): Promise<void> {
    const quietSince = performance.now() - this.quietMs;
    const turn = Array.from(this.waiting).filter(([, { lastAdded }]) => lastAdded <= quietSince);
    for (const [key] of turn) this.waiting.delete(key);
    for (const [key, { urgent }] of turn) {
      if (this.stopped) return;
      await this.work(key, urgent).catch((error: unknown) => this.failed(key, error));
    }
  }
}
