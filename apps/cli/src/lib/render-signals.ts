/**
 * Slots of the `Int32Array` over a `SharedArrayBuffer` that the main thread
 * and the rendering thread (`render-thread.ts`, `render-worker.ts`) share:
 * counters each side reads without waiting for the other's event loop.
 */
export const renderSignals = {
  /** Batches of records the main thread has posted (the end mark included). */
  posted: 0,
  /** Batches the thread has finished reading. */
  taken: 1,
  /** Files the thread has written. */
  files: 2,
  /** `1` when the main thread stops the build: the thread ends at once. */
  stop: 3,
  /** How many slots there are. */
  length: 4
} as const
