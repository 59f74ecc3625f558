/**
 * Request size bookkeeping. Every command queued on a request context is sent
 * in one request at the next `context.sync()`, and Excel on the web refuses
 * requests (and responses) over 5 MB. Writers count what they queue here; when
 * the next piece would not fit, the budget syncs first: an extra sync, which
 * only happens for very large writes (see README of src/excel in index.ts).
 */

/** Excel on the web's limit is 5 MB; keep headroom for the request envelope and small commands. */
export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;

/** Rough cost of one queued command besides its payload (ids, method name, JSON envelope). */
export const COMMAND_OVERHEAD_BYTES = 160;

/** UTF-8 length of a string (what goes over the wire). */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Size of a value once serialised as JSON. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? "");
}

/** Counts the bytes queued on a context since its last sync. */
export class RequestBudget {
  private used = 0;
  /** Syncs the budget made to stay under the limit. */
  extraSyncs = 0;

  constructor(
    private readonly context: { sync(): Promise<unknown> },
    readonly maxBytes: number = DEFAULT_MAX_REQUEST_BYTES,
  ) {}

  /** Whether `bytes` more still fit in the pending request. */
  fits(bytes: number): boolean {
    return this.used + bytes <= this.maxBytes;
  }

  /** Counts a command of `bytes` payload; syncs first when it would not fit in the pending request. */
  async reserve(bytes: number): Promise<void> {
    const total = bytes + COMMAND_OVERHEAD_BYTES;
    if (this.used > 0 && this.used + total > this.maxBytes) await this.flush();
    this.used += total;
  }

  /** Sends what is queued (an extra sync). */
  async flush(): Promise<void> {
    await this.context.sync();
    this.extraSyncs++;
    this.used = 0;
  }

  /** The caller synced: the pending request is empty again. */
  synced(): void {
    this.used = 0;
  }

  get pendingBytes(): number {
    return this.used;
  }
}
