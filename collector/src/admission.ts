/**
 * Bounded memory for in-flight submissions: each request reserves its declared size (plus a
 * fixed overhead) from a budget before its body is read, and more as gzip output grows; when
 * the budget is used up the request is answered 503 with Retry-After instead of being held.
 * Memory then stays bounded under any load, and crash reporters retry later.
 */

/** Bytes counted for every request on top of its body, for buffers and bookkeeping. */
export const REQUEST_OVERHEAD_BYTES = 64 * 1024;

/** A share of the budget held by one request. */
export interface Reservation {
  /** Asks for `bytes` more; false (and nothing taken) when the budget cannot give them. */
  grow(bytes: number): boolean;
  /** Gives everything back; safe to call twice. */
  release(): void;
}

/** A memory budget shared by the requests of one collector. */
export interface AdmissionBudget {
  /** Reserves `bytes`, or undefined when they do not fit. */
  reserve(bytes: number): Reservation | undefined;
  /** Bytes reserved now. */
  inUse(): number;
}

/** Creates a budget of `budgetBytes`. */
export function createAdmissionBudget(budgetBytes: number): AdmissionBudget {
  let used = 0;
  const take = (bytes: number) => {
    if (used + bytes > budgetBytes) return false;
    used += bytes;
    return true;
  };
  return {
    reserve(bytes) {
      if (!take(bytes)) return undefined;
      let held = bytes;
      let released = false;
      return {
        grow(more) {
          if (released || !take(more)) return false;
          held += more;
          return true;
        },
        release() {
          if (released) return;
          released = true;
          used -= held;
        },
      };
    },
    inUse: () => used,
  };
}
