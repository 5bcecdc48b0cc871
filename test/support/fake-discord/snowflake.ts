const DISCORD_EPOCH = 1420070400000n;

/** Discord-style ids: milliseconds since 2015 in the high bits, a counter in the low ones. */
export class SnowflakeGenerator {
  private increment = 0n;

  next(): string {
    const ms = BigInt(Date.now()) - DISCORD_EPOCH;
    this.increment = (this.increment + 1n) & 0xfffn;
    return ((ms << 22n) | (1n << 17n) | this.increment).toString();
  }

  /** An id that Discord's sharding formula ((id >> 22) % count) puts on the given shard. */
  nextOnShard(shard: number, count: number): string {
    for (;;) {
      const id = this.next();
      if (shardOf(id, count) === shard) return id;
      // Same millisecond gives the same shard: step the timestamp part instead.
      const ms = (BigInt(id) >> 22n) + BigInt((shard - shardOf(id, count) + count) % count);
      const candidate = ((ms << 22n) | (BigInt(id) & 0x3fffffn)).toString();
      if (shardOf(candidate, count) === shard) return candidate;
    }
  }
}

export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}
