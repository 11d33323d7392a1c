/** The current time, injected so tests can freeze or move it. */
export interface Clock {
  /** Now, as a Date. */
  now(): Date;
}

/** The machine's clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that stays where it is put; for tests and replays. */
export function createFixedClock(
  start: Date,
): Clock & { set(time: Date): void; advance(ms: number): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (time) => {
      current = new Date(time);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}
