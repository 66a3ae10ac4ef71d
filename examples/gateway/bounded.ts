// A map that forgets: at most `maxEntries` entries (and at most `maxBytes` of them by `sizeOf`), the oldest
// evicted first, each kept at most `ttlMs`. The example gateway keeps tasks and uploads in memory; a real one keeps
// them in a database and an object store, but must bound them as well: 5 GB of uploads in 20 s is a client's reach.
export class BoundedMap<K, V> {
  readonly #entries = new Map<K, { value: V; size: number; at: number }>();
  #bytes = 0;

  constructor(
    private readonly limits: { maxEntries: number; maxBytes?: number; ttlMs?: number },
    private readonly sizeOf: (value: V) => number = () => 0,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: K): V | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    if (this.limits.ttlMs !== undefined && this.now() - entry.at > this.limits.ttlMs) {
      this.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Stores `value`; false (and nothing stored) when it alone is larger than `maxBytes`. */
  set(key: K, value: V): boolean {
    const size = this.sizeOf(value);
    if (this.limits.maxBytes !== undefined && size > this.limits.maxBytes) return false;
    this.delete(key);
    this.#entries.set(key, { value, size, at: this.now() });
    this.#bytes += size;
    for (const oldest of this.#entries.keys()) {
      if (
        this.#entries.size <= this.limits.maxEntries &&
        (this.limits.maxBytes === undefined || this.#bytes <= this.limits.maxBytes)
      )
        break;
      this.delete(oldest);
    }
    return true;
  }

  delete(key: K): boolean {
    const entry = this.#entries.get(key);
    if (entry === undefined) return false;
    this.#bytes -= entry.size;
    return this.#entries.delete(key);
  }

  /** The values, newest first. */
  newestFirst(): V[] {
    return [...this.#entries.values()].reverse().map((entry) => entry.value);
  }

  get size(): number {
    return this.#entries.size;
  }

  get bytes(): number {
    return this.#bytes;
  }
}
