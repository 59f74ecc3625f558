/** Counts `context.sync()` round trips, so every action can report (and tests can bound) them. */
export interface SyncCounter {
  sync(): Promise<void>;
  readonly count: number;
}

/** A counter around one request context's sync. */
export function countSyncs(context: Excel.RequestContext): SyncCounter {
  let count = 0;
  return {
    async sync() {
      await context.sync();
      count++;
    },
    get count() {
      return count;
    },
  };
}
