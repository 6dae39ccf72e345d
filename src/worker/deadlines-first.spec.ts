import { randomUUID } from 'node:crypto';
import { Queue, Worker } from 'bullmq';
import { testServerUrls } from '../../test/support/test-servers';
import { DeadlinesFirst } from './deadlines-first';

/** With a real Redis and BullMQ worker: notification jobs wait while deadlines fire, and not for ever. */
describe('DeadlinesFirst', () => {
  const connection = { url: testServerUrls().redisUrl, maxRetriesPerRequest: null };
  const name = `deadlines-first-${randomUUID()}`;
  let queue: Queue;
  let worker: Worker;
  let first: DeadlinesFirst;
  const delivered = new Map<string, number>();

  beforeAll(() => {
    queue = new Queue(name, { connection, prefix: 'jz-test' });
    worker = new Worker(name, (job) => Promise.resolve(delivered.set(job.name, performance.now())), { connection, prefix: 'jz-test', concurrency: 8 });
  });

  afterEach(() => first.stop());

  afterAll(async () => {
    await worker.close();
    await queue.obliterate({ force: true });
    await queue.close();
  });

  const until = async (what: () => boolean, timeoutMs = 5_000) => {
    const end = performance.now() + timeoutMs;
    while (!what()) {
      if (performance.now() > end) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  /**
   * A job added while the notifications yield. The one job an idle worker was already waiting
   * for when it paused still comes through (BullMQ's pause does not cancel that wait): a job
   * goes first to take it.
   */
  const addWhileYielding = async (job: string) => {
    await queue.add(`${job}-taken-by-the-wait`, {});
    await sleep(200);
    await queue.add(job, {});
  };
  /** A deadline's job that runs until it is let go. */
  const heldDeadline = () => {
    let release = () => {};
    const done = first.run(() => new Promise<void>((resolve) => (release = resolve)));
    return { release: () => release(), done };
  };
  /** A job added while a deadline fires waits `heldMs` undelivered; answers when the deadline ended, once the job has come. */
  const heldBack = async (job: string, heldMs: number): Promise<number> => {
    const deadline = heldDeadline();
    await addWhileYielding(job);
    await sleep(heldMs);
    expect(delivered.has(job)).toBe(false);
    deadline.release();
    await deadline.done;
    const releasedAt = performance.now();
    await until(() => delivered.has(job));
    return releasedAt;
  };

  it('takes no notification job while a deadline fires, and takes it once the deadlines are quiet', async () => {
    first = new DeadlinesFirst(worker, { quietMs: 100, maxYieldMs: 60_000 });
    const releasedAt = await heldBack('while-firing', 500);
    expect((delivered.get('while-firing') as number) - releasedAt).toBeGreaterThanOrEqual(90);
  });

  it('lets notifications wait no longer than its limit, and they run alongside until the deadlines go quiet', async () => {
    first = new DeadlinesFirst(worker, { quietMs: 100, maxYieldMs: 1_500 });
    const started = performance.now();
    const deadline = heldDeadline();
    await addWhileYielding('overdue');
    await until(() => delivered.has('overdue'));
    expect((delivered.get('overdue') as number) - started).toBeGreaterThanOrEqual(1_490);
    // Another deadline starting meanwhile does not stop them again.
    const another = heldDeadline();
    await queue.add('alongside', {});
    await until(() => delivered.has('alongside'));
    deadline.release();
    another.release();
    await Promise.all([deadline.done, another.done]);
    // Quiet again: the next deadline makes them wait once more.
    await heldBack('after-quiet', 250);
  });

  it('passes on what the job answers or throws', async () => {
    first = new DeadlinesFirst(worker, { quietMs: 10, maxYieldMs: 1_000 });
    await expect(first.run(() => Promise.resolve('fired'))).resolves.toBe('fired');
    await expect(first.run(() => Promise.reject(new Error('no handler')))).rejects.toThrow('no handler');
    await queue.add('after-failure', {});
    await until(() => delivered.has('after-failure'));
  });
});
