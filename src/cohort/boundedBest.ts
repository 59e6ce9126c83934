/** Keeps the best `limit` items seen by a total order, in memory bounded by `limit`. */
export interface BoundedBest<T> {
  /** Offers an item; it is kept when it is among the best `limit` so far. */
  add(item: T): void;
  /** The kept items, best first. */
  values(): T[];
  readonly size: number;
  /** How many items are kept at most. */
  readonly limit: number;
  /** The worst kept item (the first to go), or undefined when none is kept. */
  worst(): T | undefined;
}

/**
 * Returns a keeper of the best `limit` items by `compare` (negative when the first is better): a binary
 * heap with the worst kept item on top, so each offer costs O(log limit). With `limit` Infinity every
 * item is kept. For a total order the kept set does not depend on the order of the offers, so two
 * keepers merge into the keeper of all their items.
 *
 * @example
 * const best = boundedBest(2, (a: number, b: number) => b - a);
 * [5, 1, 9, 7].forEach((x) => best.add(x));
 * best.values()
 * //=> [9, 7]
 */
export function boundedBest<T>(limit: number, compare: (a: T, b: T) => number): BoundedBest<T> {
  const heap: T[] = [];
  // Heap order: the worst item at index 0 (a "max-heap" on badness).
  const worse = (i: number, j: number) => compare(heap[i] as T, heap[j] as T) > 0;
  const swap = (i: number, j: number) => {
    const t = heap[i] as T;
    heap[i] = heap[j] as T;
    heap[j] = t;
  };
  const up = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(i, parent)) return;
      swap(i, parent);
      i = parent;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < heap.length && worse(l, top)) top = l;
      if (r < heap.length && worse(r, top)) top = r;
      if (top === i) return;
      swap(i, top);
      i = top;
    }
  };
  return {
    add(item: T) {
      if (limit <= 0) return;
      if (!Number.isFinite(limit)) {
        heap.push(item);
        return;
      }
      if (heap.length < limit) {
        heap.push(item);
        up(heap.length - 1);
      } else if (compare(item, heap[0] as T) < 0) {
        heap[0] = item;
        down(0);
      }
    },
    values() {
      return [...heap].sort(compare);
    },
    get size() {
      return heap.length;
    },
    limit,
    worst() {
      return Number.isFinite(limit) ? heap[0] : [...heap].sort(compare).pop();
    },
  };
}
