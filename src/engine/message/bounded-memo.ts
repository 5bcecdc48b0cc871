/**
 * What was worked out from a text, remembered for the next question that needs it: the detail
 * checks read an entry's answer texts again for every question that asks a detail, though the
 * texts change only with the knowledge base. Keyed by the text itself, so an edited text is
 * simply a new key. Emptied when full (answer texts are a few per entry; a 100,000-entry archive
 * must not keep every one).
 */
export class BoundedMemo<V> {
  private readonly values = new Map<string, V>();

  constructor(readonly limit: number) {}

  get size(): number {
    return this.values.size;
  }

  get(text: string): V | undefined {
    return this.values.get(text);
  }

  set(text: string, value: V): V {
    if (this.values.size >= this.limit) this.values.clear();
    this.values.set(text, value);
    return value;
  }
}
