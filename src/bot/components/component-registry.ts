import type { ComponentHandler } from '../commands/command.js';

/** Every button and form the bot makes, by the prefix of its custom_id: one place routes them all. */
export class ComponentRegistry {
  private readonly byPrefix: ReadonlyMap<string, ComponentHandler>;

  constructor(entries: Iterable<readonly [prefix: string, handler: ComponentHandler]>) {
    const byPrefix = new Map<string, ComponentHandler>();
    for (const [prefix, handler] of entries) {
      if (byPrefix.has(prefix)) throw new Error(`two component handlers for the custom_id prefix ${prefix}`);
      byPrefix.set(prefix, handler);
    }
    this.byPrefix = byPrefix;
  }

  /** The handler of a custom_id (its prefix up to the first ':'), or undefined for one the bot did not make. */
  find(customId: string): ComponentHandler | undefined {
    const colon = customId.indexOf(':');
    return colon < 0 ? undefined : this.byPrefix.get(customId.slice(0, colon));
  }
}
