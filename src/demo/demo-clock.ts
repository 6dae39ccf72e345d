import { Clock } from '../common/clock';

/** What the demo seeding moves through: back to when its story begins, forward as it unfolds, then to now. */
export interface TimeMachine {
  travelTo(at: Date): void;
  backToNow(): void;
}

/**
 * DEMO ONLY (the local demo's first start): the system clock, which the seeding sets back to lay
 * weeks of casework down as it would have happened (windows that ran their days, decisions after
 * them), and then returns to now for good.
 */
export class DemoClock extends Clock implements TimeMachine {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  travelTo(at: Date): void {
    this.offsetMs = at.getTime() - Date.now();
  }

  backToNow(): void {
    this.offsetMs = 0;
  }
}
