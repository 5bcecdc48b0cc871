import { PermissionFlagsBits, type BaseInteraction } from 'discord.js';

/**
 * Whether the user of an interaction may use /kb: in a server, with Manage Server (Administrator
 * implies it) or the configured admin role. Checked on the server side for every command,
 * autocomplete, and form submit, whatever Discord showed the user: server owners can change
 * command permissions, and Discord's default permission is only a default.
 */
export function isKbAdmin(interaction: BaseInteraction, adminRoleId: string | undefined): boolean {
  if (!interaction.inGuild()) return false;
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  if (!adminRoleId) return false;
  const roles = interaction.member?.roles;
  if (!roles) return false;
  // A cached member (GuildMember) or the raw member of an uncached guild (role ids).
  return Array.isArray(roles) ? roles.includes(adminRoleId) : roles.cache.has(adminRoleId);
}
