import { Clock } from '../../src/common/clock';
import type { TimeMachine } from '../../src/demo/demo-clock';

/** A clock the test moves by hand: publicity windows end when the test says so. */
export class FakeClock extends Clock implements TimeMachine {
  /** Where the test's "now" was when the demo seeding first travelled back. */
  private beforeTravel: Date | null = null;

  constructor(private current: Date) {
    super();
  }

  now(): Date {
    return new Date(this.current.getTime());
  }

  set(instant: string | Date): void {
    this.current = new Date(instant);
  }

  advance(milliseconds: number): void {
    this.current = new Date(this.current.getTime() + milliseconds);
  }

  travelTo(at: Date): void {
    this.beforeTravel ??= this.now();
    this.set(at);
  }

  backToNow(): void {
    if (this.beforeTravel) this.set(this.beforeTravel);
    this.beforeTravel = null;
  }
}
