import { setTimeout as sleep } from 'node:timers/promises';
import { CoalescingQueue } from './coalescing-queue';

describe('CoalescingQueue', () => {
  it('works each key once for all its adds before its turn, one at a time, keeping urgent', async () => {
    const done: [string, boolean][] = [];
    let running = 0;
    let mostAtOnce = 0;
    const queue = new CoalescingQueue<string>(
      20,
      async (key, urgent) => {
        mostAtOnce = Math.max(mostAtOnce, ++running);
        await sleep(5);
        done.push([key, urgent]);
        running -= 1;
      },
      () => undefined,
    );
    queue.add('a', false);
    queue.add('b', true);
    queue.add('a', true);
    queue.add('b', false);
    expect(done).toEqual([]);
    await sleep(80);
    expect({ done, mostAtOnce }).toEqual({ done: [['a', true], ['b', true]], mostAtOnce: 1 });
    await queue.stop();
  });

  it('waits for a key to go quiet: added again and again, it is worked once, after the last', async () => {
    const done: [string, number][] = [];
    const started = performance.now();
    const queue = new CoalescingQueue<string>(
      40,
      (key) => {
        done.push([key, performance.now() - started]);
        return Promise.resolve();
      },
      () => undefined,
    );
    queue.add('busy', false);
    queue.add('still', false);
    for (let n = 0; n < 4; n += 1) {
      await sleep(20);
      queue.add('busy', false);
      // Asked for again without postponing, a waiting key keeps its time.
      if (n === 0) queue.addUnlessWaiting('still', true);
    }
    await sleep(120);
    expect(done.map(([key]) => key)).toEqual(['still', 'busy']);
    // The busy key's last add came after 80 ms: its work came at least 40 ms later; the other's at its first add's 40.
    expect(done[0]?.[1]).toBeLessThan(75);
    expect(done[1]?.[1]).toBeGreaterThanOrEqual(115);
    await queue.stop();
  });

  it('takes a key added during its work in a later turn, reports a failure and goes on', async () => {
    const done: string[] = [];
    const failures: string[] = [];
    const queue = new CoalescingQueue<string>(
      10,
      (key) => {
        if (key === 'bad') return Promise.reject(new Error('down'));
        if (key === 'first') queue.add('again', false);
        done.push(key);
        return Promise.resolve();
      },
      (key, error) => failures.push(`${key}: ${(error as Error).message}`),
    );
    queue.add('bad', false);
    queue.add('first', false);
    await sleep(60);
    expect({ done, failures }).toEqual({ done: ['first', 'again'], failures: ['bad: down'] });
    await queue.stop();
  });

  it('starts nothing once stopped, and waits for the work under way', async () => {
    const done: string[] = [];
    const queue = new CoalescingQueue<string>(
      5,
      async (key) => {
        await sleep(30);
        done.push(key);
      },
      () => undefined,
    );
    queue.add('under way', false);
    await sleep(15);
    queue.add('later', false);
    await queue.stop();
    expect(done).toEqual(['under way']);
    queue.add('after stop', false);
    await sleep(20);
    expect(done).toEqual(['under way']);
  });
});
