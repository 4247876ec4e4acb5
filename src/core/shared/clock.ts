/** Where "now" comes from. Use cases read `ctx.now`; adapters take it from a Clock. */
export interface Clock {
  now(): Date;
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can set and move, so rules about deadlines and due dates are testable. */
export class TestClock implements Clock {
  private current: Date;

  constructor(start: Date | string = '2026-01-05T14:00:00.000Z') {
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  /** Moves the clock to an instant. */
  set(instant: Date | string): void {
    this.current = new Date(instant);
  }

  /** Moves the clock forward by a number of milliseconds. */
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
