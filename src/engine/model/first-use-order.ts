/** One group's keys, in the order it uses them, each with its amounts (all of one length, at least one above zero). */
export type GroupKeys = Iterable<readonly [string, readonly number[]]>;

/**
 * Keys in the order a pass over groups of texts first meets them (groups in order, each group's
 * keys in its own order), with each key's amounts summed over the groups. When one group changes,
 * it is brought up to date from that group's keys alone: totals by difference, and a key the group
 * now uses first moved to its place. A key that group used first and no longer uses while later
 * groups still do would need a pass to find its next group: `updated` says so (undefined).
 */
export class FirstUseOrder {
  private constructor(
    /** Key -> the position of the group that first uses it, in the keys' order. */
    readonly first: ReadonlyMap<string, number>,
    readonly totals: ReadonlyMap<string, readonly number[]>,
  ) {}

  static of(groups: readonly GroupKeys[]): FirstUseOrder {
    const first = new Map<string, number>();
    const totals = new Map<string, number[]>();
    groups.forEach((keys, position) => {
      for (const [key, amounts] of keys) {
        const total = totals.get(key);
        if (total === undefined) {
          first.set(key, position);
          totals.set(key, [...amounts]);
        } else for (let i = 0; i < amounts.length; i++) total[i]! += amounts[i]!;
      }
    });
    return new FirstUseOrder(first, totals);
  }

  /**
   * The same keys with their groups moved (`positionOf(old)`: the group's new position, in the same
   * order); undefined when a group that first uses a key has none (-1).
   */
  renumbered(positionOf: Int32Array): FirstUseOrder | undefined {
    const first = new Map<string, number>();
    for (const [key, at] of this.first) {
      const position = positionOf[at]!;
      if (position < 0) return undefined;
      first.set(key, position);
    }
    return new FirstUseOrder(first, this.totals);
  }

  /** After the group at `position` changed from `before` to `after`; undefined when only a pass will do. */
  updated(position: number, before: GroupKeys, after: GroupKeys): FirstUseOrder | undefined {
    const totals = new Map(this.totals);
    const afterKeys = new Map(after);
    const removed = new Set<string>();
    for (const [key, amounts] of before) {
      const total = totals.get(key)!.map((t, i) => t - amounts[i]!);
      totals.set(key, total);
      if (afterKeys.has(key)) continue;
      if (total.every((t) => t === 0)) {
        totals.delete(key);
        removed.add(key);
      } else if (this.first.get(key) === position) return undefined;
    }
    // The keys this group uses first now, in its order; the order changes if they are not the ones it used first before, in the same order.
    const block: string[] = [];
    for (const [key, amounts] of afterKeys) {
      const total = totals.get(key);
      totals.set(key, total ? total.map((t, i) => t + amounts[i]!) : [...amounts]);
      const first = this.first.get(key);
      if (first === undefined || first >= position) block.push(key);
    }
    const blockBefore = [...before].flatMap(([key]) => (this.first.get(key) === position ? [key] : []));
    const reorder = removed.size > 0 || block.length !== blockBefore.length || block.some((key, i) => blockBefore[i] !== key);
    if (!reorder) return new FirstUseOrder(this.first, totals);
    const inBlock = new Set(block);
    const first = new Map<string, number>();
    let placed = false;
    for (const [key, at] of this.first) {
      if (removed.has(key) || inBlock.has(key)) continue;
      if (!placed && at > position) {
        for (const k of block) first.set(k, position);
        placed = true;
      }
      first.set(key, at);
    }
    if (!placed) for (const k of block) first.set(k, position);
    return new FirstUseOrder(first, totals);
  }
}
