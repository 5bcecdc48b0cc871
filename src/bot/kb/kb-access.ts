import { PermissionFlagsBits, type BaseInteraction } from 'discord.js';
import { decideAdminAccess, type AdminAccessDecision, type AdminAccessPolicy, type AdminRequester } from '../../admin/admin-access.js';

/**
 * Whether the user of an interaction may use /kb, by the one admin-access rule (src/admin/admin-access.ts).
 * Checked on the server side for every command, autocomplete and form submit, whatever Discord
 * showed the user: server owners can change command permissions, and Discord's default permission
 * is only a default.
 */
export function kbAccess(interaction: BaseInteraction, policy: AdminAccessPolicy): AdminAccessDecision {
  return decideAdminAccess(policy, requesterOf(interaction));
}

/** What Discord tells about the user of an interaction, as the admin-access rule takes it. */
export function requesterOf(interaction: BaseInteraction): AdminRequester {
  if (!interaction.inGuild()) return { guildId: null, canManageServer: false, roleIds: [] };
  const roles = interaction.member?.roles;
  // A cached member (GuildMember) or the raw member of an uncached guild (role ids).
  const roleIds = !roles ? [] : Array.isArray(roles) ? roles : [...roles.cache.keys()];
  return {
    guildId: interaction.guildId,
    canManageServer: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
    roleIds,
  };
}
