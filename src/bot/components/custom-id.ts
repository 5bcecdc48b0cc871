/**
 * The one custom_id format of the bot's buttons and forms: `<prefix>:<field>:<field>…` (Discord
 * gives it back on click or submit, up to 100 characters). The state lives in the id and the
 * database, not in the process, so components keep working across restarts and shards.
 */
export function joinCustomId(prefix: string, fields: readonly (string | number)[]): string {
  return [prefix, ...fields].join(':');
}

/** The fields after `prefix`, or undefined for an id that does not start with it. */
export function customIdFields(customId: string, prefix: string): string[] | undefined {
  return customId.startsWith(`${prefix}:`) ? customId.slice(prefix.length + 1).split(':') : undefined;
}
